"""Eightieth corpus package: English store text from eight markets, labelled for AI-directed injection."""
