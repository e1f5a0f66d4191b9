use super::{compile, Detector};
use crate::{EntityType, Finding};

/// Email addresses: a local part, `@`, and a domain with a real TLD shape.
pub(crate) struct EmailDetector {
    re: regex::Regex,
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
    fn detect(&self, text: &str, out: &mut Vec<Finding>) {
        if memchr::memchr(b'@', text.as_bytes()).is_none() {
            return;
        }
        out.extend(self.re.find_iter(text).map(|m| Finding {
            entity: EntityType::EmailAddress,
            start: m.start(),
            end: m.end(),
            score: 0.95,
            detector: "email",
            source: None,
        }));
    }
}
