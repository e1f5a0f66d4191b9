//! The leaf: one event in a canonical, versioned serialisation.
//!
//! Leaf bytes are the version byte `0x01` followed by the event as
//! canonical JSON: object keys sorted by their UTF-8 bytes, no whitespace,
//! strings escaped as `serde_json` escapes them, numbers as it prints
//! them. The same event always makes the same bytes, so anyone can
//! recompute a leaf's hash from an export.

use serde_json::Value;

/// The version byte that opens every leaf of this format.
pub const VERSION: u8 = 1;

/// One event as it goes into the ledger.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// What kind of decision: `request`, `key`, `config`, `approval`, ...
    pub kind: String,
    /// When it happened, in Unix milliseconds.
    pub ts_ms: i64,
    /// The event itself; it must hold no personal data in clear.
    pub event: Value,
    /// Personal data, each part sealed under its own data subject's key
    /// (see [`crate::Subjects::seal`]), so forgetting one subject leaves
    /// the others readable.
    pub sealed: Vec<crate::Sealed>,
}

impl Entry {
    /// The leaf bytes of this entry.
    pub fn to_leaf(&self) -> Vec<u8> {
        let mut obj = serde_json::Map::new();
        obj.insert("kind".into(), Value::String(self.kind.clone()));
        obj.insert("ts_ms".into(), Value::from(self.ts_ms));
        obj.insert("event".into(), self.event.clone());
        if !self.sealed.is_empty() {
            let parts = self.sealed.iter().map(crate::Sealed::to_json).collect();
            obj.insert("sealed".into(), Value::Array(parts));
        }
        let mut out = vec![VERSION];
        canonical(&Value::Object(obj), &mut out);
        out
    }

    /// Reads leaf bytes back.
    pub fn from_leaf(leaf: &[u8]) -> Result<Entry, String> {
        let (&v, json) = leaf.split_first().ok_or("an empty leaf")?;
        if v != VERSION {
            return Err(format!("leaf version {v} is not known to this build"));
        }
        let mut value: Value =
            serde_json::from_slice(json).map_err(|e| format!("leaf JSON: {e}"))?;
        let kind = value["kind"].as_str().unwrap_or_default().to_string();
        let ts_ms = value["ts_ms"].as_i64().unwrap_or_default();
        let event = value
            .get_mut("event")
            .map(Value::take)
            .unwrap_or(Value::Null);
        let sealed = value
            .get("sealed")
            .and_then(Value::as_array)
            .map(|parts| parts.iter().filter_map(crate::Sealed::from_json).collect())
            .unwrap_or_default();
        Ok(Entry {
            kind,
            ts_ms,
            event,
            sealed,
        })
    }
}

/// Writes `v` as canonical JSON: keys sorted, no whitespace.
pub fn canonical(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push(b'{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend_from_slice(Value::String(k.clone()).to_string().as_bytes());
                out.push(b':');
                if let Some(x) = map.get(k) {
                    canonical(x, out);
                }
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                canonical(x, out);
            }
            out.push(b']');
        }
        other => out.extend_from_slice(other.to_string().as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_same_event_makes_the_same_bytes() {
        let a = Entry {
            kind: "request".into(),
            ts_ms: 5,
            event: json!({"b": 1, "a": {"z": [1, "x"], "y": null}}),
            sealed: Vec::new(),
        };
        let leaf = a.to_leaf();
        assert_eq!(
            &leaf[1..],
            br#"{"event":{"a":{"y":null,"z":[1,"x"]},"b":1},"kind":"request","ts_ms":5}"#
        );
        assert_eq!(Entry::from_leaf(&leaf).unwrap(), a);
        assert!(Entry::from_leaf(&[9, b'{', b'}']).is_err());
    }
}
