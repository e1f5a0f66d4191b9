"""Store-text corpus (bg, el, he, hu, hr, et, fa, sr) for prompt-injection screening."""
