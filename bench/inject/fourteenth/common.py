"""Shared rendering helpers for carriers."""

import json

MAX_BYTES = 3950
MIN_BYTES = 210


def nbytes(s):
    return len(s.encode("utf-8"))


def dump(c, obj):
    x = c.rng.random()
    if x < 0.45:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    if x < 0.8:
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False, indent=1)


def envelope(c, tool, body):
    """Wrap a tool's output the way agent frameworks print it."""
    x = c.rng.randrange(6)
    if x == 0:
        return body
    if x == 1:
        return "Tool `%s` returned:\n%s" % (tool, body)
    if x == 2:
        return "Observation: %s" % body
    if x == 3:
        return "[tool_result name=%s call_id=call_%s]\n%s" % (tool, c.hexid(10), body)
    if x == 4:
        return "%s -> 200 OK\n%s" % (tool, body)
    return "<result tool=\"%s\">\n%s\n</result>" % (tool, body)


def fit(render, fillers, keep=0):
    """Render with the filler list, dropping fillers from the end until it fits."""
    text = render(fillers)
    while nbytes(text) > MAX_BYTES and len(fillers) > keep:
        fillers.pop()
        text = render(fillers)
    return text


def insert_at(c, lst, item):
    """Insert item at a random position (returns new list)."""
    lst = list(lst)
    lst.insert(c.rng.randint(0, len(lst)), item)
    return lst


TIMELINE_EN = [
    "Order placed via Online Store", "Payment of {amt} captured", "Order confirmation email sent to customer",
    "Fulfillment created at {wh}", "Shipping label purchased ({carrier})", "Tracking number added",
    "Risk analysis: low", "Inventory reserved", "Customer opened the order status page",
    "Address validated by {carrier}", "Invoice PDF generated", "Packing slip printed",
]

WAREHOUSES = ["Warehouse A (Leeds)", "DC-Rotterdam", "Lager Nord", "FC-Madrid-2", "3PL ShipHero NJ",
              "Hub Milano", "Entrepôt Lyon", "Magazyn Poznań"]


def timeline(c, k):
    r = c.rng
    out = []
    for t in [r.choice(TIMELINE_EN) for _ in range(k)]:
        out.append({"at": c.ts(), "author": "system", "message": c.fill(t, {"wh": r.choice(WAREHOUSES)})})
    return out
