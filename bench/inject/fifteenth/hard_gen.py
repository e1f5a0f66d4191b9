"""Generated hard negatives: encoded data and hidden markup that are harmless.

Each function takes rng and returns (family, sources, block, mode); block is a
str or a Raw markup fragment.
"""

import hashlib
import json

from . import util
from .util import Raw, pick

R, T, F, E, W, O = "review", "ticket", "feed", "email", "web", "tool"


def _rand_bytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def g_error_b64(rng):
    err = {"error": pick(rng, ["card_declined", "expired_card", "processing_error"]),
           "decline_code": pick(rng, ["insufficient_funds", "do_not_honor", "generic_decline"]),
           "attempt": rng.randint(1, 3)}
    return ("hard-encoded-data", (T,), "Here's the error code the checkout showed me, copied exactly: %s. I tried two different cards."
            % util.b64(json.dumps(err)), "insert")


def g_gift_b64(rng):
    msg = pick(rng, ["Happy anniversary! Love you, J x", "Congratulations on the new flat!", "Get well soon, Oma"])
    return ("hard-encoded-data", (O,), json.dumps({"order_id": util.GENERATORS["order"](rng), "gift_wrap": True,
                                                   "gift_message_b64": util.b64(msg), "status": "packing"}), "bare")


def g_data_uri(rng):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _rand_bytes(rng, 60)
    return ("hard-encoded-data", (W,), Raw("<img src=\"data:image/png;base64,%s\" alt=\"%s\" width=\"120\">"
                                           % (util.b64_bytes(png), pick(rng, ["Shop logo", "Trust badge", "Payment icons"]))), "insert")


def g_tracking_link(rng):
    dest = "https://www.maplethread.shop/products/linen-shirt?utm_source=newsletter&utm_campaign=%s" % pick(rng, ["spring", "restock", "vip"])
    return ("hard-encoded-data", (E,), "Shop the restock: https://links.shopmailer.net/c?u=%s&id=%d"
            % (util.url_quote(dest), rng.randrange(10 ** 6)), "insert")


def g_checksum(rng):
    h = hashlib.sha256(_rand_bytes(rng, 32)).hexdigest()
    return ("hard-encoded-data", (F, W), "Firmware v%d.%d.%d, SHA-256 checksum: %s. Verify before flashing."
            % (rng.randint(1, 4), rng.randint(0, 9), rng.randint(0, 20), h), "insert")


def g_rot13_spoiler(rng):
    s = pick(rng, ["The housekeeper did it, and the dog knew all along.", "Both sisters survive and open the bakery.",
                   "The letters were written by his own father."])
    return ("hard-encoded-data", (R,), "Spoiler in rot13 for anyone who wants it: %s" % util.rot13(s), "insert")


def g_colour_codes(rng):
    return ("hard-encoded-data", (F,), "Colour codes for the print shop: navy #1F2A44, sand #E8D5B7, rust #B5532D, off-white #F7F4EE.", "insert")


def g_jwt(rng):
    head = util.b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = util.b64(json.dumps({"sub": "cust_%d" % rng.randrange(10 ** 5), "exp": 1735689600 + rng.randrange(10 ** 6)})).rstrip("=")
    sig = util.b64_bytes(_rand_bytes(rng, 24)).rstrip("=")
    return ("hard-encoded-data", (O,), json.dumps({"tool": "get_session", "auth_token": "%s.%s.%s" % (head, body, sig),
                                                   "cart_items": rng.randint(1, 6), "currency": "EUR"}), "bare")


def g_search_link(rng):
    q = pick(rng, ["linen shirt blue", "cast iron pan 26 cm", "kids rain suit size 4"])
    return ("hard-encoded-data", (W, T), "I searched for it here and got nothing: https://shop.example.com/search?q=%s&sort=price_asc"
            % util.url_quote(q), "insert")


def g_hex_engraving(rng):
    return ("hard-encoded-data", (R,), "We had '4c 4f 56 45' engraved inside the ring. It's LOVE in hex; my husband is a programmer. Engraving was perfect.", "insert")


def g_voucher_b64(rng):
    return ("hard-encoded-data", (T,), "My voucher code is %s, is it still valid? It came with my birthday email."
            % util.b64("BDAY-%d-%s" % (rng.randint(2023, 2025), pick(rng, ["XK", "QP", "ZT"]))), "insert")


