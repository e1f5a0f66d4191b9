//! Words found on demand: forward from a capital, or back from a word's
//! end. The person detector needs only the few capitalized words of a text
//! and their neighbours; cutting every text into words up front cost more
//! than all of its other work on prompts, which are mostly lower-case prose.
//!
//! A word is a run of letters, with an apostrophe or a hyphen allowed
//! between two letters ("O'Brien", "Jean-Luc"). The functions here agree
//! with a left-to-right cut of the whole text into such words; the tests
//! check that they do.

/// A word, as a byte range of its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl Word {
    /// The word's text.
    pub(crate) fn of(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

fn joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-')
}

/// The character at byte `i`, if `i` starts one.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(char::from(b))
    } else {
        text.get(i..)?.chars().next()
    }
}

/// The character that ends at byte `i`.
fn char_before(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i.checked_sub(1)?)?;
    if b < 0x80 {
        Some(char::from(b))
    } else {
        text.get(..i)?.chars().next_back()
    }
}

fn letter(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphabetic)
}

/// True for an ASCII byte that is no letter (the caller has passed the
/// letters) and cannot join two letters: a word ends at it for sure.
fn stops_word(c: u8) -> bool {
    c < 0x80 && c != b'\'' && c != b'-'
}

/// The word that ends at `end`, when a letter ends there.
pub(crate) fn ending_at(text: &str, end: usize) -> Option<Word> {
    letter(char_before(text, end)).then(|| Word {
        start: word_start(text, end),
        end,
    })
}

/// The word that starts at `start`, when a letter starts there.
pub(crate) fn starting_at(text: &str, start: usize) -> Option<Word> {
    letter(char_at(text, start)).then(|| Word {
        start,
        end: word_end(text, start),
    })
}

/// The next byte at or after `i` that may start a capitalized word: an
/// ASCII capital or the first byte of a non-ASCII character.
pub(crate) fn next_capital(b: &[u8], i: usize) -> Option<usize> {
    let may = |c: u8| c.wrapping_sub(b'A') < 26 || c >= 0xC0;
    super::bytes::find(b, i, may, super::bytes::capitals)
}

/// True when a word starts at `i`, which holds a letter.
pub(crate) fn starts_word(text: &str, i: usize) -> bool {
    match char_before(text, i) {
        None => true,
        Some(c) if c.is_alphabetic() => false,
        // An apostrophe or hyphen right after a letter joins it to this one.
        Some(c) if joiner(c) => !letter(char_before(text, i - c.len_utf8())),
        Some(_) => true,
    }
}

/// The end of the word that starts at `start`.
pub(crate) fn word_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    loop {
        // ASCII letters, the usual case, without decoding.
        i = ascii_letters_end(b, i);
        // Most words end at a space or punctuation, which ends the word
        // without decoding.
        match b.get(i) {
            None => return i,
            Some(&c) if stops_word(c) => return i,
            _ => {}
        }
        let Some(c) = char_at(text, i) else {
            return i;
        };
        let len = c.len_utf8();
        let inner = i > start && joiner(c) && letter(char_at(text, i + len));
        if !(c.is_alphabetic() || inner) {
            return i;
        }
        i += len;
    }
}

/// The first byte at or after `i` that is not an ASCII letter. Eight
/// bytes at a time as one `u64`: a word usually ends within the first.
fn ascii_letters_end(b: &[u8], i: usize) -> usize {
    use super::bytes::{find_by_words, letters};
    find_by_words(b, i, |c| !c.is_ascii_alphabetic(), |x| !letters(x)).unwrap_or(b.len().max(i))
}

