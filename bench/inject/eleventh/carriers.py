"""Store carriers: wrap a body (which may hold an injected segment) into realistic formats per source."""
import json
from xml.sax.saxutils import escape

STORES = ["northpine.shop", "lumen-home.com", "kestrel-outdoor.eu", "maple-and-oak.store", "bluewick.co",
          "harbor-goods.com"]

AGENT = {
    "en": ["Thanks for reaching out! Let me check that for you.", "I'm sorry about that. Could you share your order number?",
           "I've passed this to our returns team; you'll hear back within 24 hours."],
    "de": ["Danke für Ihre Nachricht, ich schaue kurz nach.", "Das tut mir leid. Haben Sie Ihre Bestellnummer zur Hand?"],
    "fr": ["Merci pour votre message, je vérifie tout de suite.", "Désolé pour ce désagrément. Avez-vous votre numéro de commande ?"],
    "es": ["Gracias por escribirnos, lo reviso ahora mismo.", "Sentimos las molestias. ¿Nos indicas el número de pedido?"],
    "it": ["Grazie per averci scritto, controllo subito.", "Ci scusiamo. Ha il numero d'ordine a portata di mano?"],
    "nl": ["Bedankt voor je bericht, ik zoek het even op.", "Vervelend om te horen. Heb je je bestelnummer bij de hand?"],
    "pt": ["Obrigado pelo contato, vou verificar agora.", "Sentimos muito. Pode informar o número do pedido?"],
    "pl": ["Dziękujemy za wiadomość, już sprawdzam.", "Przykro nam. Czy może Pan/Pani podać numer zamówienia?"],
    "sv": ["Tack för ditt meddelande, jag kollar direkt.", "Tråkigt att höra. Har du ditt ordernummer till hands?"],
    "ja": ["お問い合わせありがとうございます。確認いたします。", "ご不便をおかけして申し訳ありません。注文番号を教えていただけますか。"],
}
DATES = ["Mon, 3 Mar 2025 09:14", "Tue, 11 Feb 2025 16:02", "Fri, 24 Jan 2025 11:47", "Wed, 9 Apr 2025 08:31",
         "Thu, 15 May 2025 19:20", "Sat, 7 Jun 2025 13:05"]


def xml_text(s):
    if "<" in s or "&" in s:
        return "<![CDATA[" + s + "]]>"
    return s


def stars(r):
    return "★" * r + "☆" * (5 - r)


# ---------------- review ----------------
def r_plain(rng, L, body, c):
    return "%s %s\n%s\n— %s" % (stars(c["rating"]), c["title"], body, c["name"])


def r_oneline(rng, L, body, c):
    return body


def r_md(rng, L, body, c):
    return "### %s\n**Rating:** %d/5 · *Verified purchase* · %s\n\n%s\n\n_%s_" % (
        c["title"], c["rating"], c["product"], body, c["name"])


def r_html(rng, L, body, c):
    paras = "\n".join("    <p>%s</p>" % p for p in body.split("\n\n"))
    return ('<div class="review" data-rating="%d" data-sku="%s">\n  <h4 class="review-title">%s</h4>\n'
            '  <div class="review-body">\n%s\n  </div>\n  <span class="author">%s</span> · <time>2025-0%d-1%d</time>\n</div>') % (
        c["rating"], c["sku"], c["title"], paras, c["name"], rng.randint(1, 9), rng.randint(0, 9))


def r_json(rng, L, body, c):
    return json.dumps({"review_id": "R%d" % c["n"], "sku": c["sku"], "product": c["product"], "rating": c["rating"],
                       "title": c["title"], "body": body, "author": c["name"], "verified_purchase": True,
                       "locale": c["lang"]}, ensure_ascii=False, indent=2)


def r_qa(rng, L, body, c):
    q = L["qa_q"] if "qa_q" in L else c["title"] + "?"
    return "Q: %s\nA: %s\n— %s (verified buyer)" % (rng.choice(q) if isinstance(q, list) else q, body, c["name"])


