"""Data and machinery for the seventyfourth corpus (long store inbox threads)."""

import importlib

# language module, language code, number of rows
PLAN = [
    ("en", 900), ("de", 180), ("fr", 160), ("es", 160), ("it", 100), ("pt", 110), ("nl", 80),
    ("pl", 80), ("sv", 50), ("ru", 80), ("tr", 70), ("ja", 140), ("zh", 160), ("ko", 130),
    ("vi", 50), ("id_", 50),
]


def load(name):
    return importlib.import_module(__name__ + "." + name).L
