"""Generator package for the store_twelfth prompt-injection corpus.

Modules:
  textkit      - tiny template language (alternations, slots, payload markers)
  lexicons     - names, products, stores, domains, money formats, row context
  locale_*     - per-language filler sentences and UI labels for carriers
  carriers     - wrap a snippet into reviews, tickets, feeds, emails, pages, tool results
  attacks*     - injection families (English and other languages)
  benign*      - plain benign and hard-negative families
  build        - assemble, check and write the corpus
"""
