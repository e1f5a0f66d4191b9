//! Exact data match: recognising the store's own records (customer names,
//! emails, phones, IDs) by salted fingerprints, without keeping the values.
//!
//! A set holds, per column, a sorted list of 64-bit fingerprints: the first
//! eight bytes of SHA-256(salt ‖ kind ‖ normalized value). A million
//! customers with three columns take 24 MB. Scanning normalizes candidate
//! spans of the text the same way and looks them up.
//!
//! The salt lives in the set file beside the fingerprints, so names (which
//! are low-entropy) can still be guessed by whoever can read the data
//! directory; the fingerprints keep the values out of backups, logs and
//! casual reads, not out of reach of a determined holder of the file.

use sha2::{Digest, Sha256};

use crate::{EntityType, Finding};

/// How values of a column are normalized before fingerprinting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Normalizer {
    /// Words, lower-cased, joined by one space: names, addresses, free text.
    Words,
    /// Trimmed and lower-cased: email addresses.
    Email,
    /// The last nine digits: phone numbers, whatever the country prefix.
    Phone,
    /// Letters and digits only, upper-cased: card numbers, IBANs, IDs.
    Compact,
}

impl Normalizer {
    /// The normalizer suited to an entity type.
    pub fn for_entity(entity: EntityType) -> Self {
        match entity {
            EntityType::EmailAddress => Normalizer::Email,
            EntityType::PhoneNumber => Normalizer::Phone,
            EntityType::CreditCard
            | EntityType::IbanCode
            | EntityType::UsSsn
            | EntityType::UsBankNumber
            | EntityType::Crypto
            | EntityType::Secret => Normalizer::Compact,
            _ => Normalizer::Words,
        }
    }

    fn tag(self) -> u8 {
        match self {
            Normalizer::Words => 1,
            Normalizer::Email => 2,
            Normalizer::Phone => 3,
            Normalizer::Compact => 4,
        }
    }

    fn from_tag(t: u8) -> Option<Self> {
        Some(match t {
            1 => Normalizer::Words,
            2 => Normalizer::Email,
            3 => Normalizer::Phone,
            4 => Normalizer::Compact,
            _ => return None,
        })
    }

    /// The normalized form of a stored value, or `None` when nothing usable is left.
    pub fn normalize(self, value: &str) -> Option<String> {
        let out = match self {
            Normalizer::Words => words(value)
                .iter()
                .map(|(s, e)| value[*s..*e].to_lowercase())
                .collect::<Vec<_>>()
                .join(" "),
            Normalizer::Email => value.trim().to_lowercase(),
            Normalizer::Phone => {
                let d: String = value.chars().filter(char::is_ascii_digit).collect();
                if d.len() < 7 {
                    return None;
                }
                d[d.len().saturating_sub(9)..].to_string()
            }
            Normalizer::Compact => value
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        };
        // Single letters and two-letter tokens match too much text to be useful.
        (out.chars().count() >= 3).then_some(out)
    }
}

/// Byte spans of the words of `text`: runs of letters and digits, with
/// inner apostrophes, hyphens and dots ("O'Brien", "Jean-Luc", "St.").
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '\'' | '’' | '-' | '.')
            && start.is_some()
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(i);
            }
            last_end = i + c.len_utf8();
        } else if let Some(s) = start.take() {
            out.push((s, last_end));
        }
    }
    if let Some(s) = start {
        out.push((s, last_end));
    }
    out
}

fn fingerprint(salt: &[u8; 32], kind: Normalizer, normalized: &str) -> u64 {
    let mut h = Sha256::new();
    h.update(salt);
    h.update([kind.tag()]);
    h.update(normalized.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[..8]);
    u64::from_le_bytes(b)
}

/// One fingerprinted column.
#[derive(Clone, Debug)]
pub struct EdmColumn {
    /// The entity type its values are.
    pub entity: EntityType,
    /// How its values were normalized.
    pub normalizer: Normalizer,
    /// The most words any value has (for [`Normalizer::Words`]), at most 8.
    pub max_words: u8,
    /// Sorted, deduplicated fingerprints.
    pub fingerprints: Vec<u64>,
}

/// A fingerprinted table.
#[derive(Clone, Debug)]
pub struct EdmSet {
    /// The set's name.
    pub name: String,
    salt: [u8; 32],
    /// Its columns.
    pub columns: Vec<EdmColumn>,
}

/// Why a set file could not be read.
#[derive(Debug, thiserror::Error)]
#[error("exact-data-match set is unreadable: {0}; import it again")]
pub struct EdmError(String);

const MAGIC: &[u8; 8] = b"SWEDM1\0\0";

/// Builds a set from raw values; only fingerprints are kept.
pub struct EdmBuilder {
    name: String,
    salt: [u8; 32],
    columns: Vec<EdmColumn>,
}

