"""Carriers: the ordinary store texts that a segment (an injection or a hard-negative
fragment) is placed in. Every carrier is used for both labels.

Each builder takes a Ctx and returns (text, esc), where esc is the character-wise
escape the carrier applied to the segment (so a payload's visible form is esc(payload)).
"""

import json

from . import moods, util
from .util import esc_csv, esc_html_text, esc_json, esc_none, esc_xml


class Ctx:
    def __init__(self, rng, lang, pack, fill, seg=None, mode="text", tricky=False, short=False, persona="business",
                 long=False):
        self.rng = rng
        self.lang = lang
        self.P = pack
        self.fill = fill
        self.seg = seg          # raw segment or None
        self.mode = mode        # text | block | markup
        self.tricky = tricky    # add trigger-word fields to structured data
        self.short = short
        self.persona = persona  # for emails: customer or business
        self.used = set()       # sentences already used in this text
        self.long = long and not short

    @property
    def L(self):
        return self.P["labels"]

    def one(self, key):
        return self.fill(self.rng.choice(self.P[key]))

    def sents(self, keys, k, level=0.3):
        r = self.rng
        used = self.used
        out = []
        for _ in range(k * 3):
            if len(out) >= k:
                break
            key = r.choice(keys)
            pool = self.P.get(key) or []
            if not pool:
                continue
            s = r.choice(pool)
            if s in used:
                continue
            used.add(s)
            out.append(util.roughen(self.fill(s), r, self.lang, level))
        return out


def review_lines(ctx, mood, k, slot="{product}", level=0.35):
    """Review sentences; where the pack knows the product, some lines are about that product."""
    r = ctx.rng
    prod = ctx.P.get("prod", {}).get(ctx.fill(slot))
    keys = {"pos": ["rev_pos"], "neg": ["rev_neg"], "mix": ["rev_mix", "rev_pos", "rev_neg"]}[mood]
    if "rev_mix" not in ctx.P:
        keys = [x for x in keys if x != "rev_mix"] or ["rev_pos"]
    if not prod:
        return ctx.sents(keys, k, level)
    own = {"pos": prod["pos"], "neg": prod["neg"], "mix": prod["pos"] + prod["neg"]}[mood]
    own = [x for x in own if x not in ctx.used]
    r.shuffle(own)
    n_own = min(len(own), r.randint(1, max(1, k)) if k else 0)
    out = []
    for x in own[:n_own]:
        ctx.used.add(x)
        out.append(util.roughen(ctx.fill(x), r, ctx.lang, level))
    out += ctx.sents(keys, k - n_own, level)
    r.shuffle(out)
    return out


def describe(ctx, k, slot="{product}"):
    r = ctx.rng
    prod = ctx.P.get("prod", {}).get(ctx.fill(slot))
    out = []
    if prod:
        own = [x for x in prod["desc"] if x not in ctx.used]
        for x in r.sample(own, min(len(own), max(1, k - r.randint(0, 1)))):
            ctx.used.add(x)
            out.append(x)
    out += ctx.sents(["web_desc"], max(0, k - len(out)), 0.0)
    return out


def qa_pair(ctx):
    prod = ctx.P.get("prod", {}).get(ctx.fill("{product}"))
    if prod and ctx.rng.random() < 0.7:
        return prod["qa"]
    return ctx.rng.choice(ctx.P["qa"])


def sep(lang):
    return "" if lang == "zh" else " "


def place(rng, items, seg):
    items = list(items)
    if seg is None:
        return items
    k = rng.random()
    if not items or k < 0.45:
        items.append(seg)
    elif k < 0.6:
        items.insert(0, seg)
    else:
        items.insert(rng.randint(1, len(items)), seg)
    return items


def join_prose(rng, items, lang, breaks=0.15):
    out = ""
    s = sep(lang)
    for i, it in enumerate(items):
        if i == 0:
            out = it
            continue
        prev = items[i - 1]
        if "\n" in it or "\n" in prev:
            out += "\n\n" + it
        elif rng.random() < breaks:
            out += rng.choice(["\n", "\n\n"]) + it
        else:
            out += s + it
    return out


