use super::{compile, context, Detector, Text};
use crate::validate::luhn;
use crate::{EntityType, Finding};

const ROUTING_WORDS: &[&str] = &["routing", "aba", "rtn", "transit", "wire to", "bank code"];
const ACCOUNT_WORDS: &[&str] = &[
    "account number",
    "account no",
    "account #",
    "acct",
    "a/c",
    "checking",
    "savings",
    "bank account",
];

/// US bank numbers: ABA routing numbers (checksum and Federal Reserve
/// prefix) and account numbers, each only next to its label, since bare
/// digit runs of these lengths are mostly order and tracking numbers.
pub(crate) struct UsBankDetector {
    re: regex_automata::meta::Regex,
    routing: context::Cues,
    account: context::Cues,
}

impl UsBankDetector {
    pub(crate) fn new() -> Self {
        UsBankDetector {
            re: compile(r"(?-u:\b)\d{8,17}(?-u:\b)"),
            routing: context::Cues::new(ROUTING_WORDS),
            account: context::Cues::new(ACCOUNT_WORDS),
        }
    }
}

/// The ABA checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10),
/// with a first pair assigned by the Federal Reserve.
pub(crate) fn valid_aba(d: &[u8]) -> bool {
    if d.len() != 9 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let v: Vec<u32> = d.iter().map(|b| u32::from(b - b'0')).collect();
    let prefix = v[0] * 10 + v[1];
    let assigned = matches!(prefix, 0..=12 | 21..=32 | 61..=72 | 80);
    let sum = 3 * (v[0] + v[3] + v[6]) + 7 * (v[1] + v[4] + v[7]) + (v[2] + v[5] + v[8]);
    assigned && sum.is_multiple_of(10) && v.iter().any(|&x| x != 0)
}

impl Detector for UsBankDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let text = t.s;
        let matches = t
            .digit_spans(0, 8, |_| false)
            .flat_map(|span| t.find_in(&self.re, span));
        for m in matches {
            if context::glued(text, m.start(), m.end()) {
                continue;
            }
            let d = text[m.range()].as_bytes();
            let (detector, score) =
                if d.len() == 9 && valid_aba(d) && self.routing.before(t, m.start()) {
                    ("aba-routing", 0.9)
                } else if self.account.before(t, m.start()) && !(d.len() >= 13 && luhn(d)) {
                    ("us-bank-account", 0.7)
                } else {
                    continue;
                };
            out.push(Finding {
                entity: EntityType::UsBankNumber,
                start: m.start(),
                end: m.end(),
                score,
                detector,
                source: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aba_checksum() {
        assert!(valid_aba(b"011000015"));
        assert!(valid_aba(b"021000021"));
        assert!(!valid_aba(b"021000022"));
        assert!(!valid_aba(b"991000021"));
    }
}
