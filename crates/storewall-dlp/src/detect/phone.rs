use super::{compile, context, Detector, Text};
use crate::{EntityType, Finding};

const WORDS: &[&str] = &[
    "phone",
    "tel",
    "call",
    "mobile",
    "mob.",
    "cell",
    "fax",
    "whatsapp",
    "sms",
    "text me",
    "reach me",
    "ring",
    "contact",
    "telefon",
    "téléphone",
    "telefono",
    "teléfono",
    "móvil",
    "handy",
    "numero",
    "número",
    "bellen",
    "anrufen",
    "erreichen",
    "appeler",
    "llamar",
    "chiamare",
    "chiamarmi",
    "telefoon",
    "messages",
    "message",
    "answering",
    "dial",
    "texts",
    "reach",
    "nummer",
    "gsm",
    "portable",
    "cellulare",
    "n°",
];

/// Phone numbers, validated against libphonenumber's metadata (through the
/// `phonenumber` crate). A bare run of digits counts only after a phone label;
/// a formatted number (`+`, spaces, dashes, brackets) stands on its own.
pub(crate) struct PhoneDetector {
    re: regex_automata::meta::Regex,
    date: regex_automata::meta::Regex,
    labels: context::Cues,
}

impl PhoneDetector {
    pub(crate) fn new() -> Self {
        PhoneDetector {
            re: compile(
                r"(?:\+\d|\(\+?\d|(?-u:\b)\d)[\d \u{a0}().\-/]{5,22}\d(?:[ \t]?(?:x|ext\.?|extension|#)[ \t]?\d{1,6})?(?-u:\b)",
            ),
            // A date, alone or followed by the hour of a timestamp ("2003-08-28 12:13").
            date: compile(
                r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?:$|[ T])",
            ),
            labels: context::Cues::new(WORDS),
        }
    }
}

/// The North American Numbering Plan's structure: area code and exchange
/// start with 2-9. Checked by hand first because most numbers in US stores'
/// text are NANP and the metadata parser is two orders of magnitude slower.
fn nanp(digits: &[u8]) -> bool {
    let d = match digits.len() {
        10 => digits,
        11 if digits[0] == b'1' => &digits[1..],
        _ => return false,
    };
    matches!(d[0], b'2'..=b'9') && matches!(d[3], b'2'..=b'9') && !(d[1] == b'1' && d[2] == b'1')
}

/// Country codes of the markets Storewall's stores sell in, with whether
/// national numbers there are dialled with a trunk `0` that is not part of
/// the national significant number.
const COUNTRIES: &[(u16, bool)] = &[
    (1, false),
    (44, true),
    (49, true),
    (33, true),
    (34, false),
    (31, true),
    (39, false),
    (353, true),
    (43, true),
    (32, true),
    (41, true),
    (351, false),
    (45, false),
    (46, true),
    (47, false),
    (358, true),
    (48, false),
];

/// Whether `n` has the length and leading digits of a national significant
/// number in country `cc`.
///
/// Written by hand rather than asking libphonenumber: its parser goes
/// through a 100-entry regex cache behind one mutex, which made phone
/// validation three quarters of the whole scan and serialised it across
/// cores. These rules are the plan-level structure (lengths and number
/// ranges); the candidate shapes and labels in [`PhoneDetector`] carry the
/// rest. Other countries still go to libphonenumber.
fn nsn_ok(cc: u16, n: &[u8]) -> bool {
    let len = n.len();
    let f = n.first().copied().unwrap_or(b'0');
    let s = n.get(1).copied().unwrap_or(b'0');
    match cc {
        1 => nanp(n),
        44 => {
            (len == 10 && matches!(f, b'1' | b'2' | b'3' | b'5' | b'7' | b'8' | b'9'))
                || (len == 9 && matches!(f, b'1' | b'8'))
        }
        49 => {
            (matches!(f, b'2'..=b'9') && (6..=11).contains(&len))
                || (f == b'1' && matches!(s, b'5'..=b'7') && (10..=11).contains(&len))
        }
        33 | 31 | 48 => len == 9 && f != b'0',
        39 => (f == b'0' && (6..=11).contains(&len)) || (f == b'3' && (9..=10).contains(&len)),
        34 => len == 9 && matches!(f, b'6'..=b'9'),
        351 => len == 9 && matches!(f, b'2' | b'9'),
        353 | 46 => (7..=9).contains(&len) && f != b'0',
        43 => (7..=13).contains(&len) && f != b'0',
        32 => (len == 8 && !matches!(f, b'0' | b'4')) || (len == 9 && f == b'4'),
        41 => len == 9 && matches!(f, b'2'..=b'9'),
        45 | 47 => len == 8 && matches!(f, b'2'..=b'9'),
        358 => (6..=10).contains(&len) && f != b'0',
        _ => false,
    }
}

/// Whether a number written without a country code is valid in one of the
/// markets in [`COUNTRIES`].
fn national_ok(digits: &[u8]) -> bool {
    COUNTRIES.iter().any(|&(cc, trunk)| {
        if trunk {
            digits.first() == Some(&b'0') && nsn_ok(cc, &digits[1..])
        } else {
            nsn_ok(cc, digits)
        }
    })
}

