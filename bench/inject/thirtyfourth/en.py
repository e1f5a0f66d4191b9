"""English (US, UK, IE, NZ, SG, NG registers)."""
from .engine import pack
from . import en_benign, en_attacks

TARGET = 520
ITEMS = pack("en", carriers=en_benign.CARRIERS, hard=en_benign.HARD,
             full=en_attacks.FULL, snips=en_attacks.SNIPS, enc=en_attacks.ENC)
