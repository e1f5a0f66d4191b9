"""Per-language content for the sixtyeighth store-traffic injection corpus.

Each language module exposes ``build()`` which returns a list of row dicts
(without ``id``/``split``); shared helpers live in ``common``.
"""

LANG_MODULES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi",
    "cs", "ru", "uk", "tr", "ar", "hi", "ja", "zh", "ko", "vi",
)
