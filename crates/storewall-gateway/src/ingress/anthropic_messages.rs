use serde_json::Value;

use super::text_parts;
use crate::exchange::{role_of, Collector, Role, SegmentKind, ShapeError, Trust};

pub(super) fn collect(body: &Value, c: &mut Collector) -> Result<(), ShapeError> {
    match body.get("system") {
        Some(Value::String(s)) => c.key("system", |c| {
            c.push(Role::System, Trust::Trusted, SegmentKind::Text, s)
        }),
        Some(Value::Array(parts)) => c.key("system", |c| {
            text_parts(
                c,
                parts,
                &["text"],
                Role::System,
                Trust::Trusted,
                SegmentKind::Text,
            )
        }),
        None | Some(Value::Null) => {}
        Some(_) => {
            return Err(ShapeError(
                "`system` must be a string or an array of text blocks".into(),
            ))
        }
    }
    let messages = body
        .get("messages")
        .and_then(Value::as_array)
        .ok_or_else(|| ShapeError("`messages` must be an array of messages".into()))?;
    c.key("messages", |c| {
        for (i, m) in messages.iter().enumerate() {
            let role_name = m
                .get("role")
                .and_then(Value::as_str)
                .ok_or_else(|| ShapeError(format!("`messages[{i}].role` must be a string")))?;
            let (role, trust) = role_of(role_name);
            let first = c.segments.len();
            c.index(i, |c| match m.get("content") {
                Some(Value::String(s)) => {
                    c.key("content", |c| c.push(role, trust, SegmentKind::Text, s));
                    Ok(())
                }
                Some(Value::Array(blocks)) => c.key("content", |c| {
                    for (j, b) in blocks.iter().enumerate() {
                        c.index(j, |c| block(b, role, trust, c));
                    }
                    Ok(())
                }),
                _ => Err(ShapeError(format!(
                    "`messages[{i}].content` must be a string or an array of content blocks"
                ))),
            })?;
            c.mark_from(first, crate::exchange::caller_mark(m));
        }
        Ok(())
    })
}

fn block(b: &Value, role: Role, trust: Trust, c: &mut Collector) {
    match b.get("type").and_then(Value::as_str).unwrap_or("") {
        "text" => {
            if let Some(t) = b.get("text").and_then(Value::as_str) {
                c.key("text", |c| c.push(role, trust, SegmentKind::Text, t));
                c.mark_last(crate::exchange::caller_mark(b));
            }
        }
        "tool_use" => {
            if let Some(input) = b.get("input") {
                c.key("input", |c| {
                    c.strings(
                        input,
                        Role::Assistant,
                        Trust::User,
                        SegmentKind::ToolArguments,
                    )
                });
            }
        }
        "tool_result" => match b.get("content") {
            Some(Value::String(s)) => c.key("content", |c| {
                c.push(Role::Tool, Trust::Untrusted, SegmentKind::ToolResult, s)
            }),
            Some(Value::Array(parts)) => c.key("content", |c| {
                text_parts(
                    c,
                    parts,
                    &["text"],
                    Role::Tool,
                    Trust::Untrusted,
                    SegmentKind::ToolResult,
                )
            }),
            _ => {}
        },
        "document" => {
            if let Some(data) = b
                .get("source")
                .filter(|s| s.get("type").and_then(Value::as_str) == Some("text"))
                .and_then(|s| s.get("data"))
                .and_then(Value::as_str)
            {
                c.key("source", |c| {
                    c.key("data", |c| {
                        c.push(role, Trust::Untrusted, SegmentKind::Text, data)
                    })
                });
                c.mark_last(crate::exchange::caller_mark(b));
            }
        }
        _ => {}
    }
}
