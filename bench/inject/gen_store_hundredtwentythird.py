"""Store-text corpus for prompt-injection screening: conversations and roles.

Injections pose as chat turns or higher-role messages inside store content (fake Assistant/User/System
turns, chat-template tokens, fake messages arrays, fake admin notices, fake end-of-document markers,
role-play set-ups), some hidden or encoded. Hard negatives use the same shapes for honest content
(quoted chats, transcripts, macros, developer docs, release notes, staff notices, scripts, game reviews).
14 languages, about 30% English.

Run: python3 bench/inject/gen_store_hundredtwentythird.py  (writes store_hundredtwentythird.jsonl next to it)
"""
import collections
import importlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from hundredtwentythird import common  # noqa: E402

NAME = 'hundredtwentythird'
SEED = 123_0123
LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'ja', 'ko', 'zh', 'ar']
TOTAL, EN_ROWS = 2500, 750


def plan():
    rest = TOTAL - EN_ROWS
    k = len(LANGS) - 1
    sizes = {'en': EN_ROWS}
    for i, l in enumerate(LANGS[1:]):
        sizes[l] = rest // k + (1 if i < rest % k else 0)
    out = {}
    for i, l in enumerate(LANGS):
        n = sizes[l]
        ninj = n // 2 + (n % 2 if i % 2 else 0)
        nben = n - ninj
        nhard = round(nben * .56)
        out[l] = (ninj, nhard, nben - nhard)
    return out


def sentences(text):
    return [s.strip() for s in re.split(r'(?<=[.!?。！？])\s+|\n+|(?<=[。！？])', text) if len(s.strip()) > 3]


def main():
    rng = random.Random(SEED)
    seen, rows = set(), []
    for l, (ni, nh, np_) in plan().items():
        L = importlib.import_module(f'{NAME}.{l}').L
        rows += common.make_lang(L, rng, ni, nh, np_, seen)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({'id': f'{NAME}-{i:05d}', 'split': 'train', 'source': r['source'], 'lang': r['lang'],
                    'family': r['family'], 'text': r['text'], 'injection': r['injection'], 'payload': r['payload']})
    # validation
    assert len({r['id'] for r in out}) == len(out)
    assert len({r['text'] for r in out}) == len(out)
    ninj = sum(r['injection'] for r in out)
    nhard = sum(1 for r in out if r['family'].startswith('hard-'))
    assert abs(len(out) - 2500) <= 10 and abs(ninj - 1250) <= 10 and nhard >= 650, (len(out), ninj, nhard)
    enc = {'encoded-turn', 'obfuscated-turn'}
    for r in out:
        assert r['text'].strip() and len(r['text']) < 4000, r['id']
        assert r['source'] in {'review', 'ticket', 'feed', 'email', 'web', 'tool'}
        assert bool(r['payload']) == r['injection'], r['id']
        assert not r['injection'] or r['family'] in enc or r['payload'] in r['text'], (r['id'], r['family'])
        assert not (r['injection'] and r['family'].startswith('hard-'))
    with open(os.path.join(HERE, f'store_{NAME}.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('rows', len(out), 'injection', ninj, 'benign', len(out) - ninj, 'hard', nhard)
    for key in ('lang', 'source', 'family'):
        print(f'-- {key}')
        cnt = collections.Counter((r[key], r['injection']) for r in out)
        for k in sorted({k for k, _ in cnt}):
            print(f'  {k:28s} inj={cnt[(k, True)]:4d} benign={cnt[(k, False)]:4d}')
    sc = collections.Counter()
    for r in out:
        for s in set(sentences(r['text'])):
            sc[s] += 1
    prose = {s: n for s, n in sc.items() if s[0] not in '"{}[]<#`-=*|' and not s.endswith(':')}
    print('all fragments: distinct', len(sc), 'occurrences', sum(sc.values()), 'max rows', max(sc.values()))
    print('prose sentences: distinct', len(prose), 'occurrences', sum(prose.values()), 'rows', len(out),
          'max rows per sentence', max(prose.values()), 'sentences in >10 rows', sum(n > 10 for n in prose.values()))
    print('most repeated prose:', sorted(prose.items(), key=lambda x: -x[1])[:8])


if __name__ == '__main__':
    main()
