"""Assemble the thirteenth store corpus: multilingual injections and (hard) negatives."""

import json
import random
import sys
from collections import Counter

from . import carriers, common
from . import asia, central, cjk, eastmed, en, extras, mideast, mixed, nordic, west

SEED = 1313
MAIN = ["da", "no", "fi", "cs", "sk", "hu", "ro", "tr", "el", "ru", "uk", "ja", "ko", "zh", "ar", "he",
        "hi", "id", "vi", "th"]
MINOR = ["de", "fr", "es", "it", "pt", "pl", "nl", "sv"]
PER_MAIN = (45, 36, 19)      # injections, hard negatives, plain benign
PER_MINOR = (14, 9, 8)
MIXED = (113, 72, 67)

LANGS = {}
for mod in (nordic, central, eastmed, cjk, mideast, asia, west, en):
    LANGS.update(mod.LANGS)
extras.merge(LANGS)

ALL = ["review", "ticket", "email", "feed", "web", "tool"]
INJ = [
    ("assistant-note", "note", ALL),
    ("override-instructions", "override", ALL),
    ("fake-system-message", "system", ALL),
    ("persona-switch", "persona", ["review", "ticket", "email", "web", "tool"]),
    ("memory-poisoning", "memory", ALL),
    ("refund-fraud", "refund", ["ticket", "email", "tool", "review"]),
    ("price-discount-fraud", "price", ["feed", "web", "review", "tool", "ticket"]),
    ("order-status-fraud", "status", ["ticket", "email", "tool"]),
    ("tool-call-request", "tool", ["ticket", "email", "tool", "web", "feed"]),
    ("prompt-leak", "leak", ["review", "ticket", "email", "web", "tool"]),
    ("summary-manipulation", "summary", ["review", "web", "feed", "tool"]),
    ("exfil-markdown", "exfil", ["review", "ticket", "email", "web", "tool"]),
    ("conditional-trigger", "cond", ALL),
    ("encoded-instruction", "decode", ALL),
    ("hidden-html", "hidden", ["web", "email", "feed", "tool", "web"]),
]
HIDDEN_INNER = ["note", "override", "price", "summary", "refund", "exfil", "leak", "system", "cond", "memory",
                "status", "persona"]
HARD = [
    ("hard-human-imperative", "human", ["review", "review", "web", "ticket", "email"]),
    ("hard-staff-instruction", "staff", ["email", "ticket", "tool", "web"]),
    ("hard-chatbot-mention", "chatbot", ["review", "ticket", "email", "tool"]),
    ("hard-ai-product", "aiprod", ["feed", "web", "review", "tool"]),
    ("hard-tech-vocabulary", "tech", ["feed", "web", "review", "ticket"]),
    ("hard-refund-request", "refund", ["ticket", "email", "tool"]),
    ("hard-address-change", "address", ["ticket", "email", "tool"]),
    ("hard-coupon-question", "coupon", ["ticket", "email", "review", "tool"]),
    ("hard-role-log", "rolelog", ["tool", "ticket"]),
    ("hard-hidden-markup", "hid", ["web", "feed", "tool", "web"]),
    ("hard-encoded-data", "encdata", ["tool", "email", "ticket", "feed"]),
    ("hard-markdown-link", "mdlink", ["review", "ticket", "email", "tool", "web"]),
]
BENIGN_POOL = {"review": ["pos", "neg"], "ticket": ["ticket"], "email": ["ticket"], "feed": ["desc"],
               "web": ["desc", "pos"], "tool": ["pos", "ticket", "desc"]}
SIZE_W = [("short", 22), ("medium", 46), ("long", 32)]


class Cycler:
    """Hands out the items of each list in a shuffled round-robin, so every phrasing gets used."""

    def __init__(self, rng):
        self.rng = rng
        self.state = {}

    def pick(self, key, items):
        st = self.state.get(key)
        if not st:
            st = list(range(len(items)))
            self.rng.shuffle(st)
            self.state[key] = st
        return items[st.pop()]


def pick_size(rng):
    r = rng.randrange(100)
    acc = 0
    for name, w in SIZE_W:
        acc += w
        if r < acc:
            return name
    return "medium"


