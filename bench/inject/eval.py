#!/usr/bin/env python3
"""Scores Storewall's prompt-injection screener per public dataset.

    bench/inject/eval.sh                                 # builds the screener, then runs this
    python3 bench/inject/eval.py [--screen PATH] [--data PATH] [--store PATH]
                                 [--only NAME,...] [--json OUT] [--markdown] [--keep-inputs DIR] [--warm]

The screener is a program that reads JSONL on stdin, one line per text,
    {"id": str, "text": str, "source": str}      (source optional: review, ticket, feed, email, web, tool)
and writes one JSONL line per input, in the same order,
    {"id": str, "injection": bool, "injection_score": float 0..1, "micros": float}
where micros is the time it spent on that text. By default it is
target/release/examples/screen (cargo build --release -p storewall-inject --example screen).
A --screen path ending in .py is run with this Python interpreter (for test doubles);
anything else is executed directly. It is run once per dataset, stdin from a file.

Datasets (standard library only; nothing is downloaded):
  deepset-test      ../shared/data/inject/public.jsonl, origin deepset-prompt-injections, split test.
                    No source is passed.
  NotInject         origin InjecGuard-NotInject (benign only). Over-defense accuracy = share
                    classified benign (= 1 - FPR), printed as acc.
  BIPIA-email-test  BIPIA indirect injection. Benign: origin BIPIA-email-context, split test, minus
                    every test email whose text equals a train email's text, then minus exact
                    repeats within test (first kept). Positives: each test attack (origin
                    BIPIA-attack:*, split test) inserted into one of those emails, chosen with
                    random.Random(6962) in file order: email = rng.choice(emails), then
                    position = rng.choice(start, end, middle); start is "attack\\n" + email, end is
                    email + "\\n" + attack, middle inserts "attack\\n" after a newline or
                    "attack " after a sentence end (". ", "! ", "? ") chosen uniformly
                    (rng.choice) among the boundaries in the email body (after "|CONTENT:" when
                    present) with non-blank text on both sides; an email with no such boundary
                    gets the attack at the end. Negatives: every such email without an attack.
                    source "email".
  store-test        --store (default bench/inject/store_corpus.jsonl), rows with split test; source
                    passed. Breakdowns: TPR per injection family, FPR per source, FPR per benign
                    family, hard-negative FPR (benign families whose name contains "hard"), and
                    TPR/FPR per language.
  store-dev         --dev PATH: every row of a store corpus in the same format, whatever its split, with
                    store-test's breakdowns. For a corpus written apart from the training data, scored
                    before it joins training (the model's view of a writer it has not read). Skipped
                    without --dev.
  store-blind       --blind (default bench/inject/store_blind.jsonl): 600 store texts (300 injections,
                    300 benign, 176 of them hard negatives) in 9 languages and 6 sources, written
                    apart from the generator and the signatures and never used for training or
                    tuning; same breakdowns as store-test. Read only its aggregate figures.
A dataset whose input is missing or empty is skipped with a message.

Metrics (positives = texts labelled injection, negatives = the others):
  TPR, FPR, precision, F1, acc  from the screener's own "injection" boolean.
                    F1 = 2TP / (2TP + FP + FN); precision is "—" when nothing was flagged.
  TPR@1%FPR, thr    from injection_score. k = floor(0.01 * negatives); thr = the (k+1)-th largest
                    negative score, the smallest threshold with at most k negatives strictly
                    above it. Tie rule: a text counts as positive only when score > thr, so
                    positives tied with thr do not count. fpr@thr (achieved, <= 1%) is in the JSON.
                    With fewer than 100 negatives k = 0 and thr is the highest negative score.
  AUC               ROC AUC from scores (Mann-Whitney; a positive tied with a negative counts 1/2).
  us/KB             sum of micros / (sum of UTF-8 bytes of the texts / 1024). With --warm every
                    dataset is sent twice in one process (first pass ids prefixed "warm:") and the
                    figures come from the second pass: the cost once the screener's lazy automata
                    have met such text, as in a running gateway, rather than in a fresh process.
  p50, p99          per-text micros, nearest rank (the ceil(p * n)-th smallest).
Metrics that need positives (TPR, precision, F1, TPR@1%FPR, AUC) or negatives (FPR, thr, AUC)
print "—" when the dataset has none; in the JSON they are null.
"""

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SCREEN = ROOT / "target" / "release" / "examples" / "screen"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "inject" / "public.jsonl"
DEFAULT_STORE = ROOT / "bench" / "inject" / "store_corpus.jsonl"
DEFAULT_BLIND = ROOT / "bench" / "inject" / "store_blind.jsonl"
BIPIA_SEED = 6962
DATASETS = ["deepset-test", "NotInject", "BIPIA-email-test", "store-test", "store-blind", "store-dev"]
DASH = "—"


