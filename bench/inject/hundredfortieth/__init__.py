"""Language banks and builders for the store_hundredfortieth corpus."""

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "sk",
         "hr", "hu", "ro", "bg", "el", "ru", "uk", "tr", "fa", "hi", "vi", "lt", "ms", "sr",
         "ja", "ko", "zh", "th"]
