use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::{compile, Detector, Text};
use crate::{EntityType, Finding};

/// One kind of credential: the keywords that must appear for it to be
/// possible, and the pattern that finds it.
pub(super) struct Rule {
    pub(super) detector: &'static str,
    pub(super) keywords: &'static [&'static str],
    pub(super) pattern: &'static str,
    /// Minimum Shannon entropy, in bits per character, of the match; rejects
    /// placeholders such as `sk_live_xxxxxxxxxxxxxxxxxxxxxxxx`.
    pub(super) min_entropy: f32,
}

use super::secret_rules::RULES;

/// Credentials of known shapes, found only where their keyword appears.
pub(crate) struct SecretDetector {
    /// Keywords with capitals, matched as written, and all others (those of
    /// labelled rules, `(?i)` patterns such as `Password: ...`, among
    /// them), matched in any case.
    /// `None` only if an automaton could not be built; then every rule runs,
    /// which is slower but still correct.
    prefilters: Option<[Keywords; 2]>,
    patterns: Vec<regex_automata::meta::Regex>,
}

/// Keywords per automaton. Teddy, the SIMD prefilter, checks each
/// candidate against the keywords of its bucket, and in prose most
/// candidates are false: small sets keep the buckets thin. Measured on the
/// prompt benchmark, seven automata of at most 16 beat three of up to 64,
/// and sets of 8 fall back to slower searches.
const CHUNK: usize = 16;

/// Keyword automata and, for each keyword, the rules it calls for.
struct Keywords {
    /// Distinct keywords of three bytes or more, lower-cased when
    /// `any_case`, [`CHUNK`] to an automaton. With each keyword, the rules
    /// of the keyword and of every keyword that is a prefix of it: a
    /// leftmost-longest search reports one keyword per position, and any
    /// keyword starting there is a prefix of that one.
    automata: Vec<(AhoCorasick, Vec<Vec<usize>>)>,
    /// Two-byte keywords ("SK"), each with its own search: in the
    /// automaton they would cut its SIMD prefilter to two-byte
    /// fingerprints, which prose matches everywhere.
    short: Vec<(memchr::memmem::Finder<'static>, usize)>,
    any_case: bool,
}

impl Keywords {
    /// Leftmost-longest, not overlapping: that search can skip ahead with
    /// the automaton's SIMD prefilter, where an overlapping one must walk
    /// every byte, and restarting one byte after each match still visits
    /// every position where a keyword starts. Keywords matched in any case
    /// are searched for in a lower-cased copy of the text, because the
    /// prefilter works on exact bytes only.
    fn new(keywords: &[(&str, usize)], any_case: bool) -> Option<Keywords> {
        let fold = |k: &str| {
            if any_case {
                k.to_ascii_lowercase()
            } else {
                k.to_string()
            }
        };
        let folded: Vec<(String, usize)> = keywords.iter().map(|&(k, r)| (fold(k), r)).collect();
        let (long, short): (Vec<_>, Vec<_>) = folded.into_iter().partition(|(k, _)| k.len() >= 3);
        // Rules share keywords: each keyword is searched for once.
        let mut distinct: Vec<&str> = long.iter().map(|(k, _)| k.as_str()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        let mut automata = Vec::new();
        for chunk in distinct.chunks(CHUNK) {
            let automaton = AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::DFA))
                .match_kind(MatchKind::LeftmostLongest)
                .build(chunk)
                .ok()?;
            let rules = chunk
                .iter()
                .map(|k| {
                    let mut rules: Vec<usize> = long
                        .iter()
                        .chain(&short)
                        .filter(|(p, _)| k.starts_with(p.as_str()))
                        .map(|&(_, r)| r)
                        .collect();
                    rules.sort_unstable();
                    rules.dedup();
                    rules
                })
                .collect();
            automata.push((automaton, rules));
        }
        let short = short
            .into_iter()
            .map(|(k, r)| (memchr::memmem::Finder::new(k.as_bytes()).into_owned(), r))
            .collect();
        Some(Keywords {
            automata,
            short,
            any_case,
        })
    }

    /// Marks in `hit` the rules whose keywords occur in `text`.
    fn mark(&self, t: &Text, hit: &mut [bool]) {
        let hay = if self.any_case { t.lower() } else { t.s };
        for (automaton, rules) in &self.automata {
            let mut at = 0;
            while at < hay.len() {
                let input = aho_corasick::Input::new(hay).span(at..hay.len());
                let Some(m) = automaton.find(input) else {
                    break;
                };
                for &r in &rules[m.pattern().as_usize()] {
                    hit[r] = true;
                }
                at = m.start() + 1;
            }
        }
        for (finder, r) in &self.short {
            if !hit[*r] && finder.find(hay.as_bytes()).is_some() {
                hit[*r] = true;
            }
        }
    }
}

