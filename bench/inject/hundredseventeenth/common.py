"""Shared blobs, fillers and text shapes (tool results, docs, logs) for all languages."""
import base64
import json
import urllib.parse

HEXD = "0123456789abcdef"
LOW = "abcdefghijklmnopqrstuvwxyz0123456789"
UP = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"}
STAFF = ["anna.k", "m.weber", "ops-bot", "j.silva", "t.nowak", "l.rossi", "support-lead", "s.yilmaz", "k.tanaka",
         "p.janssen", "e.dubois", "r.vidmar", "g.petraitis", "warehouse-2", "finance.team"]
EVIL = ["collect-stats.example", "cdn-metrics.example.net", "order-sync.example.org", "img-proxy.example.com",
        "feedback-hub.example", "pixel.example.io", "backup-store.example", "api-mirror.example.net",
        "verify-account.example", "static-cache.example.org"]
EVIL_MAIL = ["recovery", "billing.desk", "owner.backup", "support-team", "acct.verify", "shop.admin2", "payouts"]
HOSTS = ["files.shopcdn.example", "labels.carrier-api.example", "s3.eu-central-1.amazonaws.com",
         "storage.googleapis.com", "d1x7cdn.cloudfront.net", "media.store-assets.example"]
CARRIERS = ["DHL", "UPS", "DPD", "GLS", "FedEx", "PostNL", "InPost", "Colissimo", "Correos", "CTT", "BRT",
            "Yurtiçi Kargo", "Yamato", "Omniva", "Pošta Slovenije", "Hermes", "bpost"]
ORDER_ST = ["paid", "shipped", "processing", "delivered", "on_hold", "partially_refunded", "awaiting_pickup"]
NEXT_OK = ["none", "await_carrier_scan", "notify_customer", "manual_review", "retry_in_15m", "close_ticket",
           "wait_for_return", "escalate_tier2", "no_action_required"]
INJ_KEYS = ["next_action", "assistant_note", "agent_hint", "instructions_for_agent", "ai_instructions", "llm_note",
            "system_note", "_comment", "agent_directive", "note_for_assistant", "x_agent_task"]
OK_KEYS = ["next_action", "assistant_note", "agent_hint", "system_note", "_comment", "note_for_assistant"]
B64_KEYS = ["context", "tracking_token", "meta", "state", "cursor", "trace_ctx", "payload_b64"]
HEX_KEYS = ["meta_hex", "ext_data", "trace", "opaque", "sig_ext"]


def hx(r, n):
    return "".join(r.choice(HEXD) for _ in range(n))


def an(r, n, al=LOW):
    return "".join(r.choice(al) for _ in range(n))


