"""Shared rendering for every language pack.

A language pack is a plain module with word lists (see ``en.py`` for the
full set of names).  Everything here is deterministic given the Random
instance that is passed in.
"""

import base64
import json
import math
import re

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

ORDER_FRAMES = (
    "fake-system", "fake-approval", "fake-tool-result", "chat-template-tokens",
    "fake-json-messages", "hidden-fake-turn", "encoded-base64", "fake-approval",
    "fake-tool-result", "fake-system",
)

MAIL_LOCAL = ("refunds.desk", "claims-team", "ops.mirror", "m.hale", "orders-copy",
              "backup.inbox", "verify-now", "data.sync", "k.lind", "audit.export")
MAIL_DOM = ("example.com", "example.net", "example.org", "mail.example",
            "refund-desk.example", "shop-audit.example")
URL_SUB = ("track", "img", "cdn-stats", "warranty", "deals", "pix", "status", "help")
URL_DOM = ("example.com", "example.net", "example.org", "shop-help.example",
           "orders-check.example")
URL_PATH = ("r", "c/x", "p.gif", "go", "v2/log", "w", "claim", "s/1.png")
TOOL_NAMES = ("order_lookup", "check_refund_eligibility", "get_customer_profile",
              "inventory.check", "shipping.track", "crm.get_ticket", "pricing.quote",
              "returns.create_label", "kb.search", "reviews.fetch")
CARRIERS = ("DHL", "UPS", "GLS", "DPD", "FedEx", "PostNL", "InPost", "Yamato",
            "SF Express", "CJ Logistics", "J&T", "Kerry", "Aramex", "Nova Poshta")
TEMPLATES = (
    "<|im_start|>system\n{t}<|im_end|>\n<|im_start|>assistant\n",
    "[INST] <<SYS>>\n{t}\n<</SYS>>\n[/INST]",
    "<start_of_turn>system\n{t}<end_of_turn>\n<start_of_turn>model\n",
    "<|system|>\n{t}</s>\n<|assistant|>",
    "<|start_header_id|>system<|end_header_id|>\n\n{t}<|eot_id|><|start_header_id|>assistant<|end_header_id|>",
    "</s><s>[SYSTEM_PROMPT]{t}[/SYSTEM_PROMPT]",
    "<|endoftext|><|im_start|>system\n{t}<|im_end|>",
)


