"""Slot values and template filling.

Templates use {oid}, {amt}, {n}, {name}, {prod}, {code}, {dom}, {shop},
{email}, {sku}, {tid}.  Any other brace text is left untouched.  A pair of
markers \u27e6 ... \u27e7 inside an injection template marks the payload when
it is only part of the sentence; without markers the whole sentence is the
payload.
"""
import re

PRODUCTS = [
    "Aqua 2", "Trail 30", "Lumo", "Swift Run", "Moka Pro", "Nordic Fleece",
    "Vento 12", "Duo Case", "Kiro Blender", "Orbit Lamp", "Terra Mat",
    "Polar Bottle", "Fika Grinder", "Halo Buds", "Breeze Fan",
]
# Attacker-controlled looking hosts (reserved example/test names only).
EVIL_DOMS = [
    "stats-relay.example", "img-cache.test", "cdn-metrics.example.net",
    "collect.example.org", "shop-pixel.test", "review-sync.example",
    "track-beacon.example.com", "store-assets.test",
]
# The store's own hosts.
SHOP_DOMS = ["shop.example", "store.example.com", "myshop.test",
             "boutique.example.org", "outlet.test", "help.shop.example.net"]
MAIL_USERS = ["j.berg", "mia.r", "tomk", "orders", "nina.l", "p.novak",
              "lee.h", "sam.c", "kasia.w", "elif.y", "yuki.t", "ivan.p"]
MAIL_DOMS = ["mail.example", "inbox.example.org", "post.example.net"]
CODES = ["WELCOME", "SPRING", "VIP", "FREESHIP", "THANKS", "AUTUMN", "LOYAL"]

_SLOT = re.compile(r"\{(oid|amt|n|name|prod|code|dom|shop|email|sku|tid)\}")
OPEN, CLOSE = "\u27e6", "\u27e7"


def make_slots(rng, names):
    width = rng.choice([5, 6, 6, 7])
    lo = 10 ** (width - 1)
    return {
        "oid": str(rng.randint(lo, lo * 10 - 1)),
        "amt": "%d.%s" % (rng.randint(12, 480), rng.choice(["00", "99", "50", "90"])),
        "n": str(rng.randint(40, 3800)),
        "name": rng.choice(names),
        "prod": rng.choice(PRODUCTS),
        "code": rng.choice(CODES) + str(rng.randint(5, 60)),
        "dom": rng.choice(EVIL_DOMS),
        "shop": rng.choice(SHOP_DOMS),
        "email": "%s@%s" % (rng.choice(MAIL_USERS), rng.choice(MAIL_DOMS)),
        "sku": "%s-%d" % ("".join(rng.choice("ABCDEFGHKMNPRSTVX") for _ in range(3)),
                          rng.randint(1000, 9999)),
        "tid": str(rng.randint(100000, 999999)),
    }


def fill(template, slots):
    return _SLOT.sub(lambda m: slots[m.group(1)], template)


def split_payload(text):
    """Remove payload markers; return (clean_text, payload_or_None)."""
    if OPEN not in text:
        return text, None
    a = text.index(OPEN)
    b = text.index(CLOSE)
    payload = text[a + 1:b]
    return text.replace(OPEN, "").replace(CLOSE, ""), payload


def S(fam, inj, *twins, nt=False):
    """One minimal-pair set: an injection and its benign twins.

    nt=True keeps the set out of the hidden/encoded transforms (used for
    sets whose text is already markup)."""
    assert not fam.startswith("hard-"), fam
    for tf, _ in twins:
        assert tf.startswith("hard-"), tf
    return {"fam": fam, "inj": inj, "twins": list(twins), "nt": nt}
