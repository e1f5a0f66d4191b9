"""Hand-written material for the thirtyfourth store-traffic injection corpus, one module per language."""

LANGUAGE_MODULES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "el", "ro", "hu", "fi", "no",
    "he", "uk", "ja", "zh", "ko", "th", "ms", "tl", "hi",
)
