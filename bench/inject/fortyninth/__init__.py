"""Language packs for the fortyninth corpus (marketplaces in Russian, Ukrainian,
Turkish, Arabic, Persian, Hebrew, Hindi, Vietnamese, Indonesian and Thai)."""

MODULES = ("ru", "uk", "tr", "ar", "fa", "he", "hi", "vi", "id_", "th")
