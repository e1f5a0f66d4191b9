use super::text::is_word;
use super::{compile, Detector, Text};
use crate::validate::{iban_length, iban_mod97};
use crate::{EntityType, Finding};

/// IBANs: a country code and check digits, then exactly that country's
/// length in letters and digits, optionally grouped by single spaces, passing mod-97.
pub(crate) struct IbanDetector {
    start: regex_automata::meta::Regex,
}

impl IbanDetector {
    pub(crate) fn new() -> Self {
        IbanDetector {
            start: compile(r"(?-u:\b)[A-Z]{2}[0-9]{2}[ ]?[A-Z0-9]"),
        }
    }
}

impl Detector for IbanDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let (text, bytes) = (t.s, t.s.as_bytes());
        let mut from = 0;
        // The check digits are the first digits of an IBAN, right after
        // the country's two capitals.
        for &(run, _) in t.runs() {
            let Some(start) = run.checked_sub(2) else {
                continue;
            };
            if start < from
                || !bytes[start..run].iter().all(u8::is_ascii_uppercase)
                || (start > 0 && is_word(bytes[start - 1]))
            {
                continue;
            }
            let Some(m) = t.match_at(&self.start, start, run + 4) else {
                continue;
            };
            let Some(want) = iban_length(&text[m.start()..m.start() + 2]) else {
                continue;
            };
            // The pattern alone cannot know where an IBAN ends when it is
            // followed by more capitals ("DE89 ... 00 AND"), so walk exactly
            // the country's length.
            let mut chars = Vec::with_capacity(want);
            let mut i = m.start();
            while i < bytes.len() && chars.len() < want {
                let b = bytes[i];
                if b.is_ascii_digit() || b.is_ascii_uppercase() {
                    chars.push(b);
                    i += 1;
                } else if b == b' '
                    && i + 1 < bytes.len()
                    && (bytes[i + 1].is_ascii_digit() || bytes[i + 1].is_ascii_uppercase())
                    && !chars.is_empty()
                {
                    i += 1;
                } else {
                    break;
                }
            }
            if chars.len() != want {
                continue;
            }
            if i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                continue;
            }
            if iban_mod97(&chars) {
                out.push(Finding {
                    entity: EntityType::IbanCode,
                    start: m.start(),
                    end: i,
                    score: 1.0,
                    detector: "iban-mod97",
                    source: None,
                });
                from = i;
            }
        }
    }
}
