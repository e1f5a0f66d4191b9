"""Language banks for the hundredsecond store corpus."""
from . import (en, de, fr, es, it, pt, nl, pl, sv, da, nb, fi, cs, el, ru, uk,
               tr, he, fa, hi, ms, ja, ko, zh)

LANGS = {m.__name__.rsplit(".", 1)[1]: m.D for m in (
    en, de, fr, es, it, pt, nl, pl, sv, da, nb, fi, cs, el, ru, uk,
    tr, he, fa, hi, ms, ja, ko, zh)}
