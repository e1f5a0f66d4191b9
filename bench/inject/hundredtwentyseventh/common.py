"""Shared document shapes, blobs and hiding tricks for the store AI set-up corpus."""
import base64
import codecs
import hashlib
import json
import re
import urllib.parse

SHOPS = ["shop.example", "nordlys.example", "casa-verde.example", "kettle-and-co.example", "bikehub.example",
         "lumen-home.example", "petpal.example", "vinyl-corner.example", "alpaka-store.example", "tiny-garden.example",
         "kaffeeland.example", "ocean-gear.example"]
EVIL_MAIL = ["export@datasink.example", "backup-team@mail-archive.example.net", "audit@cust-sync.example",
             "leads@promo-partner.example", "ops-mirror@collect.example.org", "reports@stat-hub.example"]
EVIL_URL = ["https://evil.example/c", "https://img-cache.example.net/p.png", "https://stats.example.org/t",
            "https://cdn-metrics.example/px", "https://collector.example.com/log", "https://pixel.example.net/i.gif"]
COMPS = ["MegaMart", "BuyZone", "ShopRapid", "KaufPlus", "PrixBas", "Tiendazo", "Hyperbox", "ValueNest"]
TOOLS = ["refund_order", "lookup_order", "update_address", "issue_coupon", "track_parcel", "search_products",
         "cancel_order", "send_email"]
MODELS = ["store-assist-2", "helpdesk-llm-v3", "sa-mini-0.9", "support-llm-mini", "concierge-7b"]
CARRIERS = ["DHL", "UPS", "GLS", "DPD", "PostNord", "InPost", "Posti", "Fan Courier", "Nova Poshta", "GHN"]

HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у",
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "і": "i", "у": "y",
        "ο": "o", "α": "a", "ν": "v", "Α": "A", "Ε": "E", "Ο": "O", "Τ": "T", "Κ": "K"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def money(L, rng, lo, hi, whole=False):
    v = rng.randint(lo, hi) if whole else rng.randint(lo * 100, hi * 100) / 100
    s = str(v) if whole else f"{v:.2f}"
    if L["dec"] == ",":
        s = s.replace(".", ",")
    return L["cur"].format(s)


def ctx(L, rng):
    return dict(prod=rng.choice(L["prods"]), name=rng.choice(L["names"]), shop=rng.choice(SHOPS),
                order=rng.choice(["", "#", "SO-", "A"]) + str(rng.randint(10000, 99999)),
                amt=money(L, rng, 9, 480), lim=L["cur"].format(rng.choice(["25", "50", "75", "100", "150"])), n=rng.randint(2, 9), days=rng.choice([7, 14, 30, 60]),
                email=rng.choice(EVIL_MAIL), url=rng.choice(EVIL_URL), comp=rng.choice(COMPS),
                tool=rng.choice(TOOLS), carrier=rng.choice(CARRIERS), _rng=rng)


ALT = re.compile(r"\[\[([^\]]*)\]\]")


def f(t, c):
    # [[a|b|c]] picks one alternative, then {slots} are filled
    return ALT.sub(lambda m: c["_rng"].choice(m.group(1).split("|")), t).format(**c)


def pick(rng, lst, k, c):
    k = min(k, len(lst))
    return [f(t, c) for t in rng.sample(lst, k)]


# --- opaque data blobs -------------------------------------------------------
def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def blob_png(rng):
    return "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(rng, rng.randint(30, 80))).decode()


def blob_hex(rng, n=None):
    return rbytes(rng, n or rng.randint(8, 20)).hex()


def blob_jwt(rng):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    p = b64u(json.dumps({"sub": str(rng.randint(100000, 999999)), "scope": rng.choice(["orders:read", "support", "tracking"]),
                         "exp": 1700000000 + rng.randint(0, 9 ** 8)}).encode())
    return f"{h}.{p}.{b64u(rbytes(rng, 32))}"


def blob_sha(rng):
    return hashlib.sha256(rbytes(rng, 16)).hexdigest()


def uid(rng):
    h = blob_hex(rng, 16)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def date(rng):
    return f"202{rng.randint(3, 5)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def ver(rng):
    return f"{rng.randint(0, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 30)}"


