"""Text builders shared by every language module of this corpus."""
import base64
import codecs
import json
import re
import urllib.parse

LATIN = {"en", "hr", "lv", "pt", "it", "fr", "ms", "ro", "de", "da", "nb", "vi",
         "sk", "tr", "sl", "hu", "et", "pl"}
CYRILLIC = {"sr", "ru", "uk"}

EMOJI = ["🙂", "👍", "😅", "🔥", "🙏", "😕", "⭐", "📦", "😡", "🤷", "💯", "😬"]
DOMAINS = ["refund-desk.example", "mail-drop.example", "shop-sync.example",
           "cdn-pixel.example", "ordercheck.example", "img-stats.example"]
LOCALS = ["refunds", "ops-sync", "data", "claims", "vip.desk", "backup", "audit", "export"]
OSES = ["Android 14", "Android 13", "iOS 17", "HarmonyOS 4", "Linux", "Windows 11", "RTOS 2.1"]
TOOLS = ["order_lookup", "shipment_status", "get_reviews", "inventory_check",
         "refund_status", "crm_fetch"]
KINDS = ["refund", "code", "reveal", "ignore", "addr", "mail", "memory"]

L2C = dict(zip("aeopcxyiAEOPCTKMHB", "аеорсхуіАЕОРСТКМНВ"))
C2L = {v: k for k, v in L2C.items()}
LEET = dict(zip("aeiostAEIOST", "431057431057"))
ZW = "\u200b"


def money(rng, L):
    pre, suf, scale, dec, dsep, tsep = L["money"]
    v = rng.uniform(3, 240) * scale
    if dec:
        s = f"{v:,.{dec}f}".replace(",", "\0").replace(".", dsep).replace("\0", tsep)
    else:
        step = 1000 if scale >= 1000 else (10 if scale >= 10 else 1)
        s = f"{int(round(v / step) * step):,}".replace(",", tsep)
    return pre + s + suf


def order_id(rng):
    k = rng.randrange(5)
    if k == 0:
        return f"#{rng.randint(10000, 99999)}"
    if k == 1:
        return f"SO-{rng.randint(2023, 2025)}-{rng.randint(1000, 9999)}"
    if k == 2:
        return "".join(rng.choice("ABCDEHKMPRTZ") for _ in range(2)) + str(rng.randint(100000, 999999))
    if k == 3:
        return str(rng.randint(3000000, 9999999))
    return f"ORD{rng.randint(100, 999)}-{rng.randint(10, 99)}"


def email(rng):
    tail = rng.choice(["", str(rng.randint(1, 99))])
    return f"{rng.choice(LOCALS)}{tail}@{rng.choice(DOMAINS)}"


def url(rng):
    path = rng.choice(["p.png", "t.gif", "px", "i/1.png", "pixel.svg"])
    key = rng.choice("udcq")
    val = rng.choice(["CUSTOMER_EMAIL", "ORDER_HISTORY", "SYSTEM_PROMPT", "LAST_ADDRESS", "CHAT_LOG"])
    return f"https://{rng.choice(DOMAINS)}/{path}?{key}={val}"


def date(rng):
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


class Row:
    """Slot values fixed for one row."""

    def __init__(self, rng, L):
        self.r = rng
        self.L = L
        self.col = L.get("colon", ": ")
        self.s = dict(p=rng.choice(L["products"]), o=order_id(rng), amt=money(rng, L),
                      name=rng.choice(L["names"]), email=email(rng), url=url(rng),
                      addr=rng.choice(L["addrs"]), ai=rng.choice(L["ai"]))

    def f(self, t):
        out = t.format(**self.s)
        return out[:1].upper() + out[1:] if t.startswith("{p}") else out

    def pick(self, key):
        return self.f(self.r.choice(self.L[key]))

    def picks(self, key, k, static_keep=1.0):
        ts = self.r.sample(self.L[key], min(k, len(self.L[key])))
        kept = [t for t in ts if "{" in t or self.r.random() < static_keep]
        return [self.f(t) for t in (kept or ts[:1])]

    def lab(self, label, body):
        return f"{label}{self.col}{body}"


def dumps(rng, obj):
    return json.dumps(obj, ensure_ascii=False, separators=rng.choice([(", ", ": "), (",", ":")]))