impl SecretDetector {
    pub(crate) fn new() -> Self {
        // Keywords without capitals join the case-blind search: found in
        // any case they still call for every rule they did, and the
        // case-blind automata have room, so the exact ones fit in fewer.
        let mut sets: [Vec<(&str, usize)>; 2] = Default::default();
        for (i, rule) in RULES.iter().enumerate() {
            let any_case = rule.pattern.starts_with("(?i)");
            for k in rule.keywords {
                let blind = any_case || !k.bytes().any(|c| c.is_ascii_uppercase());
                sets[usize::from(blind)].push((k, i));
            }
        }
        let [exact, any] = sets;
        let prefilters = match (Keywords::new(&exact, false), Keywords::new(&any, true)) {
            (Some(e), Some(a)) => Some([e, a]),
            _ => None,
        };
        debug_assert!(prefilters.is_some(), "bad keyword set");
        SecretDetector {
            prefilters,
            // Every boundary in these patterns sits next to ASCII, and an
            // ASCII boundary keeps the regex on its DFA for any text.
            patterns: RULES
                .iter()
                .map(|r| compile(&r.pattern.replace(r"\b", r"(?-u:\b)")))
                .collect(),
        }
    }

    /// How many kinds of credential this detector knows.
    #[cfg(test)]
    pub(crate) fn kinds() -> usize {
        RULES.len()
    }
}

fn entropy(s: &str) -> f32 {
    let mut counts = [0u32; 256];
    for b in s.bytes() {
        counts[usize::from(b)] += 1;
    }
    let n = s.len() as f32;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f32 / n;
            -p * p.log2()
        })
        .sum()
}

impl Detector for SecretDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let text = t.s;
        let mut hit = [self.prefilters.is_none(); RULES.len()];
        for keywords in self.prefilters.iter().flatten() {
            keywords.mark(t, &mut hit);
        }
        for (i, rule) in RULES.iter().enumerate() {
            if !hit[i] {
                continue;
            }
            let re = &self.patterns[i];
            for caps in re.captures_iter(text) {
                // Labelled rules report only the value after the label.
                let Some(m) = caps
                    .get_group(1)
                    .or_else(|| caps.get_match().map(|m| m.span()))
                else {
                    continue;
                };
                if entropy(&text[m.range()]) < rule.min_entropy {
                    continue;
                }
                out.push(Finding {
                    entity: EntityType::Secret,
                    start: m.start,
                    end: m.end,
                    score: 0.99,
                    detector: rule.detector,
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
    fn every_pattern_compiles() {
        for r in RULES {
            assert!(regex::Regex::new(r.pattern).is_ok(), "{}", r.detector);
        }
        assert!(SecretDetector::kinds() >= 60, "{}", SecretDetector::kinds());
        let mut names: Vec<_> = RULES.iter().map(|r| r.detector).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RULES.len(), "detector names are unique");
    }

    fn found(t: &str) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        SecretDetector::new().detect(t, &mut out);
        out.iter()
            .map(|f| (f.detector, t[f.start..f.end].to_string()))
            .collect()
    }

    #[test]
    fn commerce_and_cloud_credentials() {
        for (text, detector, value) in [
            (
                "SHOPIFY_TOKEN=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",
                "shopify-token",
                "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",
            ),
            (
                "consumer_secret: cs_4f9a2b7c1d8e3f6a0b5c9d2e7f1a4b8c3d6e9f0a",
                "woocommerce-key",
                "cs_4f9a2b7c1d8e3f6a0b5c9d2e7f1a4b8c3d6e9f0a",
            ),
            (
                "AWS_ACCESS_KEY_ID=AKIAQ3EGUXLBN7R4SX2M",
                "aws-access-key-id",
                "AKIAQ3EGUXLBN7R4SX2M",
            ),
            (
                "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8vKa2Lx9",
                "aws-secret-access-key",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8vKa2Lx9",
            ),
            (
                "db: postgres://shop:Hunter2Secret@db.internal:5432/orders",
                "database-url-credentials",
                "Hunter2Secret",
            ),
            (
                "password = \"Tr0ub4dor&3x\"",
                "password-assignment",
                "Tr0ub4dor&3x",
            ),
            (
                "PASSWORD=\"Tr0ub4dor&3x\"",
                "password-assignment",
                "Tr0ub4dor&3x",
            ),
            (
                "whsec_9Kd83hfQw7ZpL2mNx4Vb6Tc1Ry5Ue8Io0",
                "stripe-webhook-secret",
                "whsec_9Kd83hfQw7ZpL2mNx4Vb6Tc1Ry5Ue8Io0",
            ),
        ] {
            assert_eq!(found(text), vec![(detector, value.to_string())], "{text}");
        }
    }

    #[test]
    fn low_entropy_placeholders_are_ignored() {
        let d = SecretDetector::new();
        let mut out = Vec::new();
        d.detect("key = sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", &mut out);
        assert!(out.is_empty());
        d.detect("key = sk_live_51HqLyjWDarjtT1zdp7dcXyZabc", &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].detector, "stripe-secret-key");
    }

    /// Each rule's keywords are in every form its pattern accepts, so the
    /// keyword search never rules out a match the pattern would find.
    #[test]
    fn keywords_cover_every_spelling() {
        for (text, detector) in [
            ("access-token: 9fK2mQ7xL4pZ8vR1tY6w", "generic-api-key"),
            ("AuthToken=9fK2mQ7xL4pZ8vR1tY6w", "generic-api-key"),
            ("private-key = 9fK2mQ7xL4pZ8vR1tY6w", "generic-api-key"),
            ("CONTRASEÑA: Qz7!rT4#pL", "password-assignment"),
            (
                "dp.ct.a8Kq2Lw9Zx4Vb7Nm1Pq6Rt3Ys5Ud8Fg2Hj4Kl9Mn",
                "doppler-token",
            ),
        ] {
            let got = found(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, detector, "{text}");
        }
    }
}
