//! Ingress adapters: each parses one API's request body into an [`Exchange`].

mod anthropic_messages;
mod openai_chat;
mod openai_embeddings;
mod openai_responses;

use serde_json::Value;

use crate::exchange::{head, Api, Collector, Exchange, ShapeError};

/// Parses a request body of `api` into an exchange.
pub fn parse(api: Api, body: Value) -> Result<Exchange, ShapeError> {
    let (model, stream) = head(&body)?;
    let mut c = Collector::new();
    match api {
        Api::ChatCompletions => openai_chat::collect(&body, &mut c)?,
        Api::Responses => openai_responses::collect(&body, &mut c)?,
        Api::Embeddings => openai_embeddings::collect(&body, &mut c)?,
        Api::Messages => anthropic_messages::collect(&body, &mut c)?,
    }
    rest_of_body(&body, &mut c);
    Ok(Exchange {
        api,
        model,
        stream: stream && api != Api::Embeddings,
        segments: c.segments,
        body,
    })
}

/// Keys whose string values are protocol vocabulary, not text anyone wrote.
const STRUCTURAL: &[&str] = &[
    "model",
    "role",
    "type",
    "id",
    "object",
    "tool_call_id",
    "call_id",
    "item_id",
    "previous_response_id",
    "encoding_format",
    "media_type",
    "detail",
    "reasoning_effort",
    "effort",
    "service_tier",
    "status",
    "voice",
    "tool_choice",
    "truncation",
    "finish_reason",
    "stop_reason",
    "cache_control",
    "ttl",
    "file_id",
];

/// Fails closed: every string in the body that no adapter claimed becomes a
/// segment too, so a field the adapters do not know yet (`name`,
/// `metadata`, a new content type) is still scanned before it leaves.
fn rest_of_body(body: &Value, c: &mut Collector) {
    let claimed: std::collections::HashSet<Vec<crate::exchange::PathStep>> =
        c.segments.iter().map(|s| s.path.clone()).collect();
    let mut extra = Collector::new();
    walk(body, None, false, &claimed, &mut extra);
    c.segments.extend(extra.segments);
}

fn walk(
    v: &Value,
    key: Option<&str>,
    base64_parent: bool,
    claimed: &std::collections::HashSet<Vec<crate::exchange::PathStep>>,
    c: &mut Collector,
) {
    use crate::exchange::{Role, SegmentKind, Trust};
    match v {
        Value::String(s) => {
            let skip = key.is_some_and(|k| STRUCTURAL.contains(&k))
                // Inline images and files: base64 payloads, not text.
                || s.starts_with("data:")
                || (base64_parent && key == Some("data"))
                || key == Some("file_data")
                || claimed.contains(&c.current_path());
            if !skip {
                c.push(Role::Other, Trust::User, SegmentKind::Field, s);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                c.index(i, |c| walk(x, key, false, claimed, c));
            }
        }
        Value::Object(o) => {
            let b64 = o.get("type").and_then(Value::as_str) == Some("base64");
            for (k, x) in o {
                if k == crate::exchange::MARK_KEY {
                    // The caller's trust mark: read by the adapters,
                    // removed before the request leaves.
                    continue;
                }
                c.key(k, |c| walk(x, Some(k), b64, claimed, c));
            }
        }
        _ => {}
    }
}

/// Text parts of a content array: `[{"type": "text", "text": …}, …]`, for
/// any of the given part types.
pub(crate) fn text_parts(
    c: &mut Collector,
    parts: &[Value],
    types: &[&str],
    role: crate::exchange::Role,
    trust: crate::exchange::Trust,
    kind: crate::exchange::SegmentKind,
) {
    for (j, part) in parts.iter().enumerate() {
        let ty = part.get("type").and_then(Value::as_str).unwrap_or("");
        if types.contains(&ty) {
            if let Some(t) = part.get("text").and_then(Value::as_str) {
                c.index(j, |c| c.key("text", |c| c.push(role, trust, kind, t)));
                c.mark_last(crate::exchange::caller_mark(part));
            }
        }
    }
}
