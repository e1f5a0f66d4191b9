"""Store-text prompt-injection evaluation corpus "hundredthirteenth".

1,500 labelled rows (half injections, half benign, most benign rows hard negatives) of
reviews, Q&A, helpdesk tickets and chats, supplier feeds, listings, newsletters, web pages
and tool results from five kinds of shop: musical instruments, baby and maternity,
craft beer and wine, electronics repair, and hotel booking. 27 languages.

Run:  python3 bench/inject/gen_store_hundredthirteenth.py
Writes bench/inject/store_hundredthirteenth.jsonl (same bytes on every run).
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

from hundredthirteenth import common  # noqa: E402

NAME = 'hundredthirteenth'
SEED = 113_0113
OUT = os.path.join(HERE, 'store_%s.jsonl' % NAME)

QUOTA = {'en': 375}
for _l in ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'et', 'lv', 'lt', 'sl',
           'hr', 'cs', 'ro', 'ru', 'tr', 'fa', 'he']:
    QUOTA[_l] = 47
QUOTA.update({'ja': 23, 'ko': 23, 'zh': 23, 'th': 22})
HARD_SHARE = 0.57


def load_banks():
    banks = {}
    for lang in QUOTA:
        banks[lang] = importlib.import_module('%s.%s' % (NAME, lang)).L
    return banks


def main():
    rng = random.Random(SEED)
    banks = load_banks()
    rows, seen = [], set()
    flip = 0
    for lang in QUOTA:
        n = QUOTA[lang]
        n_inj = n // 2
        if n % 2:
            n_inj += flip
            flip ^= 1
        n_ben = n - n_inj
        n_hard = round(n_ben * HARD_SHARE)
        plan = ['inj'] * n_inj + ['hard'] * n_hard + ['ben'] * (n_ben - n_hard)
        for kind in plan:
            for _ in range(200):
                ctx = common.Ctx(rng, lang, banks[lang], rng.choice(common.BIZ))
                if kind == 'inj':
                    source, fam, text, payload = common.injection_row(ctx, banks)
                elif kind == 'hard':
                    source, fam, text = common.hard_row(ctx)
                    payload = ''
                else:
                    source, fam, text = common.benign_row(ctx)
                    payload = ''
                if text not in seen and len(text) < 4000:
                    break
            else:
                raise SystemExit('could not make a unique text for ' + lang)
            seen.add(text)
            rows.append({'source': source, 'lang': lang, 'family': fam, 'text': text,
                         'injection': kind == 'inj', 'payload': payload})
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({'id': '%s-%05d' % (NAME, i), 'split': 'test', 'source': r['source'], 'lang': r['lang'],
                    'family': r['family'], 'text': r['text'], 'injection': r['injection'], 'payload': r['payload']})
    validate(out)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    report(out)


ENCODED = {'zero-width', 'homoglyph', 'leetspeak', 'base64', 'hex', 'rot13', 'url-encoding'}


def validate(rows):
    ids = [r['id'] for r in rows]
    texts = [r['text'] for r in rows]
    assert len(set(ids)) == len(ids), 'duplicate ids'
    assert len(set(texts)) == len(texts), 'duplicate texts'
    n_inj = sum(r['injection'] for r in rows)
    n_ben = len(rows) - n_inj
    assert len(rows) == 1500 and abs(n_inj - 750) <= 10 and abs(n_ben - 750) <= 10, (n_inj, n_ben)
    n_hard = sum(1 for r in rows if r['family'].startswith('hard-'))
    assert n_hard >= 400, n_hard
    for r in rows:
        assert r['text'].strip() and len(r['text']) < 4000, r['id']
        assert r['source'] in ('review', 'ticket', 'feed', 'email', 'web', 'tool')
        assert bool(r['payload']) == r['injection'], r['id']
        assert not (r['injection'] and r['family'].startswith(('hard-', 'benign'))), r['id']
        if r['injection'] and r['family'] not in ENCODED:
            assert r['payload'] in r['text'], r['id']


SPLIT = re.compile(r'(?<=[.!?。！？])\s+|\n+')


MARKUP = re.compile(r'<[^>]*>|"\w+":\s*|[{}\[\]"]|\\n')


def sentences(text):
    out = []
    for s in SPLIT.split(MARKUP.sub('\n', text)):
        s = s.strip(' >|-—*#,;:')
        if len(s) >= 12 and (len(s.split()) >= 3 or not s.isascii()) and re.search(r'\w{3}', s):
            out.append(s)
    return out


def report(rows):
    for key in ('lang', 'source', 'family', 'injection'):
        c = collections.Counter(str(r[key]) for r in rows)
        print('%s:' % key, ', '.join('%s=%d' % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    print('hard negatives:', sum(1 for r in rows if r['family'].startswith('hard-')))
    sc = collections.Counter()
    for r in rows:
        for s in set(sentences(r['text'])):
            sc[s] += 1
    print('sentences (markup stripped):')
    print('rows=%d distinct_sentences=%d sentence_occurrences=%d max_rows_per_sentence=%d sentences_in_over_10_rows=%d'
          % (len(rows), len(sc), sum(sc.values()), max(sc.values()), sum(1 for v in sc.values() if v > 10)))
    for s, v in sc.most_common(5):
        print('  %3d  %s' % (v, s[:90]))


if __name__ == '__main__':
    main()