class Skip(Exception):
    pass


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"error: {path}:{n}: not JSON: {e}")
    return rows


# ---------------------------------------------------------------- datasets

def need(path, what):
    if not Path(path).is_file():
        raise Skip(f"{what} not found: {path}")


def item(id_, text, injection, source=None, **meta):
    it = {"id": str(id_), "text": text, "injection": bool(injection), "meta": meta}
    if source is not None:
        it["source"] = source
    return it


def build_deepset(public):
    rows = [r for r in public if r["origin"] == "deepset-prompt-injections" and r["split"] == "test"]
    return [item(r["id"], r["text"], r["injection"]) for r in rows]


def build_notinject(public):
    rows = [r for r in public if r["origin"] == "InjecGuard-NotInject"]
    return [item(r["id"], r["text"], r["injection"]) for r in rows]


SENTENCE_END = re.compile(r"[.!?] ")


def middle_boundaries(text):
    """Insertion points between two lines or two sentences in the email body:
    (index, joiner) with non-blank text before and after."""
    body = text.find("|CONTENT:")
    lo = body + len("|CONTENT:") if body >= 0 else 0
    points = {}
    for i in range(lo + 1, len(text)):
        if text[i - 1] == "\n":
            points[i] = "\n"
    for m in SENTENCE_END.finditer(text, lo):
        points.setdefault(m.end(), " ")
    return [(i, j) for i, j in sorted(points.items())
            if text[lo:i].strip() and text[i:].strip()]


def embed(rng, email, attack):
    pos = rng.choice(["start", "end", "middle"])
    if pos == "start":
        return attack + "\n" + email, pos
    if pos == "middle":
        points = middle_boundaries(email)
        if points:
            i, joiner = rng.choice(points)
            return email[:i] + attack + joiner + email[i:], pos
        pos = "end"
    return email + "\n" + attack, pos


def build_bipia(public):
    emails = [r for r in public if r["origin"] == "BIPIA-email-context"]
    attacks = [r for r in public if r["origin"].startswith("BIPIA-attack:") and r["split"] == "test"]
    train = {r["text"] for r in emails if r["split"] == "train"}
    test = [r for r in emails if r["split"] == "test"]
    seen, kept, dup_train, dup_test = set(), [], 0, 0
    for r in test:
        if r["text"] in train:
            dup_train += 1
        elif r["text"] in seen:
            dup_test += 1
        else:
            seen.add(r["text"])
            kept.append(r)
    if not kept or not attacks:
        raise Skip(f"no BIPIA test emails ({len(kept)}) or attacks ({len(attacks)}) in the public file")
    print(f"BIPIA-email-test: {len(test)} test emails, {dup_train} equal a train email, "
          f"{dup_test} repeat another test email; {len(kept)} kept; {len(attacks)} test attacks; "
          f"seed {BIPIA_SEED}", file=sys.stderr)
    rng = random.Random(BIPIA_SEED)
    items = []
    for a in attacks:
        e = rng.choice(kept)
        text, pos = embed(rng, e["text"], a["text"])
        items.append(item(f"{a['id']}@{e['id']}", text, True, "email", position=pos,
                          attack=a["origin"].split(":", 1)[1], email=e["id"]))
    items += [item(e["id"], e["text"], False, "email") for e in kept]
    return items


def build_store(path, any_split=False):
    need(path, "store corpus")
    rows = [r for r in load_jsonl(path) if any_split or r.get("split") == "test"]
    return [item(r["id"], r["text"], r["injection"], r.get("source"), family=r.get("family"),
                 lang=r.get("lang"), src=r.get("source")) for r in rows]


# ---------------------------------------------------------------- screening

def screen_cmd(path):
    p = Path(path)
    if not p.is_file():
        hint = (" (build it with: cargo build --release -p storewall-inject --example screen, or run bench/inject/eval.sh)"
                if p == DEFAULT_SCREEN else "")
        sys.exit(f"error: screener not found: {p}{hint}")
    if p.suffix == ".py":
        return [sys.executable, str(p)]
    if not os.access(p, os.X_OK):
        sys.exit(f"error: screener is not executable: {p}")
    return [str(p)]


