"""Text pools for the fiftyseventh corpus, one module per language, plus the shared machinery in common."""
