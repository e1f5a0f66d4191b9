"""Language modules for the fiftyfourth injection corpus (see gen_store_fiftyfourth.py)."""

MODULES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "no", "ro", "el",
           "ru", "tr", "ar", "hi", "ja", "zh", "ko", "th"]