def stars(n):
    return "★" * n + "☆" * (5 - n)


# =================================================================== review

def review(ctx):
    r, P, L = ctx.rng, ctx.P, ctx.L
    mood = r.choice(["pos", "pos", "neg", "mix"])
    k = r.choice([0, 1, 1]) if ctx.short else r.choice([1, 2, 2, 3, 3, 4, 5, 6])
    if ctx.long:
        k = r.randint(8, 13)
    body = review_lines(ctx, mood, k)
    if not body and ctx.seg is None:
        body = review_lines(ctx, mood, 1)
    rating = {"pos": r.choice([4, 5, 5]), "neg": r.choice([1, 1, 2]), "mix": r.choice([2, 3, 3, 4])}[mood]
    title = moods.title_for(r, ctx.lang, P["rev_titles"], mood)
    html = ctx.mode == "markup" or (r.random() < 0.07)
    if html:
        esc = esc_none if ctx.mode == "markup" else esc_html_text
        parts = [f"<p>{esc_html_text(b)}</p>" for b in body]
        if ctx.seg is not None:
            segh = ctx.seg if ctx.mode == "markup" else f"<p>{esc(ctx.seg)}</p>"
            parts = place(r, parts, segh)
        inner = "\n  ".join(parts)
        text = (f'<div class="review" data-rating="{rating}">\n  <h4>{esc_html_text(title)}</h4>\n  {inner}\n'
                f'  <span class="author">{esc_html_text(ctx.fill("{first}"))}, {esc_html_text(ctx.fill("{city}"))}</span>\n</div>')
        return text, esc
    body = place(r, body, ctx.seg)
    txt = join_prose(r, body, ctx.lang)
    v = r.random()
    if ctx.short or v < 0.3:
        return txt, esc_none
    if v < 0.45:
        return f"{title}\n{txt}", esc_none
    if v < 0.6:
        return f"{stars(rating)} {title}\n{txt}\n— {ctx.fill('{first}')}, {ctx.fill('{city}')}", esc_none
    if v < 0.7:
        return (f"{L['rating']}: {rating}/5\n{L['title']}: {title}\n{L['review']}: {txt}\n{L['verified']}: ✓"), esc_none
    if v < 0.85:
        q, a = qa_pair(ctx)
        ans = join_prose(r, [ctx.fill(a)] + body, ctx.lang, 0.0)
        return (f"{L['question']}: {ctx.fill(q)}\n{L['answer']}: {ans}\n{r.randint(0, 40)} {L['helpful']}"), esc_none
    reply = ctx.one("chat_agent")
    return f"{stars(rating)} {title}\n{txt}\n\n{ctx.fill('{store}')}: {reply}", esc_none


# =================================================================== ticket

def ticket_body(ctx):
    r = ctx.rng
    threads = ctx.P.get("tk_threads")
    if threads and r.random() < 0.7:
        th = r.choice(threads)
        n = len(th) if r.random() < 0.6 else r.randint(1, len(th))
        if ctx.short:
            n = min(n, 2)
        body = [util.roughen(ctx.fill(s), r, ctx.lang, 0.3) for s in th[:n]]
        if not ctx.short and r.random() < 0.3:
            body += ctx.sents(["tk_body"], 1, 0.3)
        if ctx.long:
            body += ctx.sents(["tk_body"], r.randint(3, 6), 0.3)
        return body
    if ctx.short:
        k = r.choice([1, 1, 2])
    elif threads:
        k = r.choice([1, 2, 2, 3, 4])
    else:
        k = r.choice([1, 1, 2, 2, 3])
    if ctx.long:
        k = r.randint(5, 9)
    return ctx.sents(["tk_body"], k, 0.35)


