"""Shared machinery for the sixtyfirst corpus.

Language modules only hold data (labels, payloads, host texts, machine-text
templates).  Everything that turns that data into rows lives here: pools that
hand out items evenly, the placeholder filler, the wrappers that dress a
payload up as a system / developer / tool message, the encoders, and the
renderers for each source (review, ticket, feed, email, web, tool).
"""
import base64
import codecs
import datetime
import html
import json
import re
import unicodedata
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")


class Cycle:
    """Hands out items least-used first, in an order shuffled per round."""

    def __init__(self, items, rng):
        self.items = list(items)
        if not self.items:
            raise ValueError("empty pool")
        self.rng = rng
        self.queue = []

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# --------------------------------------------------------------- encoders
ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "E": "\u0415",
        "O": "\u041e", "T": "\u0422", "S": "\u0405"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_url(s):
    return "".join("%{:02X}".format(b) for b in s.encode("utf-8"))


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch != " " and rng.random() < 0.6:
            out.append(pick(rng, ZW))
    return "".join(out)


def enc_spaced(s):
    return "  ".join(" ".join(w) for w in s.split())


def enc_leet(s, rng):
    return "".join(LEET[c.lower()] if c.lower() in LEET and rng.random() < 0.7 else c for c in s)


def enc_homoglyph(s, rng):
    return "".join(HOMO[c] if c in HOMO and rng.random() < 0.6 else c for c in s)


# ----------------------------------------------------------------- filler
PH = re.compile(r"\{([a-z_]+[0-9]?)\}")
BASE_DATE = datetime.date(2024, 2, 5)
MAIL_DOMAINS = ("example.com", "example.net", "example.org", "mail.example", "inbox.test")
MAIL_USERS = ("buyer", "shopper", "hello", "mail", "me", "orders", "contact", "k", "info")


