"""Minimal-pair prompt-injection corpus for online stores (sixteenth set).

Modules:
  slots       -- slot values (order ids, names, domains) and template filling
  lang_en     -- English pair sets and carrier sentences
  lang_west   -- de, fr, es, it, nl, pt
  lang_north  -- pl, sv, da, fi, cs, tr, ru
  lang_east   -- ja, zh, ko
  carriers    -- per-source framing (review, ticket, feed, email, web, tool)
  transforms  -- hidden-markup and encoded variants of a pair
  build       -- assembly, checks and statistics
"""
