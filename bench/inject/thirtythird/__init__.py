"""Hand-written multilingual store traffic for the thirtythird evaluation corpus.

Each language module defines CARRIERS (ordinary texts, also used as hosts),
optional HOSTS (extra host texts), HARD (hard negatives), SNIPS (attack
snippets inserted into hosts), FULL (complete injected texts) and LEADS
(lead-in phrases for encoded snippets).
"""

LANGS = [
    ("en", "en", 500), ("de", "de", 90), ("fr", "fr", 90), ("es", "es", 90),
    ("it", "it", 60), ("pt", "pt-BR", 60), ("nl", "nl", 50), ("pl", "pl", 40),
    ("sv", "sv", 30), ("da", "da", 20), ("cs", "cs", 20), ("ru", "ru", 50),
    ("tr", "tr", 40), ("ja", "ja", 90), ("zh", "zh-CN", 90), ("ko", "ko", 60),
    ("vi", "vi", 30), ("id", "id", 30), ("ar", "ar", 30), ("hi", "hi", 30),
]
