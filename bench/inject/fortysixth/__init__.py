"""Language modules for the store_fortysixth injection corpus."""

from . import en, de, fr, nl, it, es, pt, pl, ja, zh_cn, zh_tw

# (module, number of rows)
PLAN = [
    (en, 1300),
    (de, 250),
    (fr, 250),
    (nl, 120),
    (it, 120),
    (es, 120),
    (pt, 100),
    (pl, 80),
    (ja, 80),
    (zh_cn, 56),
    (zh_tw, 24),
]
