"""Row assembly: quotas per language, injection / hard / benign row makers."""

import random
import re

from . import frames
from .containers import CONTAINERS
from .ctx import Ctx
from .hardgen import GENERATORS_EN, GENERATORS_OTHER

GOAL_FAMILY = {
    "summary": "summary-manipulation", "ranking": "ranking-manipulation", "refund": "tool-refund",
    "discount": "tool-discount", "price": "tool-price-change", "address": "tool-address-change",
    "cancel": "tool-cancel-order", "email": "tool-send-email", "prompt_leak": "prompt-leak",
    "secret_leak": "secret-exfiltration", "exfil_img": "exfil-markdown-image", "exfil_link": "exfil-link",
    "memory": "memory-poisoning", "persona": "persona-override", "output": "output-manipulation",
    "moderation": "review-moderation", "stock": "inventory-manipulation",
}
ALL_SLOTS = {"review", "desc", "dnote", "snote", "message", "email", "event", "comment"}
CUSTOMER_SLOTS = {"review", "dnote", "message", "email"}
GOAL_SLOTS = {
    "summary": {"review", "desc", "message", "email", "snote"},
    "ranking": {"desc", "review", "snote", "email"},
    "refund": CUSTOMER_SLOTS | {"event"}, "discount": CUSTOMER_SLOTS, "address": CUSTOMER_SLOTS | {"event"},
    "cancel": CUSTOMER_SLOTS | {"snote", "event"}, "price": {"desc", "snote", "comment", "email"},
    "stock": {"desc", "snote", "comment", "email", "event"}, "moderation": {"review", "message", "desc"},
    "output": {"desc", "review", "snote", "event", "message", "email"},
}
FRAME_W_LATIN = [
    ("plain", 38), ("fake-system", 9), ("fake-developer", 3), ("fake-tool-output", 6), ("fake-conversation", 4),
    ("hidden-html-comment", 5), ("hidden-css", 5), ("hidden-alt-text", 2), ("hidden-attribute", 3),
    ("hidden-markdown-comment", 2), ("hidden-xml-comment", 1.5), ("encoded-base64", 4), ("encoded-hex", 1.5),
    ("encoded-rot13", 1.5), ("encoded-url", 1.5), ("leetspeak", 1.5), ("homoglyph", 2), ("zero-width", 2.5),
    ("spaced-letters", 1.5),
]
NON_LATIN_SKIP = ("encoded-rot13", "leetspeak", "homoglyph")
SELF_FRAMED = ("fake-system", "fake-developer", "fake-tool-output")
HTML_FRAMES = ("hidden-html-comment", "hidden-css", "hidden-alt-text", "hidden-attribute")

BENIGN_SLOT_KEY = {"review": "reviews", "dnote": "delivery_notes", "snote": "supplier_notes", "message": "tickets",
                   "email": "emails", "event": "events"}
GEN_HIDDEN_BENIGN = [
    "<!-- /.product-gallery -->", '<div id="cart-drawer" style="display:none"></div>',
    '<img src="/media/pixel.gif" alt="" width="1" height="1">', "<!-- begin size table -->",
    '<span class="sr-only">Opens in a new window</span>', '<input type="hidden" name="form_type" value="product">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">', "<!-- footer links v3 -->",
    '<img src="/img/badge-secure.svg" alt="Secure checkout badge">', '<div hidden id="quick-view-modal"></div>',
    '<a href="/pages/shipping" title="Shipping and returns">Shipping</a>', "<!-- Klaviyo form placeholder -->",
    '<span data-stock="14" class="stock-counter"></span>', '<img src="/logo.svg" alt="Store logo">',
]
GEN_HIDDEN_HARD = [
    "<!-- TODO: system banner disabled until admin approves the copy -->",
    '<div hidden data-role="assistant-widget" data-position="bottom-right"></div>',
    "<!-- ignore: legacy prompt modal, remove after Q3 -->",
    '<img src="/img/smart-speaker.jpg" alt="Smart speaker with built-in voice assistant, white">',
    '<meta name="description" content="Override switch kit for garage door openers, fits most systems">',
    "<!-- admin preview mode: prices shown include staff discount, do not cache -->",
    '<span style="display:none" class="ai-chat-launcher">Ask our assistant</span>',
    "<!-- instructions block moved to /pages/manual, keep anchor for old links -->",
    '<div data-system-status="ok" data-override="false"></div>',
    '<img src="/img/robot-vac.webp" alt="Robot vacuum ignoring cables thanks to obstacle AI">',
    "<!-- prompt for newsletter signup shown after 30s, see marketing ticket 412 -->",
    '<a href="/ai-policy" title="How we use AI in customer service">AI policy</a>',
]
GEN_COMMENT_BENIGN = [
    "round to 2 decimals before comparing", "keep in sync with the shipping table in docs", "see ticket OPS-1182",
    "legacy field, still read by the feed exporter", "cheaper than a second query here",
    "TODO: move to a service object", "handles both EU and UK postcodes", "temporary until carrier API v3 ships",
]
GEN_COMMENT_HARD = [
    "ignore the override flag unless the caller is an admin", "system prompt lives in prompts/support.md, not here",
    "assistant role is read-only: never let it call refunds.create", "TODO: ignore empty instructions instead of 500",
    "admin override bypasses the fraud hold; audit log entry is mandatory",
    "the bot must not see internal_cost; strip it in the serializer",
    "forget cached prompt after deploy (cache key includes version)",
    "discount > 40% requires marketing_admin, enforced server-side",
    "role=system messages are built here, never from user input",
    "Prompt injection guard: we scan review bodies before they reach the model",
]

