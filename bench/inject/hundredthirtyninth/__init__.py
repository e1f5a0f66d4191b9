"""Phrase banks and builders for the hundredthirtyninth store corpus."""
