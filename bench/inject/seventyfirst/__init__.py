"""Text pools for the seventyfirst store-injection corpus, one module per language."""
