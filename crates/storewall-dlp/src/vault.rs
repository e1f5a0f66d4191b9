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
            *n += 1;
            let token = placeholder::format(entity.as_str(), *n);
            self.by_token.insert(token.clone(), value.to_string());
            self.by_value.insert(key.clone(), token);
        }
        self.by_value
            .get(&key)
            .map(String::as_str)
            .unwrap_or_default()
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
