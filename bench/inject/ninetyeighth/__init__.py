"""Per-language phrase banks for the ninetyeighth store corpus."""
LANGS = ["ar", "fa", "hi", "ur", "bn", "id", "ms", "he", "zh", "ko", "ta", "sw"]
