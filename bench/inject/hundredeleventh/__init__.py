"""Language modules and shared builders for the store_hundredeleventh corpus."""

LANGS = ["fa", "he", "ar", "ur", "hi", "th", "vi", "el"]
