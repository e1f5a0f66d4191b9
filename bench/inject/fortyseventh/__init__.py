"""Language modules for the fortyseventh store corpus."""

LANG_MODULES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "ru", "tr", "ja", "zh", "ko", "id_", "vi"]