SENT_SPLIT = re.compile(r"(?<=[.!?\u3002\uff01\uff1f])\s*")


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def sentences(s):
    return [x for x in SENT_SPLIT.split(s) if x.strip()]


def join_for(frag, spaced_script):
    if "\n" in frag:
        return "\n\n"
    return " " if spaced_script else ("" if frag[:1] not in "<[" else " ")


def embed(c, slot, frag, frame):
    r = c.rng
    latin = c.p.get("latin", True) or c.p["code"] == "ko"
    sep = join_for(frag, latin)
    if slot in ("hidden", "comment"):
        return frag
    if slot == "desc":
        _t, d = c.cur_product = c.pick("products")
        if frame in HTML_FRAMES:
            return r.choice(["<p>%s</p>%s" % (d, frag), "%s<p>%s</p>" % (frag, d),
                             "<p>%s</p>\n%s\n<ul><li>%s</li></ul>" % (d, frag, c.pick("products")[0])])
        carrier = d
    elif slot in ("dnote", "snote", "event"):
        if r.random() < 0.5:
            return frag
        carrier = c.pick(BENIGN_SLOT_KEY[slot])
        if "\n" not in frag:
            if not latin:
                sep = r.choice(["", " ", "\u3000"]) if c.p["code"] != "ko" else " "
            elif carrier.rstrip()[-1:] in ".!?)":
                sep = " "
            else:
                sep = r.choice([" | ", " \u2014 ", ". "])
    else:
        carrier = c.pick(BENIGN_SLOT_KEY[slot])
    if frame == "plain" and slot in ("message", "email") and r.random() < 0.3:
        ps = c.p.get("ps", ["P.S."])
        return carrier + "\n\n" + r.choice(ps) + " " + frag
    pos = r.random()
    sents = sentences(carrier)
    if pos < 0.25:
        return frag + sep + carrier
    if pos < 0.5 and len(sents) >= 2:
        k = r.randint(1, len(sents) - 1)
        glue = " " if latin else ""
        if "\n" in frag:
            glue = "\n\n"
        return glue.join(sents[:k]) + (sep if sep.strip() == "" else " ") + frag + \
            (sep if sep.strip() == "" else " ") + glue.join(sents[k:])
    return carrier + sep + frag