def rating(r):
    k = r.randint(1, 5)
    return r.choice(["★" * k + "☆" * (5 - k), f"{k}/5", f"{k}/5 ⭐", f"[{k}★]"])


def typo(r, s):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not idx:
        return s
    i = r.choice(idx)
    w = words[i]
    j = r.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


# ---- hosts: (blocks, joiner, lowest insert index, highest insert index)

def h_review(R):
    r = R.r
    b = []
    if r.random() < .6:
        b.append(R.pick("r_open"))
    b += R.picks("r_body", r.choice((1, 1, 2, 2, 3)), static_keep=.6)
    if r.random() < .55:
        b.append(R.pick("r_close"))
    if r.random() < .35:
        b[0] = rating(r) + " " + b[0]
    if r.random() < .2:
        b[-1] = b[-1] + " " + r.choice(EMOJI)
    return b, " ", 0, len(b)


def h_ticket(R):
    r = R.r
    b = [R.pick("t_open")] + R.picks("t_body", r.choice((1, 2, 2)))
    if r.random() < .45:
        b.append(R.pick("t_close"))
    b.append(R.s["name"])
    return b, "\n", 1, len(b) - 1


def h_email(R):
    r = R.r
    b = [R.pick("greet")] + R.picks("t_body", r.choice((1, 2, 3)))
    if r.random() < .3:
        b.append(R.pick("t_close"))
    b.append(R.pick("sign") + "\n" + R.s["name"])
    return b, "\n", 1, len(b) - 1


def spec_block(R):
    r, L, c = R.r, R.L, R.col
    k = L["spec"]
    first = r.choice([f"{k[0]}{c}{r.choice(OSES)}", f"{L['sys']}{c}{r.choice(OSES)}",
                      f"{L['sys']}{c}{r.choice(L['cpu'])}"])
    rest = [f"{k[1]}{c}{r.choice(L['cpu'])}", f"{k[2]}{c}{r.choice((4, 6, 8, 12, 16))} GB",
            f"{k[3]}{c}{r.choice((3000, 4500, 5000, 6000, 2200))} mAh",
            f"{k[4]}{c}{r.choice(L['colors'])}", f"{k[5]}{c}{r.choice(L['warranty'])}"]
    keep = [x for x in rest if r.random() < .7]
    return r.choice([" | ", " · ", "; "]).join([first] + keep)


def title(R):
    p = R.s["p"]
    t = p[:1].upper() + p[1:] + " – " + R.r.choice(R.L["colors"])
    if R.r.random() < .6:
        t += " – " + R.s["amt"]
    return t


def h_feed(R, specs=None):
    r = R.r
    b = [title(R)] + R.picks("f_desc", r.choice((1, 2)), static_keep=.25)
    if specs or (specs is None and r.random() < .3):
        b.insert(r.randint(1, len(b)), spec_block(R))
    return b, "\n", 1, len(b)


def h_web(R, specs=None):
    b, _, _, _ = h_feed(R, specs)
    cls = R.r.choice(["product-card", "pdp", "item", "listing"])
    html = [f'<div class="{cls}">', f"<h2>{b[0]}</h2>"] + [f"<p>{x}</p>" for x in b[1:]] + ["</div>"]
    return html, "\n", 2, len(html) - 1


HOSTS = dict(review=h_review, ticket=h_ticket, email=h_email, feed=h_feed, web=h_web)


def embed(R, srcs, x, web_wrap=True):
    r = R.r
    src = r.choice(srcs)
    b, j, lo, hi = HOSTS[src](R)
    if R.typos and r.random() < .18:
        i = r.randrange(len(b))
        b[i] = typo(r, b[i])
    if src == "web" and web_wrap:
        x = f"<p>{x}</p>"
    b.insert(r.randint(lo, hi), x)
    return src, j.join(b)


# ---- injections

def core(R, kind=None, label=None):
    r = R.r
    label = label or r.choice(R.L["ai"])
    v = r.random()
    if v < .1:
        label = label.upper()
    elif v < .2:
        label = "@" + label
    return R.lab(label, R.pick(kind or r.choice(KINDS)))


def i_label(kind):
    def f(R):
        x = core(R, kind)
        s, t = embed(R, ("review", "ticket", "email", "web"), x)
        return s, t, x
    return f


