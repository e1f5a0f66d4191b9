"""Language modules of the fiftysixth corpus."""

from . import en, de, fr, es, it, pt, nl, pl, sv, da, cs, ru, uk, tr, ar, he, hi, ja, zh, ko, vi, id, th

LANGUAGES = [m.LANG for m in (en, de, fr, es, it, pt, nl, pl, sv, da, cs, ru, uk, tr, ar, he, hi, ja, zh)] + \
    [zh.LANG_TW] + [m.LANG for m in (ko, vi, id, th)]
