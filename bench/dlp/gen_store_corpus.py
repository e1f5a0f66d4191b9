#!/usr/bin/env python3
"""Writes store_corpus.jsonl: realistic texts that online stores send to AI
(support tickets, chat transcripts, pasted CSV rows, JSON order payloads,
logs with keys, supplier emails) in English, German, French, Spanish, Dutch
and Italian, with every sensitive span labelled by construction, plus hard
negatives (order numbers, SKUs, EANs, tracking numbers, prices, dates, UUIDs,
commit hashes, publishable keys) that must raise nothing.

    python3 bench/dlp/gen_store_corpus.py [--n 1200] [--seed 7]

Values come from Faker. Its name lists are also the source of Storewall's
name gazetteers, so PERSON recall here is an upper bound; the Presidio set
and unseen text are the honest measure for names.
"""

import argparse
import json
import os
import random
import string
import sys

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "nl_NL", "it_IT"]

WORDS = {
    "en": dict(hi="Hi", dear="Dear", thanks="Thanks", order="order", arrived="hasn't arrived yet",
               call="You can call me on", mail="or write to", ship="Please ship it to", pay="Please transfer the amount to IBAN",
               card="I paid with my card", regards="Kind regards", agent="Agent", customer="Customer"),
    "de": dict(hi="Hallo", dear="Sehr geehrte Damen und Herren,\nmein Name ist", thanks="Danke", order="Bestellung",
               arrived="ist noch nicht angekommen", call="Sie erreichen mich unter", mail="oder per Mail an",
               ship="Bitte liefern Sie an", pay="Bitte überweisen Sie den Betrag auf die IBAN", card="Ich habe mit meiner Karte bezahlt",
               regards="Mit freundlichen Grüßen", agent="Mitarbeiter", customer="Kunde"),
    "fr": dict(hi="Bonjour", dear="Madame, Monsieur,\nje suis", thanks="Merci", order="commande", arrived="n'est pas encore arrivée",
               call="Vous pouvez m'appeler au", mail="ou m'écrire à", ship="Merci de livrer à", pay="Merci de virer le montant sur l'IBAN",
               card="J'ai payé avec ma carte", regards="Cordialement", agent="Conseiller", customer="Client"),
    "es": dict(hi="Hola", dear="Estimados señores,\nsoy", thanks="Gracias", order="pedido", arrived="todavía no ha llegado",
               call="Pueden llamarme al", mail="o escribirme a", ship="Por favor envíenlo a", pay="Por favor transfieran el importe al IBAN",
               card="Pagué con mi tarjeta", regards="Saludos cordiales", agent="Agente", customer="Cliente"),
    "nl": dict(hi="Hallo", dear="Geachte heer/mevrouw,\nmijn naam is", thanks="Bedankt", order="bestelling", arrived="is nog niet aangekomen",
               call="U kunt mij bellen op", mail="of mailen naar", ship="Graag leveren op", pay="Graag het bedrag overmaken naar IBAN",
               card="Ik heb betaald met mijn kaart", regards="Met vriendelijke groet", agent="Medewerker", customer="Klant"),
    "it": dict(hi="Ciao", dear="Gentili signori,\nsono", thanks="Grazie", order="ordine", arrived="non è ancora arrivato",
               call="Potete chiamarmi al", mail="o scrivermi a", ship="Per favore spedite a", pay="Per favore bonificate l'importo sull'IBAN",
               card="Ho pagato con la mia carta", regards="Cordiali saluti", agent="Operatore", customer="Cliente"),
}


class Text:
    """Builds a text piece by piece and records labelled spans."""

    def __init__(self):
        self.parts = []
        self.len = 0
        self.spans = []

    def add(self, s, label=None):
        if label:
            self.spans.append({"type": label, "start": self.len, "end": self.len + len(s)})
        self.parts.append(s)
        self.len += len(s)
        return self

    def done(self, i, kind, locale):
        return {"id": i, "kind": kind, "locale": locale, "text": "".join(self.parts), "spans": self.spans}


# Seeded in main(), so the corpus is the same for the same --seed.
RNG = random.Random(7)