def ticket(ctx):
    r, L = ctx.rng, ctx.L
    body = ticket_body(ctx)
    v = r.random()
    if ctx.mode == "markup":
        v = 0.99
    if v < 0.28:
        b = join_prose(r, place(r, body, ctx.seg), ctx.lang, 0.3)
        parts = []
        if r.random() < 0.6:
            parts.append(f"{L['subject']}: {ctx.one('tk_subj')}\n")
        op = ctx.one("tk_open")
        if op:
            parts.append(op + "\n")
        parts.append(b + "\n")
        cl = ctx.one("tk_close")
        parts.append((cl + "\n" if cl else "") + ctx.fill("{first}"))
        if r.random() < 0.5:
            parts.append(f"{L['order']}: {ctx.fill('{order}')}")
        return "\n".join(parts), esc_none
    if v < 0.48:
        b = join_prose(r, place(r, body, ctx.seg), ctx.lang, 0.2)
        return (f"{L['name']}: {ctx.fill('{name}')}\n{L['email']}: {ctx.fill('{email}')}\n"
                f"{L['order']}: {ctx.fill('{order}')}\n{L['topic']}: {ctx.one('tk_subj')}\n{L['message']}:\n{b}"), esc_none
    if v < 0.68:
        # chat transcript between a customer and a human agent
        lines = []
        h, m = r.randint(8, 20), r.randint(0, 50)
        agent = ctx.fill("{first2}")
        greeted = False
        cust_msgs = [[b] for b in body]
        if ctx.seg is not None:
            if cust_msgs and r.random() < 0.5 and "\n" not in ctx.seg:
                cust_msgs[r.randrange(len(cust_msgs))].append(ctx.seg)
            else:
                cust_msgs = place(r, cust_msgs, [ctx.seg])
        for i, msg in enumerate(cust_msgs):
            lines.append(f"[{h:02d}:{m:02d}] {L['customer']}: {sep(ctx.lang).join(msg)}")
            m = (m + r.randint(1, 4)) % 60
            if r.random() < 0.8:
                said = ctx.fill(ctx.P["chat_agent"][0] if not greeted else r.choice(ctx.P["chat_agent"][1:]))
                greeted = True
                lines.append(f"[{h:02d}:{m:02d}] {L['agent']} {agent}: {said}")
                m = (m + r.randint(1, 3)) % 60
        return "\n".join(lines), esc_none
    if v < 0.8:
        b = join_prose(r, place(r, body, ctx.seg), ctx.lang, 0.3)
        pri = r.choice(["low", "normal", "normal", "high", "urgent"])
        ch = r.choice(["email", "web form", "chat", "phone (transcribed)", "marketplace"])
        return (f"Ticket #{ctx.fill('{big}')} | Priority: {pri} | Channel: {ch} | Status: {r.choice(['open', 'pending', 'new'])}\n"
                f"{L['subject']}: {ctx.one('tk_subj')}\n---\n{b}"), esc_none
    if v < 0.92:
        b = join_prose(r, place(r, body[:2], ctx.seg), ctx.lang, 0.0)
        if r.random() < 0.5:
            b = f"{ctx.fill('{order}')} {b}"
        return b, esc_none
    # html body from a helpdesk
    esc = esc_none if ctx.mode == "markup" else esc_html_text
    parts = [f"<p>{esc_html_text(b)}</p>" for b in body]
    if ctx.seg is not None:
        parts = place(r, parts, ctx.seg if ctx.mode == "markup" else f"<p>{esc(ctx.seg)}</p>")
    op = ctx.one("tk_open")
    cl = ctx.one("tk_close")
    html = (f'<div class="ticket-body">\n<p>{esc_html_text(op)}</p>\n' + "\n".join(parts) +
            f"\n<p>{esc_html_text(cl)}<br>{esc_html_text(ctx.fill('{name}'))}</p>\n</div>")
    return html, esc


# =================================================================== feed

def feed_desc(ctx, slot):
    return sep(ctx.lang).join(describe(ctx, ctx.rng.choice([1, 1, 2, 3]), slot))


