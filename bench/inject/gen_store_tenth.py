#!/usr/bin/env python3
"""Generate bench/inject/store_tenth.jsonl: tool results seen by a store AI agent,
with and without embedded prompt injections.

Usage: python3 bench/inject/gen_store_tenth.py
"""
import sys

sys.dont_write_bytecode = True

import collections
import html
import json
import os
import random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from tenth import attacks, benign, formats  # noqa: E402
from tenth.common import Ctx  # noqa: E402

SEED = 10_2025
N = 2500
INJ_SHARE = 0.45
HARD_SHARE = 0.70
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "cs", "ja"]
LANG_W = [55] + [4.5] * 10
INJ_FAMS = ["tool-call", "exfil-link", "prompt-leak", "behaviour-change", "fake-tool-output", "fake-system",
            "reply-steering", "check-bypass", "hidden-markup", "encoded", "obfuscated", "cross-lingual"]
HARD_FAMS = list(benign.HARD)
BYNAME = {w.__name__: w for w in formats.ALL}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "store_tenth.jsonl")


def spread(fams, n):
    out = [fams[i % len(fams)] for i in range(n)]
    return out


def pick_wrapper(c, names=None, html_only=False):
    pool = [w for w in formats.ALL if (names is None or w.__name__ in names) and (not html_only or formats.is_html(w))]
    return c.rng.choices(pool, weights=[formats.WEIGHTS[w] for w in pool])[0]


def base_for(c, w):
    k = w.kind
    if k == "mails_body":
        return ""
    if k == "notes" and w.__name__ in ("w_zendesk",):
        return c.pick("notes")
    return c.pick(k)


def mix(c, w, base, ins, is_html):
    r = c.rng
    if not base:
        return ins
    if is_html:
        return r.choice([f"<p>{html.escape(base)}</p>\n{ins}", f"{ins}\n<p>{html.escape(base)}</p>", f"<p>{html.escape(base)} {ins}</p>"])
    x = r.random()
    if x < 0.25:
        return ins
    if x < 0.6:
        return f"{base} {ins}"
    if x < 0.75:
        return f"{ins} {base}"
    return f"{base}\n\n{ins}"


def render(c, ins, is_html=False, names=None):
    for _ in range(40):
        w = pick_wrapper(c, names, html_only=is_html)
        field = mix(c, w, base_for(c, w), ins, is_html) if ins is not None else base_for(c, w)
        if w.kind == "mails_body" and ins is None:
            field = ""
        if not formats.accepts(w, field):
            continue
        text, src = w(c, field)
        if c.rng.random() < 0.22:
            text, src = formats.outer(c, w.__name__, text), "tool"
        return text, src
    raise RuntimeError("no wrapper accepted field")


def variants(p):
    j1 = json.dumps(p, ensure_ascii=False)[1:-1]
    j2 = json.dumps(j1, ensure_ascii=False)[1:-1]
    hq = html.escape(p, quote=True)
    hn = html.escape(p, quote=False)
    ical = p.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    logq = p.replace("\\", "\\\\").replace('"', '\\"')
    out = [p, j1, j2, hq, hn, p.replace('"', '""'), json.dumps(hq, ensure_ascii=False)[1:-1], ical,
           json.dumps(ical, ensure_ascii=False)[1:-1], logq, json.dumps(p.replace('"', '""'), ensure_ascii=False)[1:-1]]
    return out


def locate(text, p):
    for v in variants(p):
        if v and v in text:
            return v
    return None


def main():
    rng = random.Random(SEED)
    n_inj = round(N * INJ_SHARE)
    n_ben = N - n_inj
    n_hard = round(n_ben * HARD_SHARE)
    plan = [(True, f) for f in spread(INJ_FAMS, n_inj)]
    plan += [(False, f) for f in spread(HARD_FAMS, n_hard)]
    plan += [(False, "benign")] * (n_ben - n_hard)
    rng.shuffle(plan)
    rows, seen = [], set()
    for inj, fam in plan:
        for _attempt in range(50):
            lang = rng.choices(LANGS, weights=LANG_W)[0]
            c = Ctx(rng, lang)
            if inj:
                snippet, payload, needs_html = attacks.build(c, fam)
                text, src = render(c, snippet, is_html=needs_html)
                shown = locate(text, payload)
                if shown is None:
                    continue
                payload = shown
            elif fam == "benign":
                text, src = render(c, None)
                payload = ""
            else:
                kind, a, b = benign.HARD[fam](c)
                if kind == "slot":
                    text, src = render(c, a, names=b)
                else:
                    text, src = a, b
                    if src == "tool" and rng.random() < 0.2:
                        text = formats.outer(c, "tool", text)
                payload = ""
            if text in seen:
                continue
            seen.add(text)
            rows.append({"split": "train", "source": src, "lang": lang, "family": fam, "text": text,
                         "injection": inj, "payload": payload})
            break
        else:
            raise RuntimeError(f"could not generate row for {fam}")
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, row in enumerate(rows, 1):
            row = {"id": f"tenth-{i:05d}", **row}
            assert (row["payload"] in row["text"]) if row["injection"] else row["payload"] == ""
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for key in ("family", "source", "lang", "injection"):
        cnt = collections.Counter(r[key] for r in rows)
        print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(cnt.items(), key=lambda kv: -kv[1])), file=sys.stderr)
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print(f"rows={len(rows)} hard_negatives={hard} of benign={sum(1 for r in rows if not r['injection'])}", file=sys.stderr)


if __name__ == "__main__":
    main()
