"""Language modules and shared helpers for the ninetysecond corpus.

Each language module exposes its market data and text pools; common.build()
turns them into labelled rows laid out as the structured data and machine text
a store agent's tools return.
"""
