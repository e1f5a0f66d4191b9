"""Helper modules for gen_store_eighth.py (store text injection corpus)."""
