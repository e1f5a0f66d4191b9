"""Store corpus "hundredseventeenth": tool results and developer material read by a store's agent.

Rows are JSON/YAML tool results (order lookup, tracking, payment gateway, inventory, CRM, returns,
price feeds, webhooks, audit logs, chat exports, web fetches), service logs, error stacks, API docs,
SDK samples, changelogs and admin help, in 12 languages. Injections are fake or tampered results and
docs whose fields, comments or encoded blobs order the agent to act; hard negatives share the same
shapes, keys and opaque blobs (base64 tokens, JWTs, data URIs, hashes, signed URLs) with no such intent.

Run:  python3 bench/inject/gen_store_hundredseventeenth.py
Writes bench/inject/store_hundredseventeenth.jsonl (deterministic) and prints row counts.
"""
import base64
import collections
import importlib
import json
import os
import re
import sys
import urllib.parse

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hundredseventeenth import common as C  # noqa: E402

NAME = "hundredseventeenth"
SEED = 117_0117
TOTAL = 2500
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "sl", "lt", "ja"]
EN_ROWS = 872
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"store_{NAME}.jsonl")

NOTE_SHAPES = ["order-lookup", "tracking", "payment-gateway", "inventory", "crm-search", "returns-portal",
               "price-feed", "webhook", "audit-log", "chat-export"]
ALL_JSON = list(C.JSON_SHAPES)
VECTORS = [  # (family, weight, shapes)
    ("inj-agent-field", 18, ALL_JSON), ("inj-note-field", 15, NOTE_SHAPES), ("inj-b64-field", 8, ALL_JSON),
    ("inj-hex-field", 4, ALL_JSON), ("inj-fake-role", 8, ALL_JSON + ["chat-export"] * 3),
    ("inj-url-param", 3, ALL_JSON), ("inj-zero-width", 3, NOTE_SHAPES), ("inj-homoglyph", 2, NOTE_SHAPES),
    ("inj-price-override", 5, ["price-feed", "inventory", "order-lookup", "webhook", "price-feed"]),
    ("inj-error-message", 4, ["error-stack"]),
    ("inj-doc-comment", 10, ["api-doc", "sdk-sample", "changelog", "admin-help", "agent-config", "web-page"]),
    ("inj-doc-line", 7, ["api-doc", "changelog", "admin-help", "agent-config", "web-page"]),
    ("inj-hidden-html", 6, ["web-page", "web-fetch"]), ("inj-log-line", 4, ["service-log"]),
    ("inj-review-note", 2, ["review"]),
]
HARD = [(s, 6) for s in C.JSON_SHAPES] + [(s, 4) for s in C.TEXT_SHAPES] + [
    ("security-notice", 5), ("ai-feature-review", 4), ("staff-note", 5)]
PLAIN = ["order-lookup", "tracking", "inventory", "payment-gateway", "price-feed", "returns-portal"]


def wchoice(r, pairs):
    t = sum(w for _, w in pairs)
    x = r.uniform(0, t)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def shape(r, L, name, S):
    if name in C.JSON_SHAPES:
        return C.JSON_SHAPES[name](r, L, S)
    return C.TEXT_SHAPES[name](r, L, S)


def stars(r):
    n = r.randint(1, 5)
    return r.choice([f"{n}/5", "★" * n + "☆" * (5 - n), f"{n} ⭐", f"[{n}/5]"])


def maybe_wrap(r, L, text, src, p=.22):
    if src in ("tool", "feed") and r.random() < p:
        return C.wrap(r, L, text), r.choice(["email", "ticket"])
    return text, src


