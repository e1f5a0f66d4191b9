"""Per-language data for the fortyeighth store corpus; shared code lives in common.py."""

import importlib

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "cs", "ru", "uk", "tr", "ar",
         "ja", "zh", "ko", "vi", "id", "hi", "th"]

LANG_MODULES = []
for _code in LANGS:
    try:
        LANG_MODULES.append(importlib.import_module(f"{__name__}.{_code}"))
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{_code}":
            raise
