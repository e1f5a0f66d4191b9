"""Language pools for the eightythird store corpus (one module per language, shared code in common)."""
from . import (en, de, fr, es, it, pt, nl, pl, sv, nb, fi, cs, ro, ru, tr, ar, hi, ja, zh, ko, th)

MODULES = [en, de, fr, es, it, pt, nl, pl, sv, nb, fi, cs, ro, ru, tr, ar, hi, ja, zh, ko, th]
