"""Assemble the fifteenth corpus: 600 injections and 600 benign rows."""

import random

from . import hard_gen, render, transforms
from .attacks_en import ENC_CMDS, PAYLOADS
from .hard_en import HARD as HARD_EN
from .lang_cjk import JA, KO, ZH
from .lang_de_fr_es import DE, ES, FR
from .lang_en import EN
from .lang_it_nl_pt import IT, NL, PT
from .lang_north_east import CS, DA, FI, NO, PL, SV
from .lang_south_east import EL, HU, RO, RU, TR
from .util import Raw, fill, locate, pick

SEED = 15015
MAX_BYTES = 3072
SOURCES = ["review", "ticket", "feed", "email", "web", "tool"]
HTML_SOURCES = ["web", "email", "feed", "review", "tool"]

# rows per label for each non-English language (injections == benign)
INTL = [(DE, 24), (FR, 22), (ES, 22), (IT, 16), (NL, 14), (PT, 16), (PL, 14), (SV, 12), (DA, 10),
        (FI, 10), (CS, 10), (TR, 12), (JA, 20), (ZH, 20), (KO, 14), (RU, 12), (NO, 6), (HU, 6),
        (RO, 5), (EL, 5)]
EN_PER_LABEL = 600 - sum(n for _, n in INTL)          # 330
EN_ENCODED = 60
EN_HIDDEN = 45
EN_HARD_TARGET = 190

ENC_KINDS_EN = (["base64"] * 14 + ["hex"] * 6 + ["rot13"] * 6 + ["url"] * 6 + ["zero-width"] * 6 +
                ["homoglyph"] * 6 + ["leet"] * 5 + ["spaced"] * 4 + ["reversed"] * 4 + ["tags"] * 3)

AFFINITY = {
    "summary-manipulation": ["review", "review", "web", "tool", "feed"],
    "ranking-manipulation": ["review", "feed", "web", "tool"],
    "rating-manipulation": ["review", "review", "tool"],
    "price-change": ["feed", "feed", "email", "ticket", "tool"],
    "order-status": ["ticket", "email", "tool", "review"],
    "address-change": ["ticket", "email", "tool"],
    "data-export": ["ticket", "email", "web", "tool"],
    "refund-grant": ["ticket", "email", "review", "tool"],
    "discount-grant": ["ticket", "review", "email", "web"],
    "fake-tool-output": ["tool", "tool", "review", "ticket", "web"],
    "fake-turns": ["ticket", "review", "email", "tool"],
    "authority-claim": ["email", "ticket", "feed", "web"],
}

