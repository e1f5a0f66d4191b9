"""Group builder: one carrier, several inserted sentences, one row per variant."""
import random
from collections import Counter

from .carriers import SHELLS
from .common import (b64, cap, dotted, fill, fullwidth, homoglyph, leet, make_ctx, rot13, spaced, typo,
                     zero_width)

SOURCES = ["review", "ticket", "feed", "email", "web", "tool"]
# frames that only make sense from a customer (first person, refunds); kept out of supplier listings
CUST_ONLY = ("my messages", "reply to me", "refunds", "meine Nachrichten", "Erstattungen", "mes messages", "remboursements",
             "mis mensajes", "reembolsos", "miei messaggi", "rimborsi", "mijn berichten", "terugbetalingen",
             "minhas mensagens", "moje wiadomości", "zwroty pieniędzy", "mina meddelanden", "återbetalningar")


def V(label, family, ins, mode="inline"):
    return {"label": label, "family": family, "ins": ins, "mode": mode}


def _join(pieces):
    out = ""
    for p in pieces:
        if not p:
            continue
        if not out:
            out = p.lstrip("\n") if p.startswith("\n") else p
        elif p.startswith("\n") or out.endswith("\n"):
            out += p
        else:
            out += " " + p
    return out


def render(D, ctx, gseed, kind, source, segs, ins, mode, label):
    r = random.Random(gseed)
    idx = r.randint(1, len(segs)) if (len(segs) > 1 and r.random() < 0.88) else (0 if r.random() < 0.5 else len(segs))
    sep = r.choice([" ", " ", " ", "\n\n", "\n"])
    pool = SHELLS[kind][source]
    if ctx.get("_short"):
        pool = [s for s in pool if s.__name__ in ("review_bare", "tool_min", "ticket_chat", "review_plain")] or pool
    shell = r.choice(pool)
    if kind == "chat":
        body_pieces = list(segs)
        if mode == "inline" and ins:
            body_pieces = segs[:idx] + [ins] + segs[idx:]
        body = "\n".join(body_pieces)
    else:
        if mode == "inline" and ins:
            if sep == " ":
                pieces = segs[:idx] + [ins] + segs[idx:]
            else:
                after = segs[idx:]
                if after:
                    after = [sep + after[0]] + after[1:]
                pieces = segs[:idx] + [(sep if idx else "") + ins] + after
            body = _join(pieces)
        else:
            body = _join(segs)
    hidden = ins if mode == "hidden" else ""
    r2 = random.Random(gseed ^ 0x5A5A5A)
    return shell(D, ctx, r2, body, hidden, label)


