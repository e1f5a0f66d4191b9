"""Language pools for the sixtyninth corpus (agents reading the open web and tool output)."""

MODULES = (
    "lang_en", "lang_de", "lang_fr", "lang_es", "lang_it", "lang_pt", "lang_nl", "lang_pl",
    "lang_sv", "lang_nb", "lang_ro", "lang_ru", "lang_tr", "lang_ar", "lang_he", "lang_ja",
    "lang_zh_cn", "lang_zh_tw", "lang_ko", "lang_th", "lang_id",
)