def rand(alphabet, n):
    return "".join(RNG.choice(alphabet) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def stamp(rng):
    """A timestamp that depends only on the seed, not on today's date."""
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def secret(rng):
    kind = rng.choice(["stripe", "shopify", "github", "aws", "openai", "slack", "woo", "sendgrid", "anthropic", "jwt"])
    return {
        "stripe": lambda: "sk_live_" + rand(ALNUM, 24),
        "shopify": lambda: "shpat_" + rand(HEX, 32),
        "github": lambda: "ghp_" + rand(ALNUM, 36),
        "aws": lambda: "AKIA" + rand(string.ascii_uppercase + string.digits, 16),
        "openai": lambda: "sk-proj-" + rand(ALNUM + "_-", 48),
        "slack": lambda: "xoxb-" + rand(string.digits, 11) + "-" + rand(string.digits, 12) + "-" + rand(ALNUM, 24),
        "woo": lambda: "ck_" + rand(HEX, 40),
        "sendgrid": lambda: "SG." + rand(ALNUM + "_-", 22) + "." + rand(ALNUM + "_-", 43),
        "anthropic": lambda: "sk-ant-api03-" + rand(ALNUM + "_-", 93),
        "jwt": lambda: "eyJhbGciOiJIUzI1NiJ9.eyJ" + rand(ALNUM, 40) + "." + rand(ALNUM + "_-", 43),
    }[kind]()


def negatives(rng, fake):
    """Things that look sensitive and are not."""
    return rng.choice([
        f"order #{rng.randint(100000, 99999999)}",
        f"SKU {rng.choice(['LDC', 'TS', 'HX'])}-{rng.randint(1000, 9999)}-{rng.choice(['GRY', 'BLU', 'XL'])}",
        f"EAN {fake.ean13()}",
        f"tracking 1Z{rand(string.ascii_uppercase + string.digits, 16)}",
        f"{rng.randint(5, 900)}.{rng.randint(0, 99):02d} EUR",
        f"on {stamp(rng)[:10]}",
        f"ref {fake.uuid4()}",
        f"commit {rand(HEX, 40)}",
        f"publishable key pk_live_{rand(ALNUM, 24)}",
        f"batch {rng.randint(10**11, 10**12 - 1)}",
    ])


def address(fake, locale):
    street = fake.street_address()
    if locale in ("en_US",):
        return f"{street}, {fake.city()}, {fake.state_abbr()} {fake.postcode()}"
    if locale == "en_GB":
        return f"{street}, {fake.city()} {fake.postcode()}"
    return f"{street}, {fake.postcode()} {fake.city()}"


def ticket(i, fake, rng, locale, w):
    t = Text()
    name = fake.name()
    t.add(f"{w['hi']},\n\n{w['dear'] if rng.random() < 0.3 else ''} ".lstrip())
    t.add(name, "PERSON").add(f". {w['order'].capitalize()} #{rng.randint(100000, 999999)} {w['arrived']} ({negatives(rng, fake)}). ")
    t.add(f"{w['ship']} ").add(address(fake, locale), "LOCATION").add(". ")
    t.add(f"{w['call']} ").add(fake.phone_number(), "PHONE_NUMBER").add(f" {w['mail']} ").add(fake.email(), "EMAIL_ADDRESS").add(".\n\n")
    t.add(f"{w['regards']},\n").add(name, "PERSON")
    return t.done(i, "ticket", locale)


def chat(i, fake, rng, locale, w):
    t = Text()
    first = fake.first_name()
    t.add(f"{w['customer']}: {w['hi']}, ").add(first, "PERSON").add(f" here. {w['card']} ")
    t.add(fake.credit_card_number(), "CREDIT_CARD").add(f" ({negatives(rng, fake)}).\n")
    t.add(f"{w['agent']}: {w['thanks']} ").add(first, "PERSON").add(f"! {w['mail']} ").add(fake.email(), "EMAIL_ADDRESS").add("?\n")
    t.add(f"{w['customer']}: {w['call']} ").add(fake.phone_number(), "PHONE_NUMBER").add(".")
    return t.done(i, "chat", locale)


def csv_rows(i, fake, rng, locale, w):
    t = Text()
    t.add("first_name,last_name,email,phone,city,total\n")
    for _ in range(rng.randint(2, 4)):
        t.add(fake.first_name(), "PERSON").add(",").add(fake.last_name(), "PERSON").add(",")
        t.add(fake.email(), "EMAIL_ADDRESS").add(",").add(fake.phone_number().replace(",", " "), "PHONE_NUMBER")
        t.add(f",{fake.city().replace(',', ' ')},{rng.randint(5, 500)}.{rng.randint(0, 99):02d}\n")
    return t.done(i, "csv", locale)


def order_json(i, fake, rng, locale, w):
    t = Text()
    t.add('{"order_id": "%d", "status": "paid", "customer": {"name": "' % rng.randint(10**6, 10**7))
    t.add(fake.name(), "PERSON").add('", "email": "').add(fake.email(), "EMAIL_ADDRESS").add('", "phone": "')
    t.add(fake.phone_number(), "PHONE_NUMBER").add('"}, "shipping_address": "').add(address(fake, locale), "LOCATION")
    t.add('", "items": [{"sku": "TS-%d-BLU", "qty": %d, "price": %d.99}], "note": "%s"}' % (rng.randint(1000, 9999), rng.randint(1, 4), rng.randint(5, 99), negatives(rng, fake)))
    return t.done(i, "json", locale)


def log(i, fake, rng, locale, w):
    t = Text()
    t.add(f"{stamp(rng)} ERROR payment webhook failed for ").add(fake.email(), "EMAIL_ADDRESS")
    t.add(" from ").add(fake.ipv4_public(), "IP_ADDRESS").add(f" ({negatives(rng, fake)})\n")
    t.add("  config: api_key=").add(secret(rng), "SECRET").add("\n")
    t.add("  retry with token ").add(secret(rng), "SECRET").add(f" at {stamp(rng)}")
    return t.done(i, "log", locale)


def supplier(i, fake, rng, locale, w):
    t = Text()
    name = fake.name()
    t.add(f"{w['hi']} ").add(fake.first_name(), "PERSON").add(f",\n\n{w['pay']} ").add(fake.iban(), "IBAN_CODE")
    t.add(f" ({negatives(rng, fake)}, {negatives(rng, fake)}).\n\n{w['regards']},\n").add(name, "PERSON").add("\n")
    t.add(address(fake, locale), "LOCATION").add("\n").add(fake.phone_number(), "PHONE_NUMBER")
    return t.done(i, "supplier-email", locale)


def us_form(i, fake, rng, locale, w):
    t = Text()
    us = Faker("en_US")
    us.seed_instance(rng.randint(0, 10**9))
    t.add("Refund form. Name: ").add(us.name(), "PERSON").add("\nSSN: ").add(us.ssn(), "US_SSN")
    t.add("\nAddress: ").add(address(us, "en_US"), "LOCATION").add(f"\nNotes: {negatives(rng, us)}")
    return t.done(i, "form", "en_US")


def negative_only(i, fake, rng, locale, w):
    t = Text()
    t.add(" ".join(negatives(rng, fake) for _ in range(5)) + ".")
    return t.done(i, "negatives", locale)


KINDS = [ticket, chat, csv_rows, order_json, log, supplier, us_form, negative_only]


def main():
    # Some Faker locales pick from sets, whose order follows the string-hash
    # seed; fix it so the same --seed always writes the same corpus.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="bench/dlp/store_corpus.jsonl")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    RNG.seed(args.seed)
    fakers = {l: Faker(l) for l in LOCALES}
    for l, f in fakers.items():
        f.seed_instance(args.seed)
    with open(args.out, "w", encoding="utf-8") as out:
        for i in range(args.n):
            locale = LOCALES[i % len(LOCALES)]
            w = WORDS[locale[:2]]
            kind = KINDS[(i // len(LOCALES)) % len(KINDS)]
            out.write(json.dumps(kind(i, fakers[locale], rng, locale, w), ensure_ascii=False) + "\n")
    print(f"wrote {args.n} texts to {args.out}")


if __name__ == "__main__":
    main()
