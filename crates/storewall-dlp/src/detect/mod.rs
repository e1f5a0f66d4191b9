//! The detectors. Each one finds candidates with a cheap pattern and keeps
//! only those its validator accepts.

mod address;
mod bank;
mod bytes;
mod card;
mod context;
mod crypto;
mod email;
mod iban;
mod ip;
mod names;
mod person;
mod phone;
mod secret;
mod secret_rules;
mod ssn;
mod table;
mod text;
mod words;

pub(crate) use address::AddressDetector;
pub(crate) use bank::{valid_aba, UsBankDetector};
pub(crate) use card::CardDetector;
pub(crate) use context::Cues;
pub(crate) use crypto::CryptoDetector;
pub(crate) use email::EmailDetector;
pub(crate) use iban::IbanDetector;
pub(crate) use ip::IpDetector;
pub(crate) use person::PersonDetector;
pub(crate) use phone::PhoneDetector;
pub(crate) use secret::SecretDetector;
pub(crate) use ssn::SsnDetector;
pub(crate) use table::TableDetector;

use crate::Finding;
use regex_automata::meta::Regex;
pub(crate) use text::Text;

/// A detector appends its findings for a text to `out`.
pub(crate) trait Detector: Send + Sync {
    /// Findings in `t`, which carries what the detectors share about it.
    fn find(&self, t: &Text, out: &mut Vec<Finding>);

    /// Findings in a plain text, for tests of one detector.
    #[cfg(test)]
    fn detect(&self, text: &str, out: &mut Vec<Finding>) {
        self.find(&Text::new(text), out);
    }
}

/// Compiles a pattern that is a literal in this crate; a failure is a bug
/// caught by the crate's tests, so it falls back to a pattern that never matches.
pub(crate) fn compile(pattern: &str) -> Regex {
    compile_with(pattern, Regex::config())
}

/// [`compile`] with more settings.
pub(crate) fn compile_with(pattern: &str, config: regex_automata::meta::Config) -> Regex {
    // A roomy lazy-DFA cache: the Unicode classes of the name and address
    // patterns otherwise overflow the default and the DFA is rebuilt mid-scan.
    Regex::builder()
        .configure(config.hybrid_cache_capacity(16 << 20))
        .build(pattern)
        .unwrap_or_else(|e| {
            debug_assert!(false, "bad built-in pattern {pattern}: {e}");
            #[allow(clippy::unwrap_used)]
            Regex::new(r"[^\s\S]").unwrap()
        })
}