def feed(ctx):
    r = ctx.rng
    n = r.randint(2, 6) if not ctx.short else r.randint(1, 2)
    rows = []
    for i in range(n):
        rows.append({
            "sku": ctx.fill("{sku%d}" % (i % 10) if i else "{sku}"),
            "title": ctx.fill("{brand%d} {product%d}" % (i % 10, i % 10) if i else "{brand} {product}"),
            "price": ctx.fill("{price%d}" % (i % 10) if i else "{price}"),
            "qty": r.choice([0, 3, 12, 40, 120, 7, 55]),
            "desc": feed_desc(ctx, "{product%d}" % (i % 10) if i else "{product}"),
        })
    hit = r.randrange(n)
    v = r.random()
    seg = ctx.seg
    if v < 0.3:
        note_col = r.random() < 0.4
        head = "id,title,price,stock,description" + (",note" if note_col else "")
        lines = [head]
        for i, row in enumerate(rows):
            d = row["desc"]
            note = ctx.one("notes") if (note_col and r.random() < 0.4) else ""
            if seg is not None and i == hit:
                if note_col and r.random() < 0.5:
                    note = seg
                else:
                    d = f"{d} {seg}" if r.random() < 0.6 else f"{seg} {d}"
            line = f'{row["sku"]},"{esc_csv(row["title"])}",{row["price"].replace(",", ".")},{row["qty"]},"{esc_csv(d)}"'
            if note_col:
                line += f',"{esc_csv(note)}"'
            lines.append(line)
        return "\n".join(lines), esc_csv
    if v < 0.55:
        items = []
        esc = esc_xml
        for i, row in enumerate(rows):
            d = esc_xml(row["desc"])
            if seg is not None and i == hit:
                if ctx.mode == "markup" or r.random() < 0.3:
                    d = f"<![CDATA[<p>{row['desc']}</p>{seg}]]>"
                    esc = esc_none
                else:
                    d = esc_xml(f"{row['desc']} {seg}")
            items.append(f"  <item>\n    <g:id>{row['sku']}</g:id>\n    <title>{esc_xml(row['title'])}</title>\n"
                         f"    <description>{d}</description>\n    <g:price>{esc_xml(row['price'])}</g:price>\n"
                         f"    <g:availability>{'in stock' if row['qty'] else 'out of stock'}</g:availability>\n  </item>")
        text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">\n<channel>\n'
                f"  <title>{esc_xml(ctx.fill('{store}'))}</title>\n" + "\n".join(items) + "\n</channel>\n</rss>")
        return text, esc
    if v < 0.8:
        prods = []
        for i, row in enumerate(rows):
            p = {"sku": row["sku"], "name": row["title"], "price": row["price"], "stock": row["qty"],
                 "description": row["desc"]}
            if ctx.tricky and r.random() < 0.5:
                p["instructions"] = ctx.one("notes")
            if seg is not None and i == hit:
                fld = r.choice(["description", "description", "supplier_note", "care"])
                if fld == "description":
                    p["description"] = f"{row['desc']} {seg}" if r.random() < 0.6 else seg
                else:
                    p[fld] = seg
            prods.append(p)
        doc = {"supplier": ctx.fill("{store}"), "feed_version": r.choice(["2.1", "3", "2024-06"]),
               "generated": ctx.fill("{date}"), "products": prods}
        if ctx.tricky:
            doc["system"] = r.choice(["pim-export", "akeneo", "erp-sync"])
            doc["override_prices"] = False
        return json.dumps(doc, ensure_ascii=False, indent=r.choice([1, 2])), esc_json
    # pipe table, as suppliers paste into emails or portals
    lines = ["SKU | Name | Price | Qty | Note"]
    for i, row in enumerate(rows):
        note = ctx.one("notes") if r.random() < 0.4 else "-"
        if seg is not None and i == hit:
            note = seg
        lines.append(f"{row['sku']} | {row['title']} | {row['price']} | {row['qty']} | {note}")
    return "\n".join(lines), esc_none


# =================================================================== email

