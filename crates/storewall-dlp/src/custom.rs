//! Detectors the store defines in its config: its own order-ID or
//! loyalty-card format, with an optional checksum and context words.

use serde::Deserialize;

use crate::detect::Detector;
use crate::validate::{iban_mod97, luhn};
use crate::{EntityType, Finding};

/// A checksum a custom detector can require.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Validator {
    /// No checksum.
    #[default]
    None,
    /// Luhn (mod 10) over the digits.
    Luhn,
    /// ISO 7064 mod 97-10 over the letters and digits, as in IBANs.
    Mod97,
    /// The ABA routing-number checksum over exactly nine digits.
    Aba,
}

/// A custom detector as written in the config (`[[dlp.custom]]`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomSpec {
    /// Detector name, reported in findings.
    pub name: String,
    /// Entity type: a built-in name or the store's own, e.g. `ORDER_ID`.
    pub entity: String,
    /// Regular expression; when it has a capture group, only group 1 is reported.
    pub pattern: String,
    /// Checksum the match must pass.
    #[serde(default)]
    pub validator: Validator,
    /// Words that raise confidence when they stand just before a match.
    #[serde(default)]
    pub context: Vec<String>,
    /// Report a match only when a context word stands before it.
    #[serde(default)]
    pub require_context: bool,
    /// Confidence between 0 and 1.
    #[serde(default = "default_score")]
    pub score: f32,
}

fn default_score() -> f32 {
    0.8
}

/// Why a custom detector was refused.
#[derive(Debug, thiserror::Error)]
pub enum CustomError {
    /// The pattern does not compile.
    #[error("pattern of detector `{name}` does not compile: {reason}")]
    Pattern {
        /// The detector.
        name: String,
        /// The regex engine's message.
        reason: String,
    },
    /// The entity name is not usable.
    #[error(transparent)]
    Entity(#[from] crate::InvalidCustomName),
    /// Something else about the spec.
    #[error("detector `{name}`: {reason}")]
    Invalid {
        /// The detector.
        name: String,
        /// What is wrong.
        reason: String,
    },
}

/// A compiled custom detector.
#[derive(Debug, Clone)]
pub struct CustomDetector {
    name: &'static str,
    entity: EntityType,
    re: regex::Regex,
    validator: Validator,
    context: crate::detect::Cues,
    require_context: bool,
    score: f32,
}

impl CustomDetector {
    /// Compiles a spec.
    pub fn new(spec: &CustomSpec) -> Result<Self, CustomError> {
        let invalid = |reason: &str| CustomError::Invalid {
            name: spec.name.clone(),
            reason: reason.to_string(),
        };
        if spec.name.trim().is_empty() {
            return Err(invalid("name must not be empty"));
        }
        if !(0.0..=1.0).contains(&spec.score) {
            return Err(invalid("score must be between 0 and 1"));
        }
        if spec.require_context && spec.context.is_empty() {
            return Err(invalid("require_context needs at least one context word"));
        }
        let re = regex::RegexBuilder::new(&spec.pattern)
            .size_limit(1 << 22)
            .build()
            .map_err(|e| CustomError::Pattern {
                name: spec.name.clone(),
                reason: e.to_string(),
            })?;
        if re.is_match("") {
            return Err(invalid("pattern matches the empty string"));
        }
        Ok(CustomDetector {
            name: crate::intern::intern(&spec.name),
            entity: EntityType::custom(&spec.entity)?,
            re,
            validator: spec.validator,
            context: crate::detect::Cues::new(spec.context.iter().map(|w| w.to_lowercase())),
            require_context: spec.require_context,
            score: spec.score,
        })
    }

    /// The entity type it reports.
    pub fn entity(&self) -> EntityType {
        self.entity
    }
}

fn passes(validator: Validator, value: &str) -> bool {
    let alnum: Vec<u8> = value
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_uppercase())
        .collect();
    match validator {
        Validator::None => true,
        Validator::Luhn => luhn(&alnum),
        Validator::Mod97 => iban_mod97(&alnum),
        Validator::Aba => crate::detect::valid_aba(&alnum),
    }
}

impl Detector for CustomDetector {
    fn find(&self, t: &crate::detect::Text, out: &mut Vec<Finding>) {
        let text = t.s;
        for caps in self.re.captures_iter(text) {
            let Some(m) = caps.get(1).or_else(|| caps.get(0)) else {
                continue;
            };
            if m.start() == m.end() || !passes(self.validator, m.as_str()) {
                continue;
            }
            let near = self.context.before(t, m.start());
            if self.require_context && !near {
                continue;
            }
            out.push(Finding {
                entity: self.entity,
                start: m.start(),
                end: m.end(),
                score: if near {
                    (self.score + 0.15).min(1.0)
                } else {
                    self.score
                },
                detector: self.name,
                source: None,
            });
        }
    }
}
