use std::collections::HashMap;

use crate::placeholder;
use crate::EntityType;

/// The placeholders of one request and the values behind them.
///
/// Within one vault the same value of the same type always gets the same
/// placeholder, so a model can still tell two customers apart.
#[derive(Default, Debug)]
pub struct Vault {
    by_value: HashMap<(EntityType, String), String>,
    by_token: HashMap<String, String>,
    counters: HashMap<EntityType, u32>,
    /// Placeholder-shaped strings the caller's own text already holds: they
    /// are never minted, so restoration cannot turn them into a value.
    taken: std::collections::HashSet<String>,
}

impl Vault {
    /// An empty vault.
    pub fn new() -> Self {
        Self::default()
    }

    /// The placeholder for `value`, minting one on first sight.
    pub fn tokenize(&mut self, entity: EntityType, value: &str) -> &str {
        let key = (entity, value.to_string());
        if !self.by_value.contains_key(&key) {
            let n = self.counters.entry(entity).or_insert(0);
            let mut token;
            loop {
                *n += 1;
                token = placeholder::format(entity.as_str(), *n);
                if !self.taken.contains(&token) {
                    break;
                }
            }
            self.by_token.insert(token.clone(), value.to_string());
            self.by_value.insert(key.clone(), token);
        }
        self.by_value
            .get(&key)
            .map(String::as_str)
            .unwrap_or_default()
    }

    /// Reserves every placeholder-shaped string in `text`, so none is minted
    /// for a value. Call it on every text of a request before tokenizing.
    pub fn reserve_placeholders_in(&mut self, text: &str) {
        let bytes = text.as_bytes();
        for i in memchr::memchr_iter(b'[', bytes) {
            if let placeholder::Shape::Full(len) = placeholder::classify(&bytes[i..]) {
                self.taken.insert(text[i..i + len].to_string());
            }
        }
    }

    /// The value behind a placeholder, if this vault minted it.
    pub fn lookup(&self, token: &str) -> Option<&str> {
        self.by_token.get(token).map(String::as_str)
    }

    /// True when nothing was tokenized, so restoration can be skipped.
    pub fn is_empty(&self) -> bool {
        self.by_token.is_empty()
    }

    /// How many distinct values are held.
    pub fn len(&self) -> usize {
        self.by_token.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_in_the_callers_text_are_never_minted() {
        let mut v = Vault::new();
        v.reserve_placeholders_in("see [EMAIL_ADDRESS_1] and [EMAIL_ADDRESS_2]");
        assert_eq!(
            v.tokenize(EntityType::EmailAddress, "a@b.example"),
            "[EMAIL_ADDRESS_3]"
        );
        assert_eq!(v.lookup("[EMAIL_ADDRESS_1]"), None);
    }
}
