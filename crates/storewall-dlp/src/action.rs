use std::collections::BTreeMap;

use crate::EntityType;

/// What happens to a detected value before a prompt leaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Send the value in clear.
    Allow,
    /// Replace the value with its type name, irreversibly.
    Redact,
    /// Replace the value with a placeholder that is restored in the answer.
    Tokenize,
    /// Star out every letter and digit but the last four (`**** **** **** 1111`).
    Mask,
    /// Refuse the whole request.
    Block,
}

/// Returned when an action name is not known.
#[derive(Debug, thiserror::Error)]
#[error("unknown action `{0}`; expected one of allow, redact, tokenize, mask, block")]
pub struct ActionParseError(pub String);

impl std::str::FromStr for Action {
    type Err = ActionParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "allow" => Ok(Action::Allow),
            "redact" => Ok(Action::Redact),
            "tokenize" => Ok(Action::Tokenize),
            "mask" => Ok(Action::Mask),
            "block" => Ok(Action::Block),
            other => Err(ActionParseError(other.to_string())),
        }
    }
}

/// The action table: a default plus overrides per entity type.
#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    /// Applies to every type without an override.
    pub default_action: Action,
    /// Per-type overrides.
    pub actions: BTreeMap<EntityType, Action>,
}

impl Default for Policy {
    fn default() -> Self {
        let mut actions = BTreeMap::new();
        actions.insert(EntityType::Secret, Action::Block);
        Policy {
            default_action: Action::Tokenize,
            actions,
        }
    }
}

impl Policy {
    /// The action for one entity type.
    pub fn action_for(&self, entity: EntityType) -> Action {
        self.actions
            .get(&entity)
            .copied()
            .unwrap_or(self.default_action)
    }
}
