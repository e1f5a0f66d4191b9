"""Language modules of the fiftieth corpus; common holds the shared builder."""
LANGS = ["sv", "da", "nb", "fi", "nl", "pl", "cs", "sk", "hu", "el", "ro"]
