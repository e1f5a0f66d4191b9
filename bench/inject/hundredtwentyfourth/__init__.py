"""Language modules for the open-address store corpus."""
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "cs", "ro", "tr", "ja", "zh"]
