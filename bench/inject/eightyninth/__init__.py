"""Text pools for the eightyninth store injection corpus, one module per
language, with the shared rendering and allocation code in ``common``."""
