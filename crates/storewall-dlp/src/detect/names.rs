//! Name gazetteers and the person detector's word lists, in one table, so
//! that each word costs one lower-casing and one hash lookup however many
//! lists it is checked against.

use std::collections::HashMap;

/// A first name in one of the stores' locales.
pub(crate) const FIRST: u16 = 1;
/// A surname.
pub(crate) const LAST: u16 = 1 << 1;
/// A name that is also an ordinary English word.
pub(crate) const COMMON: u16 = 1 << 2;

/// Lower-cased words and the lists they are on, as bit flags.
pub(crate) struct Lexicon {
    // Lookups only, from keys fixed at build time: a seeded hasher buys
    // nothing here, a fast one buys throughput.
    words: HashMap<Box<str>, u16, foldhash::fast::FixedState>,
    shapes: Shapes,
}

impl Lexicon {
    /// The flags of `lower`, a lower-cased word; 0 when it is on no list.
    pub(crate) fn flags(&self, lower: &str) -> u16 {
        self.words.get(lower).copied().unwrap_or(0)
    }

    /// The flags of `w` as written, lower-cased into `buf`; most words
    /// not on a small table's lists are ruled out by their shape first.
    pub(crate) fn flags_of(&self, w: &str, buf: &mut String) -> u16 {
        if !self.shapes.may_hold(w) {
            return 0;
        }
        self.flags(lower(w, buf))
    }

    /// Puts `flag` on each of `words`, which must be lower case.
    pub(crate) fn add(&mut self, words: impl Iterator<Item = String>, flag: u16) {
        for w in words {
            self.shapes.add(&w);
            *self.words.entry(w.into_boxed_str()).or_insert(0) |= flag;
        }
    }
}

/// The first letters and lengths of a set of lower-case words. Checking a
/// word's shape costs less than lower-casing and hashing it, and rules out
/// most words when the set is small.
#[derive(Default)]
pub(crate) struct Shapes([u32; 26]);

impl Shapes {
    /// Records the shape of `lower`, a lower-case word.
    pub(crate) fn add(&mut self, lower: &str) {
        if let Some(&c) = lower.as_bytes().first() {
            if c.is_ascii_lowercase() {
                self.0[usize::from(c - b'a')] |= 1 << lower.len().min(31);
            }
        }
    }

    /// False when no word of the set can equal `w` lower-cased. Only ASCII
    /// words are ruled out: lower-casing keeps their length.
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        match w.as_bytes().first() {
            Some(&c) if c.is_ascii_alphabetic() && w.is_ascii() => {
                let first = usize::from(c.to_ascii_lowercase() - b'a');
                self.0[first] & (1 << w.len().min(31)) != 0
            }
            _ => true,
        }
    }
}

fn lines(text: &'static str) -> impl Iterator<Item = String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_lowercase)
}

impl Lexicon {
    /// The gazetteers plus `extra` lists, each with its own flag, which
    /// must not be one of [`FIRST`], [`LAST`] or [`COMMON`]. Costly: build
    /// it once and keep it.
    pub(crate) fn build(extra: &[(&[&str], u16)]) -> Lexicon {
        let mut l = Lexicon {
            words: HashMap::with_capacity_and_hasher(48_000, Default::default()),
            shapes: Shapes::default(),
        };
        l.add(lines(include_str!("../../data/first_names.txt")), FIRST);
        l.add(lines(include_str!("../../data/last_names.txt")), LAST);
        l.add(lines(include_str!("../../data/common_words.txt")), COMMON);
        l.add_lists(extra);
        l
    }

    /// Only the `extra` lists, without the gazetteers: a small table.
    pub(crate) fn lists(extra: &[(&[&str], u16)]) -> Lexicon {
        let mut l = Lexicon {
            words: HashMap::default(),
            shapes: Shapes::default(),
        };
        l.add_lists(extra);
        l
    }

    fn add_lists(&mut self, extra: &[(&[&str], u16)]) {
        for (words, flag) in extra {
            self.add(words.iter().map(|w| w.to_lowercase()), *flag);
        }
    }
}

/// Lower-cases `w` into `buf` and returns it; ASCII words skip Unicode
/// case mapping.
pub(crate) fn lower<'b>(w: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
    } else {
        for c in w.chars() {
            buf.extend(c.to_lowercase());
        }
    }
    buf
}

/// The run of letters and digits that ends `text`: the word a phrase
/// ending `text` must end with.
pub(crate) fn last_word(text: &str) -> &str {
    let b = text.as_bytes();
    let ascii = b
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    // Stopped by an ASCII byte (or the start): no decoding needed.
    if b.len() == ascii || b[b.len() - ascii - 1].is_ascii() {
        return &text[b.len() - ascii..];
    }
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(text.len(), |(i, _)| i);
    &text[start..]
}

/// True when `text` ends with `word`, compared without ASCII case, and
/// the word starts at a word boundary. Allocation-free, for the context
/// checks that run on every capitalized word.
pub(crate) fn ends_with_word(text: &str, word: &str) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    if t.len() < w.len() || !t[t.len() - w.len()..].eq_ignore_ascii_case(w) {
        return false;
    }
    // The matched bytes begin with an ASCII or leading byte, as `word`
    // does, so this is a character boundary; `get` keeps it panic-free.
    text.get(..t.len() - w.len())
        .and_then(|head| head.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_in_any_ascii_case() {
        assert!(ends_with_word("Kind regards", "regards"));
        assert!(ends_with_word("DEAR", "dear"));
        assert!(!ends_with_word("endear", "dear"));
        assert!(ends_with_word("—Grüße", "grüße"));
        assert!(!ends_with_word("ar", "dear"));
    }
}