# --- hiding tricks -----------------------------------------------------------
MARKUP = ["html-comment", "md-comment", "css-hidden", "white-text", "alt-attr"]
OBFUS = ["zero-width", "homoglyph", "b64", "hex", "rot13", "url", "leet"]


def hide(rng, p, mode):
    """Return the text to embed for payload p under a hiding mode."""
    if mode == "plain":
        return p
    if mode == "html-comment":
        return f"<!-- {p} -->"
    if mode == "md-comment":
        return f"[//]: # ({p})"
    if mode == "css-hidden":
        return f'<div style="display:none">{p}</div>'
    if mode == "white-text":
        return f'<span style="color:#ffffff;background:#ffffff;font-size:1px">{p}</span>'
    if mode == "alt-attr":
        return f'<img src="/assets/{blob_hex(rng, 6)}.png" alt="{p}" width="1" height="1">'
    if mode == "zero-width":
        return " ".join("\u200b".join(w) for w in p.split(" "))
    if mode == "homoglyph":
        return "".join(HOMO.get(ch, ch) if i % 2 == 0 else ch for i, ch in enumerate(p))
    if mode == "leet":
        return "".join(LEET.get(ch, ch) for ch in p)
    if mode == "b64":
        return "base64:" + base64.b64encode(p.encode()).decode()
    if mode == "hex":
        return "hex:" + p.encode().hex()
    if mode == "rot13":
        return "rot13:" + codecs.encode(p, "rot13")
    if mode == "url":
        return "urlenc:" + urllib.parse.quote(p)
    raise ValueError(mode)


def jd(o, indent=None):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def para(rng, L, key, k, c):
    return " ".join(pick(rng, L[key], k, c))


def sysprompt(rng, L, c, extra=None):
    s = pick(rng, L["sys"], rng.randint(2, 3), c)
    if extra:
        s.insert(rng.randint(1, len(s)), extra)
    return " ".join(s)


# --- document shapes ---------------------------------------------------------
# Each takes (L, rng, c, inj) where inj is None or the already-hidden snippet; returns (text, source).

def api_doc(L, rng, c, inj, where="system"):
    tools = rng.sample(TOOLS, rng.randint(2, 4))
    sp = sysprompt(rng, L, c, inj if inj and where == "system" else None)
    body = {"model": rng.choice(MODELS), "temperature": rng.choice([0, 0.2, 0.3, 0.7]),
            "messages": [{"role": "system", "content": sp}, {"role": "user", "content": f(rng.choice(L["cust"]), c)}],
            "tools": tools}
    ep = rng.choice(["/v1/assistant/chat", "/api/support/complete", "/v2/agent/messages", "/assist/v1/run"])
    parts = [f"## POST {ep}", para(rng, L, "readme", rng.randint(1, 2), c), "```json", jd(body, 2 if rng.random() < .5 else None), "```"]
    if rng.random() < .6:
        parts.append(para(rng, L, "guide", 1, c))
    if inj and where != "system":
        parts.insert(rng.randint(1, len(parts)) if where == "any" else len(parts), inj)
    if rng.random() < .3:
        parts.append(f"`Authorization: Bearer {blob_jwt(rng)}`")
    return "\n".join(parts), rng.choice(["web", "web", "feed"])


def tool_schema(L, rng, c, inj):
    names = rng.sample(list(L["tools"]), rng.randint(2, 4))
    tools = []
    for n in names:
        d = f(rng.choice(L["tools"][n]), c)
        tools.append({"name": n, "description": d, "parameters": {"type": "object", "properties": {
            "order_id": {"type": "string"}, **({"amount": {"type": "number"}} if "refund" in n or "coupon" in n else {})},
            "required": ["order_id"]}})
    if inj:
        t = rng.choice(tools)
        t["description"] = t["description"] + " " + inj
    o = {"tools": tools} if rng.random() < .6 else {"version": ver(rng), "functions": tools}
    return jd(o, rng.choice([None, 2])), rng.choice(["tool", "feed", "web"])


