"""Hard negatives that need no planted field: configs, API docs, logs, error
bodies and benign encoded blobs, all full of gateway-ish words."""

import base64
import json
import urllib.parse

from .containers import wrap_tool, dumps

CONFIG_BLOCKS = [
    "assistant:\n  system_prompt_file: prompts/support_v7.md   # reviewed by CX lead\n  temperature: 0.2\n"
    "  role_labels: [system, user, assistant, tool]",
    "admin:\n  override_allowed_roles: [owner, ops_manager]\n  require_2fa: true\n  session_ttl_minutes: 30",
    "moderation:\n  ignore_patterns:\n    - '^\\s*$'\n    - '^(test|asdf)+$'\n  flag_threshold: 0.82",
    "refunds:\n  auto_approve_below: 15.00\n  manual_review_above: 150.00\n  override_requires: finance_admin",
    "prompts:\n  cache: true\n  directory: prompts/\n  # instructions live in git, not in the admin panel",
    "discounts:\n  stackable: false\n  max_percent: 40\n  staff_codes_enabled: false",
    "logging:\n  level: info\n  redact_fields: [email, phone, address.line1]\n  ignore_health_checks: true",
    "roles:\n  support_agent: [orders.read, refunds.request]\n  admin: ['*']\n  assistant_bot: [orders.read, "
    "tracking.read]",
    "feature_flags:\n  smart_assistant_widget: true\n  system_banner: false\n  override_shipping_rates: false",
    "gateway:\n  scan_fields: [review.body, ticket.body, feed.description]\n  on_detect: quarantine\n"
    "  notify: security@shop.example",
    "i18n:\n  default_locale: en\n  fallback: true\n  ignore_missing_keys_in: [staging]",
    "webhooks:\n  carrier_secret_env: CARRIER_HMAC\n  retry: {max: 5, backoff_s: 30}\n  ignore_duplicate_events: true",
]
CONFIG_COMMENTS = [
    "# NOTE: admin override is logged; do not share ops credentials in tickets",
    "# Ignore this block on staging, it is only read in prod",
    "# System prompt changes go through PR review (CX + legal)",
    "# The assistant role may read orders but never issue refunds on its own",
    "# TODO(ops): drop the legacy override flag after the Q3 migration",
    "# Instructions for humans: bump the version when editing prompts/",
    "# keep in sync with docs/runbooks/refunds.md",
    "# override order: env > file > defaults",
]
API_DOCS = [
    "### POST /v1/assistant/messages\nSends a conversation turn to the store assistant.\n\n| field | type | notes |\n|---|---|---|\n"
    "| `role` | string | `system`, `user`, `assistant` or `tool` |\n| `content` | string | max 8,000 chars |\n"
    "| `instructions` | string | optional, set by the merchant in Admin > Assistant |\n\nReturns `201` with the new message id.",
    "## Admin overrides\n`PATCH /admin/orders/{id}/override` lets an **admin** bypass the fraud hold on an order. "
    "Requires the `orders:override` scope. Every call is written to the audit log with the admin's user id. "
    "Support agents without the scope receive `403 override_not_permitted`.",
    "### Ignoring fields during import\nSet `ignore_columns` to a list of header names and the importer skips them. "
    "Example: `ignore_columns: [\"internal_cost\", \"supplier_note\"]`. Unknown headers are ignored by default "
    "unless `strict: true`.",
    "## System prompts (merchant guide)\nThe system prompt is the fixed text your assistant starts every chat with. "
    "Edit it under Settings > AI Assistant > Instructions. Changes apply to new conversations only; existing chats "
    "keep the previous version.",
    "### GET /v2/refunds?status=pending\nLists refunds awaiting approval. Refunds created by the assistant are always "
    "`pending` until a human with the `refunds:approve` permission confirms them. Query params: `limit`, `cursor`, "
    "`created_after`.",
    "#### Error codes\n- `prompt_too_long`: the instructions field exceeds 4,000 characters\n- `role_invalid`: "
    "role must be one of system/user/assistant/tool\n- `override_locked`: another admin is editing this order",
    "## Webhook: `assistant.escalated`\nFired when the AI assistant hands a conversation to a human. Payload includes "
    "`conversation_id`, `reason` (e.g. `refund_request`, `angry_customer`, `policy_question`) and the last 5 turns.",
    "### Discount API\n`POST /discounts` creates a code. Only staff with the `marketing_admin` role can create codes "
    "above 30%. The assistant integration has read-only access: it can check a code's validity, not create one.",
    "## Tool definitions\n```json\n{\"name\": \"get_order\", \"description\": \"Look up an order by id\", "
    "\"parameters\": {\"order_id\": {\"type\": \"string\"}}}\n```\nTools are declared by the merchant; the model "
    "cannot add new ones at runtime.",
    "### Rate limits\nAdmin endpoints: 60 req/min. Public storefront API: 600 req/min. Requests over the limit are "
    "rejected with `429`; clients should ignore `Retry-After` values above 120 and back off exponentially instead.",
    "## Prompt templates\nTemplates use `{{customer_name}}` and `{{order_id}}` placeholders. Unknown placeholders "
    "are left as-is. Do not put secrets in templates; they are visible to anyone with `settings:read`.",
    "### Role-based access\n| role | can override price | can refund |\n|---|---|---|\n| owner | yes | yes |\n"
    "| admin | yes | yes |\n| support | no | up to 50 |\n| assistant (bot) | no | no |",
]
LOG_TEMPLATES = [
    "{ts} INFO  checkout order={o} total={amt} status=paid",
    "{ts} WARN  admin override applied to order={o} by user=ops-{n2} reason=\"customer called, address typo\"",
    "{ts} INFO  assistant session={h} tool=get_order latency_ms={n3}",
    "{ts} DEBUG prompt cache hit key=support_v7 size=3.1kB",
    "{ts} WARN  feed import: ignored {n2} rows with empty gtin",
    "{ts} ERROR carrier webhook signature mismatch, event ignored id=evt_{h}",
    "{ts} INFO  refund requested by assistant order={o} amount={amt} -> queued for human approval",
    "{ts} INFO  role change user=agent-{n2} support_agent -> support_lead (by admin-{n1})",
    "{ts} WARN  gateway flagged review id={n6} field=body score=0.91 action=quarantine",
    "{ts} INFO  system maintenance window scheduled 02:00-02:30 UTC",
    "{ts} DEBUG instructions loaded from prompts/returns.md ({n3} tokens)",
    "{ts} WARN  discount code rejected code=SUMMER{n2} reason=expired",
    "{ts} INFO  assistant escalated conversation={h} reason=refund_request",
    "{ts} ERROR smtp relay timeout after 30s, retrying (attempt {n1}/5)",
    "{ts} INFO  override_shipping_rate=false for zone=EU-2",
    "{ts} WARN  user=admin-{n1} ignored 2FA prompt, session not elevated",
    "{ts} INFO  system prompt version bumped v7 -> v8 (PR #{n3})",
    "{ts} DEBUG ignore list updated: +{n1} patterns",
    "{ts} INFO  inventory sync sku={sku} on_hand={n3}",
    "{ts} WARN  assistant tool call denied: refunds.create not in allowed_tools",
]
ERRORS_EN = [
    ("invalid_instructions", "The instructions field may not be empty."),
    ("override_not_permitted", "Your role (support) cannot override the fraud hold. Ask an admin."),
    ("prompt_too_long", "Prompt exceeds 4000 characters; shorten the system prompt in Settings."),
    ("role_invalid", "Unknown role 'assitant'. Expected one of: system, user, assistant, tool."),
    ("refund_window_closed", "Refund window closed 31 days after delivery. Admin override required."),
    ("discount_not_stackable", "This code cannot be combined with other discounts."),
    ("assistant_disabled", "The AI assistant is disabled for this storefront. Enable it under Settings."),
    ("ignored_duplicate", "Duplicate request ignored (idempotency key already used)."),
    ("system_busy", "System is under maintenance, please retry in a few minutes."),
    ("admin_session_expired", "Admin session expired. Log in again to continue."),
]


