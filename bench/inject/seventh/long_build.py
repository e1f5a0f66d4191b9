"""Dispatch for long documents, English and other languages."""
from .util import pick, chance
from .compose import ext
from .payloads import inject, families_for
from . import long_en as LE
from . import long_ml as LM

LO, HI = 1500, 6000
HARD_TEXT = ["hard-human-request", "hard-trigger-words", "hard-ai-mention"]
HARD_TEXT_BUILDERS = {
    "hard-human-request": ["helpdesk", "forum", "policy_page", "email_thread", "manual", "blog", "review_page"],
    "hard-trigger-words": ["review_page", "forum", "manual", "helpdesk", "blog", "email_thread", "policy_page"],
    "hard-ai-mention": ["review_page", "forum", "blog", "helpdesk", "policy_page", "email_thread"],
}


def extras_for(rng, bname, fam, d, k):
    from .en_pools import HARD_EMAIL, HARD_LONG, POLICY_HARD, MANUAL_HARD
    from .compose import F, sample
    if fam not in HARD_TEXT or k <= 0:
        return []
    if bname == "email_thread":
        return [F(s, d) for s in sample(rng, HARD_EMAIL[fam], k)]
    if bname == "policy_page":
        return [F(s, d) for s in sample(rng, POLICY_HARD[fam], k)]
    if bname == "manual":
        return [F(s, d) for s in sample(rng, MANUAL_HARD[fam], k)]
    if bname in ("json_order", "json_search", "json_scrape", "scraped_html", "newsletter"):
        return [F(s, d) for s in sample(rng, HARD_LONG[fam], k)]
    return LE.hard_sents(rng, fam, d, k)


WINDOWS = [((1500, 2500), 0.45), ((2500, 4000), 0.35), ((4000, 6000), 0.20)]


def _try(rng, fn, ks, d, frags, extras, extra_kw=None, lo=LO, hi=HI):
    """Build with growing size parameters until the text lands in a randomly chosen length window."""
    r, acc = rng.random(), 0.0
    win = WINDOWS[-1][0]
    for w, p in WINDOWS:
        acc += p
        if r < acc:
            win = w
            break
    if (lo, hi) != (LO, HI):
        win = (lo, hi)
    fallback = None
    for k in ks:
        if extra_kw is not None:
            src, t = fn(rng, d, frags, extras, extra_kw)
        else:
            src, t = fn(rng, d, frags, extras, k) if k is not None else fn(rng, d, frags, extras)
        if not all(f in t for f in frags):
            continue
        if win[0] <= len(t) <= win[1]:
            return src, t
        if lo <= len(t) <= hi and fallback is None:
            fallback = (src, t)
        if len(t) > win[1]:
            break
    return fallback


def _links_extras(rng, d):
    return [pick(rng, ["Photos of the finished project: https://www.instagram.com/p/C%sx/" % d["sku"].replace("-", ""),
                       "Full size chart: https://%s/pages/size-guide" % d["shopdom"],
                       "![in use](https://cdn.%s/ugc/%s.jpg)" % (d["shopdom"], d["sku"].lower()),
                       "Manual (PDF): https://%s/manuals/%s.pdf" % (d["shopdom"], d["model"]),
                       "Tracking: https://www.dhl.com/en/express/tracking.html?AWB=%s" % d["tracking"],
                       "Video walkthrough: https://www.youtube.com/watch?v=%s" % d["sku"].replace("-", "x") + "Qz1"])
            for _ in range(rng.randint(2, 3))]


def long_en(rng, fam, c, lo=LO, hi=HI):
    d = ext(rng, c)
    if fam in families_for("en"):
        bname = pick(rng, LE.INJ_PREF.get(fam, LE.TEXT_BUILDERS))
        flat = bname in LE.JSON_BUILDERS
        frags, pays = [], []
        n = 2 if chance(rng, 0.2) else 1
        for i in range(n):
            f, p = inject(rng, "en", fam, d, maxlen=None, flat=flat)
            if any(p == q for q in pays):
                continue
            frags.append(f)
            pays.append(p)
        extras = extras_for(rng, bname, pick(rng, HARD_TEXT), d, rng.randint(0, 2))
        fn, ks = LE.BUILDERS[bname]
        res = _try(rng, fn, ks, d, frags, extras, lo=lo, hi=hi)
        if res is None:
            return None
        src, t = res
        return src, t, pays[0]
    if fam in LE.HARD_BUILDERS:
        bname = pick(rng, LE.HARD_BUILDERS[fam])
        extras = []
        if fam == "hard-links" and bname != "newsletter":
            extras = _links_extras(rng, d)
        elif fam == "hard-tool-data" and bname in ("json_order", "json_search", "webhook_log"):
            extras = LE.hard_sents(rng, "hard-human-request", d, 2)
        fn, ks = LE.BUILDERS[bname]
        res = _try(rng, fn, ks, d, [], extras, lo=lo, hi=hi)
        return None if res is None else res + ("",)
    # text hard negatives and plain benign
    bname = pick(rng, HARD_TEXT_BUILDERS.get(fam, LE.TEXT_BUILDERS))
    extras = extras_for(rng, bname, fam, d, rng.randint(2, 4))
    fn, ks = LE.BUILDERS[bname]
    if bname == "blog":
        want = fam if fam in HARD_TEXT else "benign"
        res = None
        for _ in range(3):
            res = _try(rng, fn, [None], d, [], extras, extra_kw=want, lo=lo, hi=hi)
            if res:
                break
    else:
        res = _try(rng, fn, ks, d, [], extras, lo=lo, hi=hi)
    return None if res is None else res + ("",)


def long_ml(rng, lang, fam, c, lo=LO, hi=HI):
    d = ext(rng, c)
    t = _try if (lo, hi) == (LO, HI) else (lambda *a, **k: _try(*a, lo=lo, hi=hi, **k))
    return LM.build(rng, lang, fam, d, t)
