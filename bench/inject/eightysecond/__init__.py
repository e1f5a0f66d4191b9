"""Language modules for the eightysecond store-injection corpus."""

LANGUAGE_MODULES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "no", "fi", "ro",
                    "hu", "ru", "tr", "ar", "he", "ja", "zh", "ko", "vi", "ms"]
