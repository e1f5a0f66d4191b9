"""Language modules and shared composition code for the eightyeighth corpus."""

LANG_MODULES = (
    "lang_en", "lang_de", "lang_fr", "lang_es", "lang_it", "lang_pt",
    "lang_nl", "lang_pl", "lang_sv", "lang_ru", "lang_tr", "lang_ar",
    "lang_hi", "lang_ja", "lang_zh", "lang_ko",
)
