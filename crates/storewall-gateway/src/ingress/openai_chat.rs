use serde_json::Value;

use super::text_parts;
use crate::exchange::{role_of, Collector, Role, SegmentKind, ShapeError, Trust};

pub(super) fn collect(body: &Value, c: &mut Collector) -> Result<(), ShapeError> {
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
            let kind = if role == Role::Tool {
                SegmentKind::ToolResult
            } else {
                SegmentKind::Text
            };
            let first = c.segments.len();
            c.index(i, |c| {
                match m.get("content") {
                    Some(Value::String(s)) => c.key("content", |c| c.push(role, trust, kind, s)),
                    Some(Value::Array(parts)) => c.key("content", |c| {
                        text_parts(c, parts, &["text", "input_text"], role, trust, kind)
                    }),
                    None | Some(Value::Null) => {}
                    Some(_) => {
                        return Err(ShapeError(format!(
                            "`messages[{i}].content` must be a string or an array of parts"
                        )))
                    }
                }
                if let Some(calls) = m.get("tool_calls").and_then(Value::as_array) {
                    c.key("tool_calls", |c| {
                        for (k, call) in calls.iter().enumerate() {
                            if let Some(args) = call
                                .get("function")
                                .and_then(|f| f.get("arguments"))
                                .and_then(Value::as_str)
                            {
                                c.index(k, |c| {
                                    c.key("function", |c| {
                                        c.key("arguments", |c| {
                                            c.push(
                                                Role::Assistant,
                                                Trust::User,
                                                SegmentKind::ToolArguments,
                                                args,
                                            )
                                        })
                                    })
                                });
                            }
                        }
                    });
                }
                Ok(())
            })?;
            c.mark_from(first, crate::exchange::caller_mark(m));
        }
        Ok(())
    })
}