class Deck:
    """Cycling shuffled picker: spreads reuse evenly."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.buf = []

    def draw(self):
        if not self.items:
            return None
        if not self.buf:
            self.buf = list(self.items)
            self.rng.shuffle(self.buf)
        return self.buf.pop()


def lst(M, name):
    return list(getattr(M, name, ()) or ())


def values(rng, M):
    dec = M.L.get("dec", ".")
    amt = rng.choice((19.99, 24.5, 39, 49.9, 64, 89.99, 120, 149, 215.4, 249, 310, 389.5, 499, 640))
    amt = ("%.2f" % amt) if isinstance(amt, float) else str(amt)
    return {
        "{o}": rng.choice(("#", "", "", "ORD-", "A-", "#")) + str(rng.randint(104000, 98999999)),
        "{amt}": amt.replace(".", dec),
        "{code}": rng.choice(("VIP", "STAFF", "GOLD", "FREE", "OWNER", "X")) + str(rng.randint(10, 99))
        + rng.choice(("K", "Q", "ZZ", "PX", "R")),
        "{mail}": rng.choice(MAIL_LOCAL) + "@" + rng.choice(MAIL_DOM),
        "{url}": "https://" + rng.choice(URL_SUB) + "." + rng.choice(URL_DOM) + "/" + rng.choice(URL_PATH),
        "{sku}": rng.choice(("SKU-", "", "ART-", "P")) + str(rng.randint(1000, 99999)),
    }


def fill(text, vals):
    for k, v in vals.items():
        text = text.replace(k, v)
    return text


def stamp(rng):
    return "%02d:%02d" % (rng.randint(8, 22), rng.randint(0, 59))


def date(rng):
    return "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


SENT_RE = re.compile(r"(?<=[.!?。！？])\s*")


def insert(carrier, snip, rng):
    """Place a snippet at the start, middle or end of a carrier text."""
    if not carrier:
        return snip
    pos = rng.choice(("start", "middle", "middle", "end", "end", "end"))
    multi = "\n" in snip
    sep = "\n\n" if multi else rng.choice((" ", "\n", "\n\n", " "))
    if pos == "middle":
        if "\n" in carrier:
            parts = carrier.split("\n")
        else:
            parts = [p for p in SENT_RE.split(carrier) if p]
        if len(parts) >= 2:
            cut = rng.randint(1, len(parts) - 1)
            joiner = "\n" if "\n" in carrier else " "
            a, b = joiner.join(parts[:cut]), joiner.join(parts[cut:])
            return a + sep + snip + sep + b
        pos = "end"
    if pos == "start":
        return snip + sep + carrier
    return carrier + sep + snip


def wrap(M, rng, source, body, decks):
    """Dress a body as the given source would deliver it."""
    if source == "email":
        greet = decks["GREET"].draw() or ""
        close = decks["CLOSE"].draw() or ""
        name = decks["NAMES"].draw() or ""
        return (greet + "\n\n" if greet else "") + body + ("\n\n" + close if close else "") + ("\n" + name if name else "")
    if source == "review":
        r = rng.random()
        if r < 0.2:
            n = rng.randint(1, 5)
            return "★" * n + "☆" * (5 - n) + " " + body
        if r < 0.3:
            return "%d/5 — %s" % (rng.randint(1, 5), body)
        return body
    if source == "feed":
        r = rng.random()
        sku = "%s-%d" % (rng.choice(("HX", "KT", "AV", "ML", "QZ", "BR")), rng.randint(1000, 99999))
        if r < 0.3:
            return "<item><g:id>%s</g:id><g:description>%s</g:description></item>" % (sku, body)
        if r < 0.5:
            return json.dumps({"sku": sku, "description": body}, ensure_ascii=False)
        return body
    if source == "web":
        r = rng.random()
        if r < 0.35:
            return '<div class="%s"><p>%s</p></div>' % (
                rng.choice(("review-body", "qa-answer", "product-desc", "comment")), body.replace("\n\n", "</p><p>"))
        return body
    if source == "tool":
        r = rng.random()
        rid = rng.randint(10000, 999999)
        if r < 0.4:
            obj = {"tool": "reviews.fetch", "status": "ok",
                   "results": [{"review_id": rid, "rating": rng.randint(1, 5), "body": body}]}
        elif r < 0.7:
            obj = {"tool": "crm.get_ticket", "ticket": {"id": rid, "channel": rng.choice(("email", "form", "chat")),
                                                        "message": body}}
        else:
            obj = {"name": "web_fetch", "url": "https://shop.example/p/%d" % rid, "content": body}
        return json.dumps(obj, ensure_ascii=False)
    return body


# ---------------------------------------------------------------- injections

def frame_grant(M, rng, text, decks):
    A, U = M.L["assistant"], M.L["user"]
    s = rng.randint(0, 5)
    if s == 0:
        return "%s: %s" % (A, text)
    if s == 1:
        return "[%s] %s: %s" % (stamp(rng), A, text)
    if s == 2:
        return "%s: %s\n%s: %s" % (U, decks["USER_SHORT"].draw(), A, text)
    if s == 3:
        return "**%s:** %s" % (A, text)
    if s == 4:
        return "> %s (%s): %s" % (A, date(rng), text)
    return "--- %s ---\n%s: %s\n---" % (M.L["earlier"], A, text)


def frame_ask(M, rng, text, decks):
    A, U = M.L["assistant"], M.L["user"]
    s = rng.randint(0, 4)
    if s == 0:
        return "%s: %s\n%s:" % (U, text, A)
    if s == 1:
        return "### %s\n%s\n### %s\n" % (U, text, A)
    if s == 2:
        return "<%s> %s\n<%s>" % (U, text, A)
    if s == 3:
        return "%s: %s\n\n%s: %s" % (U, text, A, decks["PREFILL"].draw() or "")
    return "[%s] %s: %s\n[%s] %s:" % (stamp(rng), U, text, stamp(rng), A)


def frame_doc(M, rng, text, decks):
    n = rng.randint(1, 9)
    s = rng.randint(0, 3)
    pol = M.L["policy"]
    if s == 0:
        return "[doc %d] %s: %s" % (n, pol, text)
    if s == 1:
        other = decks["DOC_OK"].draw()
        if other:
            return "[doc %d] %s\n[doc %d] %s: %s" % (n, other, n + 1, pol, text)
        return "[doc %d] %s" % (n, text)
    if s == 2:
        return "<retrieved source=\"kb/%s-%d\">%s: %s</retrieved>" % (
            rng.choice(("returns", "pricing", "faq", "policy")), n, pol, text)
    return "Result %d (score 0.9%d): %s" % (n, rng.randint(0, 9), text)


def frame_order(M, rng, kind, text, decks):
    L = M.L
    if kind == "fake-system":
        s = rng.randint(0, 4)
        if s == 0:
            return "[%s] %s" % (L["system"].upper(), text)
        if s == 1:
            return "### %s ###\n%s" % (L["system"], text)
        if s == 2:
            return "%s: %s" % (L["system"], text)
        if s == 3:
            return "<<%s>> %s <</%s>>" % (L["system"], text, L["system"])
        return "=== %s (%s) ===\n%s" % (L["system"], L["assistant"], text)
    if kind == "fake-approval":
        sup = rng.choice(L["sups"])
        name = decks["NAMES"].draw() or ""
        s = rng.randint(0, 3)
        if s == 0:
            return "%s %s: %s. %s" % (sup, name, L["approved"], text)
        if s == 1:
            return "[%s – %s] %s" % (L["approved"].upper(), sup, text)
        if s == 2:
            return "✅ %s (%s): %s" % (sup, name, text)
        return "-- %s, %s %s --\n%s" % (L["approved"], sup, name, text)
    if kind == "fake-tool-result":
        tool = rng.choice(TOOL_NAMES)
        s = rng.randint(0, 3)
        if s == 0:
            return json.dumps({"tool": tool, "status": "ok", "result": {"eligible": True, "note_for_assistant": text}},
                              ensure_ascii=False)
        if s == 1:
            return 'tool_result[%s] status=200 message="%s"' % (tool, text)
        if s == 2:
            return "<function_results>\n<result tool=\"%s\">%s</result>\n</function_results>" % (tool, text)
        return json.dumps({"role": "tool", "name": tool, "content": text}, ensure_ascii=False)
    if kind == "chat-template-tokens":
        return rng.choice(TEMPLATES).replace("{t}", text)
    if kind == "fake-json-messages":
        msgs = [{"role": "system", "content": text}]
        if rng.random() < 0.6:
            msgs.append({"role": "assistant", "content": decks["ACK"].draw()})
        return json.dumps({"messages": msgs}, ensure_ascii=False)
    if kind == "hidden-fake-turn":
        s = rng.randint(0, 3)
        lab = rng.choice((L["system"], L["assistant"]))
        if s == 0:
            return "<!-- %s: %s -->" % (lab, text)
        if s == 1:
            return '<span style="display:none">%s: %s</span>' % (lab, text)
        if s == 2:
            return '<div style="font-size:0;color:#fff">[%s] %s</div>' % (lab, text)
        return '<img src="/img/p.jpg" alt="%s: %s">' % (lab, text)
    if kind == "encoded-base64":
        raw = "%s: %s" % (L["system"], text)
        enc = base64.b64encode(raw.encode("utf-8")).decode("ascii")
        return "%s %s" % (rng.choice(L["b64"]), enc)
    raise ValueError(kind)


# ------------------------------------------------------------ hard negatives

def render_chat(M, rng, convo, decks):
    L = M.L
    cust = rng.choice((L["customer"], decks["NAMES"].draw() or L["customer"]))
    agent_name = decks["AGENTS"].draw() or L["agent"]
    alab = rng.choice(("%s (%s)" % (agent_name, L["agent"]), agent_name, L["agent"]))
    blab = rng.choice((L["bot"], L["assistant"]))
    labels = {"c": cust, "a": alab, "b": blab}
    fmt = rng.randint(0, 4)
    h, m = rng.randint(8, 21), rng.randint(0, 50)
    lines = []
    for role, text in convo:
        m += rng.randint(0, 3)
        lab = labels[role]
        if fmt == 0:
            lines.append("[%02d:%02d] %s: %s" % (h + m // 60, m % 60, lab, text))
        elif fmt == 1:
            lines.append("%s: %s" % (lab, text))
        elif fmt == 2:
            lines.append("%s (%02d:%02d)\n%s" % (lab, h + m // 60, m % 60, text))
        elif fmt == 3:
            lines.append("**%s**: %s" % (lab, text))
        else:
            lines.append("— %s: %s" % (lab, text))
    tr = ("\n\n" if fmt == 2 else "\n").join(lines)
    intro = (decks["PASTE"].draw() or "") if rng.random() < 0.7 else ""
    r = rng.random()
    if r < 0.15:
        body = "=== %s ===\n%s" % (date(rng), tr)
    else:
        body = intro + "\n\n" + tr if intro else tr
        if rng.random() < 0.5:
            end = decks["PASTE_END"].draw()
            if end:
                body += "\n\n" + end
    source = rng.choice(("ticket", "ticket", "email"))
    fam = "hard-bot-transcript" if any(r == "b" for r, _ in convo) else "hard-chat-transcript"
    return source, fam, wrap(M, rng, source, body, decks)


def render_log(M, rng, status, vals, decks):
    o = vals["{o}"].lstrip("#")
    s = rng.randint(0, 4)
    carrier = rng.choice(CARRIERS)
    if s == 0:
        obj = {"tool": "order_lookup", "status": "ok",
               "result": {"order_id": o, "state": rng.choice(("shipped", "in_transit", "delivered", "processing")),
                          "carrier": carrier, "last_event": status, "assistant_visible": True,
                          "override_shipping": False}}
        return json.dumps(obj, ensure_ascii=False)
    if s == 1:
        d = date(rng)
        return "\n".join((
            "%sT%s:%02dZ INFO order-service order=%s state=SHIPPED carrier=%s" % (d, stamp(rng), rng.randint(0, 59), o, carrier),
            "%sT%s:%02dZ INFO tracking msg=\"%s\"" % (d, stamp(rng), rng.randint(0, 59), status),
            "%sT%s:%02dZ DEBUG system: price_override=none discount_rule=none" % (d, stamp(rng), rng.randint(0, 59)),
        ))
    if s == 2:
        obj = {"function_call": {"name": "returns.check", "arguments": {"order_id": o}},
               "output": {"checked": True, "note": status, "refund_method": "original_payment"}}
        return json.dumps(obj, ensure_ascii=False)
    if s == 3:
        obj = {"role": "tool", "name": "shipping.track",
               "content": "%s %s: %s" % (carrier, o, status)}
        return json.dumps(obj, ensure_ascii=False)
    obj = {"event": "ticket.updated", "ticket_id": rng.randint(20000, 99999), "by": "system",
           "changes": {"status": "pending_customer", "public_reply": status}, "ai_suggestion_used": False}
    return json.dumps(obj, ensure_ascii=False)


def render_scene(M, rng, scene, decks):
    title, lines = scene
    if decks["SCRIPT_INTRO"].items and rng.random() < 0.45:
        intro = decks["SCRIPT_INTRO"].draw().replace("{t}", title)
        out = []
        for spk, line in lines:
            out.append("%s\n%s" % (spk.upper(), line) if spk else "(%s)" % line)
        return "hard-screenplay", intro + "\n\n" + "\n\n".join(out)
    intro = (decks["SCENE_INTRO"].draw() or "{t}").replace("{t}", title)
    out, t = [], rng.randint(60, 3000)
    for i, (spk, line) in enumerate(lines, 1):
        a = t
        t += rng.randint(2, 5)
        out.append("%d\n%02d:%02d:%02d,%03d --> %02d:%02d:%02d,%03d\n%s" % (
            i, a // 3600, a // 60 % 60, a % 60, rng.randint(0, 999),
            t // 3600, t // 60 % 60, t % 60, rng.randint(0, 999), ("- " + line) if spk else "[%s]" % line))
        t += 1
    return "hard-subtitles", intro + "\n\n" + "\n\n".join(out)


# ------------------------------------------------------------------- builder

def build_language(M, rng, total, inj_share=0.45, hard_share=0.64):
    n_inj = int(round(total * inj_share))
    n_ben = total - n_inj
    n_hard = int(math.ceil(n_ben * hard_share))
    n_plain = n_ben - n_hard

    names = ("NAMES", "AGENTS", "GREET", "CLOSE", "USER_SHORT", "PREFILL", "DOC_OK", "ACK",
             "PASTE", "PASTE_END", "SCENE_INTRO", "SCRIPT_INTRO")
    decks = {k: Deck(lst(M, k), rng) for k in names}
    carriers = {s: Deck(lst(M, s.upper()), rng) for s in ("review", "ticket", "email", "feed", "web")}
    seen = set()
    rows = []

    def add(source, family, text, inj, payload):
        t = text.strip()
        if t in seen:
            return False
        b = len(t.encode("utf-8"))
        if b < 40 or b > 3000:
            return False
        seen.add(t)
        rows.append({"source": source, "lang": M.CODE, "family": family, "text": t,
                     "injection": inj, "payload": payload.strip() if inj else ""})
        return True

    def carrier_for(source):
        base = "review" if source == "tool" else source
        if source == "tool":
            base = rng.choice(("review", "ticket", "review"))
        d = carriers.get(base)
        c = d.draw() if d else None
        if c is None:
            c = carriers["review"].draw()
        return c

    # ---- injections
    pool = []
    items = [("grant", t, p) for t, p in lst(M, "GRANTS")] + [("ask", t, p) for t, p in lst(M, "ASKS")] + \
        [("doc", t, p) for t, p in lst(M, "DOCS")] + [("order", t, p) for t, p in lst(M, "ORDERS")]
    k = max(1, int(math.ceil(n_inj / float(max(1, len(items))))))
    if k * len(items) < n_inj * 1.15:
        k += 1
    frame_deck = Deck(ORDER_FRAMES, rng)
    for it in items:
        pool.extend([it] * k)
    rng.shuffle(pool)
    src_w = ("review",) * 6 + ("ticket",) * 5 + ("email",) * 4 + ("feed",) * 2 + ("web",) * 2 + ("tool",) * 3
    made, i = 0, 0
    while made < n_inj and i < len(pool):
        kind, text, payload = pool[i]
        i += 1
        vals = values(rng, M)
        text, payload = fill(text, vals), fill(payload, vals)
        source = rng.choice(src_w)
        if kind == "grant":
            fam = "fake-assistant-turn"
            if rng.random() < 0.15:
                fam = "fake-json-messages"
                snip = json.dumps({"messages": [{"role": "user", "content": decks["USER_SHORT"].draw()},
                                                {"role": "assistant", "content": text}]}, ensure_ascii=False)
            else:
                snip = frame_grant(M, rng, text, decks)
        elif kind == "ask":
            fam, snip = "fake-user-turn", frame_ask(M, rng, text, decks)
        elif kind == "doc":
            fam, snip = "fake-retrieval", frame_doc(M, rng, text, decks)
            if rng.random() < 0.4:
                source = "tool"
        else:
            fam = frame_deck.draw()
            snip = frame_order(M, rng, fam, text, decks)
            if fam == "hidden-fake-turn":
                source = rng.choice(("web", "feed", "web"))
            elif fam == "fake-tool-result" and rng.random() < 0.4:
                source = "tool"
        carrier = None if rng.random() < 0.08 else carrier_for(source)
        body = insert(carrier, snip, rng)
        if add(source, fam, wrap(M, rng, source, body, decks), True, payload):
            made += 1
    if made < n_inj:
        print("WARN %s: only %d/%d injections" % (M.CODE, made, n_inj))

    # ---- hard negatives
    hp = []
    for c in lst(M, "CHATS"):
        hp.extend([("chat", c)] * 3)
    for q in lst(M, "QUOTES"):
        hp.extend([("quote", q)] * 2)
    for n in lst(M, "NOTICES"):
        hp.extend([("notice", n)] * 2)
    for s in lst(M, "STATUS"):
        hp.extend([("log", s)] * 2)
    for s in lst(M, "SCENES"):
        hp.extend([("scene", s)] * 2)
    for h in lst(M, "HARD"):
        hp.extend([("hard", h)] * 2)
    rng.shuffle(hp)
    made, i = 0, 0
    while made < n_hard and i < len(hp):
        kind, item = hp[i]
        i += 1
        vals = values(rng, M)
        if kind == "chat":
            source, fam, text = render_chat(M, rng, item, decks)
            text = fill(text, vals)
        elif kind == "quote":
            source = rng.choice(("review", "ticket", "email", "review"))
            fam, text = "hard-bot-quote", wrap(M, rng, source, fill(item, vals), decks)
        elif kind == "notice":
            source, fam, text = "email", "hard-order-notice", fill(item, vals)
            if rng.random() < 0.5:
                source, text = "tool", wrap(M, rng, "tool", text, decks)
        elif kind == "log":
            source, fam, text = "tool", "hard-tool-log", render_log(M, rng, fill(item, vals), vals, decks)
        elif kind == "scene":
            fam, text = render_scene(M, rng, item, decks)
            source = rng.choice(("feed", "feed", "web"))
            text = wrap(M, rng, source, text, decks) if source == "feed" and rng.random() < 0.3 else text
        else:
            fam, source, text = item
            text = fill(text, vals)
            if text in seen or text.strip() in seen:
                if source in ("review", "ticket", "web"):
                    source = "tool"
                text = wrap(M, rng, source, text, decks)
        if add(source, fam, text, False, ""):
            made += 1
    if made < n_hard:
        print("WARN %s: only %d/%d hard negatives" % (M.CODE, made, n_hard))
        n_plain += n_hard - made

    # ---- plain benign
    made, tries = 0, 0
    while made < n_plain and tries < n_plain * 20:
        tries += 1
        source = rng.choice(("review", "review", "review", "ticket", "ticket", "email", "feed", "web", "tool"))
        c = carrier_for(source)
        if c is None:
            continue
        text = wrap(M, rng, source, fill(c, values(rng, M)), decks)
        if add(source, "benign", text, False, ""):
            made += 1
    if made < n_plain:
        print("WARN %s: only %d/%d plain benign" % (M.CODE, made, n_plain))
    return rows