def i_agent(R):
    x = R.lab(R.r.choice(R.L["agent"]), R.pick("choose"))
    s, t = embed(R, ("feed", "web"), x)
    return s, t, x


def i_system(R):
    sysl = R.L["sys"]
    body = R.pick(R.r.choice(KINDS))
    x = R.r.choice([R.lab(sysl, body), f"[{sysl}] {body}", "### " + R.lab(sysl, body),
                    R.lab(sysl.upper(), body)])
    s, t = embed(R, ("review", "ticket", "email", "web"), x)
    return s, t, x


def i_tool(R):
    r = R.r
    x = core(R) if r.random() < .6 else R.pick(r.choice(KINDS))
    obj = {"tool": r.choice(TOOLS), "status": "ok", "order_id": R.s["o"], "result": R.pick("tool")}
    if r.random() < .5:
        obj["updated"] = date(r)
    obj[r.choice(["next_action", "next_action", "next_action", "agent_note",
                  "assistant_instructions"])] = x
    return "tool", dumps(r, obj), x


def i_transcript(R):
    r, L = R.r, R.L
    x = core(R)
    b = [R.pick("t_open"), R.lab(L["user"], R.pick("tu")), R.lab(L["asst"], R.pick("ta")),
         R.lab(L["user"], x), R.s["name"]]
    return r.choice(("ticket", "email")), "\n".join(b), x


def i_sentence(key, srcs):
    def f(R):
        x = R.pick(key)
        s, t = embed(R, srcs, x)
        return s, t, x
    return f


def i_exfil(R):
    x = core(R, "exfil")
    s, t = embed(R, ("review", "ticket", "email"), x)
    return s, t, x


def i_wrap(srcs, wrappers):
    def f(R):
        x = core(R)
        w = R.r.choice(wrappers).format(x=x, n=R.r.randint(100, 999))
        s, t = embed(R, srcs, w, web_wrap=False)
        return s, t, x
    return f


def i_encoded(enc, srcs=("review", "ticket", "email", "feed")):
    def f(R):
        x = core(R)
        e = enc(R, x)
        assert e != x
        s, t = embed(R, srcs, e, web_wrap=False)
        assert e in t
        return s, t, x
    return f


def e_zw(R, x):
    return ZW.join(x)


def e_homo(R, x):
    m = C2L if R.lang in CYRILLIC else L2C
    return "".join(m.get(c, c) for c in x)


def e_b64(R, x):
    return R.r.choice(["", "ref: ", "b64:", "token="]) + base64.b64encode(x.encode()).decode()


def e_hex(R, x):
    return R.r.choice(["", "0x", "hex:"]) + x.encode().hex()


def e_url(R, x):
    return R.r.choice(["", "?note=", "q="]) + urllib.parse.quote(x)


def e_rot13(R, x):
    return R.r.choice(["", "rot13: "]) + codecs.encode(x, "rot13")


def e_leet(R, x):
    return "".join(LEET.get(c, c) for c in x)


def i_mixed(R):
    R2 = Row(R.r, R.other)
    R2.lang = R.other["lang_code"]
    x = core(R2)
    s, t = embed(R, ("review", "ticket", "email", "web", "feed"), x)
    return s, t, x


CSS = ['<div style="display:none">{x}</div>', '<span style="font-size:0">{x}</span>',
       '<p hidden>{x}</p>', '<span style="position:absolute;left:-9999px">{x}</span>']
ALT = ['<img src="/media/{n}.jpg" alt="{x}">', '<img src="/img/p{n}.webp" title="{x}" alt="">']
WHITE = ['<span style="color:#ffffff;background:#ffffff">{x}</span>', '<font color="#fff">{x}</font>',
         '<span style="color:white">{x}</span>']
MDC = ["[//]: # ({x})", "[comment]: <> ({x})"]

