use crate::detect::{
    AddressDetector, CardDetector, CryptoDetector, Detector, EmailDetector, IbanDetector,
    IpDetector, PersonDetector, PhoneDetector, SecretDetector, SsnDetector, TableDetector, Text,
    UsBankDetector,
};
use crate::Finding;

/// Runs every detector over a text and resolves overlaps.
///
/// Build one at start-up and share it: construction compiles patterns,
/// scanning does not allocate beyond the result.
pub struct Scanner {
    detectors: Vec<(&'static str, Box<dyn Detector>)>,
    edm: Vec<std::sync::Arc<crate::EdmSet>>,
}

impl Default for Scanner {
    fn default() -> Self {
        Self::new()
    }
}

impl Scanner {
    /// A scanner with every built-in detector.
    pub fn new() -> Self {
        Scanner {
            detectors: vec![
                ("secret", Box::new(SecretDetector::new())),
                ("email", Box::new(EmailDetector::new())),
                ("card", Box::new(CardDetector::new())),
                ("iban", Box::new(IbanDetector::new())),
                ("ssn", Box::new(SsnDetector::new())),
                ("ip", Box::new(IpDetector::new())),
                ("bank", Box::new(UsBankDetector::new())),
                ("crypto", Box::new(CryptoDetector::new())),
                ("phone", Box::new(PhoneDetector::new())),
                ("person", Box::new(PersonDetector::new())),
                ("address", Box::new(AddressDetector::new())),
                ("table", Box::new(TableDetector)),
            ],
            edm: Vec::new(),
        }
    }

    /// A scanner with every built-in detector and the store's own.
    pub fn with_custom(custom: Vec<crate::CustomDetector>) -> Self {
        let mut s = Self::new();
        for c in custom {
            s.detectors.push(("custom", Box::new(c)));
        }
        s
    }

    /// The names of the built-in detectors, in the order they run.
    pub fn builtin_names() -> Vec<&'static str> {
        Self::new().detectors.iter().map(|(n, _)| *n).collect()
    }

    /// Keeps only the detectors named in `names` (see [`Scanner::builtin_names`];
    /// the store's own detectors are named `custom`). For profiling one
    /// detector, or for a deployment that wants a narrower scan.
    pub fn retain(mut self, names: &[&str]) -> Self {
        self.detectors.retain(|(n, _)| names.contains(n));
        self
    }

    /// Adds the store's exact-data-match sets.
    pub fn with_edm(mut self, sets: Vec<std::sync::Arc<crate::EdmSet>>) -> Self {
        self.edm = sets;
        self
    }

    /// Findings in `text`, ordered by start, never overlapping.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        let mut all = Vec::new();
        let t = Text::new(text);
        for (_, d) in &self.detectors {
            d.find(&t, &mut all);
        }
        for set in &self.edm {
            set.detect(text, &mut all);
        }
        resolve_overlaps(all)
    }
}

/// Keeps, among overlapping findings, the highest score and then the longest.
fn resolve_overlaps(mut all: Vec<Finding>) -> Vec<Finding> {
    if all.len() < 2 {
        return all;
    }
    all.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    // The kept findings never overlap, so ordered by start the only one
    // that can overlap a candidate is the last to start before it ends:
    // one ordered lookup per candidate, not a scan of all kept so far.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept: Vec<Finding> = Vec::with_capacity(all.len());
    for f in all {
        let clash = taken
            .range(..f.end.max(f.start + 1))
            .next_back()
            .is_some_and(|(&start, &end)| end > f.start && start < f.end.max(f.start + 1));
        if !clash {
            taken.insert(f.start, f.end);
            kept.push(f);
        }
    }
    kept.sort_by_key(|f| f.start);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntityType;

    fn types(text: &str) -> Vec<(EntityType, &str)> {
        Scanner::new()
            .scan(text)
            .into_iter()
            .map(|f| (f.entity, &text[f.start..f.end]))
            .collect()
    }

    #[test]
    fn finds_the_first_detectors() {
        let t = "Mail jane.doe@example.com, card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00 ok";
        assert_eq!(
            types(t),
            vec![
                (EntityType::EmailAddress, "jane.doe@example.com"),
                (EntityType::CreditCard, "4111 1111 1111 1111"),
                (EntityType::IbanCode, "DE89 3704 0044 0532 0130 00"),
            ]
        );
    }

    #[test]
    fn quiet_on_hard_negatives() {
        for t in [
            "Order #100234987 shipped, tracking 1Z999AA10123456784",
            "EAN 4006381333931 costs 12.99 EUR on 2026-11-22",
            "digits 4111111111111112 fail Luhn",
            "uuid 123e4567-e89b-12d3-a456-426614174000 commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
            "publishable pk_live_51HqLyjWDarjtT1zdp7dcXyZabc is fine",
            "IBAN DE89 3704 0044 0532 0130 01 has a bad check",
        ] {
            assert_eq!(types(t), vec![], "{t}");
        }
    }

    #[test]
    fn iban_stops_at_country_length() {
        let t = "DE89370400440532013000 AND MORE";
        assert_eq!(
            types(t),
            vec![(EntityType::IbanCode, "DE89370400440532013000")]
        );
    }

    #[test]
    fn json_offsets_count_code_points() {
        let t = "Grüße an zoë@example.com";
        let f = &Scanner::new().scan(t)[0];
        let j = f.to_json_offsets(t);
        assert_eq!(j.start, 9);
        assert_eq!(j.end, 24);
        assert_eq!(
            t.chars()
                .skip(j.start)
                .take(j.end - j.start)
                .collect::<String>(),
            "zoë@example.com"
        );
    }
}

#[cfg(test)]
mod profile {
    use super::*;

    /// Times each detector over `STOREWALL_PROFILE_JSONL` (lines `{"text": ...}`),
    /// `STOREWALL_PROFILE_ROUNDS` times, or only the one named by
    /// `STOREWALL_PROFILE_ONLY`.
    #[test]
    #[ignore]
    fn per_detector_time() {
        let Ok(path) = std::env::var("STOREWALL_PROFILE_JSONL") else {
            return;
        };
        let texts: Vec<String> = std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .take(20_000)
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let only = std::env::var("STOREWALL_PROFILE_ONLY").ok();
        let mut s = Scanner::new();
        if let Some(name) = &only {
            s = s.retain(&[name.as_str()]);
        }
        let rounds: usize = std::env::var("STOREWALL_PROFILE_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(1);
        let t = std::time::Instant::now();
        let prepared: Vec<Text> = texts.iter().map(|t| Text::new(t)).collect();
        let secs = t.elapsed().as_secs_f64();
        eprintln!("digit runs: {:.1} MB/s", bytes as f64 / 1e6 / secs);
        for (name, d) in &s.detectors {
            let t = std::time::Instant::now();
            let mut out = Vec::new();
            for _ in 0..rounds {
                for text in &prepared {
                    d.find(text, &mut out);
                }
                out.clear();
            }
            let secs = t.elapsed().as_secs_f64();
            let mb = (bytes * rounds) as f64 / 1e6;
            eprintln!("{name}: {:.1} MB/s", mb / secs);
        }
    }
}
