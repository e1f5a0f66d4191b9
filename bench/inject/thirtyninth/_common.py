"""Helpers shared by the language modules of the thirtyninth corpus."""

from . import Deck, Mix, build_rows, lines, make_pools, tagged


def simple(rng, seen, mod, markets):
    """Build rows for a module with one pool set and one or more (lang, n) markets."""
    pools = make_pools(rng, mod)
    out = []
    for lang, n in markets:
        out.extend(build_rows(rng, lang, n, mod.KIT, pools, seen))
    return out


def split_markets(rng, seen, kit_base, shared, regional, markets):
    """Markets share some decks; each market mixes in its own pools.

    shared / regional[m]: dicts of module-style attributes (PRODUCTS, REVIEWS,
    LISTING, QUESTIONS, TICKETS as lists; INJ, HARD as text blocks).
    """
    sd = {}
    for key, attr in (("products", "PRODUCTS"), ("reviews", "REVIEWS"), ("listing", "LISTING"),
                      ("questions", "QUESTIONS"), ("tickets", "TICKETS")):
        if shared.get(attr):
            sd[key] = Deck(rng, shared[attr])
    if shared.get("INJ"):
        sd["inj"] = Deck(rng, tagged(shared["INJ"], "summary-manipulation"))
    if shared.get("HARD"):
        sd["hard"] = Deck(rng, tagged(shared["HARD"], "hard-reviewer-ranking"))
    out = []
    for lang, n, reg_w in markets:
        reg = regional[lang]
        pools = {}
        for key, attr in (("products", "PRODUCTS"), ("reviews", "REVIEWS"), ("listing", "LISTING"),
                          ("questions", "QUESTIONS"), ("tickets", "TICKETS"), ("inj", "INJ"), ("hard", "HARD")):
            val = reg.get(attr)
            if val and key in ("inj", "hard"):
                val = tagged(val, "summary-manipulation" if key == "inj" else "hard-reviewer-ranking")
            rd = Deck(rng, val) if val else None
            w = reg_w.get(key, 0.5)
            pools[key] = Mix(rng, [(rd, w), (sd.get(key), 1 - w)])
            if not len(pools[key]):
                del pools[key]
        kit = dict(kit_base)
        kit.update(reg.get("KIT", {}))
        out.extend(build_rows(rng, lang, n, kit, pools, seen))
    return out
