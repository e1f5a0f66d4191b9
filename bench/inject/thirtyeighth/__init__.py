"""Language pools and the row builder for the store_thirtyeighth corpus.

Each language module exposes a ``POOLS`` dict (see ``engine.build_language``)
with carriers, injected directives, human-addressed notes and whole texts.
"""

LANG_MODULES = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs",
    "tr", "ru", "ja", "zh", "ko", "vi", "id_", "ar",
]
