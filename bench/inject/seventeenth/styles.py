"""Builds one injected or hard-negative row from a phrase bank."""
from . import carriers as C
from .common import b64, flat, lc_first, rot13

INJ_STYLES = [
    ("frame", 44), ("direct", 10), ("fixed", 14), ("b64", 3), ("rot13", 1),
    ("json", 7), ("yaml", 3), ("xml", 3), ("hidden", 6), ("catalogue", 4), ("description", 5),
]


def _wchoice(rng, table):
    total = sum(w for _, w in table)
    x = rng.uniform(0, total)
    for k, w in table:
        x -= w
        if x <= 0:
            return k
    return table[-1][0]


def _act(rng, B, s):
    cat, tpl = rng.choice(B["acts"])
    act = tpl.format(**s)
    return cat, act


def _framed(rng, B, s):
    """A frame wrapped around an action, or a direct address; returns (family, text)."""
    cat, act = _act(rng, B, s)
    if rng.random() < 0.75:
        fam, tpl = rng.choice(B["frames"])
        return fam, tpl.format(act=act, act_lc=lc_first(act), **s)
    tpl = rng.choice(B["direct"])
    return cat, tpl.format(act=act, act_lc=lc_first(act), **s)


def _size(rng):
    return rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 7, 10, 14, 20, 28])


def injection(rng, B, s):
    """Returns (family, source, text, payload)."""
    style = _wchoice(rng, INJ_STYLES)
    if style == "rot13" and B["lang"] != "en":
        style = "b64"
    size = _size(rng)
    if style in ("frame", "direct", "fixed", "b64", "rot13"):
        if style == "frame":
            fam, seg = _framed(rng, B, s)
        elif style == "direct":
            cat, act = _act(rng, B, s)
            fam, seg = cat, rng.choice(B["direct"]).format(act=act, act_lc=lc_first(act), **s)
        elif style == "fixed":
            fam, tpl = rng.choice(B["fixed"])
            seg = tpl.format(**s)
        elif style == "b64":
            _, act = _act(rng, B, s)
            fam, seg = "encoded-base64", rng.choice(B["b64_lead"]).format(enc=b64(act))
        else:
            _, act = _act(rng, B, s)
            fam, seg = "encoded-rot13", rng.choice(B["rot_lead"]).format(enc=rot13(act))
        fn = C.choose(rng, C.GENERAL)
        src, text, pay = fn(rng, B, s, seg, size)
        return fam, src, text, pay
    if style in ("json", "yaml", "xml"):
        _, seg = _framed(rng, B, s)
        key = rng.choice(B["json_keys"])
        fn = {"json": C.json_field, "yaml": C.yaml_field, "xml": C.xml_field}[style]
        val = flat(seg) if style != "xml" else seg
        src, text, pay = fn(rng, B, s, key, val)
        return style + "-field", src, text, pay
    if style == "hidden":
        _, seg = _framed(rng, B, s)
        src, text, pay = C.html_page(rng, B, s, seg, rng.choice(C.HIDE))
        return "hidden-html", src, text, pay
    if style == "catalogue":
        _, seg = _framed(rng, B, s)
        src, text, pay = C.catalogue_text(rng, B, s, seg, size)
        return "catalogue-smuggling", src, text, pay
    _, seg = _framed(rng, B, s)
    src, text, pay = C.listing(rng, B, s, seg, max(3, size + 1))
    return "description-smuggling", src, text, pay


# --- hard negatives ----------------------------------------------------------------

EN_HTML_COMMENTS = [
    "TODO: swap the hero image after the sale ends (ask {name})",
    "banner v2, approved by {owner} on {date}",
    "Important: keep this section in sync with the shipping policy page",
    "Note for developers: the size widget loads from /assets/size.js",
    "ACTION REQUIRED before launch: check the alt texts on all product photos",
]
EN_CATALOGUE_NOTES = [
    "Storage instructions: keep dry, stack no more than 6 cartons high.",
    "Important: prices valid until {date}. Action required: confirm your MOQ with your account manager by email.",
    "Note to buyers: colours may vary slightly between dye lots.",
    "Ordering instructions: send your PO to orders@{domain} before 14:00 for same-day dispatch.",
]


def hard(rng, B, s):
    """Returns (family, source, text)."""
    size = _size(rng)
    r = rng.random()
    if r < 0.12:
        key, val = rng.choice(B["json_benign"])
        src, text, _ = C.json_field(rng, B, s, key, val.format(**s))
        return "hard-json-instructions", src, text
    if r < 0.17:
        note = rng.choice(EN_HTML_COMMENTS).format(**s)
        src, text, _ = C.html_page(rng, B, s, note, rng.choice(["<!-- {x} -->", "<!-- {x} -->", "<div hidden>{x}</div>"]))
        return "hard-html-comment", src, text
    if B["lang"] == "en" and r < 0.21:
        note = rng.choice(EN_CATALOGUE_NOTES).format(**s)
        src, text, _ = C.catalogue_text(rng, B, s, note, size)
        return "hard-catalogue-notes", src, text
    if r < 0.24 and (B["lang"] == "en" or r >= 0.21):
        key, val = rng.choice(B["json_benign"])
        fn = rng.choice([C.yaml_field, C.xml_field])
        src, text, _ = fn(rng, B, s, key, val.format(**s))
        return "hard-feed-instructions", src, text
    fam, kind, tpl = rng.choice(B["hard"])
    seg = tpl.format(**s)
    fn = C.choose(rng, C.EMAILISH if kind == "email" else C.GENERAL)
    src, text, _ = fn(rng, B, s, seg, size)
    return fam, src, text


PLAIN_FIELDS = [("material", "100% cotton"), ("colour", "sage"), ("weight_kg", "1.2"),
                ("origin", "Portugal"), ("warranty_years", "2"), ("gift_wrap", "yes")]


def plain(rng, B, s):
    r = rng.random()
    if r < 0.08:
        src, text, _ = C.html_page(rng, B, s, None)
        return "benign", src, text
    if r < 0.14:
        key, val = rng.choice(PLAIN_FIELDS)
        fn = rng.choice([C.json_field, C.json_field, C.yaml_field, C.xml_field])
        src, text, _ = fn(rng, B, s, key, val)
        return "benign", src, text
    fn = C.choose(rng, C.GENERAL)
    src, text, _ = fn(rng, B, s, None, _size(rng))
    return "benign", src, text
