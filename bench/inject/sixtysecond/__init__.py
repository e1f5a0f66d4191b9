"""Back-office injection corpus: shared code in ``common``, one data module per language."""

LANGUAGE_MODULES = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "hu", "da", "sv",
    "ru", "uk", "tr", "ar", "he", "ja", "zh_cn", "zh_tw", "ko", "vi", "idn",
]
