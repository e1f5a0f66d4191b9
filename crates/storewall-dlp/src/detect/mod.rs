//! The detectors. Each one finds candidates with a cheap pattern and keeps
//! only those its validator accepts.

mod address;
mod bank;
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

pub(crate) use address::AddressDetector;
pub(crate) use bank::{valid_aba, UsBankDetector};
pub(crate) use card::CardDetector;
pub(crate) use context::before as context_before;
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

/// A detector appends its findings for `text` to `out`.
pub(crate) trait Detector: Send + Sync {
    fn detect(&self, text: &str, out: &mut Vec<Finding>);
}

/// Compiles a pattern that is a literal in this crate; a failure is a bug
/// caught by the crate's tests, so it falls back to a pattern that never matches.
pub(crate) fn compile(pattern: &str) -> regex::Regex {
    // A roomy lazy-DFA cache: the Unicode classes of the name and address
    // patterns otherwise overflow the default and the DFA is rebuilt mid-scan.
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(16 << 20)
        .build()
        .unwrap_or_else(|e| {
            debug_assert!(false, "bad built-in pattern {pattern}: {e}");
            #[allow(clippy::unwrap_used)]
            regex::Regex::new(r"[^\s\S]").unwrap()
        })
}
