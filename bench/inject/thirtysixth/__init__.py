"""Language modules of the thirtysixth corpus; each holds its own market's texts as blocks."""

from . import (de, el, en_au, en_gb, en_in, en_ke, en_ph, en_us, es, fr, he, hi, hu, it, ja, ko, nl, pl, pt, ro,
               sv, th, zh_cn, zh_tw)

MODULES = [en_us, en_gb, en_au, en_in, en_ph, en_ke, de, fr, es, it, pt, nl, pl, sv, el, ro, hu, he, ja, zh_cn,
           zh_tw, ko, th, hi]
