"""Generate store_hundredtwentyfirst.jsonl: a labelled prompt-injection evaluation corpus.

1,500 store texts (reviews, Q&A, tickets, supplier feeds, emails, web pages, tool results) from five
shops: watches and jewellery, print on demand, outdoor gear, baby products and refurbished electronics,
in 30 languages. Half carry instructions aimed at an AI reader (plain, hidden or encoded); the other half
are benign, most of them hard negatives that look suspicious but address humans or are plain data.

Run: python3 bench/inject/gen_store_hundredtwentyfirst.py
"""
import collections
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from hundredtwentyfirst import LANGS  # noqa: E402
from hundredtwentyfirst import common as C  # noqa: E402

NAME = 'hundredtwentyfirst'
SEED = 121_0121
TOTAL = 1500
FIXED = {'en': 375, 'ja': 24, 'ko': 24, 'zh': 24, 'ms': 24}
HARD_SHARE = 0.6
SRC_W = {'review': 21, 'ticket': 22, 'feed': 12, 'email': 12, 'web': 16, 'tool': 19}
OBFUSCATED = {'zero-width-split', 'homoglyph', 'leetspeak', 'encoded-base64', 'encoded-hex', 'encoded-rot13', 'encoded-url'}


def quotas():
    rest = [l for l in LANGS if l not in FIXED]
    left = TOTAL - sum(FIXED.values())
    q = dict(FIXED)
    for i, l in enumerate(rest):
        q[l] = left // len(rest) + (1 if i < left % len(rest) else 0)
    out, flip = {}, 0
    for l in LANGS:
        n = q[l]
        inj = n // 2
        if n % 2:
            inj += flip
            flip ^= 1
        out[l] = (inj, n - inj)
    return out


def wchoice(rng, table, L):
    fams = [f for f, v in table.items() if all(L.get(k) for k in v[-1])]
    return rng.choices(fams, [table[f][0] for f in fams])[0]


def build():
    rng = random.Random(SEED)
    mods = {l: importlib.import_module(f'{NAME}.{l}').L for l in LANGS}
    EN = mods['en']
    rows, seen = [], set()

    def add(lang, fn):
        for _ in range(200):
            c = C.make_ctx(mods[lang], rng)
            src, fam, text, payload = fn(c)
            text = text.strip()
            if text and text not in seen and len(text) < 4000:
                seen.add(text)
                rows.append({'id': '', 'split': 'test', 'source': src, 'lang': lang, 'family': fam, 'text': text,
                             'injection': bool(payload), 'payload': payload})
                return
        raise RuntimeError(f'could not make a unique row for {lang}')

    for lang, (n_inj, n_ben) in quotas().items():
        L = mods[lang]
        n_hard = round(n_ben * HARD_SHARE + 0.49)
        for _ in range(n_inj):
            add(lang, lambda c: C.injection(L, EN, rng, c, SRC_W))
        for _ in range(n_hard):
            def hard(c):
                fam = wchoice(rng, C.HARD, L)
                src, text = C.HARD[fam][1](L, rng, c)
                return src, fam, text, ''
            add(lang, hard)
        for _ in range(n_ben - n_hard):
            def plain(c):
                fam = wchoice(rng, C.BENIGN, L)
                src, text = C.benign_plain(L, rng, c, fam)
                return src, fam, text, ''
            add(lang, plain)
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r['id'] = f'{NAME}-{i:05d}'
    return rows


def validate(rows):
    assert len({r['id'] for r in rows}) == len(rows), 'duplicate ids'
    assert len({r['text'] for r in rows}) == len(rows), 'duplicate texts'
    inj = sum(r['injection'] for r in rows)
    ben = len(rows) - inj
    hard = sum(1 for r in rows if not r['injection'] and r['family'].startswith('hard-'))
    assert abs(len(rows) - TOTAL) <= 10 and abs(inj - 750) <= 10 and abs(ben - 750) <= 10, (inj, ben)
    assert hard >= 400, hard
    for r in rows:
        assert r['text'] and len(r['text']) < 4000, r['id']
        assert r['source'] in SRC_W, r
        assert re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', r['family']), r['family']
        assert bool(r['payload']) == r['injection'], r['id']
        if r['injection'] and r['family'] not in OBFUSCATED and not r['family'].startswith('encoded-'):
            assert r['payload'] in r['text'], (r['id'], r['family'], r['payload'], r['text'])
    return inj, ben, hard


SENT_SPLIT = re.compile(r'(?<=[.!?。！？])\s+|\n+')


def sentence_stats(rows):
    cnt = collections.Counter()
    for r in rows:
        plain = re.sub(r'<[^>]+>', ' ', r['text'])
        for s in {s.strip() for s in SENT_SPLIT.split(plain)}:
            if len(s) >= 12 and s[0] not in '"{}[]<#`' and ';' not in s[:30] and re.search(r'\w{3}', s):
                cnt[s] += 1
    return len(cnt), sum(cnt.values()), cnt.most_common(8)


def main():
    rows = build()
    inj, ben, hard = validate(rows)
    out = os.path.join(HERE, f'store_{NAME}.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'rows {len(rows)}  injection {inj}  benign {ben}  hard {hard}')
    for key in ('lang', 'source', 'family'):
        cnt = collections.Counter(r[key] for r in rows)
        print(f'\n{key}:')
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
            lab = collections.Counter(r['injection'] for r in rows if r[key] == k)
            print(f'  {k:28s} {v:5d}  inj {lab[True]:4d}  benign {lab[False]:4d}')
    distinct, total, top = sentence_stats(rows)
    print(f'\nsentences: {distinct} distinct full sentences over {total} sentence occurrences in {len(rows)} rows')
    print('most repeated (rows):')
    for s, n in top:
        print(f'  {n:3d}  {s[:90]}')


if __name__ == '__main__':
    main()
