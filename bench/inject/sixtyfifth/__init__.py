"""Hand-written store texts in smaller European languages for the sixtyfifth corpus.

Each language module holds its own market's texts; ``common`` turns them into rows.
"""

# (module name, target rows)
LANGUAGES = [
    ("nl", 272), ("pl", 272), ("it", 272), ("pt_pt", 109), ("pt_br", 163),
    ("sv", 163), ("da", 130), ("nb", 130), ("fi", 130), ("cs", 163), ("sk", 87),
    ("ro", 163), ("hu", 130), ("el", 130), ("bg", 65), ("hr", 65), ("sl", 54),
]
