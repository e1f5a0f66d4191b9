"""Phrase banks and builders for the store_hundredthirtyfirst corpus."""