class Filler:
    KEYS = {"order", "order2", "track", "date", "date2", "time", "ts", "amount", "amount2",
            "name", "name2", "fullname", "city", "shop", "carrier", "ver", "ver_old", "n", "n2",
            "big", "sku", "email", "domain", "ip", "hash", "ticket", "pct", "code", "b64data",
            "urlq", "year", "shopdomain", "ms", "port"}

    def __init__(self, mod, rng):
        self.m = mod
        self.rng = rng
        self.names = Cycle(mod.NAMES, rng)
        self.surnames = Cycle(getattr(mod, "SURNAMES", [""]), rng)
        self.cities = Cycle(mod.CITIES, rng)
        self.shops = Cycle(mod.SHOPS, rng)
        self.carriers = Cycle(mod.CARRIERS, rng)

    def slug(self, name):
        a = unicodedata.normalize("NFKD", name.replace("ß", "ss")).encode("ascii", "ignore").decode().lower()
        a = re.sub(r"[^a-z0-9]+", "-", a).strip("-")
        return (a or "store-{}".format(self.rng.randint(10, 99))) + ".example"

    def money(self):
        c = self.m.MONEY
        v = self.rng.uniform(c["lo"], c["hi"])
        d = c.get("digits", 2)
        s = "{:,.{}f}".format(v, d)
        s = s.replace(",", "\0").replace(".", c.get("dec", ".")).replace("\0", c.get("thou", ","))
        return c["fmt"].format(s)

    def date(self):
        d = BASE_DATE + datetime.timedelta(days=self.rng.randint(0, 420))
        return d.strftime(self.m.DATE_FMT)

    def fullname(self):
        f, s = self.names.next(), self.surnames.next()
        if not s:
            return f
        if getattr(self.m, "SURNAME_FIRST", False):
            return s + getattr(self.m, "NAME_SEP", " ") + f
        return f + " " + s

    def value(self, k):
        r = self.rng
        if k in ("order", "order2"):
            style = r.randrange(4)
            if style == 0:
                return "#{}".format(r.randint(100000, 999999))
            if style == 1:
                return "{}-{}".format(pick(r, getattr(self.m, "ORDER_PREFIX", ("ORD", "SO", "WEB"))), r.randint(10000000, 99999999))
            if style == 2:
                return "{}{:07d}".format(r.randint(2, 9), r.randint(0, 9999999))
            return "{}-{:05d}".format(r.randint(2400, 2512), r.randint(0, 99999))
        if k == "track":
            style = r.randrange(3)
            if style == 0:
                return "".join(str(r.randint(0, 9)) for _ in range(12))
            if style == 1:
                return "1Z{}".format("".join(pick(r, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(14)))
            return "{}{}{}".format(pick(r, ("JD", "LX", "RR", "CP", "SF")), "".join(str(r.randint(0, 9)) for _ in range(10)), pick(r, ("DE", "NL", "CN", "JP", "US", "GB", "")))
        if k in ("date", "date2"):
            return self.date()
        if k == "time":
            return "{:02d}:{:02d}".format(r.randint(6, 22), r.randint(0, 59))
        if k == "ts":
            d = BASE_DATE + datetime.timedelta(days=r.randint(0, 420), seconds=r.randint(0, 86399))
            return datetime.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)).strftime("%Y-%m-%dT%H:%M:%SZ")
        if k in ("amount", "amount2"):
            return self.money()
        if k in ("name", "name2"):
            return self.names.next()
        if k == "fullname":
            return self.fullname()
        if k == "city":
            return self.cities.next()
        if k == "shop":
            return self.shops.next()
        if k == "carrier":
            return self.carriers.next()
        if k == "ver":
            return "{}.{}.{}".format(r.randint(2, 9), r.randint(0, 24), r.randint(0, 9))
        if k == "ver_old":
            return "{}.{}.{}".format(r.randint(1, 2), r.randint(0, 24), r.randint(0, 9))
        if k == "n":
            return str(r.randint(2, 48))
        if k == "n2":
            return str(r.randint(2, 9))
        if k == "big":
            return str(r.randint(1200, 98000))
        if k == "ms":
            return str(r.randint(120, 9800))
        if k == "port":
            return str(pick(r, (443, 8443, 5432, 6379, 9200)))
        if k == "sku":
            return "{}-{}{}".format("".join(pick(r, "ABCDEFGHKLMNPRSTVWXZ") for _ in range(3)), r.randint(100, 9999), pick(r, ("", "-BK", "-W", "-XL", "-M", "-02")))
        if k == "email":
            return "{}{}@{}".format(pick(r, getattr(self.m, "MAIL_USERS", MAIL_USERS)), r.randint(2, 990), pick(r, MAIL_DOMAINS))
        if k == "domain":
            return pick(r, ("shop.example", "store.example", "market.example", "outlet.test", "brand.example.com", "example.org"))
        if k == "shopdomain":
            return self.slug(self.shops.next())
        if k == "ip":
            return "{}.{}".format(pick(r, ("192.0.2", "198.51.100", "203.0.113")), r.randint(2, 254))
        if k == "hash":
            return "".join(pick(r, "0123456789abcdef") for _ in range(pick(r, (12, 16, 24, 40))))
        if k == "ticket":
            return str(r.randint(10000, 899999))
        if k == "pct":
            return str(pick(r, (5, 10, 15, 20, 25, 30, 40, 50)))
        if k == "code":
            return "{}{}".format(pick(r, getattr(self.m, "COUPON_WORDS", ("SAVE", "WELCOME", "SPRING", "VIP", "HELLO"))), r.randint(5, 60))
        if k == "b64data":
            obj = {"cid": r.randint(1000, 99999), "src": pick(r, ("newsletter", "cart", "app", "sms")), "v": r.randint(1, 4)}
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
        if k == "urlq":
            return urllib.parse.urlencode({"utm_source": pick(r, ("newsletter", "mail", "push")), "utm_medium": "email",
                                           "utm_campaign": pick(r, ("restock", "weekend_sale", "abandoned_cart", "survey")),
                                           "ref": "".join(pick(r, "0123456789abcdef") for _ in range(8))})
        if k == "year":
            return str(pick(r, (2024, 2025)))
        raise KeyError(k)

    def fill(self, t):
        cache = {}
        if "{shopdomain}" in t and "{shop}" in t:
            cache["shop"] = self.shops.next()
            cache["shopdomain"] = self.slug(cache["shop"])

        def rep(mo):
            k = mo.group(1)
            if k not in self.KEYS:
                return mo.group(0)
            if k not in cache:
                cache[k] = self.value(k)
            return cache[k]
        return PH.sub(rep, t)