/// The start of the word that ends at `end`.
pub(crate) fn word_start(text: &str, end: usize) -> usize {
    let b = text.as_bytes();
    let mut i = end;
    loop {
        // ASCII letters, the usual case, without decoding.
        let head = b.get(..i).unwrap_or_default();
        i -= head
            .iter()
            .rev()
            .position(|c| !c.is_ascii_alphabetic())
            .unwrap_or(head.len());
        match i.checked_sub(1).and_then(|k| b.get(k)) {
            None => break,
            Some(&c) if stops_word(c) => break,
            _ => {}
        }
        let Some(c) = char_before(text, i) else {
            break;
        };
        let len = c.len_utf8();
        let inner = joiner(c) && letter(char_at(text, i)) && letter(char_before(text, i - len));
        if !(c.is_alphabetic() || inner) {
            break;
        }
        i -= len;
    }
    i
}

/// The first word after `from`, a word's end, when at most `gap` bytes
/// lie between them.
pub(crate) fn next_word(text: &str, from: usize, gap: usize) -> Option<Word> {
    let mut i = from;
    loop {
        let c = char_at(text, i)?;
        if c.is_alphabetic() {
            return Some(Word {
                start: i,
                end: word_end(text, i),
            });
        }
        i += c.len_utf8();
        if i - from > gap {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The reference: every word of the text, cut left to right in one
    /// pass that tracks whether it is inside a word.
    fn all_words(text: &str) -> Vec<Word> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut last = 0;
        for (i, c) in text.char_indices() {
            let next = text[i + c.len_utf8()..].chars().next();
            let inner = joiner(c) && start.is_some() && letter(next);
            if c.is_alphabetic() || inner {
                start.get_or_insert(i);
                last = i + c.len_utf8();
            } else if let Some(s) = start.take() {
                out.push(Word {
                    start: s,
                    end: last,
                });
            }
        }
        if let Some(s) = start {
            out.push(Word {
                start: s,
                end: last,
            });
        }
        out
    }

    #[test]
    fn words_with_joiners() {
        let t = "O'Brien, Jean-Luc -x a--b 'tis d’Arc";
        let words: Vec<&str> = all_words(t).iter().map(|w| w.of(t)).collect();
        assert_eq!(
            words,
            vec!["O'Brien", "Jean-Luc", "x", "a", "b", "tis", "d’Arc"]
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// The word-at-a-time search finds what a byte-by-byte one does.
        #[test]
        fn ascii_letters_end_matches_a_byte_search(
            b in proptest::collection::vec(any::<u8>(), 0..40),
            from in 0usize..40,
        ) {
            let from = from.min(b.len());
            let want = from + b[from..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
            prop_assert_eq!(ascii_letters_end(&b, from), want);
        }

        /// The word-at-a-time search finds what a byte-by-byte one does.
        #[test]
        fn next_capital_matches_a_byte_search(
            b in proptest::collection::vec(any::<u8>(), 0..40),
            from in 0usize..40,
        ) {
            let may = |c: u8| c.is_ascii_uppercase() || c >= 0xC0;
            let want = b.get(from..).and_then(|t| t.iter().position(|&c| may(c)).map(|k| from + k));
            prop_assert_eq!(next_capital(&b, from), want);
        }

        /// Found from either side, each word is the one a left-to-right
        /// cut of the whole text gives.
        #[test]
        fn on_demand_words_match_a_full_cut(text in "[aZé '’\\-,.1Ü]{0,40}") {
            let words = all_words(&text);
            for (k, w) in words.iter().enumerate() {
                prop_assert!(starts_word(&text, w.start));
                prop_assert_eq!(word_start(&text, w.end), w.start);
                let next = words.get(k + 1).copied();
                prop_assert_eq!(next_word(&text, w.end, usize::MAX), next);
                prop_assert_eq!(ending_at(&text, w.end), Some(*w));
                prop_assert_eq!(starting_at(&text, w.start), Some(*w));
            }
            // Every letter that no word starts at is inside one.
            for (i, c) in text.char_indices() {
                if c.is_alphabetic() && !words.iter().any(|w| w.start == i) {
                    prop_assert!(!starts_word(&text, i));
                }
            }
        }
    }
}
