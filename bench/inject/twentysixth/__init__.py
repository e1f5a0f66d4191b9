"""Hand-written pieces for the twentysixth store corpus, one module per language."""

LANG_MODULES = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "tr", "ru", "uk",
                "ja", "zh", "ko", "hi", "ar", "he", "ind", "ro"]
