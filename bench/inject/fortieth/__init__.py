"""Hand-written multilingual store traffic for the fortieth injection corpus.

Each ``lang_*`` module holds one language's texts; ``build`` assembles rows.
"""
