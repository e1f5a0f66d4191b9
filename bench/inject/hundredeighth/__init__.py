"""Phrase banks and builders for the store_hundredeighth corpus."""
