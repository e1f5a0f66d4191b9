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
    vault.reserve_placeholders_in(text);
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
            Action::Mask => mask_into(value, &mut out.text),
        }
        last = f.end;
    }
    out.text.push_str(&text[last..]);
    out
}

/// Stars out every letter and digit of `value` but the last four, keeping
/// separators, so "4111 1111 1111 1111" reads "**** **** **** 1111".
fn mask_into(value: &str, out: &mut String) {
    let total = value.chars().filter(|c| c.is_alphanumeric()).count();
    let mut seen = 0;
    for c in value.chars() {
        if c.is_alphanumeric() {
            seen += 1;
            out.push(if seen + 4 > total { c } else { '*' });
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_keeps_the_last_four() {
        let mut s = String::new();
        mask_into("4111 1111 1111 1111", &mut s);
        assert_eq!(s, "**** **** **** 1111");
        let mut s = String::new();
        mask_into("12", &mut s);
        assert_eq!(s, "12");
    }
}
