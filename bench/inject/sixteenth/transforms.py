"""Hidden-markup and encoded variants of a pair.

hidden:  the injection is hidden in markup; its twin shows benign words
         visibly, and sometimes a second twin hides a note meant for people
         in the same kind of markup.
encoded: the injection is base64/hex encoded; its twin encodes ordinary
         order data behind the same label.
"""
import base64

from .slots import fill

HIDE = [
    ("<!-- ", " -->"),
    ('<span style="display:none">', "</span>"),
    ("<div hidden>", "</div>"),
    ('<p style="color:#ffffff;font-size:1px">', "</p>"),
    ('<div style="position:absolute;left:-9999px">', "</div>"),
    ('<blockquote style="display:none">', "</blockquote>"),
    ('<p><strong style="font-size:0px">', "</strong></p>"),
]
SHOW = [("<p>", "</p>"), ("<p><strong>", "</strong></p>"), ("<blockquote>", "</blockquote>"),
        ('<p style="color:#333333;font-size:14px">', "</p>"), ('<div class="note">', "</div>")]

DATA = [
    "order={oid};carrier=DHL;parcel=JJD00{tid};status=in_transit",
    '{"order":"{oid}","sku":"{sku}","qty":2,"warehouse":"AMS-2"}',
    "{oid}|{sku}|{email}|EUR {amt}",
    "return_label:{oid}:{tid}:prepaid",
    '{"ticket":"{tid}","order":"{oid}","channel":"web"}',
    "rma={tid}&order={oid}&reason=damaged",
]
LEADS = [
    ("ref: ", ""),
    ("Tracking token (base64): ", ""),
    ('<meta name="x-order-data" content="', '">'),
    ("X-Order-Ref: ", ""),
    ("attachment.b64 = ", ""),
    ("[data:", "]"),
]
HEX_LEADS = [("hex: ", ""), ("payload_hex=", ""), ("ref (hex) ", "")]

STAFF_FAMS = ("hard-staff-note", "hard-staff-request")


def hidden(rng, inj_text, twins):
    """Return (inj_key, [(family, key), ...])."""
    pre, suf = rng.choice(HIDE)
    inj_key = pre + inj_text + suf
    spre, ssuf = rng.choice(SHOW)
    first = twins[0][1]
    out = [("hard-visible-markup", spre + first + ssuf)]
    staff = [t for f, t in twins if f in STAFF_FAMS] or [twins[-1][1]]
    if rng.random() < 0.7:
        out.append(("hard-hidden-benign", pre + staff[0] + suf))
    return inj_key, out


def _b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def _hex(s):
    return s.encode("utf-8").hex()


def encoded(rng, payload, slots):
    """Return (family, inj_key, encoded_payload, [(family, key)])."""
    if rng.random() < 0.72:
        fam, enc, (lead, tail) = "encoded-base64", _b64, rng.choice(LEADS)
    else:
        fam, enc, (lead, tail) = "encoded-hex", _hex, rng.choice(HEX_LEADS)
    blob = enc(payload)
    data = fill(rng.choice(DATA), slots)
    return fam, lead + blob + tail, blob, [("hard-encoded-data", lead + enc(data) + tail)]
