"""Store-text corpus pieces: shared builders and one vocabulary module per language."""