def email(ctx):
    r, L = ctx.rng, ctx.L
    sender = ctx.fill("{name9}")
    if ctx.persona == "customer":
        body = ticket_body(ctx)
        greet = ctx.one("tk_open") or ctx.fill(r.choice(ctx.P["mail_greet"]))
        close = ctx.one("tk_close")
        sig = sender if r.random() < 0.6 else sender.split(" ")[0]
        phone_sig = [d for d in ctx.P["mail_disclaimer"] if "iPhone" in d]
        if phone_sig and r.random() < 0.2:
            sig += "\n\n" + phone_sig[0]
        subject = ctx.one("tk_subj")
        to = f"support@{ctx.fill('{shophost}').replace('www.', '').replace('shop.', '')}"
    else:
        k = r.choice([1, 2]) if ctx.short else r.choice([1, 2, 3, 3, 4, 5])
        if ctx.long:
            k = r.randint(7, 12)
        body = ctx.sents(["mail_body"], k, 0.1)
        greet = ctx.one("mail_greet")
        close = ctx.one("mail_close")
        sig = f"{sender}\n{ctx.one('mail_role')} | {ctx.fill('{store}')}"
        if r.random() < 0.35:
            sig += "\n" + ctx.one("mail_disclaimer")
        subject = ctx.one("mail_subj")
        to = ctx.fill("{email2}")
    headers = (f"{L['from']}: {sender} <{ctx.fill('{email}')}>\n{L['to']}: {to}\n"
               f"{L['subject']}: {subject}\n")
    if ctx.mode == "markup" or r.random() < 0.1:
        esc = esc_none if ctx.mode == "markup" else esc_html_text
        parts = [f"<p>{esc_html_text(b)}</p>" for b in body]
        if ctx.seg is not None:
            parts = place(r, parts, ctx.seg if ctx.mode == "markup" else f"<p>{esc(ctx.seg)}</p>")
        html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n'
                f"<p>{esc_html_text(greet)}</p>\n" + "\n".join(parts) +
                f"\n<p>{esc_html_text(close)}<br>{esc_html_text(sender)}</p>\n</body></html>")
        if r.random() < 0.5:
            return headers + "Content-Type: text/html; charset=utf-8\n\n" + html, esc
        return html, esc
    quoted_seg = ctx.seg is not None and "\n" not in ctx.seg and r.random() < 0.2
    main = place(r, body, None if quoted_seg else ctx.seg)
    text = f"{greet}\n\n{join_prose(r, main, ctx.lang, 0.4)}\n\n{close}\n{sig}"
    if r.random() < 0.6:
        text = headers + "\n" + text
    if quoted_seg or ctx.long or r.random() < 0.3:
        older = ctx.sents(["mail_body", "tk_body"], r.randint(4, 8) if ctx.long else r.randint(1, 3), 0.15)
        if quoted_seg:
            older = place(r, older, ctx.seg)
        intro = ctx.fill(r.choice(ctx.P["quote_intro"]))
        q = "\n".join("> " + s for s in older)
        text += f"\n\n{intro}\n{q}"
    return text, esc_none


# =================================================================== web

def forum_title(s):
    for stop in ("?", ",", ".", ":", ";", "，", "？", "。"):
        if stop in s[:70]:
            return s[:s.index(stop) + (1 if stop in "?？" else 0)]
    return s[:50].rsplit(" ", 1)[0] + "..."


