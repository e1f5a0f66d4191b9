"""English pools (US, UK, AU, IN and ZA registers)."""

from .en_carriers import REVIEWS, TICKETS, EMAILS, SLOTTED  # noqa: F401
from .en_attacks import PAYLOADS, INJ_DOCS  # noqa: F401
from .en_hard import HARD_DOCS, HARD_SNIPPETS, EXTRAS  # noqa: F401

JOIN = " "
PS = ["P.S.", "PS", "PS:", "Edit:", "Also:", "Note:", "p.s."]
