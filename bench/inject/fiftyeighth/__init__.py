"""Language modules for the fiftyeighth store corpus; shared engine in common.py."""
import importlib

MODULES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "fi", "ro", "el", "hu",
           "ru", "tr", "ja", "zh", "ko", "vi", "id", "ms", "fil"]


def languages(only=None):
    out = []
    for name in MODULES:
        if only and name not in only:
            continue
        try:
            mod = importlib.import_module(__name__ + "." + name)
        except ModuleNotFoundError as e:
            if e.name == __name__ + "." + name and only is None and name != "en":
                continue
            raise
        out.extend(mod.LANGS)
    return out
