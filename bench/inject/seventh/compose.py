"""Composition helpers shared by the medium and long builders."""
import json
from . import util
from .util import pick
from .en_pools import MONTHS


def ext(rng, c):
    d = dict(c)
    d["Product"] = d["product"][:1].upper() + d["product"][1:]
    from .en_pools import PRODUCT_CAT
    if PRODUCT_CAT.get(d["product"]) == "shoes":
        d["size"] = pick(rng, ["UK 7", "UK 9", "EU 39", "EU 42", "US 10.5", "44"])
    else:
        d["size"] = pick(rng, ["XS", "S", "M", "L", "XL", "XXL"])
    d.setdefault("month", pick(rng, MONTHS))
    d.setdefault("po", "PO-%d" % rng.randint(20000, 99999))
    d.setdefault("week", rng.randint(2, 51))
    d.setdefault("digits7", "%07d" % rng.randint(0, 9999999))
    d.setdefault("inv", "%d-%04d" % (rng.choice([2024, 2025]), rng.randint(1, 9999)))
    d.setdefault("moq", rng.choice([300, 500, 600, 1000, 1200]))
    d.setdefault("moq2", rng.choice([1500, 2000, 2500]))
    d.setdefault("date", util.date(rng))
    d.setdefault("shopdom", c["shop"].lower().replace(" & ", "and").replace(" ", "") + pick(rng, [".com", ".co.uk", ".shop", ".eu"]))
    d.setdefault("model", "%s-%d" % (pick(rng, ["KX", "AP", "RV", "TH", "BM", "CG", "LX"]), rng.randint(100, 990)))
    return d


def F(s, d):
    try:
        return s.format(**d)
    except (KeyError, IndexError, ValueError):
        return s


def fill_all(lst, d):
    return [F(s, d) for s in lst]


def sample(rng, lst, k):
    k = max(0, min(k, len(lst)))
    return rng.sample(lst, k)


def insert_mid(rng, parts, frag, lo=0.3, hi=1.0):
    """Insert frag into a list of parts somewhere between lo and hi of its length."""
    n = len(parts)
    a = int(n * lo)
    b = max(a, int(n * hi))
    i = rng.randint(a, b)
    return parts[:i] + [frag] + parts[i:]


def attach(rng, sentence, frag):
    """Glue an injected fragment to a sentence inline."""
    glue = pick(rng, [" ", " ", " ", "  ", "\n", " — ", " (", " [", "\n\n"])
    if glue == " (":
        return sentence + " (" + frag + ")"
    if glue == " [":
        return sentence + " [" + frag + "]"
    return sentence + glue + frag


def jdump(obj, indent=None):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def stars_line(rng, k=None):
    k = k if k is not None else rng.choice([1, 2, 3, 4, 4, 5, 5, 5])
    style = rng.randrange(3)
    if style == 0:
        return "★" * k + "☆" * (5 - k)
    if style == 1:
        return "%d/5" % k
    return "Rating: %d of 5" % k


class Deck:
    """Draw items without repetition until the pool is used up, then reshuffle."""

    def __init__(self, rng, pool):
        self.rng, self.pool, self.q = rng, list(pool), []

    def take(self, n):
        out = []
        for _ in range(n):
            if not self.q:
                self.q = list(self.pool)
                self.rng.shuffle(self.q)
            out.append(self.q.pop())
        return out


def ordered_sample(rng, lst, k):
    idx = sorted(rng.sample(range(len(lst)), max(0, min(k, len(lst)))))
    return [lst[i] for i in idx]
