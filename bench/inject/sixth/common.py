"""Small shared helpers: template filling, typos, per-language context values."""
import base64
import codecs
import re
import unicodedata

KEY = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill(template, ctx):
    """Replace {key} for keys present in ctx; leave anything else (JSON braces etc.) alone."""
    text = template
    for _ in range(4):
        new = KEY.sub(lambda m: str(ctx[m.group(1)]) if m.group(1) in ctx else m.group(0), text)
        if new == text:
            break
        text = new
    return text


def cap(s):
    return s[:1].upper() + s[1:] if s else s


WORD = re.compile(r"[^\W\d_]{5,}", re.UNICODE)


def typo(text, r):
    """One small human slip: swapped, dropped or doubled letter in a longer word."""
    words = list(WORD.finditer(text))
    if not words:
        return text
    m = r.choice(words)
    w = m.group(0)
    i = r.randint(1, len(w) - 2)
    kind = r.randint(0, 2)
    if kind == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif kind == 1:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return text[:m.start()] + w2 + text[m.end():]


EXFIL_HOSTS = [
    "cdn-pixelsync.net", "order-verify-api.com", "img-stat.io", "track-metrics.co",
    "webhook-relay.net", "static-analytix.org", "shopsync-bridge.com", "collect.data-mirror.io",
    "beacon.cartsight.net", "api.refund-check.info", "img.previewhost.cc", "logs.helpdesk-sync.net",
    "pix.reviewboost.biz", "u.linkshort.xyz", "status.parcel-verify.net", "upd.catalog-push.io",
]
EXFIL_MAILBOXES = [
    "archive@mailbox-sync.net", "orders.backup@proton-drop.com", "support-copy@helpdesk-mirror.io",
    "data@cartsight.net", "export@shopsync-bridge.com", "audit-team@refund-check.info",
    "records@backup-inbox.org", "cs-logs@parcel-verify.net",
]
CARRIERS = ["dpd", "dhl", "gls", "ups", "postnl", "inpost", "colissimo", "correos", "brt", "ctt", "postnord"]


def money(code, r):
    """(formatted amount, plain number string) in the local style."""
    cents = r.choice([0, 0, 0, 50, 90, 95, 99, 49])
    if code == "pl":
        v = r.randint(29, 2400)
        return f"{v},{cents:02d} zł", f"{v}.{cents:02d}"
    if code == "sv":
        v = r.randint(99, 9800)
        return f"{v} kr", f"{v}.00"
    v = r.randint(9, 640)
    num = f"{v}.{cents:02d}"
    if code == "en":
        sym = r.choice(["£", "$", "$", "€", "£"])
        return (f"{sym}{v}.{cents:02d}" if cents else f"{sym}{v}"), num
    if code == "nl":
        return f"€ {v},{cents:02d}", num
    if code == "pt":
        return f"R$ {v},{cents:02d}", num
    return f"{v},{cents:02d} €", num