impl EdmBuilder {
    /// A builder for columns of the given types, with a fresh random `salt`.
    pub fn new(name: &str, salt: [u8; 32], entities: &[EntityType]) -> Self {
        EdmBuilder {
            name: name.to_string(),
            salt,
            columns: entities
                .iter()
                .map(|&entity| EdmColumn {
                    entity,
                    normalizer: Normalizer::for_entity(entity),
                    max_words: 1,
                    fingerprints: Vec::new(),
                })
                .collect(),
        }
    }

    /// Adds the value of column `col`; returns false when it normalizes to nothing.
    pub fn add(&mut self, col: usize, value: &str) -> bool {
        let Some(c) = self.columns.get_mut(col) else {
            return false;
        };
        let Some(norm) = c.normalizer.normalize(value) else {
            return false;
        };
        if c.normalizer == Normalizer::Words {
            let n = u8::try_from(norm.split(' ').count())
                .unwrap_or(u8::MAX)
                .min(8);
            c.max_words = c.max_words.max(n);
        }
        c.fingerprints
            .push(fingerprint(&self.salt, c.normalizer, &norm));
        true
    }

    /// The finished set.
    pub fn finish(mut self) -> EdmSet {
        for c in &mut self.columns {
            c.fingerprints.sort_unstable();
            c.fingerprints.dedup();
        }
        EdmSet {
            name: self.name,
            salt: self.salt,
            columns: self.columns,
        }
    }
}

impl EdmSet {
    /// The file form.
    pub fn to_bytes(&self) -> Vec<u8> {
        let total: usize = self
            .columns
            .iter()
            .map(|c| c.fingerprints.len() * 8 + 64)
            .sum();
        let mut out = Vec::with_capacity(64 + total);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&(self.columns.len() as u32).to_le_bytes());
        for c in &self.columns {
            let name = c.entity.as_str().as_bytes();
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(name);
            out.push(c.normalizer.tag());
            out.push(c.max_words);
            out.extend_from_slice(&(c.fingerprints.len() as u64).to_le_bytes());
            for f in &c.fingerprints {
                out.extend_from_slice(&f.to_le_bytes());
            }
        }
        out
    }

    /// Reads the file form.
    pub fn from_bytes(name: &str, b: &[u8]) -> Result<EdmSet, EdmError> {
        let mut r = Reader { b, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(EdmError("not a Storewall EDM file".into()));
        }
        let mut salt = [0u8; 32];
        salt.copy_from_slice(r.take(32)?);
        let n = r.u32()?;
        let mut columns = Vec::new();
        for _ in 0..n {
            let len = usize::from(r.u16()?);
            let ename = std::str::from_utf8(r.take(len)?).map_err(|e| EdmError(e.to_string()))?;
            let entity = EntityType::custom(ename).map_err(|e| EdmError(e.to_string()))?;
            let normalizer = Normalizer::from_tag(r.u8()?)
                .ok_or_else(|| EdmError("unknown normalizer".into()))?;
            let max_words = r.u8()?;
            let count = usize::try_from(r.u64()?).map_err(|e| EdmError(e.to_string()))?;
            let raw = r.take(
                count
                    .checked_mul(8)
                    .ok_or_else(|| EdmError("bad count".into()))?,
            )?;
            let fingerprints = raw
                .chunks_exact(8)
                .map(|c| {
                    let mut a = [0u8; 8];
                    a.copy_from_slice(c);
                    u64::from_le_bytes(a)
                })
                .collect();
            columns.push(EdmColumn {
                entity,
                normalizer,
                max_words,
                fingerprints,
            });
        }
        Ok(EdmSet {
            name: name.to_string(),
            salt,
            columns,
        })
    }

    fn contains(&self, col: &EdmColumn, normalized: &str) -> bool {
        col.fingerprints
            .binary_search(&fingerprint(&self.salt, col.normalizer, normalized))
            .is_ok()
    }

    /// Appends a finding for every span of `text` that is one of the set's values.
    pub fn detect(&self, text: &str, out: &mut Vec<Finding>) {
        let mut tokens: Option<Vec<(usize, usize)>> = None;
        for col in &self.columns {
            if col.fingerprints.is_empty() {
                continue;
            }
            let mut hit = |start: usize, end: usize| {
                out.push(Finding {
                    entity: col.entity,
                    start,
                    end,
                    score: 1.0,
                    detector: "edm",
                    source: Some("edm"),
                });
            };
            match col.normalizer {
                Normalizer::Words | Normalizer::Compact => {
                    let toks = tokens.get_or_insert_with(|| words(text));
                    let max = usize::from(col.max_words.max(1));
                    let joiner = if col.normalizer == Normalizer::Words {
                        " "
                    } else {
                        ""
                    };
                    for i in 0..toks.len() {
                        let mut acc = String::new();
                        for n in 0..max.min(toks.len() - i) {
                            let (s, e) = toks[i + n];
                            // Words must be separated by spaces only, not by
                            // punctuation that ends a phrase.
                            if n > 0
                                && !text[toks[i + n - 1].1..s]
                                    .chars()
                                    .all(|c| c == ' ' || c == '\t')
                            {
                                break;
                            }
                            if n > 0 {
                                acc.push_str(joiner);
                            }
                            match col.normalizer {
                                Normalizer::Words => acc.push_str(&text[s..e].to_lowercase()),
                                _ => acc.extend(
                                    text[s..e]
                                        .chars()
                                        .filter(char::is_ascii_alphanumeric)
                                        .map(|c| c.to_ascii_uppercase()),
                                ),
                            }
                            if acc.chars().count() >= 3 && self.contains(col, &acc) {
                                hit(toks[i].0, e);
                            }
                        }
                    }
                }
                Normalizer::Email => {
                    for (s, e) in email_like(text) {
                        if self.contains(col, &text[s..e].to_lowercase()) {
                            hit(s, e);
                        }
                    }
                }
                Normalizer::Phone => {
                    for (s, e) in phone_like(text) {
                        if let Some(n) = Normalizer::Phone.normalize(&text[s..e]) {
                            if self.contains(col, &n) {
                                hit(s, e);
                            }
                        }
                    }
                }
            }
        }
    }

    /// How many fingerprints the set holds.
    pub fn len(&self) -> usize {
        self.columns.iter().map(|c| c.fingerprints.len()).sum()
    }

    /// True when the set holds no fingerprint.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Spans around each `@` that look like an address.