fn validate(candidate: &str) -> bool {
    // "+41 (0)38 549 02 90": the trunk prefix in brackets is not dialled
    // from abroad.
    let cleaned;
    let candidate = if candidate.contains("(0)") {
        cleaned = candidate.replace("(0)", "");
        cleaned.as_str()
    } else {
        candidate
    };
    let digits: Vec<u8> = candidate.bytes().filter(u8::is_ascii_digit).collect();
    if !candidate.trim_start_matches('(').starts_with('+') {
        return national_ok(&digits);
    }
    // Country codes are prefix-free: the first length that names one of
    // ours is the code.
    let mut code = 0u16;
    for (len, d) in digits.iter().take(3).enumerate() {
        code = code * 10 + u16::from(d - b'0');
        if COUNTRIES.iter().any(|&(cc, _)| cc == code) {
            return nsn_ok(code, &digits[len + 1..]);
        }
    }
    phonenumber::parse(None, candidate).is_ok_and(|n| phonenumber::is_valid(&n))
}

/// True when `gap` can stand between two digits of one phone number.
fn joins(gap: &[u8]) -> bool {
    let separators = gap.len() <= 44
        && gap
            .iter()
            .all(|b| matches!(b, b' ' | b'(' | b')' | b'.' | b'-' | b'/' | 0xC2 | 0xA0));
    separators
        || matches!(
            gap.trim_ascii(),
            b"x" | b"ext" | b"ext." | b"extension" | b"#"
        )
}

impl Detector for PhoneDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let text = t.s;
        // A match opens at most two bytes ("(+") before its first digit,
        // ends on a digit, holds 7 digits at least, and has only
        // separators or an extension mark between its digits.
        let matches = t
            .digit_spans(2, 7, joins)
            .flat_map(|span| t.find_in(&self.re, span));
        for m in matches {
            let s = &text[m.range()];
            let digits = s.bytes().filter(u8::is_ascii_digit).count();
            if !(7..=15).contains(&digits) || self.date.is_match(s) {
                continue;
            }
            // Decimal prices and amounts: "1.299,00", "12.50".
            if s.contains(',') || s.bytes().filter(|&b| b == b'.').count() == 1 && !s.contains(' ')
            {
                continue;
            }
            if context::glued(text, m.start(), m.end()) {
                continue;
            }
            let labelled = self.labels.before(t, m.start());
            // Without a label, only shapes that are plainly phone numbers:
            // a country code, an area code in brackets, or a grouped number
            // of national length. Shorter dashed runs are SKUs and references.
            let plainly = s.starts_with('+')
                || s.starts_with('(')
                || (digits >= 10 && s.bytes().any(|b| matches!(b, b' ' | b'-' | b'.' | b'/')));
            if !plainly && !labelled {
                continue;
            }
            // Strip an extension before validating ("... x1234").
            let core = s
                .split(|c: char| c == 'x' || c == '#' || c.is_ascii_alphabetic())
                .next()
                .unwrap_or(s)
                .trim_end();
            let core_digits = core.bytes().filter(u8::is_ascii_digit).count();
            // Next to a phone label a well-formed number counts even when
            // libphonenumber does not know its range (new or test ranges).
            // A labelled "467 3395" is a local number without its area code.
            let local = core.len() == 8
                && matches!(core.as_bytes()[3], b' ' | b'-' | b'.')
                && core_digits == 7;
            if !(validate(core) || (labelled && (core_digits >= 9 || local))) {
                continue;
            }
            out.push(Finding {
                entity: EntityType::PhoneNumber,
                start: m.start(),
                end: m.end(),
                score: if labelled { 0.9 } else { 0.75 },
                detector: "phone",
                source: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        PhoneDetector::new().detect(t, &mut out);
        out.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn formats_of_several_countries() {
        assert_eq!(
            found("Call me at (415) 555-2671 tonight"),
            vec!["(415) 555-2671"]
        );
        assert_eq!(
            found("UK office: +44 20 7946 0958."),
            vec!["+44 20 7946 0958"]
        );
        assert_eq!(found("Tel. 030 901820"), vec!["030 901820"]);
        assert_eq!(found("mobile 06 12 34 56 78"), vec!["06 12 34 56 78"]);
        assert_eq!(found("phone: 4155552671"), vec!["4155552671"]);
        assert_eq!(found("Phone:\n467 3395"), vec!["467 3395"]);
        assert_eq!(
            found("Call +1-415-555-2671x123 now"),
            vec!["+1-415-555-2671x123"]
        );
        assert_eq!(
            found("Büro: +41 (0)44 668 18 00."),
            vec!["+41 (0)44 668 18 00"]
        );
    }

    #[test]
    fn quiet_on_numbers_that_are_not_phones() {
        assert!(found("Order 4155552671 shipped").is_empty());
        assert!(found("on 2026-11-22 for 1.299,00 EUR").is_empty());
        assert!(found("SKU 12-345-678").is_empty());
        assert!(found("Date: 2003-08-28 12:13:52").is_empty());
    }
}

#[cfg(test)]
mod spans {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Searching only the spans around digit runs finds exactly what a
        /// search of the whole text finds.
        #[test]
        fn spans_find_what_the_whole_text_holds(
            text in "[0-9 ()+./\\-x#a\u{a0}ext]{0,80}"
        ) {
            let d = PhoneDetector::new();
            let t = Text::new(&text);
            let whole: Vec<_> = d.re.find_iter(text.as_str()).map(|m| m.range()).collect();
            let spans: Vec<_> = t
                .digit_spans(2, 7, joins)
                .flat_map(|span| t.find_in(&d.re, span))
                .map(|m| m.range())
                .collect();
            let long: Vec<_> = whole
                .into_iter()
                .filter(|r| text[r.clone()].bytes().filter(u8::is_ascii_digit).count() >= 7)
                .collect();
            prop_assert_eq!(spans.into_iter().filter(|r| text[r.clone()].bytes().filter(u8::is_ascii_digit).count() >= 7).collect::<Vec<_>>(), long);
        }
    }
}
