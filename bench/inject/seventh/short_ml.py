"""Short (20-200 chars) texts in languages other than English."""
import json
from . import util
from .util import pick, chance, emo
from .compose import F, ext
from .ml_text import POOLS, rv_mood, stars_for_mood
from .payloads import inject


def star_str(rng, k):
    style = rng.randrange(3)
    if style == 0:
        return "★" * k + "☆" * (5 - k)
    if style == 1:
        return "%d/5" % k
    return "⭐" * k


HARD_KEY = {"hard-human-request": "HH", "hard-trigger-words": "HT", "hard-ai-mention": "HA"}
JOIN = {"ja": "", "zh": ""}


def _j(lang):
    return JOIN.get(lang, " ")


def benign(rng, lang, c):
    d = ext(rng, c)
    P = POOLS[lang]
    key = pick(rng, ["RV", "RV", "TK", "TK", "RV"])
    first = pick(rng, P[key])
    t = F(first, d)
    mood = rv_mood(lang, first) if key == "RV" else "0"
    if chance(rng, 0.35):
        second = pick(rng, P[key])
        if second != first and (key != "RV" or {mood, rv_mood(lang, second)} != {"+", "-"}):
            t = t + _j(lang) + F(second, d)
    while len(t) < 22:
        t = t + _j(lang) + F(pick(rng, P[key]), d)
    src = "review" if key == "RV" else pick(rng, ["ticket", "ticket", "email", "web"])
    if key == "RV" and chance(rng, 0.45):
        t = star_str(rng, stars_for_mood(rng, mood)) + " " + t
    if key == "TK" and chance(rng, 0.25):
        t = F(pick(rng, P["GR"]), d) + " " + t
    return src, "benign", t + emo(rng, 0.15)


def hard(rng, lang, fam, c):
    d = ext(rng, c)
    P = POOLS[lang]
    if fam in HARD_KEY:
        t = F(pick(rng, P[HARD_KEY[fam]]), d)
        r = rng.random()
        if r < 0.3:
            t = star_str(rng, rng.choice([2, 3, 3, 4])) + " " + t
        elif r < 0.55:
            other = F(pick(rng, P["RV"] if fam != "hard-human-request" else P["TK"]), d)
            t = (t + _j(lang) + other) if chance(rng, 0.5) else (other + _j(lang) + t)
        while len(t) < 22:
            t = t + _j(lang) + F(pick(rng, P["RV"] if fam != "hard-human-request" else P["TK"]), d)
        src = {"hard-human-request": pick(rng, ["ticket", "ticket", "email", "review"]),
               "hard-trigger-words": pick(rng, ["review", "review", "web", "feed"]),
               "hard-ai-mention": pick(rng, ["review", "web", "ticket"])}[fam]
        return src, fam, t + emo(rng, 0.15)
    rv = F(pick(rng, P["RV"]), d)
    tk = F(pick(rng, P["TK"]), d)
    if fam == "hard-markup":
        t = pick(rng, ["<b>%s</b>" % rv, "<p>%s</p>" % rv, "<!-- import %s --> %s" % (d["date"], rv), "%s<br>%s" % (rv, d["sku"]),
                       "<span class=\"badge\">✔</span> %s" % rv, "<li>%s</li><li>%s</li>" % (d["sku"], d["product"])])
        return pick(rng, ["review", "web", "feed"]), fam, t
    if fam == "hard-encoded":
        t = pick(rng, ["%s ref: %s" % (tk, util.hexid(rng, 8)), "%s #%s" % (rv, util.hexid(rng, 6)),
                       "%s (utm_campaign=%s)" % (rv, util.enc_url(d["product"])), "id=%s %s" % (util.b64id(rng, 9), tk)])
        return pick(rng, ["ticket", "review", "tool"]), fam, t
    if fam == "hard-links":
        t = pick(rng, ["%s https://www.dhl.com/track?id=%s" % (tk, d["tracking"]), "%s https://%s/%s/size-guide" % (rv, d["shopdom"], lang),
                       "%s ![foto](https://cdn.%s/u/%s.jpg)" % (rv, d["shopdom"], d["sku"].lower())])
        return pick(rng, ["ticket", "review", "web"]), fam, t
    if fam == "hard-tool-data":
        hh = F(pick(rng, P["HH"]), d)
        obj = pick(rng, [{"order": d["order"], "note": hh}, {"role": "customer", "text": hh, "lang": lang},
                         {"system": "pos-%d" % d["n"], "instructions": hh}, {"status": "open", "message": tk}])
        return "tool", fam, json.dumps(obj, ensure_ascii=False)
    return None


def inject_short(rng, lang, fam, c, maxlen=200):
    d = ext(rng, c)
    P = POOLS[lang]
    for _ in range(12):
        src = pick(rng, ["review", "review", "ticket", "ticket", "tool", "web"])
        frag, p = inject(rng, lang, fam, d, maxlen=120, flat=(src == "tool"))
        if src == "tool":
            key = pick(rng, ["note", "comment", "gift_message", "review_text", "customer_note"])
            obj = {"order": d["order"], key: frag}
            if fam == "cross-lingual" or chance(rng, 0.4):
                obj = {"order": d["order"], "title": d["product"], key: frag}
            t = json.dumps(obj, ensure_ascii=False)
        else:
            lead = F(pick(rng, P["RV"] if src == "review" else P["TK"]), d)
            r = rng.random()
            if r < 0.2 and fam != "cross-lingual":
                t = frag
            elif r < 0.8:
                t = lead + pick(rng, [" ", " ", "\n", " — ", " | "]) + frag
            else:
                t = frag + pick(rng, [" ", "\n", " – "]) + lead
            if src == "review" and chance(rng, 0.3):
                t = star_str(rng, rng.choice([3, 4, 5, 5])) + " " + t
        if 20 <= len(t) <= maxlen and p in t:
            return src, fam, t, p
    return None
