"""Assemble the minimal-pair corpus, check it and report counts."""
import collections
import random
import re
import sys

from . import lang_en, lang_west, lang_north, lang_east
from .carriers import SOURCES, Carrier
from .slots import fill, make_slots, split_payload
from .transforms import encoded, hidden

SEED = 16016
TOTAL = 2600
EN_SHARE = 0.45
MAX_BYTES = 2048
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]

ALL = {"en": lang_en.LANG}
ALL.update(lang_west.LANGS)
ALL.update(lang_north.LANGS)
ALL.update(lang_east.LANGS)
LANG_ORDER = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi",
              "cs", "tr", "ja", "zh", "ko", "ru"]
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def targets():
    en = round(TOTAL * EN_SHARE)
    rest = TOTAL - en
    others = LANG_ORDER[1:]
    base, extra = divmod(rest, len(others))
    t = {"en": en}
    for i, lang in enumerate(others):
        t[lang] = base + (1 if i < extra else 0)
    return t


def _members(rng, L, s, source, slots, room):
    """Return (mode, members); members are (family, key, is_inj, payload)."""
    inj_text, payload = split_payload(fill(s["inj"], slots))
    if payload is None:
        payload = inj_text
    twins = [(f, fill(t, slots)) for f, t in s["twins"]]
    mode = "plain"
    if not s["nt"]:
        r = rng.random()
        if source in ("web", "feed", "email") and r < 0.18:
            mode = "hidden"
        elif 0.90 <= r:
            mode = "encoded"
    if mode == "hidden":
        # hide the bare instruction; keep any benign lead-in outside markup
        key, twin_keys = hidden(rng, payload, twins)
        if payload != inj_text:
            lead = inj_text[:inj_text.index(payload)]
            key = lead + key
        members = [("hidden-markup", key, True, payload)]
        members += [(f, t, False, "") for f, t in twin_keys]
    elif mode == "encoded":
        fam, key, blob, twin_keys = encoded(rng, payload, slots)
        members = [(fam, key, True, blob)] + [(f, t, False, "") for f, t in twin_keys]
    else:
        if len(twins) >= 2 and rng.random() < 0.6:
            chosen = twins
        else:
            chosen = [rng.choice(twins)]
        members = [(s["fam"], inj_text, True, payload)] + [(f, t, False, "") for f, t in chosen]
    if room < len(members):
        members = members[:max(2, room)]
    return mode, members


def _group(rng, lang, L, s, source, seen, room):
    for _attempt in range(12):
        slots = make_slots(rng, L["names"])
        mode, members = _members(rng, L, s, source, slots, room)
        carrier = Carrier(rng, L, source, slots, html=(mode == "hidden"))
        for _trim in range(40):
            texts = [carrier.render(key) for _f, key, _i, _p in members]
            if any(p and p not in t for (_f, _k, _i, p), t in zip(members, texts)):
                carrier.plain_fallback()
                continue
            if any(len(t.encode("utf-8")) > MAX_BYTES for t in texts):
                if carrier.trim():
                    continue
            break
        ok = (len(set(texts)) == len(texts)
              and not any(t in seen for t in texts)
              and all(len(t.encode("utf-8")) <= MAX_BYTES for t in texts)
              and all(p in t for (_f, _k, _i, p), t in zip(members, texts)))
        if ok:
            rows = []
            for (fam, _key, is_inj, payload), text in zip(members, texts):
                seen.add(text)
                rows.append({"source": source, "lang": lang, "family": fam, "text": text,
                             "injection": is_inj, "payload": payload if is_inj else ""})
            return rows
    return None


def build():
    rng = random.Random(SEED)
    seen = set()
    groups = []
    for lang, target in targets().items():
        L = ALL[lang]
        count = 0
        cycle = []
        while count < target:
            sets = list(L["sets"])
            rng.shuffle(sets)
            for s in sets:
                room = target - count
                if room <= 0:
                    break
                if not cycle:
                    cycle = list(SOURCES)
                    rng.shuffle(cycle)
                source = cycle.pop()
                rows = _group(rng, lang, L, s, source, seen, room)
                if rows:
                    groups.append(rows)
                    count += len(rows)
    rng.shuffle(groups)
    out = []
    for rows in groups:
        for r in rows:
            row = {"id": "sixteenth-%05d" % (len(out) + 1), "split": "train"}
            row.update(r)
            out.append({k: row[k] for k in KEYS})
    check(out, groups)
    return out


def check(rows, groups):
    texts = set()
    langs = set(LANG_ORDER)
    for i, r in enumerate(rows, 1):
        assert list(r) == KEYS, r
        assert r["id"] == "sixteenth-%05d" % i
        assert r["split"] == "train"
        assert r["source"] in SOURCES, r
        assert r["lang"] in langs, r
        assert FAMILY_RE.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        assert r["text"] not in texts, r["text"]
        texts.add(r["text"])
        assert len(r["text"].encode("utf-8")) <= MAX_BYTES, r["id"]
        if r["injection"]:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r
            assert r["payload"] and r["payload"] in r["text"], r
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
            assert r["payload"] == "", r
    for g in groups:
        # every group: one injection and at least one benign twin, same carrier
        assert sum(r["injection"] for r in g) == 1 and len(g) >= 2, g
        assert len({(r["source"], r["lang"]) for r in g}) == 1, g
    by_lang_src = collections.defaultdict(set)
    for r in rows:
        by_lang_src[r["lang"]].add(r["source"])
    for lang in LANG_ORDER:
        assert by_lang_src[lang] == set(SOURCES), (lang, by_lang_src[lang])


def report(rows, stream=sys.stderr):
    def table(title, key):
        c = collections.Counter(key(r) for r in rows)
        print("== %s ==" % title, file=stream)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-40s %5d" % (k, v), file=stream)
    print("rows: %d" % len(rows), file=stream)
    table("label", lambda r: "injection" if r["injection"] else "benign")
    table("family", lambda r: r["family"])
    table("lang", lambda r: r["lang"])
    table("source", lambda r: r["source"])
    table("lang x label", lambda r: "%s %s" % (r["lang"], "inj" if r["injection"] else "ben"))
