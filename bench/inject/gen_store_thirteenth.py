#!/usr/bin/env python3
"""Generate bench/inject/store_thirteenth.jsonl: multilingual store text, prompt injections and
(hard) negatives, written natively in 28 languages plus code-switched and mixed-language text.

Python 3 standard library only, deterministic. Run: python3 bench/inject/gen_store_thirteenth.py
Counts per family, language and source go to stderr.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from thirteenth import build  # noqa: E402

if __name__ == "__main__":
    build.main(os.path.join(HERE, "store_thirteenth.jsonl"))