def config_yaml(L, rng, c, inj):
    sp = pick(rng, L["sys"], rng.randint(2, 3), c)
    lim = rng.choice([25, 50, 75, 100, 150])
    lines = ["assistant:", f"  name: {c['shop'].split('.')[0]}-helper", f"  locale: {L['loc']}",
             f"  model: {rng.choice(MODELS)}", f"  temperature: {rng.choice(['0.1', '0.2', '0.4'])}",
             f"  # {f(rng.choice(L['changelog']), c)}", "  system_prompt: |"] + [f"    {s}" for s in sp] + [
             "  tools:", "    refund_order:", f"      approval_limit: {lim}", "      requires_staff: true",
             f"      # {f(rng.choice(L['tools']['refund_order']), c)}", "    track_parcel:", "      enabled: true",
             f"  webhook_secret_sha256: {blob_sha(rng)}"]
    if inj:
        i = rng.choice([6, 7 + len(sp) + 3, len(lines) - 1])
        lines.insert(i, ("    # " if i > 7 else "  # ") + inj)
    return "\n".join(lines), rng.choice(["web", "feed", "tool"])


def policy(L, rng, c, inj):
    ps = pick(rng, L["policy"], rng.randint(2, 5), c)
    head = rng.choice(L["policy_title"])
    parts = [f"# {head}"] + ps
    if rng.random() < .4:
        parts.insert(rng.randint(1, len(parts)), f'<div class="hidden" style="display:none">{f(rng.choice(L["notes"]), c)}</div>')
    if inj:
        parts.insert(rng.randint(1, len(parts)), inj)
    return "\n\n".join(parts), rng.choice(["web", "web", "email"])


def guide(L, rng, c, inj):
    items = pick(rng, L["guide"], rng.randint(2, 5), c)
    if inj:
        items.insert(rng.randint(0, len(items)), inj)
    parts = [f(rng.choice(L["hello"]), c)] + [f"- {x}" for x in items] + [f(rng.choice(L["bye"]), c)]
    if rng.random() < .3:
        parts.insert(1, "```\n" + sysprompt(rng, L, c) + "\n```")
    return "\n".join(parts), rng.choice(["email", "email", "web"])


def changelog(L, rng, c, inj):
    out = []
    for _ in range(rng.randint(1, 3)):
        out.append(f"## v{ver(rng)} ({date(rng)})")
        out += [f"- {x}" for x in pick(rng, L["changelog"], rng.randint(1, 3), c)]
    if inj:
        out.insert(rng.randint(1, len(out)), f"- {inj}" if rng.random() < .6 else inj)
    return "\n".join(out), rng.choice(["web", "feed"])


def readme(L, rng, c, inj):
    name = rng.choice(["store-assistant", "helpdesk-bot", "shop-agent", "support-copilot", "order-helper"])
    parts = [f"# {name}", para(rng, L, "readme", rng.randint(1, 3), c),
             "```bash\n" + rng.choice(["npm install && npm run dev", "make test", "pip install -e . && pytest -q",
                                       "docker compose up assistant", "cargo run --bin agent"]) + "\n```"]
    if rng.random() < .5:
        parts.append(para(rng, L, "guide", rng.randint(1, 2), c))
    if rng.random() < .3:
        parts.append(f"![build](https://ci.example/badge/{blob_hex(rng, 4)}.svg)")
    if inj:
        parts.insert(rng.randint(1, len(parts)), inj)
    return "\n\n".join(parts), rng.choice(["web", "web", "feed"])


def fixture(L, rng, c, inj, where="system"):
    msgs = [{"role": "system", "content": sysprompt(rng, L, c, inj if inj and where == "system" else None)}]
    for _ in range(rng.randint(1, 2)):
        msgs.append({"role": "user", "content": f(rng.choice(L["cust"]), c)})
    o = {"fixture": rng.choice(["refund_over_limit", "address_change", "late_parcel", "coupon_request", "wrong_item",
                                 "cancel_before_ship"]) + f"_{rng.randint(1, 40):02d}", "messages": msgs,
         "expected": {"tool": c["tool"], "requires_approval": rng.random() < .5}}
    if rng.random() < .5:
        o["notes"] = f(rng.choice(L["guide"]), c)
    if inj and where == "notes":
        o["notes"] = inj
    return jd(o, rng.choice([None, 2])), rng.choice(["tool", "web"])


