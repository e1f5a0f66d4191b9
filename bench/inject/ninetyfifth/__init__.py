"""Language packs and builders for the ninetyfifth store corpus."""

LANGS = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "nb", "fi", "cs",
    "hu", "ro", "ru", "uk", "tr", "el", "ar", "he", "ja", "ko", "zh", "vi",
)
