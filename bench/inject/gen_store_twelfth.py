#!/usr/bin/env python3
"""Generate bench/inject/store_twelfth.jsonl: a labelled prompt-injection corpus
for online-store text (reviews, tickets, supplier feeds, emails, web pages and
tool results).  Focus: policy-framed and indirect attacks, memory poisoning,
persona switches, tool-call and exfiltration requests, plus hard negatives of
the same shapes aimed at people.  Standard library only, deterministic.

Usage: python3 bench/inject/gen_store_twelfth.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from twelfth import build  # noqa: E402

if __name__ == "__main__":
    build.main(os.path.join(HERE, "store_twelfth.jsonl"))
