"""Shared helpers for the eightieth corpus: decks, slot filling, encoders, rows, checks."""
import base64
import binascii
import codecs
import json
import random
import re
import string
import urllib.parse
from collections import Counter

KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SLOT = re.compile(r"\{([a-z][a-z0-9]*)\}")
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


class Deck:
    """Draw items in shuffled rounds so every item is used about equally often."""

    def __init__(self, items, rng):
        self.items = list(items)
        if not self.items:
            raise ValueError("empty deck")
        self.rng = rng
        self.queue = []

    def draw(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()

    def take(self, k):
        out = []
        seen = set()
        guard = 0
        while len(out) < k and guard < k * 10:
            guard += 1
            x = self.draw()
            key = x if isinstance(x, str) else repr(x)
            if key in seen:
                continue
            seen.add(key)
            out.append(x)
        return out


class Ctx:
    """Slot values for one row, drawn from a region's pools."""

    def __init__(self, region, rng):
        self.region = region
        self.rng = rng
        self.cache = {}

    def value(self, key):
        if key in self.cache:
            return self.cache[key]
        r = self.region
        rng = self.rng
        if key == "n":
            v = r.decks["names"].draw()
        elif key == "n2":
            v = r.decks["names"].draw()
            while v == self.value("n"):
                v = r.decks["names"].draw()
        elif key == "sur":
            v = r.decks["surnames"].draw()
        elif key == "t":
            v = r.decks["towns"].draw()
        elif key == "c":
            v = r.decks["couriers"].draw()
        elif key == "s":
            v = r.decks["stores"].draw()
        elif key == "p":
            v = self.product()[0]
        elif key == "a":
            v = r.money(rng.choice([12, 15, 19, 24, 29, 35, 39, 45, 49, 59, 65, 79, 89, 99, 120, 149, 189, 240, 310]) + rng.choice([0, 0, 0.5, 0.99, 0.95]))
        elif key == "a2":
            v = r.money(rng.choice([3, 5, 7, 8, 10, 12, 15, 20, 25]))
        elif key == "o":
            v = r.order_ref(rng)
        elif key == "o2":
            v = r.order_ref(rng)
        elif key == "d":
            v = str(rng.choice([2, 3, 4, 5, 6, 8, 9, 10, 12, 14]))
        elif key == "w":
            v = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
        elif key == "pct":
            v = str(rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100]))
        elif key == "em":
            v = rng.choice(["orders", "collect", "relay", "inbox", "drop", "audit", "backup", "sync", "vault", "notify"]) + "@" + rng.choice(["example.com", "example.net", "example.org", "mail.example", "test-relay.example", "datadrop.example"])
        elif key == "url":
            v = "https://" + rng.choice(["stats", "cdn-img", "pixel", "log", "track", "img", "assets", "collect"]) + "." + rng.choice(["example.com", "example.net", "example.org", "promo-hub.example", "fastimg.example"]) + "/" + rng.choice(["p", "i", "c", "r", "x", "v1/e", "img"])
        elif key == "sku":
            v = rng.choice(["SKU", "ITM", "PRD", "ART", "REF"]) + "-" + str(rng.randint(10000, 99999))
        elif key == "tk":
            v = "#" + str(rng.randint(100000, 999999))
        elif key == "pc":
            v = r.postcode(rng)
        elif key == "rival":
            v = r.decks["stores"].draw()
            while v == self.value("s"):
                v = r.decks["stores"].draw()
        else:
            raise KeyError(key)
        self.cache[key] = v
        return v

    def product(self):
        if "prod" not in self.cache:
            self.cache["prod"] = self.region.decks["products"].draw()
        return self.cache["prod"]

    def fill(self, tpl):
        return SLOT.sub(lambda m: self.value(m.group(1)), tpl)


# ---------------------------------------------------------------- encoders

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return binascii.hexlify(s.encode("utf-8")).decode("ascii")


def rot13(s):
    return codecs.encode(s, "rot_13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def leet(s, rng):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in LEET and rng.random() < 0.8:
            out.append(LEET[lo])
        else:
            out.append(ch)
    return "".join(out)


HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456", "y": "\u0443"}


def homoglyph(s, rng):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in s)


