use aho_corasick::AhoCorasick;

use super::{compile, Detector};
use crate::{EntityType, Finding};

/// One kind of credential: the keywords that must appear for it to be
/// possible, and the pattern that finds it.
struct Rule {
    detector: &'static str,
    keywords: &'static [&'static str],
    pattern: &'static str,
    /// Minimum Shannon entropy, in bits per character, of the match; rejects
    /// placeholders such as `sk_live_xxxxxxxxxxxxxxxxxxxxxxxx`.
    min_entropy: f32,
}

const RULES: &[Rule] = &[
    Rule {
        detector: "stripe-secret-key",
        keywords: &["sk_live_", "rk_live_", "sk_test_", "rk_test_"],
        pattern: r"\b[rs]k_(?:live|test)_[0-9A-Za-z]{24,247}\b",
        min_entropy: 3.0,
    },
    Rule {
        detector: "shopify-token",
        keywords: &["shpat_", "shpss_", "shpca_", "shppa_"],
        pattern: r"\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b",
        min_entropy: 2.5,
    },
    Rule {
        detector: "woocommerce-key",
        keywords: &["ck_", "cs_"],
        pattern: r"\bc[ks]_[a-f0-9]{40}\b",
        min_entropy: 3.0,
    },
    Rule {
        detector: "aws-access-key-id",
        keywords: &["AKIA", "ASIA", "ABIA", "ACCA"],
        pattern: r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b",
        min_entropy: 2.8,
    },
    Rule {
        detector: "github-token",
        keywords: &["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
        pattern: r"\bgh[pousr]_[A-Za-z0-9]{36,255}\b",
        min_entropy: 3.0,
    },
    Rule {
        detector: "github-fine-grained-token",
        keywords: &["github_pat_"],
        pattern: r"\bgithub_pat_[A-Za-z0-9_]{60,255}\b",
        min_entropy: 3.0,
    },
    Rule {
        detector: "gitlab-token",
        keywords: &["glpat-"],
        pattern: r"\bglpat-[A-Za-z0-9_\-]{20,}\b",
        min_entropy: 3.0,
    },
    Rule {
        detector: "openai-api-key",
        keywords: &["sk-proj-", "sk-svcacct-", "sk-admin-", "T3BlbkFJ"],
        pattern: r"\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\b",
        min_entropy: 3.5,
    },
    Rule {
        detector: "anthropic-api-key",
        keywords: &["sk-ant-"],
        pattern: r"\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_\-]{80,}",
        min_entropy: 3.5,
    },
    Rule {
        detector: "slack-token",
        keywords: &["xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe"],
        pattern: r"\bxox(?:[baprs]|e(?:\.xox[bp])?)-[0-9A-Za-z\-]{10,}",
        min_entropy: 3.0,
    },
    Rule {
        detector: "slack-webhook",
        keywords: &["hooks.slack.com"],
        pattern: r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9+/_\-]{20,}",
        min_entropy: 3.0,
    },
    Rule {
        detector: "sendgrid-api-key",
        keywords: &["SG."],
        pattern: r"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b",
        min_entropy: 3.5,
    },
    Rule {
        detector: "google-api-key",
        keywords: &["AIza"],
        pattern: r"\bAIza[0-9A-Za-z_\-]{35}\b",
        min_entropy: 3.0,
    },
    Rule {
        detector: "twilio-api-key",
        keywords: &["SK"],
        pattern: r"\bSK[0-9a-f]{32}\b",
        min_entropy: 3.0,
    },
    Rule {
        detector: "square-token",
        keywords: &["sq0csp-", "sq0atp-", "EAAA"],
        pattern: r"\b(?:sq0(?:csp|atp)-[0-9A-Za-z_\-]{22,43}|EAAA[0-9A-Za-z_\-]{60})\b",
        min_entropy: 3.0,
    },
    Rule {
        detector: "mailchimp-api-key",
        keywords: &["-us"],
        pattern: r"\b[0-9a-f]{32}-us[0-9]{1,2}\b",
        min_entropy: 3.0,
    },
    Rule {
        detector: "klaviyo-private-key",
        keywords: &["pk_"],
        pattern: r"\bpk_[0-9a-f]{34}\b",
        min_entropy: 3.0,
    },
    Rule {
        detector: "jwt",
        keywords: &["eyJ"],
        pattern: r"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}",
        min_entropy: 3.5,
    },
    Rule {
        detector: "pem-private-key",
        keywords: &["PRIVATE KEY-----"],
        pattern: r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----",
        min_entropy: 0.0,
    },
];

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
            for m in self.patterns[i].find_iter(text) {
                if entropy(m.as_str()) < rule.min_entropy {
                    continue;
                }
                out.push(Finding {
                    entity: EntityType::Secret,
                    start: m.start(),
                    end: m.end(),
                    score: 0.99,
                    detector: rule.detector,
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
        assert!(SecretDetector::kinds() >= 19);
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
