"""Phrase pools and builders for the store_hundredthirtythird corpus."""
