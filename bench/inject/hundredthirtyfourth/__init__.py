"""Store back-office override corpus: language data and composition helpers."""
LANGS = ["en", "da", "nb", "sv", "pl", "sk", "sl", "bg", "th", "id", "it", "ar", "he", "el", "hi", "vi", "lt", "pt"]