def zero_width(s, rng):
    zw = ["\u200b", "\u200c", "\u200d", "\u2060"]
    out = []
    for ch in s:
        out.append(ch)
        if ch != " " and rng.random() < 0.7:
            out.append(rng.choice(zw))
    return "".join(out)


def spaced(s):
    return "  ".join(" ".join(w) for w in s.split())


def fake_b64_blob(rng, n):
    raw = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(rng.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode("ascii")


def fake_hash(rng, n=40):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def token(rng, n=12):
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


# ---------------------------------------------------------------- text helpers

def join_sentences(parts):
    return " ".join(p.strip() for p in parts if p and p.strip())


def insert_at(parts, item, rng, where=None):
    """Insert item into a list of sentences at start, middle or end."""
    parts = list(parts)
    if where is None:
        where = rng.choice(["start", "mid", "mid", "end", "end"])
    if where == "start" or not parts:
        parts.insert(0, item)
    elif where == "end":
        parts.append(item)
    else:
        parts.insert(rng.randint(1, max(1, len(parts) - 1)), item)
    return parts


def casualise(text, rng, level):
    """Light, deterministic informal noise for some writers (level 0..3)."""
    if level <= 0:
        return text
    subs = [(" you ", " u "), (" your ", " ur "), (" because ", " coz "), ("I'm", "Im"), ("don't", "dont"),
            ("didn't", "didnt"), ("it's", "its"), (" please ", " pls "), (" thanks", " thx"), ("can't", "cant"),
            (" really ", " rly "), (" though", " tho")]
    for a, b in subs:
        if a in text and rng.random() < 0.25 * level:
            text = text.replace(a, b, 1)
    if level >= 2 and rng.random() < 0.3:
        text = text[0].lower() + text[1:]
    return text


# ---------------------------------------------------------------- regions

class Region:
    """A market: its writers' names, places, couriers, products and everyday sentences."""

    def __init__(self, data, rng):
        self.data = data
        self.code = data["code"]
        self.money = data["money"]
        self.order_ref = data["order_ref"]
        self.postcode = data["postcode"]
        self.casual = data.get("casual", 1)
        self.decks = {}
        for key in ["names", "surnames", "towns", "couriers", "stores", "products", "reviews", "tickets",
                    "qa", "emails", "listings", "chat", "greetings", "signoffs", "courier_notes", "local_hard"]:
            self.decks[key] = Deck(data[key], rng)

    def ctx(self, rng):
        return Ctx(self, rng)


# ---------------------------------------------------------------- rows

class Builder:
    def __init__(self, name, split):
        self.name = name
        self.split = split
        self.rows = []
        self.texts = set()

    def add(self, source, lang, family, text, injection, payload=""):
        text = text.strip()
        if text in self.texts:
            return False
        n = len(text.encode("utf-8"))
        if n < 40 or n > 3000:
            return False
        if injection and not payload:
            raise ValueError("injection without payload: " + family)
        self.texts.add(text)
        self.rows.append({"source": source, "lang": lang, "family": family, "text": text,
                          "injection": bool(injection), "payload": payload if injection else ""})
        return True

    def finish(self, rng):
        rng.shuffle(self.rows)
        out = []
        for i, r in enumerate(self.rows, 1):
            row = {"id": "%s-%05d" % (self.name, i), "split": self.split}
            row.update(r)
            out.append({k: row[k] for k in KEYS})
        return out


def validate(rows):
    ids = set()
    texts = set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in SOURCES, r
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"], r
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
        else:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r


def write_jsonl(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def report(rows):
    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-32s %5d" % (k, v))
    show("lang:", Counter(r["lang"] for r in rows))
    show("source:", Counter(r["source"] for r in rows))
    show("family:", Counter(r["family"] for r in rows))
    inj = sum(r["injection"] for r in rows)
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print("label:")
    print("  injection %d" % inj)
    print("  benign    %d (hard negatives %d)" % (len(rows) - inj, hard))
    print("total %d" % len(rows))
