//! A text with what the detectors share about it, found in one pass.
//!
//! Most detectors need digits: cards, IBANs, SSNs, routing and account
//! numbers, IPs, phones, wallet addresses and house numbers. Running each
//! one's pattern over the whole text costs a pass per detector, and a
//! system prompt of prose pays that for nothing. Instead the digit runs are
//! listed once and each detector searches only the few spans around them
//! that could hold one of its matches. This is what keeps a scan of a
//! prompt-sized text at about one pass over its bytes.

use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input, Match};

/// A text being scanned, with its digit runs.
pub(crate) struct Text<'a> {
    /// The text itself.
    pub(crate) s: &'a str,
    /// Maximal runs of ASCII digits, as byte ranges, in order.
    runs: Vec<(usize, usize)>,
    /// The text with ASCII letters lower-cased, made on first use.
    lower: std::cell::OnceCell<String>,
}

impl<'a> Text<'a> {
    /// Lists the digit runs of `s`.
    pub(crate) fn new(s: &'a str) -> Self {
        let b = s.as_bytes();
        // Store text holds a digit run every few dozen bytes: room for
        // that up front spares the vector's early regrowth.
        let mut runs = Vec::with_capacity(s.len() / 32 + 4);
        let mut i = 0;
        while let Some(start) = next_digit(b, i) {
            i = start;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((start, i));
        }
        Text {
            s,
            runs,
            lower: std::cell::OnceCell::new(),
        }
    }

    /// The text with ASCII letters lower-cased: byte offsets are those of
    /// the text, so a keyword found in any case here is found there.
    pub(crate) fn lower(&self) -> &str {
        self.lower.get_or_init(|| self.s.to_ascii_lowercase())
    }

    /// The maximal runs of ASCII digits, as byte ranges, in order.
    pub(crate) fn runs(&self) -> &[(usize, usize)] {
        &self.runs
    }

    /// Spans that can hold every match of a pattern whose matches contain
    /// at least `min` digits, begin at most `lead` bytes before their first
    /// digit, end on a digit, and join two runs
    /// of digits only across bytes that `joins` accepts. Runs so joined
    /// share a span. Spans start and end on character boundaries.
    pub(crate) fn digit_spans<'t>(
        &'t self,
        lead: usize,
        min: usize,
        joins: impl Fn(&[u8]) -> bool + 't,
    ) -> impl Iterator<Item = (usize, usize)> + 't {
        let b = self.s.as_bytes();
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < self.runs.len() {
                let (first, mut last) = self.runs[i];
                let mut digits = last - first;
                i += 1;
                while i < self.runs.len() && joins(&b[last..self.runs[i].0]) {
                    digits += self.runs[i].1 - self.runs[i].0;
                    last = self.runs[i].1;
                    i += 1;
                }
                if digits >= min {
                    return Some((floor(self.s, first.saturating_sub(lead)), last));
                }
            }
            None
        })
    }

    /// Matches of `re` inside `span`; look-around (`\b`, `^`) still sees
    /// the text on either side, so a match is the one a search of the
    /// whole text would find there.
    pub(crate) fn find_in<'r>(
        &self,
        re: &'r Regex,
        (start, end): (usize, usize),
    ) -> impl Iterator<Item = Match> + 'r
    where
        'a: 'r,
    {
        re.find_iter(Input::new(self.s).span(start..end))
    }

    /// The match of `re` that starts exactly at `start`, searching no
    /// further than `end`.
    pub(crate) fn match_at(&self, re: &Regex, start: usize, end: usize) -> Option<Match> {
        re.search(
            &Input::new(self.s)
                .span(start..ceil(self.s, end))
                .anchored(Anchored::Yes),
        )
    }
}

/// The first ASCII digit at or after `from`.
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    super::bytes::find(b, from, |c| c.is_ascii_digit(), super::bytes::digits)
}

/// The nearest character boundary at or before `i`.
pub(crate) fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest character boundary at or after `i`, at most the text's end.
pub(crate) fn ceil(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// True when `b` is a word byte for an ASCII `\b`.
pub(crate) fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The block and word search finds what a byte-by-byte one does.
        #[test]
        fn next_digit_matches_a_byte_search(
            b in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..60),
            from in 0usize..60,
        ) {
            let want = b
                .get(from..)
                .and_then(|t| t.iter().position(u8::is_ascii_digit).map(|k| from + k));
            proptest::prop_assert_eq!(next_digit(&b, from), want);
        }
    }

    #[test]
    fn runs_and_spans() {
        let t = Text::new("call 555 123 4567 or 12, ref 9");
        assert_eq!(t.runs(), &[(5, 8), (9, 12), (13, 17), (21, 23), (29, 30)]);
        let spans: Vec<_> = t.digit_spans(1, 7, |g| g == b" ").collect();
        assert_eq!(spans, vec![(4, 17)]);
        let spans: Vec<_> = t.digit_spans(0, 1, |_| false).collect();
        assert_eq!(spans.len(), 5);
        let spans: Vec<_> = t.digit_spans(0, 1, |g| g.len() <= 40).collect();
        assert_eq!(spans, vec![(5, 30)]);
    }

    proptest::proptest! {
        /// The block-wise listing finds the runs a byte-by-byte walk finds,
        /// across block edges too.
        #[test]
        fn runs_are_every_maximal_digit_run(text in "[0-9a ]{0,70}") {
            let mut naive = Vec::new();
            let b = text.as_bytes();
            for (i, c) in b.iter().enumerate() {
                if c.is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()) {
                    let len = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
                    naive.push((i, i + len));
                }
            }
            let t = Text::new(&text);
            proptest::prop_assert_eq!(t.runs(), naive.as_slice());
        }
    }

    #[test]
    fn spans_stay_on_characters() {
        let t = Text::new("ü1ü");
        assert_eq!(
            t.digit_spans(1, 1, |_| true).collect::<Vec<_>>(),
            vec![(0, 3)]
        );
    }

    #[test]
    fn look_around_sees_outside_the_span() {
        let re = Regex::new(r"(?-u:\b)\d{3}(?-u:\b)").unwrap();
        let t = Text::new("A123 456");
        // "123" is glued to "A": no boundary before it, even though the
        // span starts right there.
        assert_eq!(t.find_in(&re, (1, 4)).count(), 0);
        assert_eq!(
            t.find_in(&re, (5, 8))
                .map(|m| m.range())
                .collect::<Vec<_>>(),
            vec![5..8]
        );
        assert!(t.match_at(&re, 5, 100).is_some());
        assert!(t.match_at(&re, 4, 100).is_none());
    }
}
