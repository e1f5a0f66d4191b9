use super::text::{ceil, floor};
use super::{compile, Detector, Text};
use crate::{EntityType, Finding};

/// Email addresses: a local part, `@`, and a domain with a real TLD shape.
pub(crate) struct EmailDetector {
    re: regex_automata::meta::Regex,
}

impl EmailDetector {
    pub(crate) fn new() -> Self {
        EmailDetector {
            re: compile(
                r"(?i)[\p{L}\p{N}][\p{L}\p{N}._%+\-]{0,63}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?-u:\b)",
            ),
        }
    }
}

impl Detector for EmailDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let text = t.s;
        // Every match holds an `@` after at most 64 characters (256
        // bytes) of local part; domains longer than a DNS name (253
        // bytes) are not addresses.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for at in memchr::memchr_iter(b'@', text.as_bytes()) {
            let (start, end) = (floor(text, at.saturating_sub(256)), ceil(text, at + 256));
            match spans.last_mut() {
                Some(last) if start <= last.1 => last.1 = end,
                _ => spans.push((start, end)),
            }
        }
        let matches = spans.into_iter().flat_map(|span| t.find_in(&self.re, span));
        out.extend(matches.map(|m| Finding {
            entity: EntityType::EmailAddress,
            start: m.start(),
            end: m.end(),
            score: 0.95,
            detector: "email",
            source: None,
        }));
    }
}