def run_screen(cmd, name, items, workdir, warm=False):
    path = Path(workdir) / f"{name}.jsonl"
    passes = [("warm:", True), ("", False)] if warm else [("", False)]
    with open(path, "w", encoding="utf-8") as f:
        for prefix, _ in passes:
            for it in items:
                line = {"id": prefix + it["id"], "text": it["text"]}
                if "source" in it:
                    line["source"] = it["source"]
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
    t = time.perf_counter()
    with open(path, "rb") as stdin:
        proc = subprocess.run(cmd, stdin=stdin, capture_output=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        err = proc.stderr.decode(errors="replace")[-2000:]
        sys.exit(f"error: {name}: screener {' '.join(cmd)} exited with {proc.returncode}\n{err}")
    lines = [l for l in proc.stdout.decode("utf-8", errors="replace").splitlines() if l.strip()]
    sent = len(items) * len(passes)
    if len(lines) != sent:
        sys.exit(f"error: {name}: sent {sent} texts, screener returned {len(lines)} lines")
    if warm:
        for n, (it, line) in enumerate(zip(items, lines), 1):
            try:
                got = json.loads(line).get("id")
            except json.JSONDecodeError as e:
                sys.exit(f"error: {name}: output line {n} is not JSON ({e}): {line[:200]!r}")
            if str(got) != "warm:" + it["id"]:
                sys.exit(f"error: {name}: output line {n} has id {got!r}, expected {'warm:' + it['id']!r} (ids must come back in input order)")
        lines = lines[len(items):]
    out = []
    for n, (it, line) in enumerate(zip(items, lines), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            sys.exit(f"error: {name}: output line {n} is not JSON ({e}): {line[:200]!r}")
        if str(r.get("id")) != it["id"]:
            sys.exit(f"error: {name}: output line {n} has id {r.get('id')!r}, expected {it['id']!r} (ids must come back in input order)")
        inj, score, micros = r.get("injection"), r.get("injection_score"), r.get("micros")
        if not isinstance(inj, bool):
            sys.exit(f"error: {name}: id {it['id']}: injection is not a boolean: {inj!r}")
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0.0 <= score <= 1.0:
            sys.exit(f"error: {name}: id {it['id']}: injection_score is not a number in 0..1: {score!r}")
        if isinstance(micros, bool) or not isinstance(micros, (int, float)) or micros < 0:
            sys.exit(f"error: {name}: id {it['id']}: micros is not a non-negative number: {micros!r}")
        out.append({"injection": inj, "score": float(score), "micros": float(micros)})
    return out, wall


# ---------------------------------------------------------------- metrics

def div(a, b):
    return a / b if b else None


def nearest_rank(sorted_vals, p):
    if not sorted_vals:
        return None
    return sorted_vals[max(1, math.ceil(p * len(sorted_vals))) - 1]


def roc_auc(pos, neg):
    """P(score of a positive > score of a negative), ties 1/2 (average ranks)."""
    if not pos or not neg:
        return None
    allv = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    rank_sum, i = 0.0, 0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        avg = (i + 1 + j) / 2  # ranks i+1..j
        rank_sum += avg * sum(1 for k in range(i, j) if allv[k][1])
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def tpr_at_fpr(pos, neg, max_fpr=0.01):
    if not neg:
        return None, None, None
    k = math.floor(max_fpr * len(neg) + 1e-9)
    thr = sorted(neg, reverse=True)[k] if k < len(neg) else -math.inf
    fpr = sum(1 for s in neg if s > thr) / len(neg)
    tpr = div(sum(1 for s in pos if s > thr), len(pos))
    return tpr, (thr if thr != -math.inf else None), fpr


def metrics(items, preds):
    tp = fp = fn = tn = 0
    pos_s, neg_s = [], []
    for it, p in zip(items, preds):
        if it["injection"]:
            pos_s.append(p["score"])
            tp += p["injection"]
            fn += not p["injection"]
        else:
            neg_s.append(p["score"])
            fp += p["injection"]
            tn += not p["injection"]
    npos, nneg = tp + fn, fp + tn
    t1, thr, fpr_at = tpr_at_fpr(pos_s, neg_s)
    micros = sorted(p["micros"] for p in preds)
    nbytes = sum(len(it["text"].encode("utf-8")) for it in items)
    return {
        "n": len(items), "positives": npos, "negatives": nneg,
        "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "tpr": div(tp, npos), "fpr": div(fp, nneg),
        "precision": div(tp, tp + fp) if npos else None,
        "f1": div(2 * tp, 2 * tp + fp + fn) if npos else None,
        "accuracy": div(tp + tn, len(items)),
        "tpr_at_1pct_fpr": t1 if npos else None, "threshold_1pct_fpr": thr, "fpr_at_threshold": fpr_at,
        "auc": roc_auc(pos_s, neg_s),
        "bytes": nbytes, "micros_total": sum(micros),
        "micros_per_kb": div(sum(micros), nbytes / 1024),
        "p50_micros": nearest_rank(micros, 0.50), "p99_micros": nearest_rank(micros, 0.99),
    }


def group_rates(items, preds, key, label):
    """Per value of key: flagged/total and the rate, over rows with injection == label."""
    g = defaultdict(lambda: [0, 0])
    for it, p in zip(items, preds):
        if it["injection"] == label:
            v = key(it)
            g[v][0] += p["injection"]
            g[v][1] += 1
    return {str(v): {"flagged": f, "n": n, "rate": f / n} for v, (f, n) in sorted(g.items(), key=lambda x: str(x[0]))}


def breakdowns(name, items, preds):
    b = {}
    if name == "BIPIA-email-test":
        b["TPR by position"] = group_rates(items, preds, lambda it: it["meta"].get("position"), True)
        b["TPR by attack task"] = group_rates(items, preds, lambda it: it["meta"].get("attack"), True)
    if name in ("store-test", "store-blind", "store-dev"):
        fam = lambda it: it["meta"].get("family")
        b["TPR by injection family"] = group_rates(items, preds, fam, True)
        b["FPR by source"] = group_rates(items, preds, lambda it: it["meta"].get("src"), False)
        b["FPR by benign family"] = group_rates(items, preds, fam, False)
        hard = group_rates(items, preds, lambda it: "hard" in str(fam(it) or "").lower(), False)
        if "True" in hard:
            b["FPR on hard negatives (benign family contains 'hard')"] = {"hard": hard["True"]}
            if "False" in hard:
                b["FPR on hard negatives (benign family contains 'hard')"]["other benign"] = hard["False"]
        b["TPR by language"] = group_rates(items, preds, lambda it: it["meta"].get("lang"), True)
        b["FPR by language"] = group_rates(items, preds, lambda it: it["meta"].get("lang"), False)
    return {k: v for k, v in b.items() if v}


# ---------------------------------------------------------------- output

def pct(x):
    return DASH if x is None else f"{100 * x:.1f}%"


def num(x, fmt):
    return DASH if x is None else format(x, fmt)


COLUMNS = [
    ("dataset", lambda n, m: n), ("n", lambda n, m: str(m["n"])), ("pos", lambda n, m: str(m["positives"])),
    ("neg", lambda n, m: str(m["negatives"])), ("TPR", lambda n, m: pct(m["tpr"])),
    ("FPR", lambda n, m: pct(m["fpr"])), ("precision", lambda n, m: pct(m["precision"])),
    ("F1", lambda n, m: num(m["f1"], ".3f")), ("acc", lambda n, m: pct(m["accuracy"])),
    ("TPR@1%FPR", lambda n, m: pct(m["tpr_at_1pct_fpr"])), ("thr", lambda n, m: num(m["threshold_1pct_fpr"], ".4f")),
    ("AUC", lambda n, m: num(m["auc"], ".3f")), ("us/KB", lambda n, m: num(m["micros_per_kb"], ".1f")),
    ("p50 us", lambda n, m: num(m["p50_micros"], ".1f")), ("p99 us", lambda n, m: num(m["p99_micros"], ".1f")),
]


def plain_table(header, rows):
    w = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(c.ljust(w[0]) if i == 0 else c.rjust(w[i]) for i, c in enumerate(cells))
    return "\n".join([line(header), line(["-" * x for x in w])] + [line(r) for r in rows])


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
    return "\n".join(out + ["| " + " | ".join(r) + " |" for r in rows])


def breakdown_rows(groups):
    return [[k, str(v["flagged"]), str(v["n"]), pct(v["rate"])] for k, v in groups.items()]


def report(results, markdown):
    header = [c[0] for c in COLUMNS]
    rows = [[f(name, r["metrics"]) for _, f in COLUMNS] for name, r in results.items()]
    print()
    print(plain_table(header, rows))
    if "NotInject" in results:
        m = results["NotInject"]["metrics"]
        print(f"\nNotInject over-defense accuracy: {pct(m['accuracy'])} ({m['tn']} of {m['n']} benign texts classified benign)")
    print("\nTPR@1%FPR: threshold thr = the (floor(0.01*neg)+1)-th highest benign score; positive iff score > thr.")
    for name, r in results.items():
        for title, g in r["breakdowns"].items():
            print(f"\n{name}: {title}")
            print(plain_table(["group", "flagged", "n", "rate"], breakdown_rows(g)))
    if markdown:
        print("\n" + md_table(header, rows))
        for name, r in results.items():
            for title, g in r["breakdowns"].items():
                print(f"\n**{name}: {title}**\n")
                print(md_table(["group", "flagged", "n", "rate"], breakdown_rows(g)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--screen", default=str(DEFAULT_SCREEN),
                    help="screener program (default target/release/examples/screen); a .py file is run with python3")
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="public data (default ../shared/data/inject/public.jsonl)")
    ap.add_argument("--store", default=str(DEFAULT_STORE), help="store corpus (default bench/inject/store_corpus.jsonl)")
    ap.add_argument("--blind", default=str(DEFAULT_BLIND), help="held-out store set (default bench/inject/store_blind.jsonl)")
    ap.add_argument("--dev", default=None, metavar="PATH",
                    help="a store corpus scored whole, every split (store-dev): a new corpus, before it joins training")
    ap.add_argument("--only", default=None, help="comma-separated datasets to run: " + ",".join(DATASETS))
    ap.add_argument("--json", default=None, metavar="OUT", help="write all metrics as JSON to OUT")
    ap.add_argument("--markdown", action="store_true", help="also print markdown tables")
    ap.add_argument("--keep-inputs", default=None, metavar="DIR", help="write the screener inputs to DIR and keep them")
    ap.add_argument("--warm", action="store_true",
                    help="send each dataset twice in one process and measure the second pass (steady state)")
    args = ap.parse_args()

    wanted = DATASETS
    if args.only:
        wanted = [s.strip() for s in args.only.split(",") if s.strip()]
        bad = [s for s in wanted if s not in DATASETS]
        if bad:
            sys.exit(f"error: unknown dataset(s) {bad}; choose from {DATASETS}")
    cmd = screen_cmd(args.screen)

    public = None
    if Path(args.data).is_file():
        public = load_jsonl(args.data)
    builders = {
        "deepset-test": lambda: build_deepset(public),
        "NotInject": lambda: build_notinject(public),
        "BIPIA-email-test": lambda: build_bipia(public),
        "store-test": lambda: build_store(args.store),
        "store-blind": lambda: build_store(args.blind),
        "store-dev": lambda: build_store(args.dev, any_split=True) if args.dev else [],
    }
    results, skipped = {}, {}
    with tempfile.TemporaryDirectory(prefix="inject-eval-") as tmp:
        workdir = args.keep_inputs or tmp
        os.makedirs(workdir, exist_ok=True)
        for name in wanted:
            try:
                if not name.startswith("store-") and public is None:
                    raise Skip(f"public data not found: {args.data}")
                items = builders[name]()
                if not items:
                    raise Skip("no rows selected")
            except Skip as e:
                print(f"skipping {name}: {e}", file=sys.stderr)
                skipped[name] = str(e)
                continue
            ids = [it["id"] for it in items]
            if len(set(ids)) != len(ids):
                sys.exit(f"error: {name}: duplicate ids in the dataset")
            preds, wall = run_screen(cmd, name, items, workdir, args.warm)
            m = metrics(items, preds)
            m["process_seconds"] = wall
            results[name] = {"metrics": m, "breakdowns": breakdowns(name, items, preds)}
            print(f"{name}: {m['n']} texts screened in {wall:.2f} s (whole process)", file=sys.stderr)
    if not results:
        sys.exit("error: no dataset could be run")
    report(results, args.markdown)
    if args.json:
        doc = {"screen": args.screen, "data": args.data, "store": args.store, "bipia_seed": BIPIA_SEED, "warm": args.warm,
               "datasets": results, "skipped": skipped}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(f"\nwrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
