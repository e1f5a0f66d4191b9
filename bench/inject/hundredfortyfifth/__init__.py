"""Phrase banks and text builders for the store_hundredfortyfifth corpus."""
