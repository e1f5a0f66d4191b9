"""Language modules of the seventyfifth corpus and how many rows each contributes."""
from . import (lang_ar, lang_cs, lang_de, lang_en, lang_es, lang_fr, lang_id, lang_it, lang_ja, lang_ko,
               lang_nl, lang_pl, lang_pt_br, lang_ru, lang_sv, lang_tr, lang_vi, lang_zh_cn, lang_zh_tw)

PLAN = [
    (lang_en, 900),
    (lang_de, 160),
    (lang_fr, 150),
    (lang_es, 150),
    (lang_it, 90),
    (lang_pt_br, 100),
    (lang_nl, 70),
    (lang_pl, 70),
    (lang_sv, 40),
    (lang_cs, 40),
    (lang_ru, 80),
    (lang_tr, 60),
    (lang_ar, 50),
    (lang_ja, 150),
    (lang_zh_cn, 120),
    (lang_zh_tw, 50),
    (lang_ko, 130),
    (lang_vi, 40),
    (lang_id, 50),
]
