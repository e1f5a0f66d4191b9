use aho_corasick::AhoCorasick;

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
    /// Keywords of token-shaped rules, matched as written, and of labelled
    /// rules (`(?i)` patterns such as `Password: ...`), matched in any case.
    /// `None` only if an automaton could not be built; then every rule runs,
    /// which is slower but still correct.
    prefilters: Option<[(AhoCorasick, Vec<usize>); 2]>,
    patterns: Vec<regex_automata::meta::Regex>,
}

/// A DFA: overlapping search (every keyword counts, even inside another)
/// cannot use the automaton's literal prefilter, so it walks every byte,
/// and a DFA does that fastest.
fn automaton(keywords: &[&str], any_case: bool) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .ascii_case_insensitive(any_case)
        .build(keywords)
        .ok()
}

impl SecretDetector {
    pub(crate) fn new() -> Self {
        let mut sets: [(Vec<&str>, Vec<usize>); 2] = Default::default();
        for (i, rule) in RULES.iter().enumerate() {
            let set = &mut sets[usize::from(rule.pattern.starts_with("(?i)"))];
            for k in rule.keywords {
                set.0.push(*k);
                set.1.push(i);
            }
        }
        let [(exact, exact_rules), (any, any_rules)] = sets;
        let prefilters = match (automaton(&exact, false), automaton(&any, true)) {
            (Some(e), Some(a)) => Some([(e, exact_rules), (a, any_rules)]),
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
        for (automaton, rules) in self.prefilters.iter().flatten() {
            for m in automaton.find_overlapping_iter(text) {
                hit[rules[m.pattern().as_usize()]] = true;
            }
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
}