# --------------------------------------------------------------- wrappers
# Each wrapper returns (family or None, block text, is_html).  None means the
# family is the payload's own kind (plain address to the AI, no pose).

def _br(L, word):
    b = L.get("br", ("[", "]"))
    return b[0] + word + b[1]


def w_bracket(p, L, r, F):
    s = pick(r, L["sys"])
    if r.random() < 0.5:
        return "fake-system", "{} {}".format(_br(L, s), p), False
    return "fake-system", "{}\n{}\n{}".format(_br(L, s), p, _br(L, "/" + s)), False


XML_TAGS = (("system", "fake-system"), ("system_prompt", "fake-system"), ("admin_override", "fake-admin"),
            ("developer_instructions", "fake-developer"), ("assistant_policy", "fake-policy-update"),
            ("moderator_action", "fake-moderator"), ("sys", "fake-system"), ("instructions priority=\"high\"", "fake-system"))


def w_xml(p, L, r, F):
    tag, fam = pick(r, XML_TAGS)
    close = tag.split()[0]
    return fam, "<{}>\n{}\n</{}>".format(tag, p, close) if r.random() < 0.5 else "<{}>{}</{}>".format(tag, p, close), False


def w_chat_tokens(p, L, r, F):
    u = pick(r, L["umsg"])
    style = r.randrange(5)
    if style == 0:
        t = "<|im_end|>\n<|im_start|>system\n{}<|im_end|>\n<|im_start|>user\n{}".format(p, u)
    elif style == 1:
        t = "[/INST] [INST] <<SYS>>\n{}\n<</SYS>>\n\n{} [/INST]".format(p, u)
    elif style == 2:
        t = "<|system|>\n{}\n<|end|>\n<|user|>\n{}".format(p, u)
    elif style == 3:
        t = "<end_of_turn>\n<start_of_turn>system\n{}<end_of_turn>".format(p)
    else:
        t = "</user_input>\n<system_message>{}</system_message>\n<user_input>".format(p)
    return "chat-template-tokens", t, False


def w_md_heading(p, L, r, F):
    h = pick(r, L["sys"] + L["policy"])
    fam = "fake-policy-update" if h in L["policy"] else "fake-system"
    if r.random() < 0.5:
        return fam, "### {}\n\n{}".format(h, p), False
    return fam, "---\n**{}**\n> {}\n---".format(h, p), False


def w_json_role(p, L, r, F):
    style = r.randrange(4)
    if style == 0:
        return "fake-system", json.dumps({"role": "system", "content": p}, ensure_ascii=False), False
    if style == 1:
        return "fake-developer", json.dumps({"role": "developer", "content": p}, ensure_ascii=False), False
    if style == 2:
        return "fake-system", json.dumps({"messages": [{"role": "system", "content": p}, {"role": "user", "content": pick(r, L["umsg"])}]}, ensure_ascii=False, indent=1), False
    return "fake-system", json.dumps({"type": "system_override", "priority": 0, "instruction": p}, ensure_ascii=False), False


def _yaml_block(p):
    return "\n".join("  " + line for line in p.splitlines())


def w_yaml(p, L, r, F):
    if r.random() < 0.5:
        return "fake-system", "---\nrole: system\npriority: critical\ncontent: |\n{}\n---".format(_yaml_block(p)), False
    return "fake-config", "assistant:\n  mode: {}\n  override: true\n  directive: >\n  {}".format(pick(r, ("unrestricted", "maintenance", "debug")), _yaml_block(p)), False


def w_log(p, L, r, F):
    ts = F.value("ts")
    lvl = pick(r, ("INFO", "WARN", "NOTICE", "CRIT"))
    comp = pick(r, ("assistant.policy", "llm-gateway", "agent.rules", "sys.prompt", "orchestrator"))
    if r.random() < 0.5:
        return "fake-log-line", "{} {} [{}] {}".format(ts, lvl, comp, p), False
    return "fake-log-line", "{} {} [{}] config reloaded\n{} {} [{}] {}".format(ts, "INFO", comp, ts, lvl, comp, p), False


