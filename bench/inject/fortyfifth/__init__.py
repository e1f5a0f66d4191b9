"""Hand-written short store texts, one module per language, for gen_store_fortyfifth.py."""
import importlib

_NAMES = ("en", "de", "fr", "es", "pt_br", "it", "nl", "pl", "sv", "da", "nb", "fi", "cs",
          "ru", "uk", "tr", "el", "ar", "he", "hi", "ja", "zh_cn", "zh_tw", "ko", "th", "vi", "ind")

LANGUAGES = [importlib.import_module("." + n, __name__) for n in _NAMES]
