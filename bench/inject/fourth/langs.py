"""Imports every language module and registers it."""

from .common import register
from . import lang_en
from .lang_extra import LINKS, LABELS, HARD_SYS

_MODULES = [lang_en]
for _name in ["de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "cs", "tr", "ja"]:
    try:
        _MODULES.append(__import__("fourth.lang_" + _name, fromlist=["L"]))
    except ModuleNotFoundError:
        pass

EN_ONLY = {"spoilers", "gamer_lines", "products", "cat_names"}
OPTIONAL = {"sys_wrap"}

for _m in _MODULES:
    _c = _m.L["code"]
    _m.L["link_kinds"] = LINKS[_c]
    _m.L["link_label"] = LABELS[_c]
    _m.L["hard_sys"] = HARD_SYS[_c]
    _missing = set(lang_en.L) - EN_ONLY - set(_m.L)
    if _missing:
        raise SystemExit("language %s lacks %s" % (_m.L["code"], sorted(_missing)))
    register(_m.L)
