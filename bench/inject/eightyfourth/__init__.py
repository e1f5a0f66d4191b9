"""Language modules for the eightyfourth store-injection corpus."""

LANGS = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "da", "fi",
    "cs", "ru", "tr", "ar", "he", "ja", "zh", "ko", "vi", "ms",
]