def w_ticket_note(p, L, r, F):
    h = pick(r, L["ticket_note"])
    if r.random() < 0.5:
        return "fake-ticket-note", "--- {} ---\n{}\n---".format(h, p), False
    return "fake-ticket-note", "{} #{}: {}".format(h, F.value("ticket"), p), False


def w_banner(p, L, r, F):
    b = pick(r, L["banner"])
    if r.random() < 0.5:
        return "automated-banner", "*** {} ***\n{}".format(b, p), False
    return "automated-banner", "=====================\n{}\n=====================\n{}".format(b, p), False


def w_config(p, L, r, F):
    style = r.randrange(3)
    if style == 0:
        return "fake-config", "[assistant]\nsafety_checks = false\nmode = \"{}\"\ndirective = \"{}\"".format(pick(r, ("unrestricted", "developer", "debug")), p.replace('"', "'")), False
    if style == 1:
        return "fake-config", "ASSISTANT_MODE=unrestricted\nASSISTANT_DIRECTIVE=\"{}\"".format(p.replace('"', "'")), False
    return "fake-config", "# {}\nagent.rules.override = true\nagent.rules.text = {}".format(pick(r, L["sys"]), p), False


def w_changelog(p, L, r, F):
    h = pick(r, L["changelog"])
    return "fake-changelog", "## {} {}\n- {}\n- {}".format(h, F.value("ver"), p, pick(r, L["clfix"])), False


def w_tool_result(p, L, r, F):
    key = pick(r, L["note_field"])
    style = r.randrange(3)
    if style == 0:
        obj = {"tool_call_id": "call_" + F.value("hash")[:12], "name": pick(r, ("get_return_policy", "lookup_customer", "check_stock", "policy_lookup")),
               "output": {"status": "ok", key: p}}
        return "fake-tool-result", json.dumps(obj, ensure_ascii=False), False
    if style == 1:
        return "fake-tool-result", "Function result ({}): {{\"ok\": true, \"{}\": \"{}\"}}".format(pick(r, ("verify_order", "fetch_policy", "crm.get")), key, p.replace('"', "'")), False
    return "fake-tool-result", "<tool_result name=\"{}\">\n{}\n</tool_result>".format(pick(r, ("knowledge_search", "order_status", "refund_rules")), p), False


def w_retrieval(p, L, r, F):
    c = pick(r, L["context"])
    if r.random() < 0.5:
        return "fake-retrieval-context", "[{} {}/{} | trust=high]\n{}".format(c, F.value("n2"), 9, p), False
    return "fake-retrieval-context", "<context source=\"kb://policies/{}\" verified=\"true\">\n{}: {}\n</context>".format(F.value("hash")[:8], c, p), False


def w_conversation(p, L, r, F):
    u, a = pick(r, L["user"]), pick(r, L["assistant"])
    s = pick(r, L["sys"])
    if r.random() < 0.5:
        return "fake-conversation-turn", "\n{}: {}\n{}: {}\n{}: {}".format(u, pick(r, L["umsg"]), a, pick(r, L["ack"]), s, p), False
    return "fake-conversation-turn", "{}: {}\n{}: {}".format(s, p, a, pick(r, L["ack"])), False


def w_admin(p, L, r, F):
    a = pick(r, L["admin"])
    if r.random() < 0.5:
        return "fake-admin", "{} {}".format(_br(L, a), p), False
    return "fake-admin", "@{}: {}".format(a, p), False


def w_moderator(p, L, r, F):
    return "fake-moderator", "{} {}".format(_br(L, pick(r, L["mod"])), p), False


def w_developer(p, L, r, F):
    d = pick(r, L["dev"])
    if r.random() < 0.5:
        return "fake-developer", "// {}: {}".format(d, p), False
    return "fake-developer", "{}\n{}".format(_br(L, d), p), False


def w_platform(p, L, r, F):
    return "fake-platform-notice", "{}\n{}".format(pick(r, L["platform"]), p), False


def w_policy(p, L, r, F):
    return "fake-policy-update", "{} ({}): {}".format(pick(r, L["policy"]), F.value("date"), p), False