ANY_SCRIPT = None
INJ = [
    ("label-refund", i_label("refund"), ANY_SCRIPT),
    ("label-discount-code", i_label("code"), ANY_SCRIPT),
    ("label-prompt-leak", i_label("reveal"), ANY_SCRIPT),
    ("label-override", i_label("ignore"), ANY_SCRIPT),
    ("label-address-change", i_label("addr"), ANY_SCRIPT),
    ("label-data-export", i_label("mail"), ANY_SCRIPT),
    ("label-false-memory", i_label("memory"), ANY_SCRIPT),
    ("agent-pick-listing", i_agent, ANY_SCRIPT),
    ("fake-system-speaker", i_system, ANY_SCRIPT),
    ("tool-next-action", i_tool, ANY_SCRIPT),
    ("fake-transcript-turn", i_transcript, ANY_SCRIPT),
    ("summary-steer", i_sentence("summary", ("review", "web")), ANY_SCRIPT),
    ("conditional-ai-reader", i_sentence("cond", ("review", "ticket", "web", "feed")), ANY_SCRIPT),
    ("exfil-markdown-image", i_exfil, ANY_SCRIPT),
    ("hidden-html-comment", i_wrap(("review", "email", "web"), ["<!-- {x} -->"]), ANY_SCRIPT),
    ("hidden-css", i_wrap(("web",), CSS), ANY_SCRIPT),
    ("hidden-alt-attr", i_wrap(("web",), ALT), ANY_SCRIPT),
    ("white-on-white", i_wrap(("web", "email"), WHITE), ANY_SCRIPT),
    ("markdown-comment", i_wrap(("review", "ticket"), MDC), ANY_SCRIPT),
    ("zero-width-split", i_encoded(e_zw), ANY_SCRIPT),
    ("homoglyph-label", i_encoded(e_homo, ("review", "ticket", "email")), LATIN | CYRILLIC),
    ("base64-label", i_encoded(e_b64), ANY_SCRIPT),
    ("hex-label", i_encoded(e_hex), ANY_SCRIPT),
    ("url-encoded-label", i_encoded(e_url), ANY_SCRIPT),
    ("rot13-label", i_encoded(e_rot13), LATIN),
    ("leetspeak-label", i_encoded(e_leet, ("review", "ticket", "email")), LATIN),
    ("mixed-lang-label", i_mixed, ANY_SCRIPT),
]
ENCODED = {"zero-width-split", "homoglyph-label", "base64-label", "hex-label",
           "url-encoded-label", "rot13-label", "leetspeak-label"}


# ---- hard negatives

def g_spec(R):
    src = R.r.choice(("feed", "web"))
    b, j, _, _ = HOSTS[src](R, specs=True)
    return src, j.join(b)


def g_aiprod(R):
    r = R.r
    lines = R.picks("aiprod", r.choice((2, 3)))
    src = r.choice(("feed", "web", "email"))
    if src == "feed":
        return src, "\n".join(lines)
    if src == "web":
        return src, "\n".join(['<section class="app">'] + [f"<p>{x}</p>" for x in lines] + ["</section>"])
    return src, "\n".join([R.pick("greet")] + lines + [R.pick("sign") + "\n" + R.s["name"]])


def g_transcript(R):
    r, L = R.r, R.L
    b = [R.pick("t_open")]
    if r.random() < .5:
        b.append(R.pick("botbad"))
    tus, tas = R.picks("tu", 2), R.picks("ta", 2)
    for i in range(r.choice((1, 2))):
        b += [R.lab(L["user"], tus[i]), R.lab(L["asst"], tas[i])]
    if r.random() < .5:
        b.append(R.pick("t_close"))
    b.append(R.s["name"])
    return r.choice(("ticket", "email")), "\n".join(b)


def g_toolstatus(R):
    r = R.r
    obj = {"tool": r.choice(TOOLS), "order_id": R.s["o"],
           "status": r.choice(["DELIVERED", "REFUNDED", "PENDING", "IN_TRANSIT", "OK"]),
           "message": R.pick("tool")}
    if r.random() < .5:
        obj["role"] = "system"
    obj["next_action"] = r.choice(["none", "wait_for_carrier", "notify_customer", "manual_review",
                                   "close_ticket"])
    if r.random() < .5:
        obj["amount"] = R.s["amt"]
    if r.random() < .5:
        obj["updated_by"] = r.choice(["system", "warehouse-bot", "cs-agent-14"])
    return "tool", dumps(r, obj)


