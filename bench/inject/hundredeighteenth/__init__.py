"""Encoded-text store corpus: language data and row builders."""
