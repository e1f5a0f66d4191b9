"""Phrase banks and builders for the store_hundredtwentyninth corpus."""
