"""Store-text corpus in lesser-read languages: shared builders and per-language phrase banks."""