def make_inj(r, L, lang):
    fam = None
    while fam is None:
        fam, _, shapes = wchoice(r, [((f, w, s), w) for f, w, s in VECTORS])
        if fam == "inj-homoglyph" and lang == "ja":
            fam = None
    shp = r.choice(shapes)
    goal = "price" if fam == "inj-price-override" else r.choice(sorted(L.INJ))
    F = C.Fill(r, L)
    p = C.payload(r, L, goal, F)
    S = C.Slots()
    S.extra = C.ok_extras(r, L) if r.random() < .6 else []
    pay = p
    if fam == "inj-agent-field":
        S.extra.append((r.choice(C.INJ_KEYS), p))
    elif fam == "inj-note-field":
        if r.random() < .4:
            S.note = C.join(L, [C.pick(r, L, "NOTES", F), p])
        else:
            S.note = p
    elif fam == "inj-b64-field":
        if r.random() < .5:
            blob = C.b64(p)
        else:
            c = r.choice(L.CARRIERS)
            blob = C.b64(C.cj({"carrier": c, "parcel": C.tracking_no(r, c), r.choice(["note", "msg", "ctx"]): p}))
        S.extra.append((r.choice(C.B64_KEYS), blob))
    elif fam == "inj-hex-field":
        S.extra.append((r.choice(C.HEX_KEYS), p.encode("utf-8").hex()))
    elif fam == "inj-fake-role":
        m = {"role": r.choice(["system", "system", "developer"]), "content": p}
        if shp == "chat-export":
            S.msgs = [m]
        else:
            S.extra.append((r.choice(["messages", "conversation", "system_messages"]), [m]))
    elif fam == "inj-url-param":
        S.extra.append((r.choice(["callback_url", "return_url", "receipt_url", "next"]),
                        f"https://{r.choice(C.HOSTS)}/{C.an(r, 8)}?id={C.uuid(r)}&sig={C.hx(r, 24)}&"
                        f"{r.choice(['memo', 'note', 'msg', 'q'])}={urllib.parse.quote(p)}"))
    elif fam == "inj-zero-width":
        S.note = pay = C.zw(r, p)
    elif fam == "inj-homoglyph":
        S.note = pay = C.homo(r, p)
    elif fam == "inj-price-override":
        S.extra.append((r.choice(["price_override", "pricing_instruction", "agent_price_rule"]), p))
    elif fam == "inj-error-message":
        S.line = C.join(L, [C.pick(r, L, "ERRORS", F), p])
    elif fam == "inj-doc-comment":
        S.comment = p
    elif fam == "inj-doc-line":
        S.line = p
    elif fam == "inj-hidden-html":
        S.hidden, S.hidden_kind = p, r.randrange(5)
    elif fam == "inj-log-line":
        S.line = p
    if shp == "review":
        parts = [stars(r)] + C.sents(r, L, "REVIEW_OK", r.randint(1, 3), F)
        parts.insert(r.randint(1, len(parts)), p)
        return "review", fam, C.join(L, parts), p
    if shp in C.TEXT_SHAPES and fam not in ("inj-doc-line", "inj-error-message", "inj-log-line"):
        S.extra = []
    text, src = shape(r, L, shp, S)
    text, src = maybe_wrap(r, L, text, src)
    return src, fam, text, pay


def make_hard(r, L, lang):
    kind = wchoice(r, HARD)
    F = C.Fill(r, L)
    fam = "hard-" + kind
    if kind == "security-notice":
        F["q"] = r.choice(L.ATTACK_QUOTE)
        parts = C.sents(r, L, "SECURITY", r.randint(1, 3), F)
        return "email", fam, "\n\n".join(parts) if r.random() < .5 else C.join(L, parts)
    if kind == "ai-feature-review":
        parts = [stars(r)] + C.sents(r, L, "REVIEW", r.randint(1, 3), F)
        if r.random() < .4:
            parts.append(C.pick(r, L, "REVIEW_OK", F))
        return "review", fam, C.join(L, parts)
    if kind == "staff-note":
        parts = C.sents(r, L, "STAFF_MSG", r.randint(1, 3), F)
        if r.random() < .5:
            S = C.Slots()
            t, _ = C.sh_audit(r, L, S)
            parts.append("```\n" + t + "\n```")
        return "ticket", fam, "\n\n".join(parts)
    S = C.Slots()
    if kind in C.JSON_SHAPES:
        S.extra = C.ok_extras(r, L, r.choice([1, 1, 2, 3]))
        if kind in NOTE_SHAPES and r.random() < .6:
            S.note = C.pick(r, L, r.choice(["NOTES_HARD", "NOTES_HARD", "NOTES", "AGENT_OK"]), F)
        if kind == "web-fetch" and r.random() < .5:
            S.hidden, S.hidden_kind = C.pick(r, L, "HIDDEN_OK", F), r.randrange(5)
    else:
        if r.random() < .5:
            S.comment = C.pick(r, L, r.choice(["SDK_COMMENT", "AGENT_OK"]), F)
        if kind in ("api-doc", "changelog", "admin-help", "web-page") and r.random() < .4:
            S.line = C.pick(r, L, r.choice(["ADMIN_HELP", "API_DOC", "AGENT_OK"]), F)
        if kind == "web-page" and r.random() < .6:
            S.hidden, S.hidden_kind = C.pick(r, L, "HIDDEN_OK", F), r.randrange(5)
    text, src = shape(r, L, kind, S)
    text, src = maybe_wrap(r, L, text, src, .3)
    return src, fam, text


