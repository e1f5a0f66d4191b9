"""Hand-written multilingual store text for the twentyninth injection corpus.

One module per language (l_<code>.py) holds the pools; compose.py places them
into reviews, tickets, e-mails, feeds, pages and tool results.
"""

import importlib

LANG_MODULES = [
    "l_en", "l_de", "l_fr", "l_es", "l_it", "l_pt_br", "l_nl", "l_sv", "l_da",
    "l_nb", "l_fi", "l_pl", "l_cs", "l_hu", "l_ro", "l_el", "l_ru", "l_uk",
    "l_tr", "l_ar", "l_he", "l_hi", "l_th", "l_vi", "l_id", "l_ja", "l_zh_cn",
    "l_ko",
]


def load_languages(names=None):
    out = []
    for name in names or LANG_MODULES:
        out.append(importlib.import_module(__name__ + "." + name))
    return out
