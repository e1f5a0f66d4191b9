"""Phrase banks and builders for the hundredtwentieth store corpus."""