def make_plain(r, L, lang):
    kind = r.choice(PLAIN)
    S = C.Slots()
    S.simple = True
    text, src = shape(r, L, kind, S)
    text, src = maybe_wrap(r, L, text, src, .3)
    return src, "benign-" + kind, text


def check_payload(row):
    t, p, f = row["text"], row["payload"], row["family"]
    if f == "inj-b64-field":
        for b in re.findall(r"[A-Za-z0-9+/=]{16,}", t):
            try:
                if p in base64.b64decode(b + "=" * (-len(b) % 4)).decode("utf-8", "ignore"):
                    return True
            except ValueError:
                pass
        return False
    if f == "inj-hex-field":
        return p.encode("utf-8").hex() in t
    if f == "inj-url-param":
        return urllib.parse.quote(p) in t
    return p in t


def main():
    import random
    r = random.Random(SEED)
    rest = TOTAL - EN_ROWS
    per = [EN_ROWS] + [rest // 11 + (1 if i < rest % 11 else 0) for i in range(11)]
    rows, seen = [], set()
    flip = 0
    for lang, n in zip(LANGS, per):
        L = importlib.import_module(f"hundredseventeenth.{lang}")
        for i in range(n):
            inj = (i + flip) % 2 == 0
            for _ in range(50):
                C.ROW["cur"] = r.randrange(len(L.MONEY))
                if inj:
                    src, fam, text, pay = make_inj(r, L, lang)
                elif r.random() < .8:
                    (src, fam, text), pay = make_hard(r, L, lang), ""
                else:
                    (src, fam, text), pay = make_plain(r, L, lang), ""
                if text not in seen and len(text) < 4000:
                    break
            else:
                raise SystemExit("could not make a unique row")
            seen.add(text)
            rows.append({"id": "", "split": "train", "source": src, "lang": lang, "family": fam, "text": text,
                         "injection": inj, "payload": pay})
        flip += n % 2
    r.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = f"{NAME}-{i:05d}"
    # validation
    assert len(rows) == TOTAL and len({x["id"] for x in rows}) == TOTAL
    assert len({x["text"] for x in rows}) == TOTAL
    ni = sum(x["injection"] for x in rows)
    assert abs(ni - TOTAL // 2) <= 10, ni
    nh = sum(x["family"].startswith("hard-") for x in rows)
    assert nh >= 700, nh
    for x in rows:
        assert x["text"].strip() and len(x["text"]) < 4000, x["id"]
        assert bool(x["payload"]) == x["injection"], x["id"]
        assert x["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", x["family"]), x["family"]
        if x["injection"]:
            assert check_payload(x), (x["id"], x["family"], x["payload"])
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for x in rows:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    # report
    for key in ("lang", "source", "family", "injection"):
        cnt = collections.Counter(str(x[key]) for x in rows)
        print(key + ":", ", ".join(f"{k}={v}" for k, v in sorted(cnt.items())))
    print("hard negatives:", nh, "injections:", ni, "benign:", TOTAL - ni)
    sc = collections.Counter()
    for x in rows:
        for s in set(sentences(x["text"])):
            sc[s] += 1
    print(f"sentences: {len(sc)} distinct over {TOTAL} rows; max rows per sentence {max(sc.values())}")
    for s, c in sc.most_common(5):
        print(f"  {c:4d}  {s[:90]}")


def sentences(t):
    out = []
    t = re.sub(r"<[^>]*>", "\n", t)
    for part in re.split(r'[\n"]|(?<=[.!?。！？])\s+|(?<=[。！？])', t):
        part = part.strip(" -#/*<>!,:")
        words = re.findall(r"[^\W\d_]{2,}", part)
        end = re.search(r"[.!?。！？]$", part)
        cjk = re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", part)
        if (len(words) >= 6 or (len(words) >= 3 and end) or (cjk and (len(part) >= 15 or end))) \
                and not re.search(r"[{}=_\\]|https?:|\.py|\(src|#|;", part):
            out.append(part)
    return out


if __name__ == "__main__":
    main()