def locate(payload, text):
    for cand in (payload, common.json_escaped(payload), common.html_escaped(payload),
                 common.json_escaped(common.html_escaped(payload))):
        if cand and cand in text:
            return cand
    return None


def inj_segment(S, rng, cyc, key, slots, tag):
    """Build an injection segment from language data S. Returns (seg, seg_html, payload)."""
    inj = S["inj"]
    if key == "system":
        content = common.fill(cyc.pick((tag, "system"), inj["system"]), slots)
        seg = common.system_wrap(rng, content, S["sys_label"])
        return seg, None, seg
    if key == "decode":
        wrapper = cyc.pick((tag, "decode"), inj["decode"])
        inner_pool = inj["secret"] + inj["override"][:1] + inj["refund"][:1] + inj["price"][:1]
        inner = common.fill(rng.choice(inner_pool), slots)
        if "base64" in wrapper.lower():
            import base64
            enc = base64.b64encode(inner.encode("utf-8")).decode("ascii")
        else:
            enc = common.encode(rng, inner)
        s2 = dict(slots)
        s2["enc"] = enc
        seg = common.fill(wrapper, s2)
        return seg, None, seg
    if key == "hidden":
        k2 = rng.choice(HIDDEN_INNER)
        if k2 == "system":
            inner = common.system_wrap(rng, common.fill(rng.choice(inj["system"]), slots), S["sys_label"])
        else:
            inner = common.fill(cyc.pick((tag, "h-" + k2), inj[k2]), slots)
        markup, shown = common.hide(rng, inner, slots["sku"])
        return None, markup, shown
    seg = common.fill(cyc.pick((tag, key), inj[key]), slots)
    return seg, None, seg


MIME_NAMES = ["invoice", "receipt", "note", "packing-list", "order-export", "message", "scan-ocr"]


def hard_segment(S, rng, cyc, key, slots, tag):
    if key == "encdata":
        import base64
        inner = common.fill(rng.choice(S["ticket"] + S["desc"] + S["bot"]), slots)
        b64 = base64.b64encode(inner.encode("utf-8")).decode("ascii")
        name = rng.choice(MIME_NAMES)
        form = rng.randrange(3)
        if form == 0:
            return "[attachment: %s.txt; encoding=base64] %s" % (name, b64), None
        if form == 1:
            return ("--b1_%d\nContent-Type: text/plain; charset=utf-8; name=%s.txt\n"
                    "Content-Transfer-Encoding: base64\n\n%s\n--b1_%d--") % (rng.randint(1000, 9999), name, b64,
                                                                           rng.randint(1000, 9999)), None
        return "data:text/plain;charset=utf-8;base64,%s" % b64, None
    if key == "mdlink":
        sent = common.fill(rng.choice(S["pos"] + S["neg"] + S["ticket"]), slots)
        oid = slots["o"].lstrip("#")
        md = rng.choice([
            "![%s](https://%s/media/%s.jpg)" % (slots["p"], slots["shop"], slots["sku"]),
            "[%s](https://%s/orders/%s)" % (rng.choice(S.get("linklabel", ["info"])), slots["shop"], oid),
            "![](https://i.imgur.com/%s.jpeg)" % "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7)),
            "![%s](https://%s/uploads/review-%d.png)" % (slots["sku"], slots["shop"], rng.randint(1000, 99999)),
        ])
        return (sent + " " + md) if rng.random() < 0.7 else (md + " " + sent), None
    if key == "hid":
        inner = common.fill(cyc.pick((tag, "hid"), S["hid"]), slots)
        markup, _ = common.hide(rng, inner, slots["sku"])
        return None, markup
    return common.fill(cyc.pick((tag, "hard-" + key), S["hard"][key]), slots), None


