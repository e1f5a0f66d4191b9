#!/usr/bin/env python3
"""Generate bench/inject/store_fourteenth.jsonl.

A labelled prompt-injection corpus focused on what a store's AI agent reads through
its tools and retrieval: order/customer/tracking/payment tool results, CSV exports,
calendar and chat messages, logs, OCR'd invoices and packing slips, supplier spec
sheets, marketplace listings, product rows, reviews, tickets, e-mail threads,
scraped pages, help-centre chunks, API docs and GitHub issues.

Deterministic (seeded), standard library only. Usage:

    python3 bench/inject/gen_store_fourteenth.py

Counts per label / family / language / source are printed to stderr.
The phrase banks and carriers live in bench/inject/fourteenth/.
"""

import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fourteenth.build import main  # noqa: E402

if __name__ == "__main__":
    main(os.path.join(HERE, "store_fourteenth.jsonl"))