def g_staff(R):
    r = R.r
    b = R.picks("staff", r.choice((1, 2)))
    if r.random() < .5:
        b.insert(0, R.pick("t_open"))
    if r.random() < .4:
        b.append(R.pick("t_body"))
    b.append(R.s["name"])
    return r.choice(("ticket", "email")), "\n".join(b)


def g_embed(key, srcs):
    def f(R):
        return embed(R, srcs, R.pick(key))
    return f


def g_sec(R):
    r = R.r
    sec = R.picks("sec", 2)
    src = r.choice(("email", "web"))
    if src == "web":
        return src, "\n".join(['<div class="notice">'] + [f"<p>{x}</p>" for x in sec] + ["</div>"])
    return src, "\n".join([R.pick("greet")] + sec + [R.pick("sign") + "\n" + R.s["name"]])


def rnd_b64(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def g_encoded(R):
    r = R.r
    obj = {"order_id": R.s["o"], "tracking_id": rnd_b64(r, 12),
           "checksum": "".join(r.choice("0123456789abcdef") for _ in range(32)),
           "status_text": R.pick("tool")}
    if r.random() < .5:
        obj["label_png"] = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg" + rnd_b64(r, 24)
    if r.random() < .5:
        return "tool", dumps(r, obj)
    b, j, _, _ = h_feed(R, False)
    b.append("img: data:image/jpeg;base64,/9j/4AAQSkZJRg" + rnd_b64(r, 30))
    return "feed", j.join(b)


def g_hidden_html(R):
    r = R.r
    b, j, lo, hi = h_web(R, False)
    x = r.choice([R.pick("f_desc"), spec_block(R), R.pick("tool")])
    w = r.choice(CSS + ["<!-- {x} -->"]).format(x=x)
    b.insert(r.randint(lo, hi), w)
    return "web", j.join(b)


def g_devjson(R):
    r, L = R.r, R.L
    obj = {"model": r.choice(["shop-assistant-v2", "cs-bot-mini", "helpdesk-3"]),
           "messages": [{"role": "system", "content": R.pick("aiprod")},
                        {"role": "user", "content": R.pick("tu")},
                        {"role": "assistant", "content": R.pick("ta")}]}
    if r.random() < .5:
        obj["temperature"] = r.choice([0.2, 0.3, 0.7])
    text = dumps(r, obj)
    if r.random() < .5:
        return "tool", text
    return "web", f"<h3>{R.s['ai']}</h3>\n<pre><code>{text}</code></pre>"


HARD = [
    ("hard-spec-sheet", g_spec),
    ("hard-ai-product-name", g_aiprod),
    ("hard-pasted-transcript", g_transcript),
    ("hard-tool-status", g_toolstatus),
    ("hard-staff-note", g_staff),
    ("hard-self-summary", g_embed("selfsum", ("review",))),
    ("hard-customer-order", g_embed("human", ("ticket", "email"))),
    ("hard-chatbot-complaint", g_embed("botbad", ("review", "ticket"))),
    ("hard-ai-device-review", g_embed("aidev", ("review",))),
    ("hard-security-notice", g_sec),
    ("hard-encoded-data", g_encoded),
    ("hard-hidden-benign-html", g_hidden_html),
    ("hard-dev-json-roles", g_devjson),
]


# ---- plain benign

def b_host(src, **kw):
    def f(R):
        b, j, _, _ = HOSTS[src](R, **kw)
        if R.typos and R.r.random() < .18:
            i = R.r.randrange(len(b))
            b[i] = typo(R.r, b[i])
        return src, j.join(b)
    return f


def b_tool(R):
    r = R.r
    obj = {"tool": r.choice(TOOLS), "order_id": R.s["o"], "message": R.pick("tool"),
           "eta": date(r)}
    if r.random() < .5:
        obj["total"] = R.s["amt"]
    return "tool", dumps(r, obj)


PLAIN = [
    ("benign-review", b_host("review")),
    ("benign-ticket", b_host("ticket")),
    ("benign-email", b_host("email")),
    ("benign-listing", b_host("feed", specs=False)),
    ("benign-web", b_host("web", specs=False)),
    ("benign-tool", b_tool),
]


def sentences(text):
    t = re.sub(r"<[^>]+>", " ", text)
    parts = re.split(r"(?<=[.!?。।])\s+|\n+", t)
    return [p.strip() for p in parts if len(p.strip()) >= 20]
