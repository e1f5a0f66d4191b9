"""Language modules for the sixtieth store-injection corpus; MODULES lists them in build order."""
import importlib

LANG_MODULES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "cs", "ro", "ru", "uk",
                "tr", "ar", "hi", "ja", "zh_cn", "zh_tw", "ko", "vi", "id_", "th"]


def load():
    mods = []
    for name in LANG_MODULES:
        try:
            mods.append(importlib.import_module(f"{__name__}.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    return mods
