//! Context words: whether a label such as "SSN" or "routing number" stands
//! just before a candidate. Digit runs without such a label are too often
//! order numbers, SKUs or tracking numbers to report.

use super::Text;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Input};

/// How far back, in bytes, a label may stand.
const WINDOW: usize = 48;

/// Label words searched for together, built once per detector.
///
/// Every candidate of a detector with labels asks whether one stands just
/// before it; one automaton over the shared lower-cased text answers in a
/// single walk of the window, where lower-casing a copy of the window and
/// searching it once per word cost thousands of instructions a candidate.
#[derive(Clone, Debug)]
pub(crate) struct Cues {
    /// `None` only if the automaton could not be built (never for the
    /// short lists of this crate); then each word is searched in turn.
    automaton: Option<AhoCorasick>,
    words: Vec<String>,
}

impl Cues {
    /// Cues for `words`, lower case.
    pub(crate) fn new<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> Cues {
        let words: Vec<String> = words.into_iter().map(|w| w.as_ref().to_string()).collect();
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(&words)
            .ok();
        debug_assert!(automaton.is_some(), "cue automaton");
        Cues { automaton, words }
    }

    /// True when any word occurs in the `WINDOW` bytes before `start`, in
    /// any ASCII case.
    pub(crate) fn before(&self, t: &Text, start: usize) -> bool {
        if self.words.is_empty() {
            return false;
        }
        let mut from = start.saturating_sub(WINDOW);
        while !t.s.is_char_boundary(from) {
            from += 1;
        }
        let hay = t.lower();
        match &self.automaton {
            Some(a) => a.is_match(Input::new(hay).span(from..start)),
            None => self
                .words
                .iter()
                .any(|w| hay[from..start].contains(w.as_str())),
        }
    }
}

/// True when the character before `start` or at `end` continues a token
/// (a letter, digit or one of `joiners` followed by a digit), so the
/// candidate is part of something longer.
pub(crate) fn glued(text: &str, start: usize, end: usize) -> bool {
    let prev = text[..start].chars().next_back();
    let next = text[end..].chars().next();
    let joins = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    if joins(prev) || joins(next) {
        return true;
    }
    // "12-345-6789-0" or "1.234.567.890,00": separators between digits.
    let sep_digit_before = matches!(prev, Some('-' | '.' | '/' | ','))
        && text[..start]
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| c.is_ascii_digit());
    let sep_digit_after = matches!(next, Some('-' | '/' | ',') | Some('.'))
        && text[end..]
            .chars()
            .nth(1)
            .is_some_and(|c| c.is_ascii_digit());
    sep_digit_before || sep_digit_after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_and_glue() {
        let t = "My SSN is 123-45-6789.";
        let s = t.find("123").unwrap();
        assert!(Cues::new(["ssn"]).before(&Text::new(t), s));
        assert!(!Cues::new(["routing"]).before(&Text::new(t), s));
        assert!(!Cues::new(Vec::<String>::new()).before(&Text::new(t), s));
        let far = format!("ssn {} 123", " ".repeat(WINDOW));
        assert!(!Cues::new(["ssn"]).before(&Text::new(&far), far.len() - 3));
        assert!(!glued(t, s, s + 11));
        let t = "ref A123-45-6789";
        let s = t.find("123").unwrap();
        assert!(glued(t, s, s + 11));
    }
}
