use super::context;
use super::{compile, Detector, Text};
use crate::validate::{card_brand, luhn, weak_card_brand};
use crate::{EntityType, Finding};

const CARD_WORDS: &[&str] = &[
    "card",
    "credit",
    "debit",
    "visa",
    "mastercard",
    "amex",
    "maestro",
    "jcb",
    "discover",
    "diners",
    "cc#",
    "cc ",
    "pan",
    "karte",
    "carte",
    "tarjeta",
    "carta",
    "kaart",
    "payment",
];

/// Payment card numbers: 12 to 19 digits, optionally grouped by one kind of
/// separator, within a brand's range and length, passing Luhn.
pub(crate) struct CardDetector {
    re: regex_automata::meta::Regex,
    labels: context::Cues,
}

impl CardDetector {
    pub(crate) fn new() -> Self {
        CardDetector {
            re: compile(r"(?-u:\b)\d(?:[ \-.]?\d){11,18}(?-u:\b)"),
            labels: context::Cues::new(CARD_WORDS),
        }
    }
}

impl Detector for CardDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let text = t.s;
        // Digits at most one separator apart, twelve of them at least.
        let matches = t
            .digit_spans(0, 12, |g| matches!(g, b" " | b"-" | b"."))
            .flat_map(|span| t.find_in(&self.re, span));
        for m in matches {
            let raw = text[m.range()].as_bytes();
            let mut seps = raw.iter().filter(|b| !b.is_ascii_digit());
            // Mixed separators ("1234-5678 9012.3456") are not how anyone
            // writes a card number, but are how tables run into each other.
            if let Some(first) = seps.next() {
                if seps.any(|s| s != first) {
                    continue;
                }
            }
            let digits: Vec<u8> = raw.iter().copied().filter(u8::is_ascii_digit).collect();
            // Glued to a longer number or a decimal price: not a card.
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            if matches!(before, Some('-' | '.' | ',' | '/'))
                && text[..m.start()]
                    .chars()
                    .rev()
                    .nth(1)
                    .is_some_and(|c| c.is_ascii_digit())
            {
                continue;
            }
            if matches!(after, Some('-' | '.' | ',' | '/'))
                && text[m.end()..]
                    .chars()
                    .nth(1)
                    .is_some_and(|c| c.is_ascii_digit())
            {
                continue;
            }
            let strong = card_brand(&digits).is_some();
            let weak =
                !strong && weak_card_brand(&digits).is_some() && self.labels.before(t, m.start());
            if (strong || weak) && luhn(&digits) {
                {
                    out.push(Finding {
                        entity: EntityType::CreditCard,
                        start: m.start(),
                        end: m.end(),
                        score: 0.95,
                        detector: "luhn",
                        source: None,
                    });
                }
            }
        }
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
        fn spans_find_what_the_whole_text_holds(text in "[0-9 .\\-a]{0,60}") {
            let d = CardDetector::new();
            let t = Text::new(&text);
            let whole: Vec<_> = d.re.find_iter(text.as_str()).map(|m| m.range()).collect();
            let spans: Vec<_> = t
                .digit_spans(0, 12, |g| matches!(g, b" " | b"-" | b"."))
                .flat_map(|span| t.find_in(&d.re, span))
                .map(|m| m.range())
                .collect();
            prop_assert_eq!(spans, whole);
        }
    }
}