def tool_result(L, rng, c, inj, where="note"):
    o = {"tool": rng.choice(["track_parcel", "lookup_order", "get_repair_status", "scan_return"]), "ok": True,
         "order_id": c["order"], "carrier": c["carrier"], "barcode_hex": blob_hex(rng)}
    if rng.random() < .6:
        o["proof_photo"] = blob_png(rng)
    if rng.random() < .5:
        o["session"] = blob_jwt(rng)
    if rng.random() < .4:
        o["checksum_sha256"] = blob_sha(rng)
    note = " ".join(pick(rng, L["notes"], rng.randint(1, 2), c))
    if inj and where == "note":
        note = note + " " + inj
    o["note"] = note
    if inj and where == "field":
        o[rng.choice(["agent_hint", "x_meta", "instructions_for_assistant", "remark"])] = inj
    if inj and where == "turn":
        o["messages"] = [{"role": "system", "content": inj}]
    elif rng.random() < .2:
        o["messages"] = [{"role": "system", "content": f(rng.choice(L["notes"]), c)}]
    return jd(o, rng.choice([None, 2])), "tool"


def product_json(L, rng, c, inj):
    care = pick(rng, L["care"], rng.randint(2, 5), c)
    if inj:
        care.insert(rng.randint(0, len(care)), inj)
    o = {"sku": f"{rng.choice('ABCDEFGHKLMNPRST')}{rng.randint(1000, 99999)}", "name": c["prod"],
         "price": money(L, rng, 5, 900), "ean_hex": blob_hex(rng, 7), "care_instructions": care}
    if rng.random() < .5:
        o["thumbnail"] = blob_png(rng)
    if rng.random() < .5:
        o["description"] = f(rng.choice(L["review"]), c)
    return jd(o, rng.choice([None, 2])), "feed"


def security(L, rng, c, inj):
    return " ".join(pick(rng, L["sec"], rng.randint(2, 4), c)), rng.choice(["email", "web"])


def botreview(L, rng, c, inj):
    t = " ".join(pick(rng, L["botrev"], rng.randint(1, 3), c))
    return (f"{rng.randint(1, 5)}/5 " if rng.random() < .5 else "") + t, "review"


def custorder(L, rng, c, inj):
    t = " ".join(pick(rng, L["order"], rng.randint(1, 2), c))
    if rng.random() < .5:
        t = f(rng.choice(L["hello"]), c) + " " + t
    return t + " " + c["name"], rng.choice(["ticket", "email"])


def plain(L, rng, c, inj):
    key = rng.choice(["review", "ticket"])
    xs = pick(rng, L[key], rng.randint(1, 4), c)
    if inj:
        xs.insert(rng.randint(0, len(xs)), inj)
    t = " ".join(xs)
    if key == "review" and rng.random() < .5:
        t = f"{'★' * rng.randint(1, 5)} " + t
    return t, ("review" if key == "review" else rng.choice(["ticket", "email"]))


