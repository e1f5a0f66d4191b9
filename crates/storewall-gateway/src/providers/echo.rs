//! The built-in `echo` provider: answers with the text it received after the
//! guard, so a newcomer sees exactly what a real provider would have seen.
//!
//! The answer itself goes through restoration like any other, so the
//! provider's view is also sent, unrestored, in the `x-storewall-provider-view`
//! header.

use axum::http::{HeaderName, HeaderValue};
use base64::Engine;
use bytes::Bytes;
use futures_util::StreamExt;
use serde_json::{json, Value};

use super::{UpstreamBody, UpstreamResponse};
use crate::errors::ApiError;
use crate::exchange::{Api, Role};
use crate::sse::encode;

/// The header holding the provider's view of the request.
pub const VIEW_HEADER: &str = "x-storewall-provider-view";

/// The longest view sent in the header; clients refuse very large headers.
const MAX_VIEW_BYTES: usize = 8 * 1024;

/// Characters per streamed chunk: small, so restoration across chunk
/// boundaries is exercised on every streamed echo.
const CHUNK_CHARS: usize = 3;

pub(super) fn answer(api: Api, body: &Value, stream: bool) -> Result<UpstreamResponse, ApiError> {
    let exchange =
        crate::ingress::parse(api, body.clone()).map_err(|e| ApiError::bad_request(e.0))?;
    let model = exchange.model.clone();
    let text = if api == Api::Embeddings {
        exchange
            .segments
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        exchange
            .segments
            .iter()
            .rev()
            .find(|s| s.role == Role::User)
            .or(exchange.segments.last())
            .map(|s| s.text.clone())
            .unwrap_or_default()
    };
    let prompt_tokens = exchange.estimated_tokens();
    let completion_tokens = u32::try_from(text.len().div_ceil(4)).unwrap_or(u32::MAX);
    let headers = vec![(
        HeaderName::from_static(VIEW_HEADER),
        HeaderValue::from_str(&header_escape(&text)).unwrap_or(HeaderValue::from_static("")),
    )];
    let t = (prompt_tokens, completion_tokens);
    let body = match (api, stream) {
        (Api::Embeddings, _) => {
            UpstreamBody::Full(json_bytes(&embeddings(body, &model, prompt_tokens)))
        }
        (Api::ChatCompletions, false) => UpstreamBody::Full(json_bytes(&chat(&model, &text, t))),
        (Api::Messages, false) => UpstreamBody::Full(json_bytes(&message(&model, &text, t))),
        (Api::Responses, false) => {
            UpstreamBody::Full(json_bytes(&response(&model, &text, "completed", t)))
        }
        (_, true) => {
            let events = stream_events(api, body, &model, &text, t);
            UpstreamBody::Stream(futures_util::stream::iter(events.into_iter().map(Ok)).boxed())
        }
    };
    Ok(UpstreamResponse {
        status: 200,
        body,
        headers,
    })
}

fn json_bytes(v: &Value) -> Bytes {
    Bytes::from(v.to_string())
}

/// Escapes text into a header value: printable ASCII stays, the rest is
/// written as JSON-style escapes.
fn header_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_VIEW_BYTES));
    for c in text.chars() {
        if out.len() >= MAX_VIEW_BYTES {
            out.push_str("...(truncated)");
            break;
        }
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            ' '..='~' => out.push(c),
            c => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
        }
    }
    out
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn chat(model: &str, text: &str, (p, c): (u32, u32)) -> Value {
    json!({
        "id": "chatcmpl-echo",
        "object": "chat.completion",
        "created": now(),
        "model": model,
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": text, "refusal": null},
            "logprobs": null,
            "finish_reason": "stop"
        }],
        "usage": {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}
    })
}

fn message(model: &str, text: &str, (p, c): (u32, u32)) -> Value {
    json!({
        "id": "msg_echo",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": null,
        "usage": {"input_tokens": p, "output_tokens": c}
    })
}

fn response(model: &str, text: &str, status: &str, (p, c): (u32, u32)) -> Value {
    let output = if status == "completed" {
        json!([{
            "type": "message",
            "id": "msg_echo",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": []}]
        }])
    } else {
        json!([])
    };
    json!({
        "id": "resp_echo",
        "object": "response",
        "created_at": now(),
        "status": status,
        "model": model,
        "output": output,
        "parallel_tool_calls": true,
        "tool_choice": "auto",
        "tools": [],
        "usage": {
            "input_tokens": p,
            "output_tokens": c,
            "total_tokens": p + c,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0}
        }
    })
}

fn embeddings(body: &Value, model: &str, p: u32) -> Value {
    let inputs: Vec<String> = match body.get("input") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().map(|x| x.to_string()).collect(),
        _ => Vec::new(),
    };
    let base64 = body.get("encoding_format").and_then(Value::as_str) == Some("base64");
    let data: Vec<Value> = inputs
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let v = pseudo_embedding(s);
            let embedding = if base64 {
                let bytes: Vec<u8> = v.iter().flat_map(|f| f.to_le_bytes()).collect();
                json!(base64::engine::general_purpose::STANDARD.encode(bytes))
            } else {
                json!(v)
            };
            json!({"object": "embedding", "index": i, "embedding": embedding})
        })
        .collect();
    json!({
        "object": "list",
        "data": data,
        "model": model,
        "usage": {"prompt_tokens": p, "total_tokens": p}
    })
}

