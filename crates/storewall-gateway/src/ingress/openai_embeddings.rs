use serde_json::Value;

use crate::exchange::{Collector, Role, SegmentKind, ShapeError, Trust};

pub(super) fn collect(body: &Value, c: &mut Collector) -> Result<(), ShapeError> {
    let (role, trust, kind) = (Role::User, Trust::User, SegmentKind::EmbeddingInput);
    c.key("input", |c| match body.get("input") {
        Some(Value::String(s)) => {
            c.push(role, trust, kind, s);
            Ok(())
        }
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::String(s) => c.index(i, |c| c.push(role, trust, kind, s)),
                    // Token arrays carry no text the guard can read.
                    Value::Number(_) | Value::Array(_) => {}
                    _ => {
                        return Err(ShapeError(format!(
                            "`input[{i}]` must be a string or an array of token ids"
                        )))
                    }
                }
            }
            Ok(())
        }
        _ => Err(ShapeError(
            "`input` must be a string or an array of strings".into(),
        )),
    })
}