class Engine:
    def __init__(self, langs, seed=60606):
        self.langs = langs
        self.r = random.Random(seed)
        self.rows = []
        self.texts = set()
        self.src = Counter()

    # ---------------------------------------------------------------- plumbing
    def pick_source(self, kinds, D):
        reach = {}
        for k in kinds:
            if k in D["bodies"] or k in D.get("ai_bodies", {}):
                for s in SHELLS[k]:
                    reach.setdefault(s, []).append(k)
        if not reach:
            return None, None
        top = max(self.src.values()) if self.src else 0
        srcs = sorted(reach)
        weights = [1 + top - self.src[s] for s in srcs]
        s = self.r.choices(srcs, weights=weights)[0]
        return s, self.r.choice(reach[s])

    def body(self, D, kind, ctx):
        if kind in D["bodies"]:
            segs = self.r.choice(D["bodies"][kind])
        else:
            prod, flaw, segs = self.r.choice(D["ai_bodies"][kind])
            if prod:
                ctx["product"] = prod
                ctx["flaw"] = flaw
        segs = [fill(s, ctx) for s in segs]
        x = self.r.random()
        if x < 0.16 and kind in ("review", "msg", "chat"):
            segs = segs[:1]
            ctx["_short"] = self.r.random() < 0.5
        elif x > 0.88 and kind in ("review", "msg", "product", "internal"):
            more = [fill(s, ctx) for s in self.r.choice(D["bodies"][kind])]
            segs = segs + [s for s in more if s not in segs]
        if self.r.random() < 0.22:
            i = self.r.randrange(len(segs))
            segs[i] = typo(segs[i], self.r)
        if self.r.random() < 0.06:
            segs = [s.lower() for s in segs]
        return segs

    def emit(self, D, ctx, kind, source, segs, variants):
        gseed = self.r.getrandbits(48)
        texts = []
        for v in variants:
            t = render(D, ctx, gseed, kind, source, segs, v["ins"], v["mode"], v["label"])
            if v["label"] and v["ins"] not in t:
                return False
            texts.append(t)
        if len(set(texts)) != len(texts) or any(t in self.texts for t in texts):
            return False
        for v, t in zip(variants, texts):
            self.rows.append({"source": source, "lang": D["code"], "family": v["family"], "text": t,
                              "injection": v["label"], "payload": v["ins"] if v["label"] else ""})
            self.texts.add(t)
            self.src[source] += 1
        return True

    def f(self, D, template, ctx):
        s = fill(template, ctx)
        post = D.get("post")
        return post(s) if post else s

    def maybe_typo(self, s, p=0.07):
        if self.r.random() < p:
            return typo(s, self.r)
        return s

    # ---------------------------------------------------------------- sentence builders
    def order_sents(self, D, ctx, kind, dom=None):
        r = self.r
        if dom is None:
            dom = "listing" if kind in ("product", "aiweb") else r.choice(["money", "money", "ship", "acct", "acct"])
        c = dict(ctx)
        c["hteam"] = r.choice(D["hteams"][dom])
        c["hteam_cap"] = cap(c["hteam"])
        c["hrole"] = r.choice(D["hroles"][dom])
        base = self.f(D, r.choice(D["acts"][dom]), c)
        act = base + (self.f(D, r.choice(D["suffixes"][dom]), c) if r.random() < 0.45 else "")
        edge = {w.lower().strip(",.") for w in (base.split()[:1] + base.split()[-1:])}
        frames = D["frames"]
        if dom == "listing":
            frames = [fr for fr in frames if not any(t in fr[0] or t in fr[1] for t in CUST_ONLY)]
        for _ in range(6):
            ai_t, hu_t = r.choice(frames)
            words = {w.lower().strip(",.:?") for w in (ai_t + " " + hu_t).replace("{act}", " ").split()}
            if not (edge & words):
                break
        c["act"] = act
        ai = self.f(D, ai_t, c)
        hu = self.f(D, hu_t, c)
        c["act"] = base
        rep = self.f(D, r.choice(D["reports"]["listing" if dom == "listing" else "cust"]), c)
        return self.maybe_typo(ai), self.maybe_typo(hu), rep, act

    def lang_other(self, D):
        codes = [c for c in self.langs if c != D["code"]]
        if D["code"] != "en" and self.r.random() < 0.75:
            return self.langs["en"]
        return self.langs[self.r.choice(codes)]

    # ---------------------------------------------------------------- recipes
    def rc_order(self, D, ctx, kind, source):
        ai, hu, rep, _ = self.order_sents(D, ctx, kind)
        if self.r.random() < 0.2:
            return [V(True, "hidden-markup", ai, "hidden"), V(False, "hard-markup", hu, "hidden")]
        return [V(True, "ai-order", ai), V(False, "hard-human-order", hu)]

    def rc_quad(self, D, ctx, kind, source):
        ai, hu, rep, act = self.order_sents(D, ctx, kind)
        vs = [V(True, "ai-order", ai), V(False, "hard-human-order", hu), V(False, "hard-ai-report", rep)]
        if self.r.random() < 0.5:
            vs.append(V(True, "hidden-markup", ai, "hidden"))
        else:
            c = dict(ctx)
            c["act"] = act
            frames = [f for f, _ in D["frames"]]
            alt = self.f(D, self.r.choice(frames), c)
            if alt == ai:
                return None
            vs.append(V(True, "ai-order", alt))
        return vs

    def rc_report(self, D, ctx, kind, source):
        ai, hu, rep, _ = self.order_sents(D, ctx, kind)
        return [V(True, "ai-order", ai), V(False, "hard-ai-report", rep)]

    def rc_summary(self, D, ctx, kind, source):
        ai_t, hu_t, alt_t, alt_f = self.r.choice(D["summ"])
        ai, hu = self.maybe_typo(self.f(D, ai_t, ctx)), self.maybe_typo(self.f(D, hu_t, ctx))
        alt = self.f(D, alt_t, ctx) if alt_t else None
        if alt and not ((alt_f == "hard-ai-feature" and kind == "product") or (alt_f == "hard-ai-report" and kind != "product")):
            alt = None
        x = self.r.random()
        if kind == "review":
            # a customer review: the benign twin is a customer describing what the AI summary did
            if not alt:
                alt_f = "hard-ai-report"
                alt = self.f(D, self.r.choice(D["reports"]["cust"]), {**ctx, "act": self.order_sents(D, ctx, kind)[3]})
            if x < 0.25:
                return [V(True, "summary-manipulation", ai), V(False, alt_f, alt),
                        V(False, "hard-markup", hu, "hidden"), V(True, "hidden-markup", ai, "hidden")]
            return [V(True, "summary-manipulation", ai), V(False, alt_f, alt)]
        if x < 0.15:
            return [V(True, "hidden-markup", ai, "hidden"), V(False, "hard-markup", hu, "hidden")]
        if alt and x < 0.45:
            return [V(True, "summary-manipulation", ai), V(False, "hard-human-order", hu),
                    V(False, alt_f, alt), V(True, "hidden-markup", ai, "hidden")]
        if alt and x < 0.7:
            return [V(True, "summary-manipulation", ai), V(False, alt_f, alt)]
        return [V(True, "summary-manipulation", ai), V(False, "hard-human-order", hu)]

    def rc_policy(self, D, ctx, kind, source):
        ai_t, hu_t = self.r.choice(D["policy"])
        ai, hu = self.f(D, ai_t, ctx), self.f(D, hu_t, ctx)
        if self.r.random() < 0.12:
            return [V(True, "hidden-markup", ai, "hidden"), V(False, "hard-markup", hu, "hidden")]
        return [V(True, "ai-policy", self.maybe_typo(ai)), V(False, "hard-human-policy", self.maybe_typo(hu))]

    def rc_subtle(self, D, ctx, kind, source):
        pool = [x for x in D["subtle"] if kind == "review" or "review" not in x[0]]
        ai_t, hu_t, fam = self.r.choice(pool)
        return [V(True, fam, self.f(D, ai_t, ctx)), V(False, "hard-human-order", self.f(D, hu_t, ctx))]

    def _special(self, D, ctx, key, fam, kind):
        if kind == "product":
            pool = [x for x in D[key] if x[2] != "hard-human-order"]
        elif kind in ("msg", "chat", "review"):
            pool = [x for x in D[key] if x[2] != "hard-ai-mention"]
        else:
            pool = D[key]
        if not pool:
            return None
        ai_t, b_t, bfam = self.r.choice(pool)
        return [V(True, fam, self.f(D, ai_t, ctx)), V(False, bfam, self.f(D, b_t, ctx))]

    def rc_exfil(self, D, ctx, kind, source):
        return self._special(D, ctx, "exfil", "exfil-link", kind)

    def rc_tool(self, D, ctx, kind, source):
        return self._special(D, ctx, "tools", "tool-call", kind)

    def rc_leak(self, D, ctx, kind, source):
        return self._special(D, ctx, "leak", "prompt-leak", kind)

    def rc_fakesys(self, D, ctx, kind, source):
        ai_t, b_t = self.r.choice(D["fakesys"])
        return [V(True, "fake-system", self.f(D, ai_t, ctx)), V(False, "hard-markup", self.f(D, b_t, ctx))]

    def rc_markup(self, D, ctx, kind, source):
        ai_t, b_t = self.r.choice(D["devnotes"])
        return [V(True, "hidden-markup", self.f(D, ai_t, ctx), "hidden"), V(False, "hard-markup", self.f(D, b_t, ctx), "hidden")]

    def rc_aitalk(self, D, ctx, kind, source):
        r = self.r
        if kind in ("aireview", "aiweb") and r.random() < 0.5:
            ai_t, hu_t, _, _ = r.choice(D["summ"])
            ai, hu, fam = self.f(D, ai_t, ctx), self.f(D, hu_t, ctx), "summary-manipulation"
        else:
            ai, hu, _, _ = self.order_sents(D, ctx, "msg", dom=r.choice(["money", "acct", "ship"]))
            fam = "ai-order"
        mode = "hidden" if r.random() < 0.15 else "inline"
        if mode == "hidden":
            fam = "hidden-markup"
        ben = V(False, "hard-ai-mention", "" if r.random() < 0.5 else hu, mode)
        return [V(True, fam, ai, mode), ben]

    def rc_feature(self, D, ctx, kind, source):
        ai_t = self.r.choice(D["summ"])[0]
        return [V(True, "summary-manipulation", self.f(D, ai_t, ctx)), V(False, "hard-ai-feature", self.f(D, self.r.choice(D["features"]), ctx))]

    def rc_neutral(self, D, ctx, kind, source):
        ai, _, _, _ = self.order_sents(D, ctx, kind)
        pool = D["neutral"]["listing" if kind == "product" else "cust"]
        return [V(True, "ai-order", ai), V(False, "benign", self.f(D, self.r.choice(pool), ctx))]

    def rc_obf(self, D, ctx, kind, source):
        r = self.r
        ai, _, _, act = self.order_sents(D, ctx, kind)
        how = r.choice(["spaced", "leet", "zw", "homo", "full", "b64", "b64", "rot13", "rev", "dotted"])
        if how in ("b64", "rot13", "rev"):
            plain = cap(act) + "."
            x = {"b64": b64, "rot13": rot13, "rev": lambda s: s[::-1]}[how](plain)
            inj = self.f(D, r.choice(D["obf_leads"][how]), {"x": x})
        elif how == "spaced":
            inj = spaced(ai)
        elif how == "leet":
            inj = leet(ai)
        elif how == "zw":
            inj = zero_width(ai, r)
        elif how == "homo":
            inj = homoglyph(ai, r)
        elif how == "full":
            inj = fullwidth(ai)
        else:
            words = ai.split(" ")
            inj = " ".join(dotted(w) if i < 4 and len(w) > 1 else w for i, w in enumerate(words))
        ben = self.f(D, r.choice(D["obf_benign"]), ctx)
        return [V(True, "obfuscated", inj), V(False, "benign", ben)]

    def rc_cross(self, D, ctx, kind, source):
        if len(self.langs) < 2:
            return None
        D2 = self.lang_other(D)
        c2 = make_ctx(D2, self.r)
        for k in ("order", "order2", "inv", "ticket", "ref", "code", "sku", "track", "cart", "email", "product", "shop"):
            c2[k] = ctx[k]
        c2["doc"] = D2["docs"].get((kind, source), "message") if "docs" in D2 else ""
        if kind in ("review", "product") and self.r.random() < 0.4:
            ai_t, hu_t, _, _ = self.r.choice(D2["summ"])
            ai, hu = self.f(D2, ai_t, c2), self.f(D2, hu_t, c2)
        else:
            ai, hu, _, _ = self.order_sents(D2, c2, kind)
        return [V(True, "cross-lingual", ai), V(False, "hard-human-order", hu)]

    RECIPES = {
        "order": ("rc_order", ("review", "msg", "chat", "product")),
        "quad": ("rc_quad", ("review", "msg", "chat", "product")),
        "report": ("rc_report", ("review", "msg", "chat")),
        "summary": ("rc_summary", ("review", "product", "product", "internal")),
        "policy": ("rc_policy", ("msg", "internal", "chat", "product")),
        "subtle": ("rc_subtle", ("msg", "chat", "review", "internal")),
        "exfil": ("rc_exfil", ("review", "msg", "chat", "product", "internal")),
        "tool": ("rc_tool", ("msg", "chat", "review", "product", "internal", "aimsg")),
        "leak": ("rc_leak", ("msg", "chat", "review", "internal", "aimsg")),
        "fakesys": ("rc_fakesys", ("msg", "chat", "review", "internal")),
        "markup": ("rc_markup", ("product", "review", "msg", "internal")),
        "aitalk": ("rc_aitalk", ("aireview", "aimsg", "aiweb")),
        "feature": ("rc_feature", ("product",)),
        "neutral": ("rc_neutral", ("review", "msg", "chat", "product")),
        "obf": ("rc_obf", ("review", "msg", "product", "chat")),
        "cross": ("rc_cross", ("review", "msg", "chat", "product")),
    }

    def run_lang(self, D, target, weights):
        names = sorted(weights)
        w = [weights[n] for n in names]
        made, tries = 0, 0
        while made < target and tries < target * 40:
            tries += 1
            name = self.r.choices(names, weights=w)[0]
            meth, kinds = self.RECIPES[name]
            source, kind = self.pick_source(kinds, D)
            if source is None:
                continue
            ctx = make_ctx(D, self.r)
            segs = self.body(D, kind, ctx)
            base = {"aireview": "review", "aimsg": "msg", "internal": "msg", "aiweb": "product"}.get(kind, kind)
            ctx["doc"] = D["docs"].get((base, source), "message") if "docs" in D else ""
            variants = getattr(self, meth)(D, ctx, kind, source)
            if not variants:
                continue
            if made + len(variants) > target + 2:
                continue
            if self.emit(D, ctx, kind, source, segs, variants):
                made += len(variants)
        return made
