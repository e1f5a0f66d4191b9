"""Pools and assembly code for the thirtyfirst store-injection corpus.

Each language lives in its own module (``en``, ``de``, ...) and exposes a
``L`` dictionary of hand-written pools; ``core`` turns those pools into rows.
"""

LANG_MODULES = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl",
    "ja", "zh", "ko", "ru", "tr", "vi", "idn",
]
