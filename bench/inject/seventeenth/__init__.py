"""Building blocks for the seventeenth Storewall injection corpus.

The corpus focuses on indirect prompt injection aimed at a store's
tool-using agents, next to hard negatives written in the same carriers.
"""
