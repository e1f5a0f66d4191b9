use std::net::{Ipv4Addr, Ipv6Addr};

use super::{compile, context, Detector, Text};
use crate::{EntityType, Finding};

/// IPv4 and IPv6 addresses, accepted only when the standard library parses them.
pub(crate) struct IpDetector {
    v4: regex_automata::meta::Regex,
    v6: regex_automata::meta::Regex,
    version: context::Cues,
}

impl IpDetector {
    pub(crate) fn new() -> Self {
        IpDetector {
            v4: compile(r"(?-u:\b)\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?-u:\b)"),
            v6: compile(
                r"(?i)(?:[0-9a-f]{1,4}:|::)[0-9a-f:]*(?::[0-9a-f]{1,4}|::)(?:%[0-9a-z]+)?(?:\.\d{1,3}){0,3}",
            ),
            version: context::Cues::new(["version", " v", "ver."]),
        }
    }
}

impl Detector for IpDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let (text, bytes) = (t.s, t.s.as_bytes());
        // Four numbers joined by three dots: prices ("14.95") and list
        // numbers ("1.") are passed over without a search.
        let v4 = t
            .digit_spans(0, 4, |g| g == b".")
            .filter(|&(s, e)| bytes[s..e].iter().filter(|&&c| c == b'.').count() >= 3)
            .flat_map(|span| t.find_in(&self.v4, span));
        {
            for m in v4 {
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
                if text[m.range()].parse::<Ipv4Addr>().is_err() {
                    continue;
                }
                if self.version.before(t, m.start()) {
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
        let mut done = 0;
        for colon in memchr::memchr_iter(b':', bytes) {
            if colon < done {
                continue;
            }
            // The token around the colon, in the characters an address
            // (with a zone and an embedded IPv4 tail) can hold.
            let mut start = colon;
            while start > 0 && (bytes[start - 1].is_ascii_hexdigit() || bytes[start - 1] == b':') {
                start -= 1;
            }
            let mut end = colon + 1;
            while end < bytes.len()
                && (bytes[end].is_ascii_alphanumeric() || matches!(bytes[end], b':' | b'.' | b'%'))
            {
                end += 1;
            }
            done = end;
            if memchr::memchr_iter(b':', &bytes[start..end])
                .nth(1)
                .is_none()
            {
                continue;
            }
            for m in t.find_in(&self.v6, (start, end)) {
                let s = &text[m.range()];
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
