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
        // Every match holds an `@` after at most 64 characters of local
        // part and before a domain of letters, digits, dots and hyphens:
        // search only the run of such characters around each `@`.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for at in memchr::memchr_iter(b'@', text.as_bytes()) {
            let local = text[..at]
                .char_indices()
                .rev()
                .take(64)
                .take_while(|&(_, c)| {
                    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
                })
                .last()
                .map_or(at, |(i, _)| i);
            let domain = text[at + 1..]
                .char_indices()
                .take_while(|&(i, c)| i < 256 && (c.is_alphanumeric() || matches!(c, '.' | '-')))
                .last()
                .map_or(at + 1, |(i, c)| at + 1 + i + c.len_utf8());
            match spans.last_mut() {
                Some(last) if local <= last.1 => last.1 = domain,
                _ => spans.push((local, domain)),
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