fn email_like(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let ok = |c: u8| {
        c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-') || c >= 0x80
    };
    let mut out = Vec::new();
    for at in memchr::memchr_iter(b'@', b) {
        let mut s = at;
        while s > 0 && ok(b[s - 1]) {
            s -= 1;
        }
        let mut e = at + 1;
        while e < b.len() && ok(b[e]) {
            e += 1;
        }
        while e > at + 1 && b[e - 1] == b'.' {
            e -= 1;
        }
        if s < at && e > at + 1 && text.is_char_boundary(s) && text.is_char_boundary(e) {
            out.push((s, e));
        }
    }
    out
}

/// Runs of digits with phone separators, seven digits or more.
fn phone_like(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() || (b[i] == b'+' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            let s = i;
            let mut e = i;
            let mut digits = 0;
            let mut j = i;
            while j < b.len()
                && (b[j].is_ascii_digit()
                    || matches!(b[j], b' ' | b'-' | b'.' | b'(' | b')' | b'+' | b'/'))
            {
                if b[j].is_ascii_digit() {
                    digits += 1;
                    e = j + 1;
                }
                j += 1;
            }
            if digits >= 7 {
                out.push((s, e));
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], EdmError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or_else(|| EdmError("file is truncated".into()))?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, EdmError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, EdmError> {
        let mut a = [0u8; 2];
        a.copy_from_slice(self.take(2)?);
        Ok(u16::from_le_bytes(a))
    }
    fn u32(&mut self) -> Result<u32, EdmError> {
        let mut a = [0u8; 4];
        a.copy_from_slice(self.take(4)?);
        Ok(u32::from_le_bytes(a))
    }
    fn u64(&mut self) -> Result<u64, EdmError> {
        let mut a = [0u8; 8];
        a.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(a))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> EdmSet {
        let mut b = EdmBuilder::new(
            "customers",
            [7u8; 32],
            &[
                EntityType::Person,
                EntityType::EmailAddress,
                EntityType::PhoneNumber,
            ],
        );
        assert!(b.add(0, "Zoë  van der Berg"));
        assert!(b.add(1, " Zoe.Berg@Example.NL "));
        assert!(b.add(2, "+31 6 1234 5678"));
        assert!(!b.add(0, "x"));
        let s = b.finish();
        EdmSet::from_bytes("customers", &s.to_bytes()).unwrap()
    }

    fn found(t: &str) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        set().detect(t, &mut out);
        out.iter()
            .map(|f| (t[f.start..f.end].to_string(), f.entity.as_str()))
            .collect()
    }

    #[test]
    fn recognises_values_case_and_space_insensitively() {
        assert_eq!(
            found("Ticket from ZOË VAN DER   BERG about a return"),
            vec![("ZOË VAN DER   BERG".to_string(), "PERSON")]
        );
        assert_eq!(
            found("mail zoe.berg@example.nl."),
            vec![("zoe.berg@example.nl".to_string(), "EMAIL_ADDRESS")]
        );
        assert_eq!(
            found("call 06-12345678 please"),
            vec![("06-12345678".to_string(), "PHONE_NUMBER")]
        );
        assert!(found("Zoë van der Bergen and Zoe").is_empty());
    }

    #[test]
    fn the_file_holds_no_value() {
        let bytes = set().to_bytes();
        for needle in [&b"berg"[..], b"Berg", b"example", b"12345678", b"5678"] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle));
        }
        assert!(EdmSet::from_bytes("x", &bytes[..bytes.len() - 3]).is_err());
    }
}
