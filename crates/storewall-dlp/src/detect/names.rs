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
    words: Table,
    shapes: Shapes,
}

impl Lexicon {
    /// The flags of `w`, a lower-cased word in which ASCII letters may
    /// be of either case; 0 when it is on no list.
    pub(crate) fn flags(&self, w: &str) -> u16 {
        self.words.get(w.as_bytes())
    }

    /// The flags of `w` as written; most words not on a small table's
    /// lists are ruled out by their shape first. Only a non-ASCII word is
    /// lower-cased, into `buf`.
    pub(crate) fn flags_of(&self, w: &str, buf: &mut String) -> u16 {
        if !self.shapes.may_hold(w) {
            return 0;
        }
        self.flags(lower_unicode(w, buf))
    }

    /// A lexicon of `lists`: lower-case words, each list with its flag.
    fn of_lists(lists: impl IntoIterator<Item = (Vec<String>, u16)>) -> Lexicon {
        let mut words: HashMap<String, u16> = HashMap::new();
        let mut shapes = Shapes::default();
        for (list, flag) in lists {
            for w in list {
                shapes.add(&w);
                *words.entry(w).or_insert(0) |= flag;
            }
        }
        Lexicon {
            words: Table::new(&words),
            shapes,
        }
    }
}

/// Words and their flags as 64-bit slots in one flat array: 48 bits of the
/// word's hash beside 16 bits of flags, found by linear probing.
///
/// Written by hand because this lookup runs for every capitalized word of
/// every request. A general hash map keeps each key behind a pointer, so a
/// lookup in the 40,000-word gazetteer costs two or three cache misses; here
/// it costs about one, in a table a quarter of the size. The price: a word
/// on no list could share all 48 bits with one that is listed, about one
/// lookup in 10^14. A test checks that no two listed words share them.
struct Table {
    slots: Vec<u64>,
    /// How far right the hash is shifted to give a slot index.
    shift: u32,
}

/// The hash of a word for [`Table`], blind to the case of ASCII letters.
///
/// Hand-written so that case folding happens inside the hash, eight bytes
/// at a time, instead of in a lower-cased copy made first: setting bit 5
/// of every ASCII byte lower-cases letters and leaves digits, spaces,
/// hyphens and apostrophes as they are. Bytes of non-ASCII characters are
/// left alone; such words are lower-cased before they are hashed. Each
/// block is mixed by a folded 64×64→128-bit multiply, as in wyhash and
/// foldhash. Fixed, so the table answers the same on every run.
fn word_hash(b: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    const M: u64 = 0xa076_1d64_78bd_642f;
    fn mix(a: u64, b: u64) -> u64 {
        let r = u128::from(a) * u128::from(b);
        (r as u64) ^ ((r >> 64) as u64)
    }
    let fold = |x: u64| x | ((!x & 0x8080_8080_8080_8080) >> 2);
    let mut h = (b.len() as u64) ^ M;
    let mut blocks = b.chunks_exact(8);
    for block in &mut blocks {
        let mut x = [0u8; 8];
        x.copy_from_slice(block);
        h = mix(h ^ fold(u64::from_le_bytes(x)), K);
    }
    let rest = blocks.remainder();
    if !rest.is_empty() {
        // The tail as a zero-padded little-endian word, built byte by
        // byte: a copy of a variable length called `memcpy`, which cost
        // more than the rest of the hash for a short word.
        let x = rest
            .iter()
            .enumerate()
            .fold(0u64, |x, (i, &c)| x | u64::from(c) << (8 * i));
        h = mix(h ^ fold(x), K);
    }
    mix(h, M)
}

impl Table {
    const FLAGS: u64 = 0xffff;

    fn new(words: &HashMap<String, u16>) -> Table {
        // At most five slots in eight taken, so the probe for a missing
        // word ends within a cache line or two.
        let size = (words.len() * 8 / 5).max(16).next_power_of_two();
        let mut t = Table {
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
        };
        for (w, &flags) in words {
            let (mut i, fp) = t.locate(w.as_bytes());
            while t.slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            t.slots[i] = fp | u64::from(flags);
        }
        t
    }

    /// The slot to start at, from the top bits of the hash, and the
    /// fingerprint, its low 48 bits moved up past the flags. A fingerprint
    /// is never 0, which marks an empty slot.
    fn locate(&self, key: &[u8]) -> (usize, u64) {
        let h = word_hash(key);
        ((h >> self.shift) as usize, (h << 16).max(1 << 16))
    }

    fn get(&self, key: &[u8]) -> u16 {
        let (mut i, fp) = self.locate(key);
        let mask = self.slots.len() - 1;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return 0;
            }
            if slot & !Self::FLAGS == fp {
                return (slot & Self::FLAGS) as u16;
            }
            i = (i + 1) & mask;
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

impl Lexicon {
    /// The gazetteers plus `extra` lists, each with its own flag, which
    /// must not be one of [`FIRST`], [`LAST`] or [`COMMON`]. Costly: build
    /// it once and keep it.
    pub(crate) fn build(extra: &[(&[&str], u16)]) -> Lexicon {
        let gazetteers = [
            (include_str!("../../data/first_names.txt"), FIRST),
            (include_str!("../../data/last_names.txt"), LAST),
            (include_str!("../../data/common_words.txt"), COMMON),
        ];
        Lexicon::of_lists(
            gazetteers
                .into_iter()
                .map(|(text, flag)| (lines(text), flag))
                .chain(extra.iter().map(lower_list)),
        )
    }

    /// Only the `extra` lists, without the gazetteers: a small table.
    pub(crate) fn lists(extra: &[(&[&str], u16)]) -> Lexicon {
        Lexicon::of_lists(extra.iter().map(lower_list))
    }
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn lower_list(&(words, flag): &(&[&str], u16)) -> (Vec<String>, u16) {
    (words.iter().map(|w| w.to_lowercase()).collect(), flag)
}

/// `w` itself when it is ASCII, which [`Lexicon::flags`] takes in any
/// case, or else `w` lower-cased into `buf`.
pub(crate) fn lower_unicode<'a>(w: &'a str, buf: &'a mut String) -> &'a str {
    if w.is_ascii() {
        return w;
    }
    lower(w, buf)
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
    fn listed_words_have_distinct_fingerprints() {
        let mut words: HashMap<String, u16> = HashMap::new();
        for text in [
            include_str!("../../data/first_names.txt"),
            include_str!("../../data/last_names.txt"),
            include_str!("../../data/common_words.txt"),
        ] {
            words.extend(lines(text).into_iter().map(|w| (w, 1)));
        }
        let t = Table::new(&words);
        let prints: std::collections::HashSet<u64> =
            words.keys().map(|w| t.locate(w.as_bytes()).1).collect();
        assert_eq!(prints.len(), words.len());
        for w in words.keys() {
            assert_eq!(t.get(w.as_bytes()), 1, "{w}");
        }
        for w in words.keys().filter(|w| w.is_ascii()).take(500) {
            assert_eq!(t.get(w.to_ascii_uppercase().as_bytes()), 1, "{w}");
        }
        for missing in ["storewall", "refund", "zzzz", ""] {
            assert_eq!(t.get(missing.as_bytes()), 0, "{missing}");
        }
    }

    #[test]
    fn whole_words_in_any_ascii_case() {
        assert!(ends_with_word("Kind regards", "regards"));
        assert!(ends_with_word("DEAR", "dear"));
        assert!(!ends_with_word("endear", "dear"));
        assert!(ends_with_word("—Grüße", "grüße"));
        assert!(!ends_with_word("ar", "dear"));
    }
}
