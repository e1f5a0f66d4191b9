"""Helper modules for gen_store_fifth.py (store text corpus, fifth edition)."""
