"""Language modules for the store_hundredninth corpus."""
LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "cs", "ro", "tr", "ru", "ja", "ko"]