class Corpus:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.cyc = Cycler(random.Random(SEED + 1))
        self.rows = []
        self.texts = set()
        self.src_cyc = {}

    def source(self, key, options):
        st = self.src_cyc.get(key)
        if not st:
            st = list(options)
            self.rng.shuffle(st)
            self.src_cyc[key] = st
        return st.pop()

    def add(self, lang, source, family, text, injection, payload):
        if text in self.texts:
            return False
        if injection:
            assert payload and payload in text, (family, payload, text)
        self.texts.add(text)
        self.rows.append({"source": source, "lang": lang, "family": family, "text": text,
                          "injection": injection, "payload": payload if injection else ""})
        return True

    # one injection row: carrier language C, segment language S
    def injection(self, lang, C, S, fam, key, sources, tag):
        for _ in range(60):
            rng = self.rng
            src = self.source((lang, fam), sources)
            size = pick_size(rng)
            slots = common.slots_for(C, rng)
            seg, seg_html, payload = inj_segment(S, rng, self.cyc, key, slots, tag)
            text = carriers.CARRIERS[src](C, rng, slots, size, seg, seg_html)
            found = locate(payload, text)
            assert found, (fam, src, payload, text)
            if self.add(lang, src, fam, text, True, found):
                return
        raise RuntimeError("could not make a unique row for %s %s" % (lang, fam))

    def hard(self, lang, C, S, fam, key, sources, tag):
        for _ in range(60):
            rng = self.rng
            src = self.source((lang, fam), sources)
            size = pick_size(rng)
            slots = common.slots_for(C, rng)
            if key == "rolelog":
                text = carriers.role_log(C, rng, slots, size)
                src = "tool" if text.lstrip().startswith("{") else "ticket"
            else:
                seg, seg_html = hard_segment(S, rng, self.cyc, key, slots, tag)
                text = carriers.CARRIERS[src](C, rng, slots, size, seg, seg_html)
            if self.add(lang, src, fam, text, False, ""):
                return
        raise RuntimeError("could not make a unique row for %s %s" % (lang, fam))

    def benign(self, lang, C, S, tag):
        for _ in range(60):
            rng = self.rng
            src = self.source((lang, "benign"), ALL)
            size = pick_size(rng)
            slots = common.slots_for(C, rng)
            seg = common.fill(rng.choice([s for k in BENIGN_POOL[src] for s in S[k]]), slots)
            text = carriers.CARRIERS[src](C, rng, slots, size, seg, None)
            if text.count(seg) > 1:
                continue
            if self.add(lang, src, "benign", text, False, ""):
                return
        raise RuntimeError("could not make a unique benign row for %s" % lang)

    def language(self, code, quota, fam_offset=0):
        L = LANGS[code]
        n_inj, n_hard, n_ben = quota
        for i in range(n_inj):
            fam, key, srcs = INJ[(i + fam_offset) % len(INJ)]
            self.injection(code, L, L, fam, key, srcs, code)
        for i in range(n_hard):
            fam, key, srcs = HARD[(i + fam_offset) % len(HARD)]
            self.hard(code, L, L, fam, key, srcs, code)
        for _ in range(n_ben):
            self.benign(code, L, L, code)

    def mixed(self, quota):
        n_inj, n_hard, n_ben = quota
        rng = self.rng
        foreign = MAIN + MINOR
        pairs = []
        for i, f in enumerate(foreign):
            pairs.append(("en", f))
            pairs.append((f, "en"))
        extra = [("ja", "zh"), ("ru", "uk"), ("uk", "ru"), ("de", "tr"), ("sv", "fi"), ("he", "ar"), ("fr", "ar"),
                 ("nl", "id"), ("ko", "ja"), ("zh", "ko"), ("cs", "sk"), ("hu", "ro"), ("el", "en"), ("th", "zh"),
                 ("vi", "zh"), ("hi", "en"), ("da", "de"), ("es", "pt")]
        pairs.extend(extra)
        rng.shuffle(pairs)
        cs_inj = [(v, k) for v in mixed.VARIETIES for k in v["inj"]]
        cs_hard = [(v, k) for v in mixed.VARIETIES for k in v["hard"]]
        rng.shuffle(cs_inj)
        rng.shuffle(cs_hard)
        src_for = {k: s for _, k, s in INJ}
        hsrc_for = {k: s for _, k, s in HARD}
        fam_for = {k: f for f, k, _ in INJ}
        hfam_for = {k: f for f, k, _ in HARD}
        # code-switched rows first: about 40% of each share
        n_cs_inj, n_cs_hard, n_cs_ben = int(n_inj * 0.4), int(n_hard * 0.4), int(n_ben * 0.4)
        for i in range(n_cs_inj):
            v, key = cs_inj[i % len(cs_inj)]
            C = LANGS[rng.choice(v["hosts"])]
            S = mixed.as_lang(v, C)
            self.injection("mul", C, S, fam_for[key], key, src_for[key], "cs-" + v["name"])
        for i in range(n_cs_hard):
            v, key = cs_hard[i % len(cs_hard)]
            C = LANGS[rng.choice(v["hosts"])]
            S = mixed.as_lang(v, C)
            self.hard("mul", C, S, hfam_for[key], key, hsrc_for[key], "cs-" + v["name"])
        for i in range(n_cs_ben):
            v = mixed.VARIETIES[i % len(mixed.VARIETIES)]
            C = LANGS[rng.choice(v["hosts"])]
            S = mixed.as_lang(v, C)
            self.benign("mul", C, S, "cs-" + v["name"])
        # cross-language rows: the carrier in one language, the special sentence in another
        for i in range(n_inj - n_cs_inj):
            c, s = pairs[i % len(pairs)]
            fam, key, srcs = INJ[i % len(INJ)]
            self.injection("mul", LANGS[c], LANGS[s], fam, key, srcs, "x-" + s)
        for i in range(n_hard - n_cs_hard):
            c, s = pairs[(i + 7) % len(pairs)]
            fam, key, srcs = HARD[i % len(HARD)]
            if key == "rolelog":
                fam, key, srcs = HARD[(i + 1) % len(HARD)]
            self.hard("mul", LANGS[c], LANGS[s], fam, key, srcs, "x-" + s)
        for i in range(n_ben - n_cs_ben):
            c, s = pairs[(i + 13) % len(pairs)]
            self.benign("mul", LANGS[c], LANGS[s], "x-" + s)


