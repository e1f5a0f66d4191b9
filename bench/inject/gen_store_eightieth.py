"""Generate bench/inject/store_eightieth.jsonl: 2,500 English store texts (reviews, Q&A, tickets, chats, emails,
listings, supplier feeds, web pages and agent tool results from US, UK, Canadian, Australian, Indian, Irish,
Singaporean and South African markets), about 45% carrying instructions aimed at the store's AI and the rest benign,
most of them hard negatives. Run: python3 bench/inject/gen_store_eightieth.py
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from eightieth.build import build  # noqa: E402
from eightieth.common import validate, write_jsonl, report  # noqa: E402


def main():
    rows = build()
    validate(rows)
    write_jsonl(rows, os.path.join(HERE, "store_eightieth.jsonl"))
    report(rows)


if __name__ == "__main__":
    main()
