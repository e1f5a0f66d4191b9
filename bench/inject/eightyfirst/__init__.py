"""Language modules and shared helpers for the eightyfirst store corpus."""

LANG_MODULES = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs",
    "el", "ru", "uk", "tr", "ar", "hi", "ja", "zh", "ko", "id",
]
