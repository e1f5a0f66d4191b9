"""Phrase tables and builders for the store_hundredfirst corpus."""