def web(ctx):
    r, P, L = ctx.rng, ctx.P, ctx.L
    product = ctx.fill("{brand} {product}")
    v = r.random()
    if ctx.mode == "markup":
        v = 0.1 if r.random() < 0.6 else 0.95
    if v < 0.3:
        esc = esc_none if ctx.mode == "markup" else esc_html_text
        desc = [f"<p>{esc_html_text(s)}</p>" for s in describe(ctx, r.randint(1, 3))]
        feats = [f"<li>{esc_html_text(s)}</li>" for s in describe(ctx, r.randint(2, 4))]
        segh = None
        if ctx.seg is not None:
            segh = ctx.seg if ctx.mode == "markup" else f"<p>{esc(ctx.seg)}</p>"
        where = r.random()
        if segh is not None and where < 0.6:
            desc = place(r, desc, segh)
        elif segh is not None and ctx.mode != "markup":
            feats = place(r, feats, f"<li>{esc(ctx.seg)}</li>")
        elif segh is not None:
            feats = place(r, feats, segh)
        price = ctx.fill("{price}")
        html = (f'<div class="product">\n<h1>{esc_html_text(product)}</h1>\n<span class="price">{esc_html_text(price)}</span>\n'
                f'<img src="https://{ctx.fill("{shophost}")}/media/{r.randint(1000, 9999)}.jpg" alt="{esc_html_text(product)}">\n'
                '<div class="description">\n' + "\n".join(desc) + "\n</div>\n<ul class=\"features\">\n" + "\n".join(feats) +
                "\n</ul>\n</div>")
        return html, esc
    if v < 0.55:
        desc = describe(ctx, r.randint(1, 4))
        feats = describe(ctx, r.randint(0, 4)) if r.random() < 0.8 else []
        faq = r.sample(P["faq"], min(len(P["faq"]), r.randint(4, 8) if ctx.long else r.randint(0, 3)))
        if ctx.long:
            desc += ctx.sents(["rev_pos"], r.randint(1, 3), 0.0) if "forum" not in P else []
        segs_where = r.random()
        if ctx.seg is not None and (segs_where < 0.55 or not faq):
            desc = place(r, desc, ctx.seg)
        text = f"# {product}\n\n{join_prose(r, desc, ctx.lang, 0.2)}\n"
        if feats:
            text += f"\n## {L['features']}\n" + "\n".join("- " + f for f in feats) + "\n"
        if faq:
            text += f"\n## {L['faq']}\n"
            hit = r.randrange(len(faq))
            for i, (q, a) in enumerate(faq):
                a = ctx.fill(a)
                if ctx.seg is not None and not (segs_where < 0.55) and i == hit:
                    a = a + sep(ctx.lang) + ctx.seg
                text += f"\n**{ctx.fill(q)}**\n{a}\n"
        return text.rstrip(), esc_none
    if v < 0.75 and P.get("forum"):
        k = r.randint(1, 4)
        post = ctx.sents(["forum", "hard_ai"] if r.random() < 0.15 else ["forum"], k, 0.25)
        post = place(r, post, ctx.seg)
        user = ctx.fill("{user}")
        text = f"{L['posted']} {user} · {ctx.fill('{date}')}\n\n{join_prose(r, post, ctx.lang, 0.3)}"
        if r.random() < 0.6:
            text = f"Re: {forum_title(ctx.one('forum'))}\n" + text
        for _ in range(r.randint(0, 2)):
            text += f"\n\n{L['reply']} — {ctx.fill('{user2}')}:\n{ctx.one('forum')}"
        return text, esc_none
    if v < 0.88:
        # listing page with several short reviews
        n = r.randint(2, 5)
        blocks = []
        hit = r.randrange(n)
        for i in range(n):
            mood = r.choice(["pos", "neg", "pos"])
            s = review_lines(ctx, mood, r.randint(1, 2), level=0.3)
            if ctx.seg is not None and i == hit:
                s = place(r, s, ctx.seg)
            blocks.append(f"{stars(r.randint(1, 5))}  {ctx.fill('{first%d}' % i)}\n{join_prose(r, s, ctx.lang, 0.0)}")
        return f"{product}\n{ctx.fill('{price}')}\n\n" + "\n\n".join(blocks), esc_none
    # FAQ / shipping page, optionally html
    faq = r.sample(P["faq"], min(len(P["faq"]), r.randint(1, 4)))
    hit = r.randrange(len(faq))
    if ctx.mode == "markup" or r.random() < 0.3:
        esc = esc_none if ctx.mode == "markup" else esc_html_text
        parts = []
        for i, (q, a) in enumerate(faq):
            extra = ""
            if ctx.seg is not None and i == hit:
                extra = "\n" + (ctx.seg if ctx.mode == "markup" else f"<p>{esc(ctx.seg)}</p>")
            parts.append(f'<details>\n<summary>{esc_html_text(ctx.fill(q))}</summary>\n<p>{esc_html_text(ctx.fill(a))}</p>{extra}\n</details>')
        return f'<section class="faq">\n<h2>{esc_html_text(L["faq"])}</h2>\n' + "\n".join(parts) + "\n</section>", esc
    text = L["faq"] + "\n"
    for i, (q, a) in enumerate(faq):
        a = ctx.fill(a)
        if ctx.seg is not None and i == hit:
            a = join_prose(r, place(r, [a], ctx.seg), ctx.lang, 0.0)
        text += f"\n{ctx.fill(q)}\n{a}\n"
    return text.rstrip(), esc_none


