"""Pools and row builder for the store_twentysecond injection corpus."""

from . import compose, de, en, es, fr, it, nl

# language module, total rows, injection rows
PLAN = [
    (en, 1100, 495),
    (de, 300, 135),
    (fr, 300, 135),
    (es, 300, 135),
    (it, 250, 112),
    (nl, 250, 113),
]

__all__ = ["compose", "PLAN"]