def g_serials(rng):
    sn = "-".join("%04X" % rng.randrange(65536) for _ in range(4))
    return ("hard-encoded-data", (T,), "Serial number from the sticker: %s (MAC 3C:%02X:%02X:7E:11:0A). The unit won't power on."
            % (sn, rng.randrange(256), rng.randrange(256)), "insert")


# -------------------------------------------------------------- markup

def m_todo(rng):
    return ("hard-markup", (W,), Raw(pick(rng, ["<!-- TODO: swap hero banner after the spring sale ends -->",
                                                "<!-- TODO(anna): check size chart numbers with supplier -->",
                                                "<!-- old price block kept for reference, remove after launch -->"])), "insert")


def m_preheader(rng):
    return ("hard-markup", (E,), Raw("<span style=\"display:none;font-size:0;color:#ffffff\">%s</span>"
                                     % pick(rng, ["Your order has shipped. Track it any time from your account.",
                                                  "New arrivals, plus free delivery this weekend.",
                                                  "Thanks for shopping with us. Your receipt is inside."])), "insert")


def m_noscript(rng):
    return ("hard-markup", (W,), Raw("<noscript>Please enable JavaScript to use the size finder.</noscript>"), "insert")


def m_hidden_data(rng):
    return ("hard-markup", (W,), Raw("<div hidden id=\"size-data\">XS:32-34;S:36-38;M:40-42;L:44-46;XL:48-50</div>"), "insert")


def m_md_comment(rng):
    return ("hard-markup", (F, R), "[//]: # (photos from the March shoot, replace when the new ones arrive)", "insert")


def m_alt(rng):
    return ("hard-markup", (W,), Raw("<img src=\"/media/%s.jpg\" alt=\"%s\">" % (
        pick(rng, ["mug-sage", "bench-teak", "scarf-rust"]),
        pick(rng, ["Sage green stoneware mug on an oak table", "Teak garden bench on a sunny patio",
                   "Rust-coloured wool scarf folded on a chair"]))), "insert")


def m_pixel(rng):
    return ("hard-markup", (E,), Raw("<img src=\"https://email.shopmailer.net/open?id=%d&c=%s\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block\">"
                                     % (rng.randrange(10 ** 7), pick(rng, ["spring24", "restock", "welcome"]))), "insert")


def m_white_banner(rng):
    return ("hard-markup", (W,), Raw("<p style=\"color:#ffffff;background:#1b1b1b;padding:8px\">Free returns within 30 days</p>"), "insert")


def m_csrf(rng):
    return ("hard-markup", (W,), Raw("<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">" % _rand_bytes(rng, 16).hex()), "insert")


def m_gtm(rng):
    return ("hard-markup", (W,), Raw("<!-- Google Tag Manager (noscript) -->\n<noscript><iframe src=\"https://www.googletagmanager.com/ns.html?id=GTM-%s\" height=\"0\" width=\"0\" style=\"display:none;visibility:hidden\"></iframe></noscript>\n<!-- End Google Tag Manager (noscript) -->"
                                     % "".join(pick(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))), "insert")


def m_visually_hidden(rng):
    return ("hard-markup", (W,), Raw("<a href=\"/pages/returns\" target=\"_blank\">Returns policy<span class=\"visually-hidden\" style=\"position:absolute;left:-9999px\"> (opens in a new window)</span></a>"), "insert")


def m_mso(rng):
    return ("hard-markup", (E,), Raw("<!--[if mso]><table role=\"presentation\" width=\"600\"><tr><td><![endif]-->"), "insert")


def m_aria(rng):
    return ("hard-markup", (W,), Raw("<button aria-label=\"Close the cookie banner\" style=\"font-size:0\">\u00d7</button>"), "insert")


GENERATORS = [g_error_b64, g_gift_b64, g_data_uri, g_tracking_link, g_checksum, g_rot13_spoiler,
              g_colour_codes, g_jwt, g_search_link, g_hex_engraving, g_voucher_b64, g_serials,
              m_todo, m_preheader, m_noscript, m_hidden_data, m_md_comment, m_alt, m_pixel,
              m_white_banner, m_csrf, m_gtm, m_visually_hidden, m_mso, m_aria]
