"""Language modules for the ninetyfourth store corpus; shared code is in common.py."""

LANG_MODULES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "no", "cs", "hu",
                "ru", "tr", "ar", "he", "hi", "ja", "zh", "zhtw", "ko", "id", "vi"]
