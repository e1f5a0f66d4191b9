"""Phrase lists and builders for the store_hundredsixth corpus."""
