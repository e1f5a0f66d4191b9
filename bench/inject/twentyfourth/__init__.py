"""Language modules for the twentyfourth corpus (one per language or variant).

Each module holds pools of carrier texts per source, injection
phrasings with their family, and complete hard negatives.
"""

from . import core  # noqa: F401
from . import ar, de, en, es, fr, hi, hi_latn, it, ja, ko, nl, pl, pt_br, pt_pt, sv, tr, zh_cn, zh_tw

LANGS = [
    ("en", en),
    ("de", de),
    ("fr", fr),
    ("es", es),
    ("it", it),
    ("pt", pt_br),
    ("pt", pt_pt),
    ("nl", nl),
    ("pl", pl),
    ("sv", sv),
    ("tr", tr),
    ("ja", ja),
    ("zh", zh_cn),
    ("zh", zh_tw),
    ("ko", ko),
    ("ar", ar),
    ("hi", hi),
    ("hi", hi_latn),
]
