"""Plans the corpus and assembles rows (label, family, language, source, carrier)."""
import json
import re
import types

import common as C
import formats as F1
import formats2 as F2
import data_en, data_en2, data_en3, hard_en, attacks_en, attacks_more, data_extra
import data_de, data_fr, data_es, data_it, data_nl, data_pt, data_pl, data_sv

SOURCES = ["review", "ticket", "feed", "email", "web", "tool"]
SRC_LETTER = {"review": "r", "ticket": "t", "feed": "f", "email": "e", "web": "w", "tool": "o"}
CARRIERS = {"review": F1.REVIEW, "ticket": F1.TICKET, "email": F1.EMAIL, "feed": F2.FEED, "web": F2.WEB, "tool": F2.TOOL}
STRUCT = F1.STRUCT | F2.STRUCT


def _lang(*mods):
    ns = types.SimpleNamespace()
    for m in mods:
        for k, v in vars(m).items():
            if k.isupper():
                setattr(ns, k, v)
    return ns


LANGS = {"en": _lang(data_en, hard_en, attacks_en)}
for _m in (data_de, data_fr, data_es, data_it, data_nl, data_pt, data_pl, data_sv):
    LANGS[_m.CODE] = _lang(_m)
LANGS["en"].TITLE_MOOD = "++~-+-++-~+-+~" + data_en2.REVIEW_TITLES_MOOD
LANGS["en"].CAT_COPY = data_en2.CAT_COPY
LANGS["en"].PRODUCT_COPY = data_en3.PRODUCT_COPY
for _k in ("COPY", "TICKET_MSG", "TICKET_SUBJ", "AGENT_REPLY", "REVIEW_POS", "REVIEW_NEG", "REVIEW_TITLES",
           "NEWS_LINES", "NEWS_HEAD", "QA", "HELP"):
    setattr(LANGS["en"], _k, list(getattr(LANGS["en"], _k)) + list(getattr(data_en2, _k)))
for _code, _extra in data_extra.COPY.items():
    LANGS[_code].COPY = list(LANGS[_code].COPY) + list(_extra)
for _code, _more in attacks_more.MORE.items():
    _atk = {k: list(v) for k, v in LANGS[_code].ATTACKS.items()}
    for _cat, _lst in _more.items():
        _atk[_cat] = _atk[_cat] + list(_lst)
    LANGS[_code].ATTACKS = _atk
OTHER = ["de", "fr", "es", "it", "nl", "pt", "pl", "sv"]

# (family, count, category or None)
INTENT = [("note-to-ai", "note"), ("persona-switch", "persona"), ("prompt-leak", "prompt_leak"), ("tool-call", "tool_call"),
          ("store-action", "store_action"), ("data-export", "data_export"), ("false-claim", "false_info"),
          ("rank-suppress", "ranking"), ("exfil-link", "exfil_link"), ("memory-poison", "memory"), ("fake-system", "fake_system")]
INJ_PLAN = [(f, 49) for f, _ in INTENT] + [("hidden-markup", 110), ("encoded", 96), ("obfuscated", 90), ("cross-lingual", 65)]
BEN_PLAN = [("benign", 360), ("hard-trigger-words", 230), ("hard-human-request", 170), ("hard-ai-mention", 120),
            ("hard-tool-data", 90), ("hard-markup", 75), ("hard-encoded", 55)]
CAT_OF = dict(INTENT)
CATS = [c for _, c in INTENT]

_TAG = re.compile(r"^([a-z]{1,6})\|")


def split_tag(s):
    m = _TAG.match(s)
    if m:
        return m.group(1), s[m.end():]
    return "", s


def by_voice(pool, voice):
    sel = [split_tag(s)[1] for s in pool if split_tag(s)[0] == voice]
    return sel or [split_tag(s)[1] for s in pool]


def by_source(pool, source):
    letter = SRC_LETTER[source]
    return [split_tag(s)[1] for s in pool if not split_tag(s)[0] or letter in split_tag(s)[0]]


