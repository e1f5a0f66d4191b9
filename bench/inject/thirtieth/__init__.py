"""Market pools for the thirtieth store corpus (one module per market)."""

import importlib

MARKETS = [
    "en_us", "en_gb", "en_ca", "en_au", "en_in",
    "de", "fr", "es_es", "es_mx", "it", "pt_br", "nl", "pl", "sv", "cs",
    "ru", "uk", "tr", "ja", "zh_cn", "zh_tw", "ko", "ar",
]


def load(name):
    return importlib.import_module("%s.%s" % (__name__, name))
