"""Builders for the fortysecond corpus: East Asian store text (zh-CN, zh-TW/zh-HK, ko, ja)."""
