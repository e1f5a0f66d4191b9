"""Language modules for the seventysecond store-injection corpus.

Each module exposes a DATA dict with hand-written pools for one language and
market; ``common.build_lang`` turns a DATA dict into labelled rows.
"""

LANG_MODULES = [
    "en", "de", "fr", "es", "it", "pt_br", "nl", "pl", "sv", "fi", "cs", "ro",
    "ru", "uk", "tr", "ar", "hi", "ja", "zh_cn", "zh_tw", "ko", "vi", "id_", "th",
]
