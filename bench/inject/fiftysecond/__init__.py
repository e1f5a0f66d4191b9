"""Data and assembly code for bench/inject/store_fiftysecond.jsonl (see gen_store_fiftysecond.py)."""
