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
    Ok(Exchange {
        api,
        model,
        stream: stream && api != Api::Embeddings,
        segments: c.segments,
        body,
    })
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
            }
        }
    }
}