/// A deterministic unit vector derived from the text (FNV-1a), so equal
/// inputs embed equally.
fn pseudo_embedding(s: &str) -> Vec<f32> {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut v = Vec::with_capacity(16);
    for i in 0..16u8 {
        for b in s.bytes().chain(std::iter::once(i)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        v.push(((h >> 40) as f32 / (1u64 << 24) as f32) - 0.5);
    }
    let norm = v
        .iter()
        .map(|x| x * x)
        .sum::<f32>()
        .sqrt()
        .max(f32::EPSILON);
    v.iter().map(|x| x / norm).collect()
}

fn chunks(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(CHUNK_CHARS)
        .map(|c| c.iter().collect())
        .collect()
}

fn stream_events(api: Api, body: &Value, model: &str, text: &str, t: (u32, u32)) -> Vec<Bytes> {
    let mut events = Vec::new();
    let mut push = |event: Option<&str>, data: Value| {
        let mut s = String::new();
        encode(event, &data.to_string(), &mut s);
        events.push(Bytes::from(s));
    };
    match api {
        Api::ChatCompletions => {
            let base = json!({"id": "chatcmpl-echo", "object": "chat.completion.chunk", "created": now(), "model": model});
            let chunk = |delta: Value, finish: Value| {
                let mut c = base.clone();
                c["choices"] = json!([{"index": 0, "delta": delta, "logprobs": null, "finish_reason": finish}]);
                c
            };
            push(
                None,
                chunk(json!({"role": "assistant", "content": ""}), Value::Null),
            );
            for piece in chunks(text) {
                push(None, chunk(json!({"content": piece}), Value::Null));
            }
            push(None, chunk(json!({}), json!("stop")));
            if body.pointer("/stream_options/include_usage") == Some(&Value::Bool(true)) {
                let mut c = base.clone();
                c["choices"] = json!([]);
                c["usage"] = json!({"prompt_tokens": t.0, "completion_tokens": t.1, "total_tokens": t.0 + t.1});
                push(None, c);
            }
            events.push(Bytes::from_static(b"data: [DONE]\n\n"));
        }
        Api::Messages => {
            let mut start = message(model, "", (t.0, 0));
            start["content"] = json!([]);
            start["stop_reason"] = Value::Null;
            push(
                Some("message_start"),
                json!({"type": "message_start", "message": start}),
            );
            push(
                Some("content_block_start"),
                json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
            );
            for piece in chunks(text) {
                push(
                    Some("content_block_delta"),
                    json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}}),
                );
            }
            push(
                Some("content_block_stop"),
                json!({"type": "content_block_stop", "index": 0}),
            );
            push(
                Some("message_delta"),
                json!({"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": null}, "usage": {"output_tokens": t.1}}),
            );
            push(Some("message_stop"), json!({"type": "message_stop"}));
        }
        Api::Responses | Api::Embeddings => {
            let mut seq = 0u64;
            let mut ev = |ty: &str, mut data: Value| {
                data["type"] = json!(ty);
                data["sequence_number"] = json!(seq);
                seq += 1;
                push(Some(ty), data);
            };
            ev(
                "response.created",
                json!({"response": response(model, "", "in_progress", (0, 0))}),
            );
            ev(
                "response.output_item.added",
                json!({"output_index": 0, "item": {"type": "message", "id": "msg_echo", "status": "in_progress", "role": "assistant", "content": []}}),
            );
            ev(
                "response.content_part.added",
                json!({"item_id": "msg_echo", "output_index": 0, "content_index": 0, "part": {"type": "output_text", "text": "", "annotations": []}}),
            );
            for piece in chunks(text) {
                ev(
                    "response.output_text.delta",
                    json!({"item_id": "msg_echo", "output_index": 0, "content_index": 0, "delta": piece, "logprobs": []}),
                );
            }
            ev(
                "response.output_text.done",
                json!({"item_id": "msg_echo", "output_index": 0, "content_index": 0, "text": text, "logprobs": []}),
            );
            ev(
                "response.content_part.done",
                json!({"item_id": "msg_echo", "output_index": 0, "content_index": 0, "part": {"type": "output_text", "text": text, "annotations": []}}),
            );
            ev(
                "response.output_item.done",
                json!({"output_index": 0, "item": {"type": "message", "id": "msg_echo", "status": "completed", "role": "assistant", "content": [{"type": "output_text", "text": text, "annotations": []}]}}),
            );
            ev(
                "response.completed",
                json!({"response": response(model, text, "completed", t)}),
            );
        }
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_escape_is_ascii() {
        let e = header_escape("Grüße\n[EMAIL_ADDRESS_1] \\ ok");
        assert!(e.bytes().all(|b| (b' '..=b'~').contains(&b)));
        assert_eq!(e, "Gr\\u00fc\\u00dfe\\n[EMAIL_ADDRESS_1] \\\\ ok");
        let long = header_escape(&"x".repeat(MAX_VIEW_BYTES * 2));
        assert!(long.len() < MAX_VIEW_BYTES + 32 && long.ends_with("(truncated)"));
    }
}