def w_direct(p, L, r, F):
    t = pick(r, L["to_ai"])
    if r.random() < 0.35:
        return None, "{} {}: {}".format(pick(r, L.get("ps", ["P.S."])), t, p), False
    return None, "{}: {}".format(t, p), False


def w_html_comment(p, L, r, F):
    return "hidden-html-comment", "<!-- {}: {} -->".format(pick(r, L["sys"] + L["to_ai"]), p), True


HIDE = ('display:none', 'font-size:0', 'color:#ffffff;background:#ffffff', 'position:absolute;left:-9999px',
        'opacity:0;height:0;overflow:hidden')


def w_hidden_css(p, L, r, F):
    tag = pick(r, ("span", "div", "p"))
    return "hidden-css", '<{} style="{}">{}: {}</{}>'.format(tag, pick(r, HIDE), pick(r, L["sys"]), p, tag), True


def w_alt_text(p, L, r, F):
    return "hidden-alt-text", '<img src="https://cdn.{}/img/{}.jpg" alt="{}: {}">'.format(F.value("domain"), F.value("hash")[:10], pick(r, L["sys"]), html.escape(p, quote=True)), True


def w_data_attr(p, L, r, F):
    attr = pick(r, ("data-ai-instruction", "data-system", "aria-description", "data-llm"))
    return "hidden-attribute", '<div class="spec" {}="{}"></div>'.format(attr, html.escape(p, quote=True)), True


def w_md_comment(p, L, r, F):
    return "hidden-markdown-comment", "[//]: # ({}: {})".format(pick(r, L["sys"]), p.replace("(", "").replace(")", "")), False


def w_b64(p, L, r, F):
    return "encoded-base64", "{} {}: {}".format(_br(L, pick(r, L["sys"])), pick(r, L["decode"]), enc_b64(p)), False


def _hint(L, r, name):
    return pick(r, L["decode"]).replace("base64", name).replace("Base64", name)


def w_hex(p, L, r, F):
    return "encoded-hex", "{} {}: {}".format(_br(L, pick(r, L["sys"])), _hint(L, r, "hex"), enc_hex(p)), False


def w_url(p, L, r, F):
    return "encoded-url", "{}: {}".format(_hint(L, r, "URL-encoding"), enc_url(p)), False


def w_rot13(p, L, r, F):
    return "encoded-rot13", "{} {}: {}".format(_br(L, pick(r, L["sys"])), _hint(L, r, "rot13"), enc_rot13(p)), False


def w_zero_width(p, L, r, F):
    return "zero-width", "{} {}".format(_br(L, pick(r, L["sys"])), enc_zero_width(p, r)), False


def w_spaced(p, L, r, F):
    return "spaced-letters", "{}: {}".format(enc_spaced(pick(r, L["sys"]).upper()), enc_spaced(p)), False


def w_leet(p, L, r, F):
    return "leetspeak", "{} {}".format(_br(L, enc_leet(pick(r, L["sys"]), r)), enc_leet(p, r)), False


def w_homoglyph(p, L, r, F):
    return "homoglyph", "{} {}".format(_br(L, enc_homoglyph(pick(r, L["sys"]), r)), enc_homoglyph(p, r)), False


def w_email_header(p, L, r, F):
    # handled specially by the email renderer; elsewhere it is a forwarded notice
    hdr = L["hdr"]
    return "fake-email-header", "{}: {} <no-reply@{}>\n{}: {}\n\n{}".format(
        hdr["from"], pick(r, L["platform"]), F.value("domain"), hdr["subject"], pick(r, L["policy"]), p), False


