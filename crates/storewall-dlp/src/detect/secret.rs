use aho_corasick::AhoCorasick;

use super::{compile, Detector};
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
    /// `None` only if the keyword automaton could not be built; then every
    /// rule runs, which is slower but still correct.
    prefilter: Option<AhoCorasick>,
    /// For each prefilter pattern, the rule it belongs to.
    keyword_rule: Vec<usize>,
    patterns: Vec<regex::Regex>,
}

impl SecretDetector {
    pub(crate) fn new() -> Self {
        let mut keywords = Vec::new();
        let mut keyword_rule = Vec::new();
        for (i, rule) in RULES.iter().enumerate() {
            for k in rule.keywords {
                keywords.push(*k);
                keyword_rule.push(i);
            }
        }
        let prefilter = AhoCorasick::new(&keywords).ok();
        debug_assert!(prefilter.is_some(), "bad keyword set");
        SecretDetector {
            prefilter,
            keyword_rule,
            patterns: RULES.iter().map(|r| compile(r.pattern)).collect(),
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
    fn detect(&self, text: &str, out: &mut Vec<Finding>) {
        let mut hit = [self.prefilter.is_none(); RULES.len()];
        if let Some(prefilter) = &self.prefilter {
            for m in prefilter.find_overlapping_iter(text) {
                hit[self.keyword_rule[m.pattern().as_usize()]] = true;
            }
        }
        for (i, rule) in RULES.iter().enumerate() {
            if !hit[i] {
                continue;
            }
            let re = &self.patterns[i];
            for caps in re.captures_iter(text) {
                // Labelled rules report only the value after the label.
                let Some(m) = caps.get(1).or_else(|| caps.get(0)) else {
                    continue;
                };
                if entropy(m.as_str()) < rule.min_entropy {
                    continue;
                }
                out.push(Finding {
                    entity: EntityType::Secret,
                    start: m.start(),
                    end: m.end(),
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
