#!/usr/bin/env python3
"""Generate bench/inject/store_nineteenth.jsonl (Storewall prompt-injection corpus, nineteenth set).

Native-register store texts in German, French, Spanish, Italian, Portuguese (BR and PT), Dutch,
Polish, Swedish, Japanese, Chinese, Korean and English. Standard library only, deterministic.
Usage: python3 bench/inject/gen_store_nineteenth.py
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from nineteenth.build import main  # noqa: E402

if __name__ == "__main__":
    main(os.path.join(HERE, "store_nineteenth.jsonl"))
