#!/usr/bin/env python3
"""Generate the third Storewall prompt-injection training corpus.

Independently written generator, in a style different from the existing corpora:
marketplace listings, Shopify/WooCommerce JSON, Merchant XML, CSV exports, helpdesk
JSON, chat transcripts, tool results, newsletters, supplier threads, help articles...

Labels follow intent towards an AI system, not trigger words.

Usage (from the repository root):
    python3 bench/inject/gen_store_third.py > bench/inject/store_third.jsonl

Deterministic (fixed seed), standard library only.
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "third"))

from assemble import Builder  # noqa: E402

SEED = 20250917


def main():
    rows = Builder(SEED).run()
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