# name -> (function, weight, allowed sources or None, scripts or None)
WRAPPERS = {
    "bracket": (w_bracket, 5, None, None),
    "xml": (w_xml, 5, None, None),
    "chat_tokens": (w_chat_tokens, 4, None, None),
    "md_heading": (w_md_heading, 3, None, None),
    "json_role": (w_json_role, 4, None, None),
    "yaml": (w_yaml, 2, None, None),
    "log": (w_log, 3, None, None),
    "ticket_note": (w_ticket_note, 3, ("ticket", "email", "tool"), None),
    "banner": (w_banner, 3, None, None),
    "config": (w_config, 2, None, None),
    "changelog": (w_changelog, 2, ("feed", "web", "email", "tool", "ticket"), None),
    "tool_result": (w_tool_result, 4, None, None),
    "retrieval": (w_retrieval, 3, None, None),
    "conversation": (w_conversation, 3, None, None),
    "admin": (w_admin, 3, None, None),
    "moderator": (w_moderator, 2, ("review", "web", "feed", "tool"), None),
    "developer": (w_developer, 3, None, None),
    "platform": (w_platform, 3, None, None),
    "policy": (w_policy, 3, None, None),
    "email_header": (w_email_header, 3, ("email", "ticket"), None),
    "direct": (w_direct, 6, None, None),
    "html_comment": (w_html_comment, 3, ("web", "feed", "email", "tool"), None),
    "hidden_css": (w_hidden_css, 3, ("web", "feed", "email"), None),
    "alt_text": (w_alt_text, 1, ("web", "feed"), None),
    "data_attr": (w_data_attr, 1, ("web", "feed"), None),
    "md_comment": (w_md_comment, 1, ("review", "feed", "ticket", "web"), None),
    "b64": (w_b64, 2, None, None),
    "hex": (w_hex, 1, None, None),
    "url": (w_url, 1, None, None),
    "rot13": (w_rot13, 1, None, ("latin",)),
    "zero_width": (w_zero_width, 1, None, None),
    "spaced": (w_spaced, 1, None, ("latin", "cyrillic")),
    "leet": (w_leet, 1, None, ("latin",)),
    "homoglyph": (w_homoglyph, 1, None, ("latin",)),
}


# ------------------------------------------------------------- rendering
SENT_END = re.compile(r"(?<=[.!?؟])(?=\s)|(?<=[。！？])")


def insert_block(text, block, pos, rng, cjk):
    multiline = "\n" in block or block[:1] in "[<{#*-/=@【「|"
    if multiline:
        sep = "\n\n" if rng.random() < 0.6 else "\n"
    else:
        sep = "" if cjk else (" " if rng.random() < 0.6 else "\n")
    if pos == "mid":
        cuts = [m.end() for m in SENT_END.finditer(text) if 0 < m.end() < len(text.rstrip())]
        if cuts:
            k = pick(rng, cuts)
            return text[:k].rstrip() + sep + block + sep + text[k:].lstrip()
        pos = "end"
    if pos == "start":
        return block + sep + text
    return text.rstrip() + sep + block


def esc(t):
    return html.escape(t, quote=False)


