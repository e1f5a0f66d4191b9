"""Language modules for the fiftyninth corpus (tool results seen by a store agent).

Each module exposes ``LANG`` (the language code), ``COUNT`` (rows wanted) and
``build()`` which returns a list of row dicts without ids.
"""

from . import (ar, cs, de, en, es, fr, id_, it, ja, ko, nl, pl, pt, ru, sv,
               th, tr, vi, zh)

MODULES = [en, de, fr, es, it, pt, nl, pl, sv, cs, ru, tr, ar, ja, zh, ko,
           vi, id_, th]
