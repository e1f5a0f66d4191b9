use super::text::is_word;
use super::{compile, Detector, Text};
use crate::{EntityType, Finding};

/// Cryptocurrency addresses: Bitcoin base58check (P2PKH, P2SH) and bech32
/// (segwit), checked by their checksums, and Ethereum addresses.
pub(crate) struct CryptoDetector {
    re: regex_automata::meta::Regex,
}

impl CryptoDetector {
    pub(crate) fn new() -> Self {
        CryptoDetector {
            re: compile(
                r"(?-u:\b)(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{11,71}|0x[0-9a-fA-F]{40})(?-u:\b)",
            ),
        }
    }
}

fn valid(s: &str) -> Option<&'static str> {
    if let Some(hex) = s.strip_prefix("0x") {
        // An all-lower or all-upper address carries no EIP-55 checksum;
        // a mixed-case one does, but checking it needs Keccak, which is
        // not worth a dependency: the 0x+40-hex shape is specific enough.
        return (hex.len() == 40).then_some("ethereum");
    }
    if s.starts_with("bc1") {
        return bech32::segwit::decode(s).ok().map(|_| "bitcoin-bech32");
    }
    let decoded = bs58::decode(s).with_check(None).into_vec().ok()?;
    (decoded.len() == 21 && matches!(decoded[0], 0x00 | 0x05)).then_some("bitcoin-base58")
}

impl Detector for CryptoDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let (text, b) = (t.s, t.s.as_bytes());
        let mut from = 0;
        for &(run, _) in t.runs() {
            // Every address opens with a digit: "1" or "3" (base58), "bc1"
            // (bech32) or "0x" (hex), at the start of a word.
            let start = match b[run] {
                b'1' if run >= 2 && b[run - 2..run].eq_ignore_ascii_case(b"bc") => run - 2,
                b'0' | b'1' | b'3' => run,
                _ => continue,
            };
            if start < from || (start > 0 && is_word(b[start - 1])) {
                continue;
            }
            // Every address is a run of at least 14 ASCII letters and
            // digits ("bc1" and eleven more); the digits of prose ("1.",
            // "30 days", "12.95") end long before that, without a search.
            let alnum = b[start..]
                .iter()
                .take(14)
                .take_while(|c| c.is_ascii_alphanumeric());
            if alnum.count() < 14 {
                continue;
            }
            let Some(m) = t.match_at(&self.re, start, start + 80) else {
                continue;
            };
            from = m.end();
            if let Some(detector) = valid(&text[m.range()]) {
                out.push(Finding {
                    entity: EntityType::Crypto,
                    start: m.start(),
                    end: m.end(),
                    score: 0.95,
                    detector,
                    source: None,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        assert_eq!(
            valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
            Some("bitcoin-base58")
        );
        assert_eq!(
            valid("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
            Some("bitcoin-base58")
        );
        assert_eq!(valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"), None);
        assert_eq!(
            valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
            Some("bitcoin-bech32")
        );
        assert_eq!(valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx"), None);
        assert_eq!(
            valid("0x52908400098527886E0F7030069857D2E4169EE7"),
            Some("ethereum")
        );
    }
}