def uuid(r):
    h = hx(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(x):
    return base64.b64encode(x.encode("utf-8") if isinstance(x, str) else x).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def cj(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def ts(r):
    return (f"{r.choice([2024, 2025])}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T"
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z")


def day(r):
    return ts(r)[:10]


def epoch(r):
    return r.randint(1704067200, 1767225599)


def jwt(r, claims):
    h = b64url(cj({"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}).encode())
    return f"{h}.{b64url(cj(claims).encode())}.{b64url(rbytes(r, r.choice([32, 48, 64])))}"


def data_uri(r, kind):
    if kind == "png":
        raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(r, r.randint(50, 160))
        return "data:image/png;base64," + b64(raw)
    raw = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n" + rbytes(r, r.randint(60, 180))
    return "data:application/pdf;base64," + b64(raw)


def signed_url(r, path):
    host = r.choice(HOSTS)
    k = r.randrange(3)
    if k == 0:
        d = day(r).replace("-", "")
        return (f"https://{host}/{path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{an(r, 16, UP)}%2F{d}"
                f"%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date={d}T{r.randint(100000, 235959)}Z&X-Amz-Expires="
                f"{r.choice([300, 900, 3600])}&X-Amz-SignedHeaders=host&X-Amz-Signature={hx(r, 64)}")
    if k == 1:
        return (f"https://{host}/{path}?Expires={epoch(r)}&Signature={urllib.parse.quote(b64(rbytes(r, 48)))}"
                f"&Key-Pair-Id=K{an(r, 13, UP)}")
    return f"https://{host}/{path}?token={b64url(rbytes(r, 24))}&exp={epoch(r)}&sig={hx(r, 40)}"


def oid(r):
    return r.choice(["", "#", "SO-", "ORD-", "A", "WEB-"]) + str(r.randint(10000, 9999999))


def sku(r):
    return f"{an(r, 3, 'ABCDEFGHKLMNPRSTVWXZ')}-{r.randint(100, 99999)}"


def cid(r):
    return "cus_" + an(r, 14, LOW + "ABCDEFGHJKLMNPQRSTUVWXYZ")


def tracking_no(r, carrier):
    if carrier == "UPS":
        return "1Z" + an(r, 16, UP)
    if carrier == "DHL":
        return "JJD" + "".join(r.choice("0123456789") for _ in range(18))
    return "".join(r.choice("0123456789") for _ in range(r.choice([12, 14, 16])))


ROW = {"cur": 0}


def money(r, L, lo=3, hi=400):
    code, pat, sep, dec = L.MONEY[ROW["cur"] % len(L.MONEY)]
    if dec == 0:
        v = r.randint(lo * 100, hi * 100) // 10 * 10
        return v, code, pat.format(f"{v:,}")
    c = r.randint(lo * 100, hi * 100)
    c = c - c % 10 + r.choice([0, 0, 9, 5])
    return c, code, pat.format(f"{c // 100}{sep}{c % 100:02d}")


def pname(r, L):
    return f"{r.choice(L.FIRST)} {r.choice(L.LAST)}"


def pemail(r, L, masked=False):
    f, l = r.choice(L.FIRST), r.choice(L.LAST)
    user = (f[0] + "." + l).lower() if r.random() < .5 else (f + str(r.randint(1, 99))).lower()
    user = "".join(ch for ch in user if ch.isascii() and (ch.isalnum() or ch in "._")) or "kunde"
    dom = r.choice(["gmail.com", "outlook.com", "yahoo.com", "web.de", "proton.me", "icloud.com", "example.com"])
    return (user[0] + "***" + user[-1] + "@" + dom) if masked else user + "@" + dom


def addr(r, L):
    return {"line1": r.choice(L.STREET).format(n=r.randint(1, 180)), "city": r.choice(L.CITY),
            "postcode": str(r.randint(10000, 99999)), "country": L.CC}


class Fill(dict):
    """format_map helper that invents values for placeholders on demand."""

    def __init__(self, r, L):
        super().__init__()
        self.r, self.L = r, L

    def __missing__(self, k):
        r, L = self.r, self.L
        if k == "oid":
            v = oid(r)
        elif k == "sku":
            v = sku(r)
        elif k in ("price", "amt"):
            v = money(r, L, 1 if k == "price" else 40, 3 if k == "price" else 900)[2]
        elif k == "addr":
            a = addr(r, L)
            v = f"{a['line1']}, {a['postcode']} {a['city']}"
        elif k == "email":
            v = f"{r.choice(EVIL_MAIL)}{r.randint(1, 999)}@{r.choice(EVIL)}"
        elif k == "url":
            v = f"https://{r.choice(EVIL)}/{r.choice(['c', 'log', 'p', 'in', 'v2/ingest', 'px.gif', 'hook'])}"
        elif k == "code":
            v = an(r, r.choice([6, 8, 10]), UP)
        elif k == "cid":
            v = cid(r)
        elif k == "name":
            v = pname(r, L)
        elif k == "first":
            v = r.choice(L.FIRST)
        elif k == "n":
            v = str(r.randint(2, 98))
        elif k == "pct":
            v = str(r.choice([50, 70, 80, 90, 100]))
        elif k == "product":
            v = r.choice(L.PRODUCTS)
        elif k == "date":
            v = day(r)
        elif k == "city":
            v = r.choice(L.CITY)
        elif k == "staff":
            v = r.choice(STAFF)
        elif k == "ep":
            v = r.choice(["/v2/refunds", "/v2/orders/{id}", "/v1/shipments", "/v2/discounts", "/v1/customers/search",
                          "/v2/prices/bulk", "/v1/returns", "/v2/webhooks"])
        elif k == "ver":
            v = f"{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
        else:
            raise KeyError(k)
        self[k] = v
        return v


def fill(r, L, tpl, F=None):
    return tpl.format_map(F if F is not None else Fill(r, L))


def pick(r, L, key, F=None):
    return fill(r, L, r.choice(getattr(L, key)), F)


def sents(r, L, key, k, F=None):
    pool = getattr(L, key)
    return [fill(r, L, t, F) for t in r.sample(pool, min(k, len(pool)))]


def join(L, parts):
    return L.SP.join(p for p in parts if p)


def payload(r, L, goal, F=None):
    F = F or Fill(r, L)
    order = fill(r, L, r.choice(L.INJ[goal]), F)
    addr_ = fill(r, L, r.choice(L.INJ_ADDR), F)
    p = join(L, [addr_, order]) if r.random() < .85 else order[0].upper() + order[1:]
    if r.random() < .3:
        p = join(L, [p, fill(r, L, r.choice(L.INJ_WHY), F)])
    return p


def zw(r, s):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and r.random() < .35:
            out.append(r.choice(ZW))
    return "".join(out)


def homo(r, s):
    return "".join(HOMO[c] if c in HOMO and r.random() < .5 else c for c in s)


def ok_b64(r, L):
    c = r.choice(L.CARRIERS + CARRIERS[:4])
    k = r.randrange(4)
    if k == 0:
        return b64(cj({"carrier": c, "parcel": tracking_no(r, c), "ts": epoch(r)}))
    if k == 1:
        return b64(cj({"order": oid(r), "page": r.randint(1, 9), "after": uuid(r)}))
    if k == 2:
        return b64(cj({"v": 1, "shop": L.CC.lower() + "-" + an(r, 4), "sid": hx(r, 16)}))
    return b64(rbytes(r, r.choice([18, 24, 33, 48])))


def ok_extras(r, L, n=None):
    """Benign fields that share keys with the injected ones."""
    out = []
    for _ in range(r.choice([0, 1, 1, 2]) if n is None else n):
        k = r.randrange(5)
        if k == 0:
            out.append(("next_action", r.choice(NEXT_OK)))
        elif k == 1:
            out.append((r.choice(OK_KEYS[1:]), pick(r, L, "AGENT_OK")))
        elif k == 2:
            out.append((r.choice(B64_KEYS), ok_b64(r, L)))
        elif k == 3:
            out.append((r.choice(HEX_KEYS), hx(r, r.choice([32, 40, 64]))))
        else:
            out.append(("idempotency_key", uuid(r)))
    return out


class Slots:
    def __init__(self):
        self.note = None      # human text field
        self.extra = []       # extra (key, value) pairs
        self.comment = None   # comment in docs / code / yaml
        self.line = None      # body sentence in docs / logs
        self.hidden = None    # hidden html element content
        self.hidden_kind = 0
        self.simple = False   # plain rows: fewer blobs
        self.msgs = None      # extra chat messages


def put(r, d, pairs):
    """Insert pairs into dict d at random positions (keeps determinism)."""
    if not pairs:
        return d
    items = list(d.items())
    for k, v in pairs:
        ks = [a for a, _ in items]
        if k in ks:
            items[ks.index(k)] = (k, v)
        else:
            items.insert(r.randint(1, len(items)), (k, v))
    return dict(items)


def dump(r, o):
    k = r.randrange(3)
    if k == 0:
        return json.dumps(o, ensure_ascii=False)
    return json.dumps(o, ensure_ascii=False, indent=2 if k == 1 else 1)


# ---------------- JSON tool results ----------------

def _items(r, L, n):
    out = []
    for _ in range(n):
        c, code, s = money(r, L)
        out.append({"sku": sku(r), "name": r.choice(L.PRODUCTS), "qty": r.randint(1, 4), "unit_price": c,
                    "currency": code})
    return out


def sh_order(r, L, S):
    F = Fill(r, L)
    res = {"order_id": F["oid"], "status": r.choice(ORDER_ST), "placed_at": ts(r),
           "customer": {"id": cid(r), "name": F["name"], "email": pemail(r, L, masked=r.random() < .6)},
           "items": _items(r, L, r.randint(1, 3)), "shipping_address": addr(r, L)}
    if S.note is not None or r.random() < .5:
        res[r.choice(["delivery_instructions", "customer_note", "note", "gift_message"])] = \
            S.note if S.note is not None else pick(r, L, "NOTES", F)
    if not S.simple:
        res["payment_ref"] = "pi_" + an(r, 24, LOW + "ABCDEFGHJKLMNPQRSTUVWXYZ")
        if r.random() < .5:
            res["session"] = jwt(r, {"sub": res["customer"]["id"], "scope": "orders:read", "exp": epoch(r)})
    res = put(r, res, S.extra)
    env = {"tool": r.choice(["order_lookup", "get_order", "orders.get", "shop_order_search"]), "request_id": uuid(r),
           "ok": True, "result": res}
    return dump(r, env if r.random() < .7 else res), "tool"


def sh_tracking(r, L, S):
    c = r.choice(L.CARRIERS + CARRIERS)
    tn = tracking_no(r, c)
    evs = [{"ts": ts(r), "code": r.choice(["PU", "IT", "AR", "OD", "DL", "EX"]), "location": r.choice(L.CITY),
            "description": t} for t in sents(r, L, "TRACK", r.randint(1, 4))]
    evs.sort(key=lambda e: e["ts"], reverse=r.random() < .5)
    res = {"carrier": c, "tracking_number": tn, "status": r.choice(["in_transit", "out_for_delivery", "delivered",
                                                                    "exception", "label_created"]),
           "eta": day(r), "events": evs}
    if not S.simple:
        res["tracking_token"] = b64(cj({"carrier": c, "parcel": tn, "iat": epoch(r)}))
        if r.random() < .5:
            res["label_url"] = signed_url(r, f"labels/{tn}.pdf")
    if S.note is not None or r.random() < .4:
        res["recipient_note"] = S.note if S.note is not None else pick(r, L, "NOTES")
    res = put(r, res, S.extra)
    return dump(r, {"tool": "track_shipment", "data": res} if r.random() < .6 else res), "tool"


def sh_payment(r, L, S):
    F = Fill(r, L)
    c, code, s = money(r, L, 10, 900)
    pid = "pi_" + an(r, 24, LOW + "ABCDEFGHJKLMNPQRSTUVWXYZ")
    st = r.choice(["succeeded", "requires_action", "failed", "refunded", "processing"])
    res = {"object": "payment_intent", "id": pid, "amount": c, "currency": code.lower(), "status": st,
           "created": epoch(r), "idempotency_key": uuid(r), "client_secret": f"{pid}_secret_{an(r, 24)}",
           "metadata": {"order_id": F["oid"]}}
    if not S.simple:
        res["three_d_secure"] = {"version": "2.2.0", "result": r.choice(["authenticated", "attempted"]),
                                 "ds_trans_id": uuid(r)}
        res["signature"] = "sha256=" + hx(r, 64)
    if st == "failed":
        res["last_error"] = {"code": r.choice(["card_declined", "insufficient_funds", "expired_card"]),
                             "message": pick(r, L, "ERRORS", F)}
    if S.note is not None:
        res["metadata"]["note"] = S.note
    elif r.random() < .3:
        res["metadata"]["note"] = pick(r, L, "NOTES", F)
    res = put(r, res, S.extra)
    return dump(r, res), "tool"


def sh_inventory(r, L, S):
    rows = []
    for _ in range(r.randint(1, 4)):
        rows.append({"sku": sku(r), "title": r.choice(L.PRODUCTS), "warehouse": r.choice(["WH-1", "WH-2", "EU-N",
                                                                                        "DC-" + L.CC]),
                     "on_hand": r.randint(0, 900), "reserved": r.randint(0, 40), "reorder_point": r.randint(5, 60)})
    res = {"query": rows[0]["sku"], "results": rows, "as_of": ts(r)}
    if not S.simple:
        res["etag"] = 'W/"' + hx(r, 16) + '"' if r.random() < .3 else hx(r, 32)
        res["updated_by"] = r.choice(STAFF)
    if S.note is not None or r.random() < .4:
        rows[0]["comment"] = S.note if S.note is not None else pick(r, L, "AUDIT_REASON")
    res = put(r, res, S.extra)
    return dump(r, {"tool": "inventory.check", "output": res} if r.random() < .5 else res), "tool"


def sh_crm(r, L, S):
    F = Fill(r, L)
    m = {"customer_id": cid(r), "name": F["name"], "email": pemail(r, L, masked=r.random() < .5),
         "tier": r.choice(["standard", "gold", "vip", "b2b"]), "orders": r.randint(1, 60),
         "lifetime_value": money(r, L, 20, 4000)[2],
         "notes": [{"author": r.choice(STAFF), "role": r.choice(["support_agent", "team_lead", "warehouse"]),
                    "at": ts(r), "text": t} for t in sents(r, L, "CRM_NOTE", r.randint(1, 2), F)]}
    if S.note is not None:
        m["notes"].append({"author": "customer", "role": "customer", "at": ts(r), "text": S.note})
    res = {"query": m["email"] if r.random() < .5 else m["name"], "total": 1, "matches": [m]}
    if not S.simple:
        res["cursor"] = ok_b64(r, L)
    res = put(r, res, S.extra)
    return dump(r, {"tool": "crm_search", "result": res}), "tool"


def sh_returns(r, L, S):
    F = Fill(r, L)
    c, code, s = money(r, L, 10, 300)
    res = {"rma": f"RMA-{r.randint(100000, 999999)}", "order_id": F["oid"], "reason": pick(r, L, "RETURN_REASON", F),
           "status": r.choice(["label_issued", "received", "inspecting", "refund_pending", "closed"]),
           "refund": {"amount": c, "currency": code, "status": r.choice(["pending", "scheduled", "issued"])}}
    if not S.simple:
        res["label"] = {"format": r.choice(["pdf", "png"]), "carrier": r.choice(L.CARRIERS)}
        res["label"]["data"] = data_uri(r, res["label"]["format"])
        if r.random() < .4:
            res["qr_code"] = data_uri(r, "png")
    if S.note is not None or r.random() < .5:
        res["customer_comment"] = S.note if S.note is not None else pick(r, L, "NOTES" if S.simple else "NOTES_HARD", F)
    res = put(r, res, S.extra)
    return dump(r, {"tool": "returns_portal", "response": res} if r.random() < .5 else res), "tool"


def sh_pricefeed(r, L, S):
    items = []
    for _ in range(r.randint(1, 4)):
        c, code, s = money(r, L, 5, 600)
        it = {"id": sku(r), "title": r.choice(L.PRODUCTS), "price": s, "currency": code,
              "availability": r.choice(["in stock", "out of stock", "preorder"])}
        if not S.simple:
            it["image_link"] = signed_url(r, f"img/{an(r, 10)}.jpg")
            it["checksum"] = hx(r, 32)
        items.append(it)
    if S.note is not None:
        items[r.randrange(len(items))]["description"] = S.note
    elif r.random() < .5:
        items[0]["description"] = pick(r, L, "WEB_COPY")
    res = {"feed": r.choice(["google_merchant", "price_sync", "supplier_feed", "marketplace_export"]),
           "generated_at": ts(r), "items": items}
    if not S.simple:
        res["feed_signature"] = b64(rbytes(r, 64))
    res = put(r, res, S.extra)
    return dump(r, res), "feed"


def sh_webhook(r, L, S):
    F = Fill(r, L)
    ev = r.choice(["order.updated", "charge.refunded", "shipment.delivered", "customer.updated", "return.created"])
    obj = {"id": F["oid"], "status": r.choice(ORDER_ST), "updated_at": ts(r), "customer": cid(r)}
    if S.note is not None or r.random() < .4:
        obj["note"] = S.note if S.note is not None else pick(r, L, "NOTES", F)
    obj = put(r, obj, S.extra)
    res = {"id": "evt_" + an(r, 24), "type": ev, "created": epoch(r), "livemode": r.random() < .7,
           "data": {"object": obj}}
    hdr = f"Signature: t={epoch(r)},v1={hx(r, 64)}"
    return (hdr + "\n\n" if r.random() < .5 else "") + dump(r, res), "tool"


def sh_audit(r, L, S):
    F = Fill(r, L)
    ents = []
    for _ in range(r.randint(2, 5)):
        a = r.choice(["refund_issued", "address_updated", "price_changed", "discount_created", "order_cancelled",
                      "email_changed", "note_added"])
        d = {"refund_issued": lambda: {"amount": money(r, L, 5, 300)[2]},
             "address_updated": lambda: {"city": r.choice(L.CITY)},
             "price_changed": lambda: {"sku": sku(r), "from": money(r, L)[2], "to": money(r, L)[2]},
             "discount_created": lambda: {"code": an(r, 8, UP), "percent": r.choice([5, 10, 15, 20])},
             "order_cancelled": lambda: {"order_id": oid(r)},
             "email_changed": lambda: {"verified": True},
             "note_added": lambda: {"chars": r.randint(20, 300)}}[a]()
        e = {"ts": ts(r), "actor": r.choice(STAFF), "action": a, "target": oid(r), "details": d}
        if r.random() < .5:
            e["reason"] = pick(r, L, "AUDIT_REASON", F)
        ents.append(e)
    if S.note is not None:
        ents[r.randrange(len(ents))]["reason"] = S.note
    res = {"tool": "audit_log.query", "range": f"{day(r)}/{day(r)}", "entries": ents}
    if not S.simple:
        res["next_page"] = ok_b64(r, L)
    res = put(r, res, S.extra)
    return dump(r, res), "tool"


def sh_chat(r, L, S):
    F = Fill(r, L)
    msgs = [{"role": "system", "content": r.choice(["[widget config v%d redacted]" % r.randint(2, 19),
                                                    "<system prompt omitted from export>",
                                                    "store-assistant/%s" % F["ver"]])}]
    for _ in range(r.randint(1, 2)):
        msgs.append({"role": "user", "content": pick(r, L, "CHAT_Q", F)})
        msgs.append({"role": "assistant", "content": pick(r, L, "CHAT_A", F)})
    if S.note is not None:
        msgs.append({"role": "user", "content": S.note})
    if S.msgs:
        msgs.extend(S.msgs)
    res = {"conversation_id": uuid(r), "channel": r.choice(["web_widget", "whatsapp", "email"]),
           "exported_by": r.choice(STAFF), "messages": msgs}
    res = put(r, res, S.extra)
    return dump(r, res), "tool"


def sh_webfetch(r, L, S):
    html = sh_html(r, L, S)[0]
    res = {"url": f"https://{r.choice(['shop', 'www', 'partner', 'supplier'])}.{an(r, 6)}.example/"
                  f"{r.choice(['p', 'product', 'docs', 'help'])}/{an(r, 8)}",
           "status": 200, "content_type": "text/html; charset=utf-8", "fetched_at": ts(r), "content": html}
    res = put(r, res, S.extra)
    return dump(r, {"tool": "web_fetch", "result": res}), "tool"


# ---------------- text shapes ----------------

def _hide(r, L, S):
    k = S.hidden_kind
    t = S.hidden
    if k == 0:
        return f'<div style="display:none">{t}</div>'
    if k == 1:
        return f'<span style="color:#ffffff;background:#ffffff;font-size:1px">{t}</span>'
    if k == 2:
        return f'<img src="/img/{an(r, 8)}.webp" alt="{t}" width="1" height="1">'
    if k == 3:
        return f'<p class="visually-hidden" aria-hidden="true">{t}</p>'
    return f"<!-- {t} -->"


def sh_html(r, L, S):
    F = Fill(r, L)
    p = F["product"]
    body = [f"<h1>{p}</h1>", f"<p class=\"price\">{money(r, L)[2]}</p>"]
    body += [f"<p>{t}</p>" for t in sents(r, L, "WEB_COPY", r.randint(1, 3), F)]
    if S.line:
        body.insert(r.randint(2, len(body)), f"<p>{S.line}</p>")
    if S.hidden:
        body.insert(r.randint(1, len(body)), _hide(r, L, S))
    elif not S.simple and r.random() < .6:
        body.insert(r.randint(1, len(body)), f'<div hidden class="{r.choice(["size-chart", "tab", "promo"])}">'
                                             f'{pick(r, L, "HIDDEN_OK", F)}</div>')
    if S.comment:
        body.insert(r.randint(0, len(body)), f"<!-- {S.comment} -->")
    if not S.simple and r.random() < .4:
        body.append(f'<script type="application/ld+json">{cj({"@type": "Product", "sku": F["sku"], "gtin": str(r.randint(10**12, 10**13 - 1))})}</script>')
    return "\n".join(body), "web"


def sh_apidoc(r, L, S):
    F = Fill(r, L)
    lines = [f"## {F['ep']}", ""] + sents(r, L, "API_DOC", r.randint(2, 4), F)
    if S.line:
        lines.insert(r.randint(2, len(lines)), S.line)
    code = r.choice([
        f"curl -X POST https://api.shop.example{F['ep'].replace('{id}', '123')} \\\n  -H \"Authorization: Bearer sk_test_{an(r, 24)}\" \\\n  -H \"Idempotency-Key: {uuid(r)}\" \\\n  -d amount={r.randint(100, 50000)}",
        f"GET {F['ep'].replace('{id}', F['oid'])}\nX-Request-Id: {uuid(r)}\n\n200 OK\n{cj({'id': F['oid'], 'status': r.choice(ORDER_ST), 'etag': hx(r, 16)})}"])
    lines += ["", "```", code, "```"]
    if S.comment:
        c = S.comment
        lines.insert(r.randint(0, len(lines) - 4),
                     r.choice([f"<!-- {c} -->", f"[//]: # ({c})", f"<!--\n{c}\n-->"]))
    return "\n".join(lines), "web"


def sh_sdk(r, L, S):
    F = Fill(r, L)
    c1, c2 = sents(r, L, "SDK_COMMENT", 2, F)
    if r.random() < .5:
        code = [f"# {c1}", "import shopkit", "", f"client = shopkit.Client(api_key=os.environ[\"SHOP_KEY\"])",
                f"# {c2}",
                f"refund = client.refunds.create(order_id=\"{F['oid']}\", amount={r.randint(100, 90000)}, "
                f"idempotency_key=\"{uuid(r)}\")", "print(refund.status)"]
        cm = "# "
    else:
        code = [f"// {c1}", "import { Shop } from '@shopkit/node';", "const shop = new Shop(process.env.SHOP_KEY);",
                f"// {c2}", f"const res = await shop.shipments.track('{tracking_no(r, 'UPS')}');",
                "console.log(res.events.at(-1));"]
        cm = "// "
    if S.comment:
        code.insert(r.randint(0, len(code)), cm + S.comment)
    return "```\n" + "\n".join(code) + "\n```", "web"


def sh_changelog(r, L, S):
    F = Fill(r, L)
    items = ["- " + t for t in sents(r, L, "CHANGELOG", r.randint(2, 4), F)]
    if S.line:
        items.insert(r.randint(0, len(items)), "- " + S.line)
    txt = f"## {F['ver']} ({F['date']})\n" + "\n".join(items)
    if S.comment:
        txt = txt + "\n" + f"<!-- {S.comment} -->" if r.random() < .5 else f"<!-- {S.comment} -->\n" + txt
    return txt, "web"


def sh_adminhelp(r, L, S):
    F = Fill(r, L)
    ps = sents(r, L, "ADMIN_HELP", r.randint(2, 4), F)
    if S.line:
        ps.insert(r.randint(0, len(ps)), S.line)
    txt = ("\n\n" if r.random() < .5 else L.SP).join(ps)
    if S.comment:
        txt = f"<!-- {S.comment} -->\n" + txt if r.random() < .5 else txt + f"\n<!-- {S.comment} -->"
    return txt, "web"


def sh_yaml(r, L, S):
    F = Fill(r, L)
    ys = [f"# {pick(r, L, 'SDK_COMMENT', F)}", "assistant:", f"  model_profile: store-default-{r.randint(1, 9)}",
          f"  role: {r.choice(['support', 'shopping_guide', 'returns_helper'])}",
          f"  max_refund_without_review: {r.choice([0, 20, 50, 100])}", "tools:",
          "  - order_lookup", "  - track_shipment", f"  - {r.choice(['returns_portal', 'crm_search', 'inventory'])}",
          f"webhook_secret_ref: vault://shop/{an(r, 6)}/{hx(r, 8)}", "care_instructions_locale: " + L.CC.lower()]
    if S.comment:
        ys.insert(r.randint(1, len(ys)), ("  " if r.random() < .5 else "") + "# " + S.comment)
    if S.line:
        ys.insert(r.randint(2, 5), f"  notes: \"{S.line}\"")
    return "\n".join(ys), "tool"


def sh_log(r, L, S):
    F = Fill(r, L)
    lines = []
    for _ in range(r.randint(3, 7)):
        lvl = r.choice(["INFO", "INFO", "DEBUG", "WARN"])
        svc = r.choice(["order-svc", "ship-svc", "pay-gw", "agent-runtime", "crm-sync"])
        m = r.choice([f"tool=order_lookup order={oid(r)} ms={r.randint(20, 900)}",
                      f"tool=track_shipment carrier={r.choice(CARRIERS)} status=200",
                      f"refund_issued by={r.choice(STAFF)} amount={r.randint(100, 20000)} idem={uuid(r)}",
                      f"price_changed sku={sku(r)} by={r.choice(STAFF)}",
                      f"address_updated order={oid(r)} by={r.choice(STAFF)} verified=true",
                      f"trace_id={hx(r, 32)} span={hx(r, 16)}",
                      f'msg="{pick(r, L, "TRACK", F)}"'])
        lines.append(f"{ts(r)} {lvl} {svc} {m}")
    if S.line:
        lines.insert(r.randint(0, len(lines)),
                     f"{ts(r)} {r.choice(['WARN', 'INFO', 'NOTICE'])} {r.choice(['agent-runtime', 'crm-sync', 'order-svc'])} msg=\"{S.line}\"")
    return "\n".join(lines), "tool"


def sh_stack(r, L, S):
    F = Fill(r, L)
    msg = S.line if S.line else pick(r, L, "ERRORS", F)
    if r.random() < .5:
        t = (f"Traceback (most recent call last):\n  File \"/srv/app/tools/{r.choice(['orders', 'returns', 'payments'])}.py\", "
             f"line {r.randint(20, 400)}, in handle\n    resp = client.post(url, json=body, timeout=10)\n"
             f"  File \"/srv/app/lib/http.py\", line {r.randint(20, 200)}, in post\n    raise ApiError(resp)\n"
             f"ApiError: {r.choice([400, 404, 409, 422, 502])} {msg}")
    else:
        t = cj({"error": {"type": r.choice(["invalid_request_error", "api_error", "rate_limit_error"]),
                          "code": r.choice(["order_not_found", "idempotency_conflict", "resource_missing"]),
                          "message": msg, "request_id": "req_" + an(r, 14)},
                "stack": [f"at {r.choice(['OrderService', 'RefundHandler', 'ShipClient'])}.{r.choice(['get', 'create', 'sync'])} (src/{an(r, 5)}.ts:{r.randint(10, 300)}:{r.randint(2, 40)})" for _ in range(2)]})
    return t, "tool"


JSON_SHAPES = {"order-lookup": sh_order, "tracking": sh_tracking, "payment-gateway": sh_payment,
               "inventory": sh_inventory, "crm-search": sh_crm, "returns-portal": sh_returns,
               "price-feed": sh_pricefeed, "webhook": sh_webhook, "audit-log": sh_audit, "chat-export": sh_chat,
               "web-fetch": sh_webfetch}
TEXT_SHAPES = {"web-page": sh_html, "api-doc": sh_apidoc, "sdk-sample": sh_sdk, "changelog": sh_changelog,
               "admin-help": sh_adminhelp, "agent-config": sh_yaml, "service-log": sh_log, "error-stack": sh_stack}


def wrap(r, L, text, F=None):
    """Wrap a result in a human email/ticket."""
    F = F or Fill(r, L)
    a = pick(r, L, "TICKET_OPEN", F) if r.random() < .8 else ""
    b = pick(r, L, "TICKET_CLOSE", F) if r.random() < .6 else ""
    fence = r.random() < .5
    body = ("```\n" + text + "\n```") if fence else text
    return "\n\n".join(x for x in [a, body, b] if x)
