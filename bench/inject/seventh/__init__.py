"""Helper modules for gen_store_seventh.py (short- and long-form store text)."""