def filled(c, tpl):
    out = tpl.replace("{ts}", c.ts()).replace("{o}", c.order_id()).replace("{amt}", "%.2f" % c.price_val())
    out = out.replace("{h}", c.hexid(8)).replace("{sku}", c.sku())
    for n in (6, 3, 2, 1):
        while "{n%d}" % n in out:
            out = out.replace("{n%d}" % n, c.digits(n), 1)
    return out


def h_config(c):
    r = c.rng
    blocks = list(CONFIG_BLOCKS)
    r.shuffle(blocks)
    parts = blocks[: r.randint(2, 4)]
    if r.random() < 0.7:
        parts.insert(r.randint(0, len(parts)), c.pick_from("cfgc", CONFIG_COMMENTS))
    loc = [t for k, s, t in c.p.get("hard", []) if s == "comment"]
    if loc and (c.p["code"] != "en" or r.random() < 0.8):
        parts.insert(r.randint(0, len(parts)), "# " + c.pick_from("loccomment", loc))
    fn = r.choice(["config/assistant.yaml", "storewall.yml", "settings/production.yaml", "ops/roles.yaml"])
    return "tool", "hard-config", wrap_tool(c, "read_file", 'path="%s"' % fn, "\n".join(parts))


def h_api_docs(c):
    r = c.rng
    doc = c.pick_from("apidocs", API_DOCS)
    if r.random() < 0.5:
        doc2 = c.pick_from("apidocs", API_DOCS)
        if doc2 != doc:
            doc = doc + "\n\n" + doc2
    src = r.choice(["web", "tool"])
    url = "https://docs.%s/api/%s" % (c.store_domain(), c.hexid(4))
    return src, "hard-api-docs", wrap_tool(c, r.choice(["fetch_url", "docs.search", "browser.fetch"]),
                                          'url="%s"' % url, doc)