# =================================================================== tool

def _ts(ctx):
    r = ctx.rng
    return f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def tool(ctx):
    r = ctx.rng
    seg = ctx.seg
    v = r.random()
    if ctx.mode == "markup":
        v = r.choice([0.25, 0.95, 0.95])
    if v < 0.2:
        notes = [ctx.one("notes") for _ in range(r.randint(0, 2))]
        order = {
            "order_id": ctx.fill("{order}"),
            "status": r.choice(["paid", "processing", "shipped", "on_hold", "partially_refunded"]),
            "created_at": _ts(ctx),
            "customer": {"name": ctx.fill("{name}"), "email": ctx.fill("{email}"), "city": ctx.fill("{city}")},
            "items": [{"sku": ctx.fill("{sku}"), "title": ctx.fill("{product}"), "qty": r.randint(1, 3),
                       "price": ctx.fill("{price}")}],
            "shipping": {"carrier": ctx.fill("{courier}"), "tracking": ctx.fill("{track}")},
        }
        if r.random() < 0.5:
            order["items"].append({"sku": ctx.fill("{sku2}"), "title": ctx.fill("{product2}"), "qty": 1,
                                   "price": ctx.fill("{price2}")})
        if ctx.tricky:
            order["fraud_check"] = {"system": "riskscore-v2", "score": round(r.random() * 30, 1), "result": "pass"}
            order["delivery_instructions"] = ctx.one("notes")
            order["handled_by"] = {"name": ctx.fill("{first2}"), "role": r.choice(["admin", "support_agent", "warehouse"])}
        if seg is not None:
            f = r.random()
            if f < 0.4:
                order["customer_note"] = seg
            elif f < 0.7:
                notes.insert(r.randint(0, len(notes)), seg)
            else:
                order["gift_message"] = seg
        order["notes"] = notes
        return json.dumps(order, ensure_ascii=False, indent=r.choice([None, 2])), esc_json
    if v < 0.34:
        n = r.randint(2, 5)
        res = []
        hit = r.randrange(n)
        for i in range(n):
            good = r.random() < 0.6
            snip = sep(ctx.lang).join(review_lines(ctx, "pos" if good else "neg", r.randint(1, 2), level=0.2))
            if seg is not None and i == hit:
                snip = f"{snip}{sep(ctx.lang)}{seg}" if r.random() < 0.7 else seg
            res.append({"rating": r.choice([4, 5]) if good else r.choice([1, 2, 3]),
                        "author": ctx.fill("{first%d}" % i), "text": snip, "date": ctx.fill("{date%d}" % i)})
        doc = {"product_id": ctx.fill("{sku}"), "average": round(r.uniform(2.5, 4.9), 1), "count": r.randint(n, 400),
               "reviews": res}
        return json.dumps(doc, ensure_ascii=False, indent=r.choice([None, 2])), esc_json
    if v < 0.48:
        msgs = []
        body = ctx.sents(["tk_body"], r.randint(1, 3), 0.3)
        b = join_prose(r, place(r, body, seg), ctx.lang, 0.0)
        msgs.append({"from": "customer", "at": _ts(ctx), "body": b})
        if r.random() < 0.6:
            msgs.append({"from": "agent", "name": ctx.fill("{first2}"), "at": _ts(ctx), "body": ctx.one("chat_agent")})
        doc = {"ticket_id": int(ctx.fill("{big}")), "subject": ctx.one("tk_subj"), "status": "open",
               "requester": ctx.fill("{email}"), "messages": msgs}
        if ctx.tricky:
            doc["assignee"] = {"name": ctx.fill("{first3}"), "role": "admin"}
            doc["macros_applied"] = ["reset_password_link", "override_sla"]
        return json.dumps(doc, ensure_ascii=False, indent=r.choice([None, 2])), esc_json
    if v < 0.62:
        lines = []
        n = r.randint(3, 8)
        hit = r.randrange(n)
        for i in range(n):
            lvl = r.choice(["INFO", "INFO", "INFO", "WARN", "DEBUG"])
            kind = r.random()
            if kind < 0.3:
                msg = f"order-svc: order {ctx.fill('{order%d}' % i)} status=shipped carrier={ctx.fill('{courier}')}"
            elif kind < 0.5:
                msg = f"payments: capture ok amount={ctx.fill('{price%d}' % i)} ref={util.rand_hex(r, 12)}"
            elif kind < 0.65:
                msg = f"auth: {'admin' if ctx.tricky else 'staff'} login user={ctx.fill('{first%d}' % i).lower()} ip={ctx.fill('{ip}')}"
            elif kind < 0.8:
                msg = f"webhook: delivered topic=orders/updated attempt={r.randint(1, 3)} token_refresh=ok"
            else:
                msg = f'checkout: customer_note="{ctx.one("notes")}"'
            if seg is not None and i == hit:
                msg = f'checkout: customer_note="{seg}"' if r.random() < 0.6 else f"reviews: new review text={seg}"
            lines.append((_ts(ctx), f"{lvl} {msg}"))
        return "\n".join(f"{t} {m}" for t, m in sorted(lines)), esc_none
    if v < 0.74:
        lines = ["order_id,date,customer,total,status,note"]
        n = r.randint(2, 6)
        hit = r.randrange(n)
        for i in range(n):
            note = ctx.one("notes") if r.random() < 0.5 else ""
            if seg is not None and i == hit:
                note = seg
            lines.append(f'{ctx.fill("{order%d}" % i)},{ctx.fill("{date%d}" % i)},"{esc_csv(ctx.fill("{name%d}" % i))}",'
                         f'{ctx.fill("{price%d}" % i).replace(",", ".")},{r.choice(["paid", "refunded", "shipped", "cancelled"])},"{esc_csv(note)}"')
        return "\n".join(lines), esc_csv
    if v < 0.86:
        payload = {"id": ctx.fill("{uuid}"), "topic": r.choice(["orders/create", "returns/requested", "reviews/create"]),
                   "shop": ctx.fill("{shophost}"), "data": {"order": ctx.fill("{order}"),
                                                            "email": ctx.fill("{email}"),
                                                            "note": seg if seg is not None else ctx.one("notes")}}
        hdr = (f"POST /hooks/store HTTP/1.1\nContent-Type: application/json\n"
               f"X-Signature-Sha256: {util.rand_b64(r, 32)}\n")
        if ctx.tricky:
            hdr += f"X-Webhook-Secret-Id: whsec_{util.rand_hex(r, 8)}\n"
        return hdr + "\n" + json.dumps(payload, ensure_ascii=False), esc_json
    # browse/fetch tool output
    url = f"https://{ctx.fill('{shophost}')}/products/{r.randint(100, 9999)}"
    if ctx.mode == "markup" or r.random() < 0.3:
        desc = [f"<p>{esc_html_text(s)}</p>" for s in describe(ctx, r.randint(1, 3))]
        esc = esc_none
        if seg is not None:
            if ctx.mode == "markup":
                desc = place(r, desc, seg)
            else:
                desc = place(r, desc, f"<p>{esc_html_text(seg)}</p>")
                esc = esc_html_text
        body = "<main>\n" + "\n".join(desc) + "\n</main>"
        res = {"tool": "fetch_url", "url": url, "status": 200, "content_type": "text/html", "body": body}
        if r.random() < 0.5:
            return json.dumps(res, ensure_ascii=False, indent=2), (lambda s, e=esc: esc_json(e(s)))
        return f"[fetch_url] {url} -> 200 text/html\n\n{body}", esc
    text = describe(ctx, r.randint(1, 2)) + review_lines(ctx, r.choice(["pos", "neg"]), r.randint(1, 2), level=0.1)
    text = place(r, text, seg)
    return f"Tool result (browse): {url}\nStatus: 200\n\n{join_prose(r, text, ctx.lang, 0.3)}", esc_none


BUILDERS = {"review": review, "ticket": ticket, "feed": feed, "email": email, "web": web, "tool": tool}
