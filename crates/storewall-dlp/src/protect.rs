use std::collections::BTreeMap;

use crate::{Action, EntityType, Finding, Policy, Vault};

/// The result of applying a policy to one text.
#[derive(Debug, Default)]
pub struct Protected {
    /// The text to send on; equal to the input when nothing changed.
    pub text: String,
    /// Types whose action is block; when non-empty the request must be refused.
    pub blocked: Vec<EntityType>,
    /// How many findings of each type there were.
    pub counts: BTreeMap<EntityType, u32>,
}

/// Applies `policy` to `findings` in `text`, minting placeholders in `vault`.
///
/// `findings` must be ordered and non-overlapping, as [`crate::Scanner::scan`]
/// returns them.
pub fn protect(text: &str, findings: &[Finding], policy: &Policy, vault: &mut Vault) -> Protected {
    let mut out = Protected {
        text: String::with_capacity(text.len()),
        ..Protected::default()
    };
    let mut last = 0;
    for f in findings {
        *out.counts.entry(f.entity).or_insert(0) += 1;
        let action = policy.action_for(f.entity);
        if action == Action::Block && !out.blocked.contains(&f.entity) {
            out.blocked.push(f.entity);
        }
        out.text.push_str(&text[last..f.start]);
        let value = &text[f.start..f.end];
        match action {
            Action::Allow | Action::Block => out.text.push_str(value),
            Action::Redact => {
                out.text.push('[');
                out.text.push_str(f.entity.as_str());
                out.text.push(']');
            }
            Action::Tokenize => out.text.push_str(vault.tokenize(f.entity, value)),
        }
        last = f.end;
    }
    out.text.push_str(&text[last..]);
    out
}