class Ctx:
    def __init__(self, mod, rng):
        self.m = mod
        self.r = rng
        self.L = mod.L
        self.F = Filler(mod, rng)
        self.cjk = getattr(mod, "CJK", False)
        self.reviews = Cycle(mod.REVIEWS, rng)
        self.tickets = Cycle(mod.TICKETS, rng)
        self.emails = Cycle(mod.EMAILS, rng)
        self.feeds = Cycle(mod.FEEDS, rng)
        self.webs = Cycle(mod.WEB, rng)
        self.positions = Cycle(("start", "mid", "mid", "end", "end", "end"), rng)

    def pos(self):
        return self.positions.next()

    def put(self, text, block):
        if block is None:
            return text
        return insert_block(text, block, self.pos(), self.r, self.cjk)

    # --- sources
    def review(self, block, is_html, wname):
        return self.put(self.reviews.next(), block)

    def ticket(self, block, is_html, wname):
        h = self.tickets.next()
        subj, body = h if isinstance(h, tuple) else (None, h)
        body = self.put(body, block)
        if subj and self.r.random() < 0.7:
            return "{}: {}\n\n{}".format(self.L["hdr"]["subject"], subj, body)
        return body

    def email(self, block, is_html, wname):
        subj, body = self.emails.next()
        F, L, r = self.F, self.L, self.r
        hdr = L["hdr"]
        name = F.fullname()
        extra = ""
        if wname == "email_header" and block is not None:
            key = pick(r, ("X-Assistant-Directive", "X-AI-Instructions", "X-System-Prompt", "X-LLM-Policy"))
            extra = "\n{}: {}".format(key, block.split("\n\n", 1)[-1].replace("\n", " "))
            block = None
        first = name.split()[0] if not getattr(self.m, "SURNAME_FIRST", False) else name
        sign = "{}\n{}".format(pick(r, L["signoff"]), first)
        if block is not None and self.r.random() < 0.3:
            body = body + "\n\n" + sign + "\n\n" + block
        else:
            body = self.put(body, block) + "\n\n" + sign
        return "{}: {} <{}>\n{}: {}\n{}: {}{}\n\n{}".format(
            hdr["from"], name, F.value("email"), hdr["to"], "support@" + F.value("shopdomain"),
            hdr["subject"], subj, extra, body)

    def feed(self, block, is_html, wname):
        title, desc = self.feeds.next()
        F, r = self.F, self.r
        style = r.randrange(4)
        sep_field = block is not None and not is_html and r.random() < 0.3
        d = desc if sep_field else self.put(desc, block)
        if style == 0:
            obj = {"sku": F.value("sku"), "title": title, "description": d, "price": F.money(),
                   "stock": int(F.value("n"))}
            if sep_field:
                obj[pick(r, ("supplier_note", "seller_comment", "notes", "extra_info"))] = block
            return json.dumps(obj, ensure_ascii=False, indent=pick(r, (None, 2)))
        if style == 1:
            x = "<item>\n  <g:id>{}</g:id>\n  <title>{}</title>\n  <description><![CDATA[{}]]></description>\n  <g:price>{}</g:price>\n".format(
                F.value("sku"), esc(title), d, F.money())
            if sep_field:
                x += "  <g:custom_label_0><![CDATA[{}]]></g:custom_label_0>\n".format(block)
            return x + "</item>"
        if style == 2:
            row = [F.value("sku"), title, d.replace('"', '""'), F.money(), F.value("n")]
            if sep_field:
                row.append(block.replace('"', '""'))
            head = "sku;title;description;price;qty" + (";note" if sep_field else "")
            return head + "\n" + ";".join('"{}"'.format(c) for c in row)
        kv = self.L.get("kv", {"title": "Title", "desc": "Description", "price": "Price"})
        t = "{}: {}\n{}: {}\n{}: {}".format(kv["title"], title, kv["desc"], d, kv["price"], F.money())
        if sep_field:
            t += "\n" + block
        return t

    def web(self, block, is_html, wname):
        head, para = self.webs.next()
        r = self.r
        style = r.randrange(3)
        if style == 2 and not is_html:
            return "{}\n\n{}".format(head, self.put(para, block))
        if block is None:
            body = "<p>{}</p>".format(esc(para))
        elif is_html or r.random() < 0.5:
            body = "<p>{}</p>".format(self.put(esc(para), block))
        else:
            body = "<p>{}</p>\n<div class=\"note\">{}</div>".format(esc(para), block) if r.random() < 0.5 else \
                "<div class=\"note\">{}</div>\n<p>{}</p>".format(block, esc(para))
        if style == 0:
            return "<article class=\"product\">\n<h1>{}</h1>\n{}\n</article>".format(esc(head), body)
        return "<section id=\"p-{}\">\n<h2>{}</h2>\n{}\n<footer>{}</footer>\n</section>".format(
            self.F.value("hash")[:6], esc(head), body, esc(pick(r, self.L["webfoot"])))

    def tool(self, block, is_html, wname):
        F, r = self.F, self.r
        style = r.randrange(5)
        if style == 0:
            text = self.put(self.reviews.next(), block)
            other = self.reviews.next()
            obj = {"name": "fetch_reviews", "product": F.value("sku"), "content": [
                {"rating": r.randint(1, 5), "author": F.value("name"), "body": text},
                {"rating": r.randint(3, 5), "author": F.value("name2"), "body": other}]}
            if r.random() < 0.5:
                obj["content"].reverse()
            return json.dumps(obj, ensure_ascii=False, indent=pick(r, (None, 2)))
        if style == 1:
            h = self.tickets.next()
            body = h[1] if isinstance(h, tuple) else h
            obj = {"function": "helpdesk_get_ticket", "output": {"id": int(F.value("ticket")), "channel": pick(r, ("email", "web_form", "chat")),
                                                                 "status": pick(r, ("open", "pending")), "message": self.put(body, block)}}
            return json.dumps(obj, ensure_ascii=False)
        if style == 2:
            h = self.tickets.next()
            body = h[1] if isinstance(h, tuple) else h
            obj = {"tool": "orders.get", "status": "ok", "result": {"order_id": F.value("order"), "state": pick(r, ("in_transit", "processing", "delivered", "on_hold")),
                                                                  "carrier": F.value("carrier"), "customer_note": self.put(body, block)}}
            return json.dumps(obj, ensure_ascii=False, indent=pick(r, (None, 2)))
        if style == 3:
            head, para = self.webs.next()
            return "Tool result (browser.fetch https://{}/p/{}):\n{}\n\n{}".format(F.value("domain"), F.value("hash")[:8], head, self.put(para, block))
        title, desc = self.feeds.next()
        obj = {"results": [{"title": title, "snippet": self.put(desc, block), "url": "https://{}/item/{}".format(F.value("domain"), F.value("n"))}],
               "total": int(F.value("n"))}
        return json.dumps(obj, ensure_ascii=False)


