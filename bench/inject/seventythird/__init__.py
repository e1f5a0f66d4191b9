"""Language modules for the seventythird short-text store corpus.

Each module exposes ``L``, a :class:`common.Lang` holding pools
(carrier texts, hard negatives, full injections, attachable injection
snippets) for one language and market. ``common.build`` turns a pool into rows.
"""

LANG_MODULES = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi",
    "cs", "ro", "hu", "el", "ru", "uk", "tr", "ar", "he", "hi", "ja",
    "zh_cn", "zh_tw", "ko", "vi", "id", "th", "ms", "fil",
]
