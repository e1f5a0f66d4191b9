"""Language packs and shared rendering for the store_seventysixth corpus."""

LANG_MODULES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "cs", "ru", "uk",
    "tr", "ar", "hi", "ja", "zh", "ko", "vi", "id", "th", "he",
)
