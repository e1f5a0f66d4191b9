"""Name-call store corpus parts, one module per language."""