LATIN = {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "cs", "tr", "no", "hu", "ro"}


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.rows = []
        self.texts = set()
        self.src_count = {(lab, s): 0 for lab in (True, False) for s in SOURCES}

    # -------------------------------------------------------------- helpers
    def choose_source(self, allowed, label):
        """Two random candidates; keep the one this label has used less (keeps sources balanced per label)."""
        rng = self.rng
        allowed = list(allowed)
        a, b = pick(rng, allowed), pick(rng, allowed)
        return a if self.src_count[(label, a)] <= self.src_count[(label, b)] else b

    def size(self, source=None, benign=False):
        r = self.rng.random()
        if r < (0.05 if benign else 0.12) and source in ("review", "ticket"):
            return "tiny"
        if benign:
            return "short" if r < 0.2 else ("medium" if r < 0.62 else "long")
        return "short" if r < 0.34 else ("medium" if r < 0.8 else "long")

    def where(self):
        r = self.rng.random()
        return "start" if r < 0.25 else ("middle" if r < 0.6 else "end")

    def insert(self, parts, block, where):
        rng = self.rng
        if not parts:
            parts.append(block)
        elif where == "start":
            parts.insert(0, block)
        elif where == "end":
            parts.append(block)
        else:
            parts.insert(rng.randint(1, len(parts) - 1) if len(parts) > 1 else rng.randint(0, 1), block)

    def render(self, car, block):
        text = car.text()
        while len(text.encode("utf-8")) > MAX_BYTES:
            idx = [i for i, p in enumerate(car.parts) if p is not block]
            if not idx:
                break
            del car.parts[pick(self.rng, idx)]
            text = car.text()
        return text

    def add(self, bundle, source, family, text, injection, payload):
        if text in self.texts:
            return False
        if len(text.encode("utf-8")) > MAX_BYTES:
            return False
        self.texts.add(text)
        self.src_count[(injection, source)] += 1
        self.rows.append({"split": "dev", "source": source, "lang": bundle["code"], "family": family,
                          "text": text, "injection": injection, "payload": payload})
        return True

    def carrier_row(self, bundle, source, block, html=False, cache=None, solo=False, where=None, size=None,
                    benign=False):
        if benign and not html and source != "web" and self.rng.random() < 0.14:
            html = True     # markup-bearing carriers must not be a tell for the hidden-markup injections
        car = render.make(self.rng, bundle, source, size or self.size(source, benign=benign), html=html, cache=cache if cache is not None else {})
        if block is None and not car.parts:
            car = render.make(self.rng, bundle, source, "short", html=html, cache=cache if cache is not None else {})
        if block is not None:
            if solo:
                car.parts[:] = [block]
                if source == "review" and self.rng.random() < 0.4:
                    car.parts.append(pick(self.rng, bundle["review_generic"]))
            else:
                self.insert(car.parts, block, where or self.where())
        return self.render(car, block)

    # -------------------------------------------------------------- injections
    def inj_plain(self, bundle, family, raw):
        for _ in range(20):
            cache = {}
            p = fill(self.rng, raw, cache)
            aff = AFFINITY.get(family)
            src = pick(self.rng, aff) if aff and self.rng.random() < 0.4 else self.choose_source(SOURCES, True)
            text = self.carrier_row(bundle, src, p, cache=cache)
            if self.add(bundle, src, family, text, True, locate(text, p)):
                return
        raise RuntimeError("could not place payload: %r" % raw[:60])

    def inj_hidden(self, bundle, raw_candidates):
        rng = self.rng
        for _ in range(40):
            src = self.choose_source(HTML_SOURCES, True)
            name = pick(rng, transforms.MD_HIDERS if src == "review" else transforms.HTML_HIDERS)
            fits = [r for r in raw_candidates if transforms.suitable_for_hiding(r, name)]
            if not fits:
                continue
            raw = pick(rng, fits)
            cache = {}
            p = fill(rng, raw, cache)
            fam, block = transforms.hide(rng, p, name)
            text = self.carrier_row(bundle, src, block, html=True, cache=cache)
            if self.add(bundle, src, fam, text, True, locate(text, p)):
                return raw
        raise RuntimeError("could not hide payload")

    def inj_encoded(self, bundle, raw, kind, neutral=False):
        for _ in range(20):
            cache = {}
            cmd = fill(self.rng, raw, cache)
            fam, block = transforms.encode(self.rng, cmd, kind, neutral=neutral)
            src = self.choose_source(SOURCES, True)
            text = self.carrier_row(bundle, src, block, cache=cache)
            if self.add(bundle, src, fam, text, True, locate(text, block)):
                return
        raise RuntimeError("could not encode payload")

    # -------------------------------------------------------------- benign
    def benign_plain(self, bundle):
        for _ in range(50):
            src = self.choose_source(SOURCES, False)
            text = self.carrier_row(bundle, src, None, benign=True)
            if self.add(bundle, src, "benign", text, False, ""):
                return
        raise RuntimeError("could not make a unique benign carrier for %s" % bundle["code"])

    def benign_hard(self, bundle, item):
        family, sources, raw, mode = item
        for _ in range(30):
            cache = {}
            block = raw if isinstance(raw, Raw) else fill(self.rng, raw, cache)
            src = self.choose_source(sources, False)
            m = mode
            if m == "insert" and not isinstance(block, Raw) and self.rng.random() < {"review": 0.6, "feed": 0.85}.get(src, 0):
                m = "solo"
            if m == "solo":
                if src == "review":
                    cache["__title"] = "" if self.rng.random() < 0.6 else render.derive_title(block)
                else:
                    cache["__title"] = render.derive_title(block)
            if m == "bare":
                text = block
            else:
                html = isinstance(block, Raw)
                if html and src not in HTML_SOURCES:
                    src = "web"
                text = self.carrier_row(bundle, src, block, html=html, cache=cache, solo=(m == "solo"), benign=True)
            if self.add(bundle, src, family, text, False, ""):
                return
        raise RuntimeError("could not place hard negative %r" % str(raw)[:60])

    # -------------------------------------------------------------- plan
    def build_english(self):
        rng = self.rng
        flat = [(fam, t) for fam, items in PAYLOADS.items() for t in items]
        rng.shuffle(flat)
        n_plain = EN_PER_LABEL - EN_ENCODED - EN_HIDDEN
        plain, rest = flat[:n_plain], flat[n_plain:]
        for fam, t in plain:
            self.inj_plain(EN, fam, t)
        pool = [t for _, t in rest]
        for _ in range(EN_HIDDEN):
            used = self.inj_hidden(EN, pool if pool else [t for _, t in flat])
            if used in pool:
                pool.remove(used)
        kinds = list(ENC_KINDS_EN)
        rng.shuffle(kinds)
        cmds = list(ENC_CMDS)
        rng.shuffle(cmds)
        for i, kind in enumerate(kinds):
            self.inj_encoded(EN, cmds[i % len(cmds)], kind)
        # benign
        hard = list(HARD_EN) + [g(rng) for g in hard_gen.GENERATORS]
        rng.shuffle(hard)
        hard = hard[:EN_HARD_TARGET]
        for item in hard:
            self.benign_hard(EN, item)
        for _ in range(EN_PER_LABEL - len(hard)):
            self.benign_plain(EN)

    def build_intl(self, bundle, n):
        rng = self.rng
        P = list(bundle["inj"])
        t = max(n - len(P), round(0.15 * n))
        plain = rng.sample(P, n - t)
        for fam, raw in plain:
            self.inj_plain(bundle, fam, raw)
        code = bundle["code"]
        kinds = ["hide", "hide", "base64", "zero-width"]
        kinds.append("homoglyph" if code in LATIN else ("fullwidth" if code in ("ja", "zh") else "spaced"))
        if code in LATIN:
            kinds.append("leet")
        rng.shuffle(kinds)
        for i in range(t):
            fam, raw = pick(rng, P)
            kind = kinds[i % len(kinds)] if i < len(kinds) else pick(rng, kinds)
            if kind == "hide":
                self.inj_hidden(bundle, [raw])
            else:
                self.inj_encoded(bundle, raw, kind, neutral=True)
        H = list(bundle["hard"])
        rng.shuffle(H)
        h = min(len(H), round(0.55 * n))
        for item in H[:h]:
            self.benign_hard(bundle, item)
        for _ in range(n - h):
            self.benign_plain(bundle)

    def build(self):
        self.build_english()
        for bundle, n in INTL:
            self.build_intl(bundle, n)
        self.rng.shuffle(self.rows)
        out = []
        for i, r in enumerate(self.rows, 1):
            row = {"id": "fifteenth-%05d" % i}
            row.update(r)
            out.append(row)
        return out


def build_rows(seed=SEED):
    return Builder(seed).build()