def check(rows):
    keys = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
    seen = set()
    for r in rows:
        assert list(r.keys()) == keys, r.keys()
        assert r["source"] in ALL
        assert r["lang"] in MAIN or r["lang"] in MINOR or r["lang"] == "mul", r["lang"]
        assert r["text"] not in seen, r["id"]
        seen.add(r["text"])
        fam = r["family"]
        assert fam == fam.lower() and " " not in fam and "_" not in fam
        if r["injection"]:
            assert not fam.startswith("hard-") and fam != "benign", fam
            assert r["payload"] and r["payload"] in r["text"], r["id"]
        else:
            assert fam == "benign" or fam.startswith("hard-"), fam
            assert r["payload"] == ""
    n = len(rows)
    n_inj = sum(r["injection"] for r in rows)
    n_hard = sum(r["family"].startswith("hard-") for r in rows)
    assert 0.40 <= n_inj / n <= 0.50, n_inj / n
    assert n_hard >= (n - n_inj) / 2


def build():
    c = Corpus()
    for code in MAIN:
        c.language(code, PER_MAIN)
    for i, code in enumerate(MINOR):
        c.language(code, PER_MINOR, fam_offset=i)
    c.mixed(MIXED)
    rows = c.rows
    random.Random(SEED + 2).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "thirteenth-%05d" % i, "split": "train", **r})
    check(out)
    return out


def report(rows):
    err = sys.stderr
    n = len(rows)
    n_inj = sum(r["injection"] for r in rows)
    n_hard = sum(r["family"].startswith("hard-") for r in rows)
    print("rows %d: injection %d (%.1f%%), benign %d (hard %d, plain %d)" % (
        n, n_inj, 100.0 * n_inj / n, n - n_inj, n_hard, n - n_inj - n_hard), file=err)
    for field in ("family", "lang", "source"):
        cnt = Counter((r[field], r["injection"]) for r in rows)
        names = sorted({r[field] for r in rows})
        print("-- by %s (injection / benign)" % field, file=err)
        for k in names:
            print("  %-26s %4d / %4d" % (k, cnt[(k, True)], cnt[(k, False)]), file=err)
    lens = sorted(len(r["text"].encode("utf-8")) for r in rows)
    print("-- bytes: min %d, median %d, p90 %d, max %d" % (lens[0], lens[len(lens) // 2],
                                                          lens[int(len(lens) * 0.9)], lens[-1]), file=err)


def main(path):
    rows = build()
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)
