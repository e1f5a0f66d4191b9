"""Text pools for the thirtyfifth store corpus (one module per language)."""

LANG_MODULES = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sv", "da",
    "ru", "tr", "ja", "zh", "ko", "vi", "id_", "ar", "fa",
]