def order_no(r):
    style = r.randint(0, 4)
    if style == 0:
        return str(r.randint(100000, 999999))
    if style == 1:
        return f"{r.randint(10000, 99999)}"
    if style == 2:
        return f"SW-{r.randint(1000, 99999)}"
    if style == 3:
        return f"{r.randint(2023, 2025)}-{r.randint(1000, 9999)}"
    return f"A{r.randint(100000, 999999)}"


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def make_ctx(D, r):
    """All filler values for one carrier group."""
    first, last = D["first"], D["last"]
    name = r.choice(first)
    name2 = r.choice([n for n in first if n != name])
    staff = r.choice([n for n in first if n not in (name, name2)])
    staff2 = r.choice([n for n in first if n not in (name, name2, staff)])
    surname = r.choice(last)
    prod, flaw = r.choice(D["products"])
    amount, amount_num = money(D["code"], r)
    price, _ = money(D["code"], r)
    shop = r.choice(D["shops"])
    mail_dom = r.choice(D["mail_domains"])
    local = ascii_fold(name.lower()) + r.choice([".", "_", ""]) + ascii_fold(surname.lower()).replace(" ", "")
    if r.random() < 0.3:
        local += str(r.randint(1, 99))
    month = r.choice(D["months"])
    day = r.randint(1, 28)
    ctx = {
        "name": name, "name2": name2, "staff": staff, "staff2": staff2,
        "surname": surname, "full": f"{name} {surname}", "initial": surname[0] + ".",
        "city": r.choice(D["cities"]), "product": prod, "flaw": flaw,
        "order": order_no(r), "order2": order_no(r), "amount": amount, "amount_num": amount_num,
        "price": price, "pct": r.choice([5, 10, 10, 15, 20, 25, 30, 40, 50]),
        "date": D["date_fmt"].format(d=day, m=month, y=r.choice([2024, 2025])),
        "time": f"{r.randint(7, 21):02d}:{r.choice(['00', '05', '12', '18', '27', '30', '41', '45', '52'])}",
        "ticket": str(r.randint(10000, 989999)), "inv": f"INV-{r.randint(2024, 2025)}-{r.randint(100, 9999):04d}",
        "sku": f"{r.choice(['KT', 'BL', 'AF', 'RV', 'HB', 'DS', 'EB', 'YM', 'CG', 'LP'])}-{r.randint(100, 9999)}",
        "ref": f"{r.choice(['RF', 'TX', 'CS', 'BK'])}{r.randint(10000, 99999)}",
        "code": f"{r.choice(['SPRING', 'VIP', 'STAFF', 'WELCOME', 'LOYAL', 'FREE'])}{r.randint(10, 99)}",
        "shop": shop, "shop_name": D["shop_names"][D["shops"].index(shop)],
        "email": f"{local}@{mail_dom}", "good_email": f"{ascii_fold(staff2.lower())}.{ascii_fold(r.choice(last).lower()).replace(' ', '')}@{r.choice(D['mail_domains'])}",
        "host": r.choice(EXFIL_HOSTS), "exfil_email": r.choice(EXFIL_MAILBOXES),
        "gift": r.choice(D["gifts"]), "addr": fill(r.choice(D["addresses"]), {"n": r.randint(2, 140)}),
        "days": r.choice([2, 3, 4, 5, 6, 8, 10, 12, 14, 21]), "weeks": r.choice([2, 3, 4, 6]),
        "handle": ascii_fold(staff.lower()) + r.choice(["", ".", "_"]) + ascii_fold(r.choice(last).lower())[:3],
        "ver": f"{r.randint(2, 9)}.{r.randint(0, 9)}", "cart": f"c_{r.randint(100000, 999999)}",
        "track": f"{r.choice(['JJD', '00', 'CX', '1Z'])}{r.randint(10**9, 10**10 - 1)}",
        "carrier": r.choice(CARRIERS), "n": r.randint(2, 9), "stars": r.randint(1, 5),
        "rating_n": r.randint(12, 980), "brand2": r.choice(D["brands2"]),
        "size": r.choice(["S", "M", "L", "XL", "38", "40", "42", "44"]), "height": r.randint(158, 194),
    }
    return ctx


# ---- obfuscation transforms (payload is always the transformed string as written) ----

LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"})


def spaced(s):
    return " ".join(ch if ch != " " else " " for ch in s).replace("   ", "  ")


def leet(s):
    return s.lower().translate(LEET)


def zero_width(s, r):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and r.random() < 0.35:
            out.append(r.choice(["\u200b", "\u200c", "\u200d"]))
    return "".join(out)


def homoglyph(s, r):
    return "".join(ch.translate(HOMO) if r.random() < 0.6 else ch for ch in s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def rot13(s):
    return codecs.encode(s, "rot13")


def dotted(s):
    return ".".join(s.replace(" ", "_"))
