"""Store-text corpus in eight languages: shared helpers plus one data module per language."""

LANGS = ["et", "lv", "lt", "sl", "hr", "sr", "da", "nb"]
