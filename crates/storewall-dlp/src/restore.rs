//! Restoration of placeholders in answers, whole or streamed.
//!
//! Hand-written because it is the product's edge: a placeholder may be cut
//! anywhere by the provider's chunking, down to one byte per chunk, and the
//! caller must still get its value back without delay on ordinary text.

use std::borrow::Cow;

use crate::placeholder::{classify, Shape};
use crate::Vault;

/// How a restored value is written into the answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ValueEscaping {
    /// As is: the answer is plain text.
    #[default]
    Plain,
    /// Escaped for the inside of a JSON string: the answer is JSON text that
    /// the provider streams piecewise, such as tool-call arguments.
    JsonString,
}

fn push_value(out: &mut String, value: &str, escaping: ValueEscaping) {
    match escaping {
        ValueEscaping::Plain => out.push_str(value),
        ValueEscaping::JsonString => {
            for c in value.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
        }
    }
}

/// Restores every placeholder of `vault` in a complete text.
pub fn restore_all<'a>(text: &'a str, vault: &Vault) -> Cow<'a, str> {
    restore_all_with(text, vault, ValueEscaping::Plain)
}

/// Like [`restore_all`], writing values with the given escaping.
pub fn restore_all_with<'a>(text: &'a str, vault: &Vault, escaping: ValueEscaping) -> Cow<'a, str> {
    if vault.is_empty() || memchr::memchr(b'[', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let rest = scan(text, vault, escaping, &mut out, true);
    debug_assert!(rest.is_none());
    Cow::Owned(out)
}

/// Copies `text` into `out`, restoring placeholders. Unless `at_end`, stops
/// at a trailing cut-off placeholder and returns its start.
fn scan(
    text: &str,
    vault: &Vault,
    escaping: ValueEscaping,
    out: &mut String,
    at_end: bool,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'[', &bytes[i..]) {
        let start = i + off;
        out.push_str(&text[i..start]);
        match classify(&bytes[start..]) {
            Shape::Full(len) => {
                let token = &text[start..start + len];
                match vault.lookup(token) {
                    Some(v) => push_value(out, v, escaping),
                    None => out.push_str(token),
                }
                i = start + len;
            }
            Shape::Partial if !at_end => return Some(start),
            Shape::Partial | Shape::No => {
                out.push('[');
                i = start + 1;
            }
        }
    }
    out.push_str(&text[i..]);
    None
}

/// Restores placeholders in one streamed text, chunk by chunk.
///
/// Only a tail that could still become a placeholder (at most 64 bytes from
/// a `[`) is held back; everything else passes through at once.
#[derive(Debug, Default)]
pub struct StreamRestorer {
    pending: String,
    escaping: ValueEscaping,
}

impl StreamRestorer {
    /// A restorer that writes values with the given escaping.
    pub fn new(escaping: ValueEscaping) -> Self {
        StreamRestorer {
            pending: String::new(),
            escaping,
        }
    }

    /// Feeds one chunk; returns what can be sent now.
    pub fn feed(&mut self, chunk: &str, vault: &Vault) -> String {
        if self.pending.is_empty() && memchr::memchr(b'[', chunk.as_bytes()).is_none() {
            return chunk.to_string();
        }
        let mut buf = std::mem::take(&mut self.pending);
        buf.push_str(chunk);
        let mut out = String::with_capacity(buf.len());
        if let Some(start) = scan(&buf, vault, self.escaping, &mut out, false) {
            self.pending = buf[start..].to_string();
        }
        out
    }

    /// True when text is held back.
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Ends the stream; returns whatever was held back.
    pub fn finish(&mut self, vault: &Vault) -> String {
        let buf = std::mem::take(&mut self.pending);
        let mut out = String::with_capacity(buf.len());
        scan(&buf, vault, self.escaping, &mut out, true);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntityType;
    use proptest::prelude::*;

    fn vault() -> Vault {
        let mut v = Vault::new();
        v.tokenize(EntityType::EmailAddress, "jane@example.com");
        v.tokenize(EntityType::CreditCard, "4111 1111 1111 1111");
        v.tokenize(EntityType::Person, "Zoë \"Z\" Martín");
        v
    }

    #[test]
    fn whole_text() {
        let v = vault();
        assert_eq!(
            restore_all("Hi [EMAIL_ADDRESS_1], card [CREDIT_CARD_1] [X_9] [", &v),
            "Hi jane@example.com, card 4111 1111 1111 1111 [X_9] ["
        );
    }

    #[test]
    fn one_byte_chunks() {
        let v = vault();
        let text = "Dear [PERSON_1], mail [EMAIL_ADDRESS_1].";
        let mut r = StreamRestorer::default();
        let mut out = String::new();
        for c in text.chars() {
            out.push_str(&r.feed(&c.to_string(), &v));
        }
        out.push_str(&r.finish(&v));
        assert_eq!(out, "Dear Zoë \"Z\" Martín, mail jane@example.com.");
    }

    #[test]
    fn json_escaping() {
        let v = vault();
        let mut r = StreamRestorer::new(ValueEscaping::JsonString);
        let out = r.feed("{\"name\":\"[PERSON_1]\"}", &v) + &r.finish(&v);
        let parsed: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(parsed["name"], "Zoë \"Z\" Martín");
    }

    proptest! {
        // Each case runs the whole scanner; 64 random texts per run keep
        // the suite quick, and every run draws new ones.
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn tokenize_then_restore_is_identity(
            text in "(\\PC{0,40}|\\[EMAIL_ADDRESS_1\\]| jane@example\\.com ){0,6}"
        ) {
            let scanner = crate::Scanner::new();
            let mut v = Vault::new();
            let findings = scanner.scan(&text);
            let p = crate::protect(&text, &findings, &crate::Policy { default_action: crate::Action::Tokenize, actions: Default::default() }, &mut v);
            prop_assert_eq!(restore_all(&p.text, &v), text.as_str());
        }

        #[test]
        fn any_chunking_restores_like_whole_text(
            parts in proptest::collection::vec(prop_oneof![
                Just("[EMAIL_ADDRESS_1]".to_string()),
                Just("[CREDIT_CARD_1]".to_string()),
                Just("[PERSON_1]".to_string()),
                Just("[PERSON_2]".to_string()),
                Just("[".to_string()),
                Just("]".to_string()),
                "[A-Z_0-9\\[\\] ]{0,8}",
                "\\PC{0,8}",
            ], 0..20),
            cuts in proptest::collection::vec(0usize..400, 0..30),
        ) {
            let v = vault();
            let text: String = parts.concat();
            let mut bounds: Vec<usize> = cuts.into_iter().map(|c| c % (text.len() + 1)).filter(|&c| text.is_char_boundary(c)).collect();
            bounds.push(0);
            bounds.push(text.len());
            bounds.sort_unstable();
            bounds.dedup();
            let mut r = StreamRestorer::default();
            let mut out = String::new();
            for w in bounds.windows(2) {
                out.push_str(&r.feed(&text[w[0]..w[1]], &v));
            }
            out.push_str(&r.finish(&v));
            prop_assert_eq!(out, restore_all(&text, &v).into_owned());
        }
    }
}
