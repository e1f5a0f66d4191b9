use std::net::{Ipv4Addr, Ipv6Addr};

use super::{compile, context, Detector};
use crate::{EntityType, Finding};

/// IPv4 and IPv6 addresses, accepted only when the standard library parses them.
pub(crate) struct IpDetector {
    v4: regex::Regex,
    v6: regex::Regex,
}

impl IpDetector {
    pub(crate) fn new() -> Self {
        IpDetector {
            v4: compile(r"(?-u:\b)\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?-u:\b)"),
            v6: compile(
                r"(?i)(?:[0-9a-f]{1,4}:|::)[0-9a-f:]*(?::[0-9a-f]{1,4}|::)(?:%[0-9a-z]+)?(?:\.\d{1,3}){0,3}",
            ),
        }
    }
}

impl Detector for IpDetector {
    fn detect(&self, text: &str, out: &mut Vec<Finding>) {
        let bytes = text.as_bytes();
        if memchr::memchr(b'.', bytes).is_some() {
            for m in self.v4.find_iter(text) {
                // Part of a longer dotted run (a version such as 1.2.3.4.5 or an OID).
                let prev = text[..m.start()].chars().next_back();
                let next = text[m.end()..].chars().next();
                let dotted = |c: Option<char>, rest: Option<char>| {
                    c == Some('.') && rest.is_some_and(|r| r.is_ascii_digit())
                };
                if dotted(prev, text[..m.start()].chars().rev().nth(1))
                    || dotted(next, text[m.end()..].chars().nth(1))
                {
                    continue;
                }
                if m.as_str().parse::<Ipv4Addr>().is_err() {
                    continue;
                }
                if context::before(text, m.start(), &["version", " v", "ver."]) {
                    continue;
                }
                out.push(Finding {
                    entity: EntityType::IpAddress,
                    start: m.start(),
                    end: m.end(),
                    score: 0.9,
                    detector: "ipv4",
                    source: None,
                });
            }
        }
        if memchr::memchr(b':', bytes).is_some() {
            for m in self.v6.find_iter(text) {
                let s = m.as_str();
                let addr = s.split('%').next().unwrap_or(s);
                if addr.matches(':').count() < 2 || addr.parse::<Ipv6Addr>().is_err() {
                    continue;
                }
                let next = text[m.end()..].chars().next();
                if next.is_some_and(|c| c.is_ascii_alphanumeric()) {
                    continue;
                }
                out.push(Finding {
                    entity: EntityType::IpAddress,
                    start: m.start(),
                    end: m.end(),
                    score: 0.9,
                    detector: "ipv6",
                    source: None,
                });
            }
        }
    }
}