def fully_urlenc(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


class Builder:
    def __init__(self, seed):
        import random
        self.rng = random.Random(seed)
        self.deck = C.Deck(self.rng)

    # -- segments -------------------------------------------------------
    def attack_text(self, c, A, cat):
        pool = by_source(A.ATTACKS[cat], c.source)
        s = self.deck.pick("atk:%s:%s:%s" % (A.CODE, cat, c.source), pool)
        vals = dict(c.vals)
        vals.update(C.attacker_vals(self.rng, A, c.domain))
        vals["cur"] = c.L.CUR
        return C.fill(s, vals)

    def inj_seg_fn(self, family):
        rng, deck = self.rng, self.deck

        def fn(c, voice):
            L = c.L
            A = L
            if family == "cross-lingual":
                if L.CODE == "en":
                    A = LANGS[rng.choice(OTHER)]
                else:
                    A = LANGS["en"] if C.chance(rng, 0.6) else LANGS[rng.choice([x for x in OTHER if x != L.CODE])]
            elif family in ("hidden-markup", "encoded", "obfuscated") and L.CODE != "en" and C.chance(rng, 0.2):
                A = LANGS["en"]
            cat = CAT_OF.get(family) or deck.pick("cat:" + family, CATS)
            if family == "fake-system" and C.chance(rng, 0.45):
                cat = deck.pick("cat:fs", [x for x in CATS if x != "fake_system"])
            s = self.attack_text(c, A, cat)
            if family == "fake-system" or cat == "fake_system" or (family == "cross-lingual" and C.chance(rng, 0.25)):
                s = C.role_wrap(rng, deck, s)
            if family == "hidden-markup":
                return C.hide(rng, s, "https://%s/cdn/shop/files/%s.jpg" % (c.domain, C.slug(c.product)))
            if family == "encoded":
                kind = deck.pick("enc", ["base64", "base64", "base64", "hex", "rot13", "url", "entities", "entities"])
                if kind == "base64":
                    blob = C.b64(s)
                elif kind == "hex":
                    blob = C.hexenc(rng, s)
                elif kind == "rot13":
                    blob = C.rot13(s)
                elif kind == "url":
                    blob = fully_urlenc(s) if C.chance(rng, 0.5) else C.urlenc(s)
                else:
                    blob = C.entities(rng, s)
                if C.chance(rng, 0.12):
                    return blob
                lead = deck.pick("lead:" + L.CODE, L.ENC_LEADS)
                return lead.replace("{enc}", L.ENC_NAMES[kind]).replace("{blob}", blob)
            if family == "obfuscated":
                k = deck.pick("obf", ["leet", "homo", "zw", "tags", "spaced"])
                if k == "leet":
                    return C.leet(rng, s)
                if k == "homo":
                    return C.homoglyph(rng, s)
                if k == "zw":
                    return C.zero_width(rng, s)
                if k == "tags":
                    return C.tag_chars(s)
                return C.spaced(rng, s)
            return s
        return fn

    def ben_seg_fn(self, family):
        rng, deck = self.rng, self.deck
        if family == "benign":
            return None

        def fn(c, voice):
            L = c.L
            if family == "hard-trigger-words":
                return c.f(deck.pick("ht:%s:%s" % (L.CODE, voice), by_voice(L.HARD_TRIGGER, voice)))
            if family == "hard-human-request":
                return c.f(deck.pick("hh:%s:%s" % (L.CODE, voice), by_voice(L.HARD_HUMAN, voice)))
            if family == "hard-ai-mention":
                return c.f(deck.pick("ha:%s:%s" % (L.CODE, voice), by_voice(L.HARD_AI, voice)))
            if family == "hard-markup":
                pool = C.BENIGN_MARKUP + ['<span class="visually-hidden">%s</span>' % L.UI["add_cart"],
                                          '<img src="/cdn/shop/files/%s.jpg" alt="%s – %s">' % (C.slug(c.product), c.product, c.color),
                                          '<div hidden id="stock-msg">%s</div>' % L.UI["out_stock"]]
                s = deck.pick("hm", pool)
                return C.fill(s, {"iso": c.iso(0), "n": rng.randint(100, 9999)})
            if family == "hard-encoded":
                return C.benign_encoded(rng, L, c.source)
            if family == "hard-tool-data":
                k = rng.random()
                if k < 0.4:
                    return c.f(deck.pick("ht:%s:%s" % (L.CODE, voice), by_voice(L.HARD_TRIGGER, voice)))
                if k < 0.8:
                    return c.f(deck.pick("hh:%s:%s" % (L.CODE, voice), by_voice(L.HARD_HUMAN, voice)))
                return c.pick("dnote", L.DELIVERY_NOTES)
            raise ValueError(family)
        return fn

    # -- planning -------------------------------------------------------
    def plan(self):
        rng = self.rng
        fams = [(True, f) for f, n in INJ_PLAN for _ in range(n)] + [(False, f) for f, n in BEN_PLAN for _ in range(n)]
        rng.shuffle(fams)
        langs = ["en"] * (len(fams) // 2) + [OTHER[i % len(OTHER)] for i in range(len(fams) - len(fams) // 2)]
        rng.shuffle(langs)
        counts = {s: 0 for s in SOURCES}
        rows = []
        for (inj, fam), lang in zip(fams, langs):
            allowed = ["tool", "feed", "ticket", "review"] if fam == "hard-tool-data" else SOURCES
            low = min(counts[s] for s in allowed)
            cand = [s for s in allowed if counts[s] <= low + 2]
            src = rng.choice(cand)
            counts[src] += 1
            rows.append((src, lang, inj, fam))
        return rows

    def carrier_for(self, source, fam):
        pool = CARRIERS[source]
        if fam in ("hidden-markup", "hard-markup"):
            pool = [x for x in pool if x[1]]
        if fam == "hard-tool-data":
            pool = [x for x in pool if x[0] in STRUCT]
        tot = sum(w for _, _, w in pool)
        x = self.rng.uniform(0, tot)
        for fn, _h, w in pool:
            x -= w
            if x <= 0:
                return fn
        return pool[-1][0]

    def build(self, src, lang, inj, fam, seen):
        L = LANGS[lang]
        for _attempt in range(40):
            fn = self.carrier_for(src, fam)
            seg_fn = self.inj_seg_fn(fam) if inj else self.ben_seg_fn(fam)
            c = F1.Ctx(self.rng, self.deck, L, src, seg_fn, inj, rich=(fam == "hard-tool-data"))
            c.need_html = fam in ("hidden-markup", "hard-markup")
            text = fn(c)
            if len(text) > 2300 or text in seen:
                continue
            if seg_fn is not None and (c.placed != 1 or not c._seg):
                continue
            row = {"source": src, "lang": lang, "family": fam, "text": text, "injection": inj}
            if inj:
                p = find_payload(c._seg, text)
                if p is None:
                    continue
                row["payload"] = p
            seen.add(text)
            return row
        raise RuntimeError("could not build %s/%s/%s" % (src, lang, fam))

    def run(self):
        out, seen = [], set()
        for i, (src, lang, inj, fam) in enumerate(self.plan()):
            row = self.build(src, lang, inj, fam, seen)
            rec = {"id": "third-%05d" % (i + 1), "split": "train", "source": row["source"], "lang": row["lang"],
                   "family": row["family"], "text": row["text"], "injection": row["injection"]}
            if inj:
                rec["payload"] = row["payload"]
            out.append(rec)
        return out


def find_payload(seg, text):
    cands = [seg, json.dumps(seg, ensure_ascii=False)[1:-1], C.xesc(seg), seg.replace('"', '""'),
             json.dumps(C.xesc(seg), ensure_ascii=False)[1:-1]]
    for p in cands:
        if p and p in text:
            return p
    return None
