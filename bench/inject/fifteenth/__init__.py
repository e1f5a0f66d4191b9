"""Fifteenth store prompt-injection corpus: data and assembly helpers.

Everything here is plain Python 3 standard library. The entry point is
``bench/inject/gen_store_fifteenth.py``.
"""