def allowed_wrappers(mod, source):
    script = getattr(mod, "SCRIPT", "latin")
    out = []
    for name, (fn, w, srcs, scripts) in WRAPPERS.items():
        if srcs is not None and source not in srcs:
            continue
        if scripts is not None and script not in scripts:
            continue
        out.extend([name] * w)
    return out


def build_language(mod, rng, inj_ratio=0.45, hard_share=0.72):
    """Return a list of row dicts (without id/split) for one language module."""
    ctx = Ctx(mod, rng)
    target = mod.TARGET
    n_inj = round(target * inj_ratio)
    n_ben = target - n_inj
    n_hosts = len(mod.REVIEWS) + len(mod.TICKETS) + len(mod.EMAILS) + len(mod.FEEDS) + len(mod.WEB)
    n_plain = min(n_ben - round(n_ben * hard_share), n_hosts)
    n_hard = n_ben - n_plain
    rows, seen = [], set()

    def add(source, family, text, inj, payload):
        b = len(text.encode("utf-8"))
        if text in seen or b < 40 or b > 3000:
            return False
        seen.add(text)
        rows.append({"source": source, "lang": mod.LANG, "family": family, "text": text,
                     "injection": inj, "payload": payload})
        return True

    renders = {s: getattr(ctx, s) for s in SOURCES}
    src_w = getattr(mod, "SOURCE_WEIGHTS", {"review": 5, "ticket": 4, "email": 3, "feed": 3, "web": 3, "tool": 3})
    src_cycle = Cycle([s for s, w in src_w.items() for _ in range(w)], rng)
    wcycles = {s: Cycle(allowed_wrappers(mod, s), rng) for s in SOURCES}
    payloads = Cycle(mod.PAYLOADS, rng)

    made, tries = 0, 0
    while made < n_inj:
        tries += 1
        if tries > n_inj * 20:
            raise RuntimeError("cannot fill injections for " + mod.LANG)
        src = src_cycle.next()
        kind, ptext = payloads.next()
        p = ctx.F.fill(ptext)
        wname = wcycles[src].next()
        fn = WRAPPERS[wname][0]
        fam, block, is_html = fn(p, ctx.L, rng, ctx.F)
        text = renders[src](block, is_html, wname)
        if add(src, fam or kind, text, True, p):
            made += 1

    hard = Cycle(mod.HARD, rng)
    made, tries = 0, 0
    while made < n_hard:
        tries += 1
        if tries > n_hard * 20:
            raise RuntimeError("cannot fill hard negatives for " + mod.LANG)
        source, family, tpl = hard.next()
        if add(source, family, ctx.F.fill(tpl), False, ""):
            made += 1

    plain_src = Cycle([s for s, w in src_w.items() for _ in range(w)], rng)
    made, tries = 0, 0
    while made < n_plain:
        tries += 1
        if tries > n_plain * 30:
            raise RuntimeError("cannot fill plain benign rows for " + mod.LANG)
        src = plain_src.next()
        if add(src, "benign", renders[src](None, False, None), False, ""):
            made += 1
    return rows