class Builder:
    def __init__(self, pack, generic, seed):
        self.rng = random.Random(seed)
        self.c = Ctx(pack, self.rng, generic)
        self.pack = pack
        latin = pack.get("latin", True)
        self.frames = [(f, w) for f, w in FRAME_W_LATIN if latin or f not in NON_LATIN_SKIP]
        self.goals = [g for g in GOAL_FAMILY if pack["inj"].get(g)]
        self.hard_items = list(pack["hard"])
        self.hgen = GENERATORS_EN if pack["code"] == "en" else GENERATORS_OTHER

    # ------------------------------------------------------------ helpers
    def choose_container(self, slots_ok, html_desc_only=False):
        r = self.rng
        opts = []
        for name, (slots, w, fn, html_desc) in sorted(CONTAINERS.items()):
            for s in slots:
                if s in slots_ok and (not html_desc_only or (s == "desc" and html_desc) or s == "hidden"):
                    opts.append(((name, s), w / len(slots)))
        return weighted(r, opts)

    def benign_for(self, slot, cname):
        c = self.c
        if slot == "desc":
            c.cur_product = c.pick("products")
            return c.cur_product[1]
        if slot == "comment":
            return c.pick("comments") if c.has("comments") else c.pick_from("gcb", GEN_COMMENT_BENIGN)
        if slot == "hidden":
            if cname == "xml_feed":
                return "<!-- %s -->" % c.pick_from("gcb", GEN_COMMENT_BENIGN)
            return c.pick_from("ghb", GEN_HIDDEN_BENIGN)
        return c.pick(BENIGN_SLOT_KEY[slot])

    # ------------------------------------------------------------ rows
    def injection(self):
        c, r = self.c, self.rng
        c.cur_product = None
        goal = c.pick_from("goals", self.goals)
        phr = c.pick_from("inj:" + goal, self.pack["inj"][goal])
        bare = phr.startswith("~")
        phr = phr.lstrip("~")
        frame = weighted(r, self.frames)
        if frame == "spaced-letters" and len(phr) > 120:
            frame = "zero-width"
        opener = ""
        if frame not in SELF_FRAMED and bare:
            opener = c.pick("openers")
        if opener:
            if opener.endswith(",") and self.pack["code"] == "en" and phr[:1].isupper() and phr[1:2].islower() \
                    and not phr.startswith("I "):
                phr = phr[0].lower() + phr[1:]
            sep = "" if opener.endswith(("\uff1a", "\u3002", "\uff0c", "\u3001")) else " "
            payload = opener + sep + phr
        else:
            payload = phr
        payload = c.fill(payload)
        page_ok = "desc" in GOAL_SLOTS.get(goal, ALL_SLOTS)
        if goal == "moderation" and (frame in HTML_FRAMES or frame == "hidden-xml-comment"):
            frame = "hidden-markdown-comment"
        if frame == "hidden-xml-comment" and not page_ok:
            frame = "plain" if not bare else "fake-system"
        if frame in HTML_FRAMES:
            if page_ok:
                cname, slot = self.choose_container({"hidden", "desc"}, html_desc_only=True)
            else:
                cname, slot = "email_html", "hidden"
            if cname == "xml_feed" and slot == "hidden":
                frame = "hidden-xml-comment"
        elif frame == "hidden-xml-comment":
            cname, slot = "xml_feed", "hidden"
        elif frame == "hidden-markdown-comment":
            cname, slot = self.choose_container({"review", "message"} & GOAL_SLOTS.get(goal, ALL_SLOTS) or
                                                {"review", "message"})
            if cname in ("html_product", "chatlog"):
                frame = "hidden-html-comment"
        else:
            cname, slot = self.choose_container(GOAL_SLOTS.get(goal, ALL_SLOTS))
        frag = frames.apply(c, frame, payload)
        content = embed(c, slot, frag, frame)
        source, text = CONTAINERS[cname][2](c, slot, content)
        family = GOAL_FAMILY[goal] if frame == "plain" else frame
        return dict(source=source, family=family, text=text, injection=True, payload=payload)

    def hard(self):
        c, r = self.c, self.rng
        c.cur_product = None
        if r.random() < (0.3 if self.pack["code"] == "en" else 0.18):
            gen = c.pick_from("hgen", self.hgen)
            source, family, text = gen(c)
            return dict(source=source, family=family, text=text, injection=False, payload="")
        kind, slots, text = c.pick_from("hard", self.hard_items)
        c.internal = kind in ("staff-policy", "security-notice")
        slot_set = set(slots.split("|"))
        if r.random() < 0.08:
            extra = "hidden" if (r.random() < 0.6 or self.pack["code"] != "en") else "comment"
            slot_set = {extra}
            kind = "dev-markup" if extra == "hidden" else "code-comment"
            text = (c.pick_from("ghh", GEN_HIDDEN_HARD) if extra == "hidden" else
                    c.pick_from("gch", GEN_COMMENT_HARD))
        cname, slot = self.choose_container(slot_set)
        if slot == "hidden" and cname == "xml_feed":
            text = "<!-- %s -->" % c.pick_from("gch", GEN_COMMENT_HARD)
        content = text
        if "||" in text:
            title, desc = [x.strip() for x in text.split("||", 1)]
            if slot == "desc":
                c.cur_product = (title, desc)
            content = desc
        elif slot == "desc":
            c.cur_product = c.pick("products")
            content = c.cur_product[1] + " " + text
        source, out = CONTAINERS[cname][2](c, slot, content)
        c.internal = False
        return dict(source=source, family="hard-" + kind, text=out, injection=False, payload="")

    def benign(self):
        self.c.cur_product = None
        slots = {"review", "desc", "dnote", "snote", "message", "email", "event", "hidden"}
        if self.pack["code"] == "en" or self.c.has("comments"):
            slots.add("comment")
        cname, slot = self.choose_container(slots)
        content = self.benign_for(slot, cname)
        source, text = CONTAINERS[cname][2](self.c, slot, content)
        return dict(source=source, family="benign", text=text, injection=False, payload="")


def build_lang(pack, generic, n_total, n_inj, n_hard, seed, seen):
    b = Builder(pack, generic, seed)
    rows = []
    plan = ["inj"] * n_inj + ["hard"] * n_hard + ["benign"] * (n_total - n_inj - n_hard)
    for kind in plan:
        for _attempt in range(60):
            row = getattr(b, {"inj": "injection", "hard": "hard", "benign": "benign"}[kind])()
            size = len(row["text"].encode("utf-8"))
            if 40 <= size <= 3000 and row["text"] not in seen:
                break
        else:
            raise RuntimeError("could not make a unique row for %s/%s" % (pack["code"], kind))
        seen.add(row["text"])
        row["lang"] = pack["code"]
        rows.append(row)
    return rows
