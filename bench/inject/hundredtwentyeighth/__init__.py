"""Store-text corpus (ticketing, auto parts, skincare, DIY, books) for injection screening."""