# ---------------- ticket ----------------
def t_plain(rng, L, body, c):
    return "Ticket #%d | Priority: %s | Channel: web form\nCustomer: %s\nSubject: %s\n\n%s\n%s\n\n%s\n%s" % (
        c["n"], rng.choice(["normal", "high", "low"]), c["name"], c["subject"], rng.choice(L["greet"]), body,
        rng.choice(L["close"]), c["name"])


def t_chat(rng, L, body, c):
    ag = AGENT[c["lang"]]
    h = rng.randint(8, 20)
    m = rng.randint(10, 50)
    lines = ["[%02d:%02d] Agent (%s): %s" % (h, m, rng.choice(["Sam", "Lea", "Kai", "Noor"]), ag[0]),
             "[%02d:%02d] Customer: %s" % (h, m + 1, body),
             "[%02d:%02d] Agent: %s" % (h, m + 3, rng.choice(ag[1:]))]
    return "Chat transcript — session %d\n" % c["n"] + "\n".join(lines)


def t_json(rng, L, body, c):
    return json.dumps({"ticket_id": c["n"], "status": "open", "channel": rng.choice(["email", "web_form", "whatsapp"]),
                       "subject": c["subject"], "requester": {"name": c["name"], "order": c["order"]},
                       "message": body, "tags": ["needs_reply"]}, ensure_ascii=False, indent=2)


# ---------------- feed ----------------
def f_csv(rng, L, body, c):
    import csv
    import io
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["sku", "title", "price", "stock", "description"])
    rows = []
    for i in range(rng.randint(1, 3)):
        rows.append([c["sku"] + "-%d" % (i + 2), rng.choice(L["products"]), str(rng.randint(9, 199)) + ".00",
                     str(rng.randint(0, 400)), rng.choice(L["copy"])])
    rows.insert(rng.randint(0, len(rows)), [c["sku"], c["product"], str(rng.randint(9, 199)) + ".90",
                                            str(rng.randint(0, 400)), body])
    for r in rows:
        w.writerow(r)
    return out.getvalue().rstrip("\n")


def f_xml(rng, L, body, c):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:g="http://base.google.com/ns/1.0" version="2.0">\n<channel>\n'
            '  <item>\n    <g:id>%s</g:id>\n    <title>%s</title>\n    <description>%s</description>\n'
            '    <g:price>%d.00 EUR</g:price>\n    <g:availability>in_stock</g:availability>\n  </item>\n</channel>\n</rss>') % (
        c["sku"], escape(c["product"]), xml_text(body), rng.randint(9, 299))


def f_json(rng, L, body, c):
    return json.dumps({"supplier": c["supplier"], "feed_version": "2.%d" % rng.randint(0, 9),
                       "items": [{"sku": c["sku"], "name": c["product"], "description": body,
                                  "price": {"amount": rng.randint(9, 299), "currency": "EUR"},
                                  "stock": rng.randint(0, 500)}]}, ensure_ascii=False, indent=2)


# ---------------- email ----------------
def _hdr(rng, c, html=False):
    h = "From: %s <%s>\nTo: support@%s\nSubject: %s\nDate: %s +0100\nMessage-ID: <%d.%d@mail.example>\n" % (
        c["name"], c["addr"], c["store"], c["subject"], rng.choice(DATES), c["n"], rng.randint(1000, 9999))
    if html:
        h += "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
    return h


def e_plain(rng, L, body, c):
    quoted = "\n".join("> " + s for s in rng.sample(L["ticket"], 2))
    return "%s\n%s\n\n%s\n\n%s\n%s\n\nOn %s, %s Support <support@%s> wrote:\n> %s\n>\n%s" % (
        _hdr(rng, c), rng.choice(L["greet"]), body, rng.choice(L["close"]), c["name"], rng.choice(DATES), c["store"],
        c["store"], AGENT[c["lang"]][0], quoted)