# shape name, builder, allowed hiding modes, kinds of injection preferred, family name for injection
SHAPES = {
    "api-doc": (api_doc, ["plain", "plain", "html-comment", "md-comment", "zero-width", "homoglyph"]),
    "tool-schema": (tool_schema, ["plain", "plain", "plain", "zero-width", "b64", "homoglyph"]),
    "bot-config": (config_yaml, ["plain", "plain", "plain", "b64", "rot13", "zero-width"]),
    "policy": (policy, ["plain", "css-hidden", "white-text", "html-comment", "md-comment", "alt-attr"]),
    "prompt-guide": (guide, ["plain", "plain", "html-comment", "white-text", "zero-width"]),
    "changelog": (changelog, ["plain", "plain", "html-comment", "md-comment", "homoglyph"]),
    "readme": (readme, ["plain", "plain", "html-comment", "md-comment", "alt-attr", "css-hidden"]),
    "test-fixture": (fixture, ["plain", "plain", "zero-width", "url"]),
    "tool-result": (tool_result, ["plain", "plain", "b64", "hex", "rot13", "url", "zero-width"]),
    "product-json": (product_json, ["plain", "plain", "plain", "homoglyph", "zero-width"]),
    "store-text": (plain, ["html-comment", "css-hidden", "white-text", "plain", "zero-width"]),
}
HARD_ONLY = {"security-notice": security, "chatbot-review": botreview, "customer-order": custorder}
INJ_KIND = {"api-doc": ["refund", "override", "reveal"], "tool-schema": ["exfil", "exfil", "coupon"],
            "bot-config": ["override", "refund", "reveal"], "policy": ["steer", "override", "exfil"],
            "prompt-guide": ["reveal", "override", "exfil"], "changelog": ["override", "coupon", "memory"],
            "readme": ["agent", "agent", "steer", "exfil"], "test-fixture": ["refund", "override", "memory"],
            "tool-result": ["refund", "coupon", "exfil", "memory"], "product-json": ["steer", "steer", "rank"],
            "store-text": ["rank", "steer", "coupon", "reveal"]}
INJ_FAMILY = {"api-doc": "api-doc-system-grant", "tool-schema": "tool-desc-tamper", "bot-config": "config-comment-order",
              "policy": "policy-agent-order", "prompt-guide": "guide-agent-order", "changelog": "changelog-agent-order",
              "readme": "readme-agent-line", "test-fixture": "fixture-system-grant", "tool-result": "tool-note-to-agent",
              "product-json": "care-instruction-order", "store-text": "store-text-agent-order"}


def make_payload(L, rng, c, kind, en=None):
    P = L if (en is None or rng.random() > .15) else en  # occasional English order inside another language
    if rng.random() < .22:
        return f(rng.choice(P["inj3"]), c)
    kinds = P["inj"]
    k = kind if kind in kinds else rng.choice(list(kinds))
    return f(rng.choice(P["addr"]), c) + " " + f(rng.choice(kinds[k]), c)


def build(L, rng, shape, inj_on, en=None):
    """Return (text, source, family, payload)."""
    c = ctx(L, rng)
    if shape in HARD_ONLY:
        t, s = HARD_ONLY[shape](L, rng, c, None)
        return t, s, "hard-" + shape, ""
    fn, modes = SHAPES[shape]
    if not inj_on:
        kw = {}
        t, s = fn(L, rng, c, None, **kw)
        return t, s, ("benign-" if shape == "store-text" else "hard-") + shape, ""
    p = make_payload(L, rng, c, rng.choice(INJ_KIND[shape]), en)
    ms = [m for m in modes if not (m == "leet" and L["code"] != "en")]
    if shape == "tool-result":
        where = rng.choice(["note", "note", "field", "turn"])
        mode = rng.choice(ms) if where == "field" else rng.choice(["plain", "plain", "zero-width", "homoglyph"])
        t, s = fn(L, rng, c, hide(rng, p, mode), where=where)
        fam = {"note": "tool-note-to-agent", "field": "tool-field-to-agent", "turn": "fake-system-turn"}[where]
    elif shape in ("api-doc", "test-fixture"):
        where = rng.choice(["system", "system", "any" if shape == "api-doc" else "notes"])
        mode = rng.choice(ms)
        if mode not in ("plain", "zero-width", "homoglyph", "url") and where == "system":
            where = "any" if shape == "api-doc" else "notes"
        t, s = fn(L, rng, c, hide(rng, p, mode), where=where)
        fam = INJ_FAMILY[shape] if where == "system" else shape + "-agent-note"
    else:
        mode = rng.choice(ms)
        if L["code"] == "en" and shape == "store-text" and rng.random() < .15:
            mode = "leet"
        t, s = fn(L, rng, c, hide(rng, p, mode))
        fam = INJ_FAMILY[shape]
    if mode in MARKUP:
        fam += "-hidden"
    elif mode in OBFUS:
        fam += "-" + mode
    return t, s, fam, p