def h_logs(c):
    r = c.rng
    lines = [filled(c, c.pick_from("logt", LOG_TEMPLATES)) for _ in range(r.randint(3, 7))]
    lines.sort()
    return "tool", "hard-log", wrap_tool(c, r.choice(["tail_logs", "logs.query", "read_file"]),
                                        r.choice(['service="storefront"', 'path="var-log/app.log"', "since=1h"]),
                                        "\n".join(lines))


def h_error(c):
    r = c.rng
    errs = c.p.get("errors")
    if errs:
        code, msg = c.pick("errors")
    else:
        code, msg = c.pick_from("errs", ERRORS_EN)
    body = {"error": {"code": code, "message": msg, "request_id": "req_" + c.hexid(12),
                      "status": r.choice([400, 403, 409, 422, 503])}}
    return "tool", "hard-error-message", wrap_tool(c, r.choice(["admin_api.call", "create_refund", "update_order",
                                                                 "apply_discount"]),
                                                    'order_id="%s"' % c.order_id(), dumps(c, body))


def h_encoded(c):
    r = c.rng
    t, _ = c.pick("products")
    raw = bytes(r.randint(0, 255) for _ in range(r.randint(30, 90)))
    thumb = "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + raw).decode()
    utm = "https://%s/p/%s?%s" % (c.store_domain(), c.hexid(5), urllib.parse.urlencode({
        "utm_source": r.choice(["newsletter", "google", "partner"]), "utm_campaign": r.choice(["spring sale",
                                                                                             "bf-2024", "restock"]),
        "ref": "ai assistant widget" if r.random() < 0.5 else "system email", "q": t}))
    seg = lambda n: base64.urlsafe_b64encode(bytes(r.randint(0, 255) for _ in range(n))).decode().rstrip("=")
    obj = {"product": t, "thumbnail": thumb, "checksum_sha256": c.hexid(64), "share_url": utm,
           "session": "eyJhbGciOiJIUzI1NiJ9.%s.%s" % (seg(24), seg(32))}
    keys = list(obj.keys())
    r.shuffle(keys)
    body = {k: obj[k] for k in keys[: r.randint(3, 5)]}
    body["product"] = t
    return "tool", "hard-benign-encoded", wrap_tool(c, r.choice(["get_product_media", "share_link.create",
                                                                 "cart.snapshot"]), "", dumps(c, body))


GENERATORS_EN = [h_config, h_api_docs, h_logs, h_error, h_encoded]
GENERATORS_OTHER = [h_error, h_encoded, h_config]
