"""Storewall injection corpus 'fortyfirst': agent-side texts (tool results,
web pages, emails, feeds, tickets) for five kinds of online store."""

import importlib

from .common import build

LANG_MODULES = ["en", "de", "fr", "es", "pt", "it", "pl", "nl", "cs", "ro", "hu",
                "el", "zh", "ja", "ko", "ar", "he", "hi", "id_", "ms"]


def build_rows():
    rows = []
    for name in LANG_MODULES:
        try:
            mod = importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError:
            continue
        specs = getattr(mod, "SPECS", None) or [mod.SPEC]
        for spec in specs:
            rows.extend(build(spec))
    return rows
