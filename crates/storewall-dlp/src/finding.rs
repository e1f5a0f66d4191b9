use crate::EntityType;

/// One detected span. `start` and `end` are byte offsets into the scanned text.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// What was found.
    pub entity: EntityType,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Confidence between 0 and 1.
    pub score: f32,
    /// The detector that fired, e.g. `luhn` or `stripe-secret-key`.
    pub detector: &'static str,
    /// `Some("edm")` when the value is one of the store's own records.
    pub source: Option<&'static str>,
}

/// A finding in the public JSON contract: offsets count Unicode code points.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct JsonFinding {
    /// Entity type name.
    #[serde(rename = "type")]
    pub entity: EntityType,
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset one past the last character.
    pub end: usize,
    /// Confidence between 0 and 1, to three decimals.
    pub score: f64,
    /// The detector that fired.
    pub detector: &'static str,
    /// `"edm"` for exact-data-match findings; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'static str>,
}

impl Finding {
    /// Converts byte offsets into code-point offsets for the JSON contract.
    ///
    /// `text` must be the text the finding was made on.
    pub fn to_json_offsets(&self, text: &str) -> JsonFinding {
        let start = text[..self.start].chars().count();
        let len = text[self.start..self.end].chars().count();
        JsonFinding {
            entity: self.entity,
            start,
            end: start + len,
            // Widening an f32 shows its binary error (0.8999999761581421).
            score: (f64::from(self.score) * 1000.0).round() / 1000.0,
            detector: self.detector,
            source: self.source,
        }
    }
}
