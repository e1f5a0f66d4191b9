"""Carrier texts: the same surrounding text for every member of a pair.

A Carrier makes all its random choices when it is built; render(key) then
places a key sentence into that fixed context, so an injection and its twins
differ only in the key sentence.
"""
import json

from .slots import fill

SOURCES = ["review", "ticket", "feed", "email", "web", "tool"]

_POOLS = {
    "review": ("review", "support", "product"),
    "ticket": ("support", "review", "product"),
    "email": ("support", "review", "product"),
    "feed": ("product", "review", "support"),
    "web": ("product", "review", "support"),
    "tool": ("review", "support", "product"),
}

_VARIANTS = {
    "review": ["bare", "stars", "signed", "titled"],
    "ticket": ["header", "meta", "plain"],
    "email": ["mail"],
    "feed": ["kv", "xml", "csv"],
    "web": ["markdown", "html", "forum"],
    "tool": ["json_reviews", "fetch", "ticket_search", "json_inbox"],
}
_PLAIN_FALLBACK = {"json_reviews": "fetch", "json_inbox": "ticket_search"}


def _choose_k(rng):
    r = rng.random()
    if r < 0.12:
        return 0
    if r < 0.60:
        return rng.randint(1, 3)
    if r < 0.88:
        return rng.randint(4, 8)
    if r < 0.95:
        return rng.randint(9, 18)
    return rng.randint(19, 40)


class Carrier:
    def __init__(self, rng, L, source, slots, html=False):
        self.L = L
        self.source = source
        self.slots = slots
        self.html = html
        self.joiner = L["joiner"]
        pools = []
        for p in _POOLS[source]:
            items = list(L[p])
            rng.shuffle(items)
            pools.extend(items)
        k = min(_choose_k(rng), len(pools))
        self.fillers = pools[:k]
        self.pos = rng.choice(["start", "middle", "end"])
        variants = _VARIANTS[source]
        if html and source == "feed":
            variants = ["xml"]
        if html and source == "web":
            variants = ["html"]
        self.variant = rng.choice(variants)
        if k == 0 and source != "tool" and rng.random() < 0.6:
            self.variant = "bare"
        others = [n for n in L["names"] if n != slots["name"]]
        self.signer = rng.choice(others)
        self.greet = rng.choice(L["greet"])
        self.bye = rng.choice(L["bye"])
        self.subj = fill(rng.choice(L["subj"]), slots)
        self.stars = rng.choice(["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆"])
        self.rating = rng.randint(1, 5)
        self.price = "%d.%02d" % (rng.randint(9, 299), rng.choice([0, 49, 90, 99]))

    def trim(self):
        """Drop one filler sentence (used to keep rows under the size cap)."""
        if self.fillers:
            self.fillers.pop()
            return True
        return False

    def plain_fallback(self):
        self.variant = _PLAIN_FALLBACK.get(self.variant, self.variant)

    def _split(self):
        n = len(self.fillers)
        cut = {"start": 0, "middle": n // 2, "end": n}[self.pos]
        if self.pos == "middle" and n >= 2 and cut == 0:
            cut = 1
        return self.fillers[:cut], self.fillers[cut:]

    def _body(self, key):
        pre, post = self._split()
        j = self.joiner
        if self.html:
            parts = []
            if pre:
                parts.append("<p>" + j.join(pre) + "</p>")
            parts.append(key if key.startswith("<") else "<p>" + key + "</p>")
            if post:
                parts.append("<p>" + j.join(post) + "</p>")
            return "\n".join(parts)
        return j.join(pre + [key] + post)

    def render(self, key):
        s = self.slots
        body = self._body(key)
        v = self.variant
        src = self.source
        if v == "bare":
            return body
        if src == "review":
            if v == "stars":
                return self.stars + "\n" + body
            if v == "signed":
                return body + "\n— " + self.signer
            return "%s %s\n\n%s" % (self.stars, s["prod"], body)
        if src == "ticket":
            if v == "header":
                return "Ticket #%s · %s\n\n%s" % (s["tid"], self.subj, body)
            if v == "meta":
                return ("[#%s] %s\nchannel: web form | priority: normal | order: %s\n---\n%s"
                        % (s["tid"], self.subj, s["oid"], body))
            return "%s\n\n%s\n\n%s" % (self.greet, body, self.bye)
        if src == "email":
            if self.html:
                return ("Subject: %s\nFrom: %s\nContent-Type: text/html; charset=utf-8\n\n"
                        "<html><body>\n<p>%s</p>\n%s\n<p>%s<br>%s</p>\n</body></html>"
                        % (self.subj, s["email"], self.greet, body, self.bye, self.signer))
            return ("Subject: %s\nFrom: %s\n\n%s\n\n%s\n\n%s\n%s"
                    % (self.subj, s["email"], self.greet, body, self.bye, self.signer))
        if src == "feed":
            if v == "kv":
                return "sku=%s | title=%s | price=%s | description=%s" % (s["sku"], s["prod"], self.price, body)
            if v == "xml":
                return ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <g:price>%s EUR</g:price>\n"
                        "  <description>%s</description>\n</item>" % (s["sku"], s["prod"], self.price, body))
            return "id;title;price;description\n%s;%s;%s;%s" % (s["sku"], s["prod"], self.price, body)
        if src == "web":
            if v == "markdown":
                return "# %s\n\n%s" % (s["prod"], body)
            if v == "html":
                return ("<h1>%s</h1>\n<div class=\"product-description\">\n%s\n</div>"
                        % (s["prod"], body))
            return "Re: %s\n\n%s\n\n— %s" % (s["prod"], body, self.signer)
        # tool results
        if v == "json_reviews":
            obj = {"tool": "get_reviews", "sku": s["sku"],
                   "results": [{"id": "r" + s["tid"], "rating": self.rating, "text": body}]}
            return json.dumps(obj, ensure_ascii=False)
        if v == "json_inbox":
            obj = {"tool": "read_inbox", "messages": [
                {"from": s["email"], "subject": self.subj, "body": body}]}
            return json.dumps(obj, ensure_ascii=False)
        if v == "fetch":
            return "tool: fetch_url\nurl: https://%s/p/%s\nstatus: 200\n\n%s" % (s["shop"], s["sku"], body)
        return "search_tickets(query=%s) -> 1 hit\n#%s: %s" % (s["oid"], s["tid"], body)
