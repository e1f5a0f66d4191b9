"""Pools and assembly code for the twentyfirst store-injection corpus."""

from . import (pt_br, pt_pt, sv, da, nb, fi, pl, cs, ro, hu, el, tr, uk)

LANGS = [pt_br, pt_pt, sv, da, nb, fi, pl, cs, ro, hu, el, tr, uk]
