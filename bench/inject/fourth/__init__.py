"""Helper modules for gen_store_fourth.py (store prompt-injection corpus, fourth set)."""
