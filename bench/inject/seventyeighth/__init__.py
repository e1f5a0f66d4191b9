"""East Asian store-text injection corpus (seventyeighth): one module per language
plus a shared common module."""

from . import common, ja, zh_cn, zh_tw, ko, en_asia, vi, th

MODULES = (ja, zh_cn, zh_tw, ko, en_asia, vi, th)


def build_rows(seed=7808):
    rows = []
    for i, mod in enumerate(MODULES):
        rows.extend(common.Builder(mod, seed * 100 + i).build())
    return rows
