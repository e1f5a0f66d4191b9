"""Helper modules for gen_store_ninth.py (marketplace and social text)."""
