"""Storewall injection corpus: twentyseventh (agent-era store texts)."""
