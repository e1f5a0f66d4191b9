"""Language pools for the ninetysixth store corpus."""
import importlib

ORDER = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "da", "fi", "cs", "sk", "ro", "bg", "ru",
         "tr", "ar", "fa", "hi", "id", "th", "ja", "ko", "zh"]

LANGS = {code: importlib.import_module(f"{__name__}.{code}").L for code in ORDER}