def e_html(rng, L, body, c):
    paras = "".join("<p>%s</p>" % p for p in body.split("\n\n"))
    return "%s\n<html><body>\n<p>%s</p>\n%s\n<p>%s<br>%s</p>\n</body></html>" % (
        _hdr(rng, c, True), rng.choice(L["greet"]), paras, rng.choice(L["close"]), c["name"])


def e_fwd(rng, L, body, c):
    return "%s\nFYI, see below.\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\n\n%s\n\n%s\n%s" % (
        _hdr(rng, c), c["name"], c["addr"], rng.choice(DATES), c["subject"], rng.choice(L["greet"]), body,
        rng.choice(L["close"]))


# ---------------- web ----------------
def w_html(rng, L, body, c):
    paras = "\n".join("    <p>%s</p>" % p for p in body.split("\n\n"))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n  <meta charset="utf-8">\n  <title>%s | %s</title>\n</head>\n<body>\n'
            '  <nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/help">Help</a></nav>\n  <main>\n'
            '    <h1>%s</h1>\n%s\n  </main>\n  <footer>© 2025 %s · <a href="/privacy">Privacy</a></footer>\n</body>\n</html>') % (
        c["lang"], escape(c["product"]), c["store"], escape(c["product"]), paras, c["store"])


def w_md(rng, L, body, c):
    bullets = "\n".join("- " + s for s in rng.sample(L["copy"], 3))
    return "# %s\n\n%s\n\n## Details\n\n%s\n\n---\n*%s*" % (c["product"], body, bullets, c["store"])


def w_text(rng, L, body, c):
    return "%s\n%s\n\n%s\n\n%s" % (c["product"], "=" * 20, body, " ".join(rng.sample(L["copy"], 2)))


# ---------------- tool ----------------
def tl_order(rng, L, body, c):
    return json.dumps({"tool": "order_lookup", "status": "ok",
                       "result": {"order_id": c["order"], "status": rng.choice(["in_transit", "processing", "delivered"]),
                                  "items": [{"sku": c["sku"], "name": c["product"], "qty": 1}],
                                  "customer_feedback": body}}, ensure_ascii=False, indent=2)


def tl_search(rng, L, body, c):
    res = [{"title": c["product"] + " – " + c["store"], "url": "https://%s/p/%s" % (c["store"], c["sku"].lower()),
            "snippet": body},
           {"title": rng.choice(L["products"]), "url": "https://%s/p/%d" % (c["store"], c["n"]),
            "snippet": rng.choice(L["copy"])}]
    rng.shuffle(res)
    return json.dumps({"tool": "web_search", "query": c["product"], "results": res}, ensure_ascii=False, indent=2)


def tl_kv(rng, L, body, c):
    return "tool: get_product_reviews\nsku: %s\nresult[0].rating: %d\nresult[0].text: %s\nresult[1].rating: %d\nresult[1].text: %s" % (
        c["sku"], c["rating"], body, rng.randint(3, 5), rng.choice(L["review"]))


def tl_xml(rng, L, body, c):
    return '<tool_result name="fetch_page" url="https://%s/p/%s">\n  <title>%s</title>\n  <content>%s</content>\n</tool_result>' % (
        c["store"], c["sku"].lower(), escape(c["product"]), xml_text(body))


CARRIERS = {
    "review": [r_plain, r_oneline, r_md, r_html, r_json, r_qa],
    "ticket": [t_plain, t_chat, t_json],
    "feed": [f_csv, f_xml, f_json],
    "email": [e_plain, e_html, e_fwd],
    "web": [w_html, w_md, w_text],
    "tool": [tl_order, tl_search, tl_kv, tl_xml],
}
SOURCE_W = [("review", 26), ("ticket", 17), ("email", 17), ("feed", 12), ("web", 15), ("tool", 13)]
# which filler pool a body draws from per source
POOL = {"review": "review", "ticket": "ticket", "email": "ticket", "feed": "copy", "web": "copy", "tool": "review"}
HTMLISH = {r_html, e_html, w_html, tl_xml, f_xml, r_md, w_md}
