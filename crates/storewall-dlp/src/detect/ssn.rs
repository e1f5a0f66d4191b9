use super::{compile, context, Detector, Text};
use crate::{EntityType, Finding};

const WORDS: &[&str] = &[
    "ssn",
    "social security",
    "social sec",
    "ss#",
    "ss #",
    "taxpayer",
    "tin",
];

/// US Social Security numbers: `AAA-GG-SSSS` (or spaces), or nine bare
/// digits after an SSN label; area not 000, 666 or 900–999, group not 00,
/// serial not 0000, and not one of the numbers published in advertising.
pub(crate) struct SsnDetector {
    re: regex_automata::meta::Regex,
    labels: context::Cues,
}

impl SsnDetector {
    pub(crate) fn new() -> Self {
        SsnDetector {
            re: compile(r"(?-u:\b)\d{3}[- ]\d{2}[- ]\d{4}(?-u:\b)|(?-u:\b)\d{9}(?-u:\b)"),
            labels: context::Cues::new(WORDS),
        }
    }
}

/// The Social Security Administration's allocation rules.
pub(crate) fn valid_ssn(digits: &[u8]) -> bool {
    if digits.len() != 9 {
        return false;
    }
    let n = |a: usize, b: usize| {
        digits[a..b]
            .iter()
            .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
    };
    let (area, group, serial) = (n(0, 3), n(3, 5), n(5, 9));
    if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 {
        return false;
    }
    // Numbers printed on sample cards and in advertisements.
    !matches!(digits, b"078051120" | b"219099999" | b"123456789")
}

impl Detector for SsnDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let text = t.s;
        let matches = t
            .digit_spans(0, 9, |g| matches!(g, b" " | b"-"))
            .flat_map(|span| t.find_in(&self.re, span));
        for m in matches {
            let raw = text[m.range()].as_bytes();
            if raw.len() == 11 && raw[3] != raw[6] {
                continue;
            }
            let digits: Vec<u8> = raw.iter().copied().filter(u8::is_ascii_digit).collect();
            if !valid_ssn(&digits) || context::glued(text, m.start(), m.end()) {
                continue;
            }
            let labelled = self.labels.before(t, m.start());
            if raw.len() == 9 && !labelled {
                continue;
            }
            out.push(Finding {
                entity: EntityType::UsSsn,
                start: m.start(),
                end: m.end(),
                score: if labelled { 0.95 } else { 0.8 },
                detector: "us-ssn",
                source: None,
            });
        }
    }
}
