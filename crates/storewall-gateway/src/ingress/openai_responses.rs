use serde_json::Value;

use super::text_parts;
use crate::exchange::{role_of, Collector, Role, SegmentKind, ShapeError, Trust};

pub(super) fn collect(body: &Value, c: &mut Collector) -> Result<(), ShapeError> {
    match body.get("instructions") {
        Some(Value::String(s)) => c.key("instructions", |c| {
            c.push(Role::System, Trust::Trusted, SegmentKind::Text, s)
        }),
        None | Some(Value::Null) => {}
        Some(_) => return Err(ShapeError("`instructions` must be a string".into())),
    }
    c.key("input", |c| match body.get("input") {
        Some(Value::String(s)) => {
            c.push(Role::User, Trust::User, SegmentKind::Text, s);
            Ok(())
        }
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                c.index(i, |c| collect_item(item, i, c))?;
            }
            Ok(())
        }
        None | Some(Value::Null) => Ok(()),
        Some(_) => Err(ShapeError(
            "`input` must be a string or an array of input items".into(),
        )),
    })
}

fn collect_item(item: &Value, i: usize, c: &mut Collector) -> Result<(), ShapeError> {
    let ty = item
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("message");
    match ty {
        "message" => {
            let (role, trust) = role_of(item.get("role").and_then(Value::as_str).unwrap_or("user"));
            let first = c.segments.len();
            match item.get("content") {
                Some(Value::String(s)) => {
                    c.key("content", |c| c.push(role, trust, SegmentKind::Text, s))
                }
                Some(Value::Array(parts)) => c.key("content", |c| {
                    text_parts(
                        c,
                        parts,
                        &["input_text", "output_text", "text"],
                        role,
                        trust,
                        SegmentKind::Text,
                    )
                }),
                _ => {
                    return Err(ShapeError(format!(
                        "`input[{i}].content` must be a string or an array of parts"
                    )))
                }
            }
            c.mark_from(first, crate::exchange::caller_mark(item));
        }
        "function_call" | "custom_tool_call" => {
            for field in ["arguments", "input"] {
                if let Some(s) = item.get(field).and_then(Value::as_str) {
                    c.key(field, |c| {
                        c.push(Role::Assistant, Trust::User, SegmentKind::ToolArguments, s)
                    });
                }
            }
        }
        "function_call_output" | "custom_tool_call_output" => match item.get("output") {
            Some(Value::String(s)) => c.key("output", |c| {
                c.push(Role::Tool, Trust::Untrusted, SegmentKind::ToolResult, s)
            }),
            Some(Value::Array(parts)) => c.key("output", |c| {
                text_parts(
                    c,
                    parts,
                    &["input_text", "output_text", "text"],
                    Role::Tool,
                    Trust::Untrusted,
                    SegmentKind::ToolResult,
                )
            }),
            _ => {}
        },
        _ => {}
    }
    Ok(())
}
