//! The DLP hook: every outbound segment is scanned and protected before it
//! leaves, and answers are restored on the way back.

use std::collections::BTreeMap;

use serde_json::Value;
use storewall_dlp::{
    guard_output, protect, restore_all_with, EntityType, Policy, Protected, Scanner, Seen,
    ValueEscaping, Vault,
};

use crate::exchange::Exchange;

/// What the guard did to one request.
#[derive(Debug, Default)]
pub struct GuardOutcome {
    /// Placeholders minted for this request.
    pub vault: Vault,
    /// Findings per entity type.
    pub counts: BTreeMap<EntityType, u32>,
    /// Types whose action is block; the request must be refused when non-empty.
    pub blocked: Vec<EntityType>,
    /// True when any segment was changed.
    pub transformed: bool,
    /// Every value the request held, for output DLP.
    pub seen: Seen,
}

impl GuardOutcome {
    /// Counts keyed by type name, for audit events.
    pub fn entity_counts(&self) -> BTreeMap<String, u32> {
        self.counts
            .iter()
            .map(|(k, v)| (k.as_str().to_string(), *v))
            .collect()
    }
}

/// Adds one protected text's counts and blocked types to running totals.
fn tally(counts: &mut BTreeMap<EntityType, u32>, blocked: &mut Vec<EntityType>, p: &Protected) {
    for (k, v) in &p.counts {
        *counts.entry(*k).or_insert(0) += v;
    }
    for b in &p.blocked {
        if !blocked.contains(b) {
            blocked.push(*b);
        }
    }
}

/// Scans and protects every segment of `exchange` in place.
pub fn apply(exchange: &mut Exchange, scanner: &Scanner, policy: &Policy) -> GuardOutcome {
    let mut out = GuardOutcome::default();
    // Placeholders the caller already wrote, in any segment, are reserved
    // before one is minted, so an answer cannot map them to a value.
    for seg in &exchange.segments {
        out.vault.reserve_placeholders_in(&seg.text);
    }
    for i in 0..exchange.segments.len() {
        let text = &exchange.segments[i].text;
        let findings = scanner.scan(text);
        if findings.is_empty() {
            continue;
        }
        out.seen.add_findings(text, &findings);
        let p = protect(text, &findings, policy, &mut out.vault);
        tally(&mut out.counts, &mut out.blocked, &p);
        if p.text != exchange.segments[i].text {
            exchange.segments[i].text = p.text;
            exchange.write_back(i);
            out.transformed = true;
        }
    }
    out.blocked.sort();
    out
}

/// Keys whose string values are JSON text written by the model, so restored
/// values must be escaped for the inside of a JSON string.
fn is_json_text_key(key: &str) -> bool {
    key == "arguments" || key == "partial_json"
}

/// Restores placeholders in every string of a JSON answer.
pub fn restore_value(v: &mut Value, vault: &Vault) {
    if vault.is_empty() {
        return;
    }
    restore_inner(v, vault, false);
}

fn restore_inner(v: &mut Value, vault: &Vault, json_text: bool) {
    match v {
        Value::String(s) => {
            let escaping = if json_text {
                ValueEscaping::JsonString
            } else {
                ValueEscaping::Plain
            };
            if let std::borrow::Cow::Owned(o) = restore_all_with(s, vault, escaping) {
                *s = o;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| restore_inner(x, vault, false)),
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                restore_inner(x, vault, is_json_text_key(k));
            }
        }
        _ => {}
    }
}

/// What output DLP did to one answer.
#[derive(Debug, Default)]
pub struct OutputReport {
    /// New values found, per type.
    pub counts: BTreeMap<EntityType, u32>,
    /// Types whose output action is block.
    pub blocked: Vec<EntityType>,
}

impl OutputReport {
    /// Adds one guarded text's findings.
    pub fn merge(&mut self, p: &Protected) {
        tally(&mut self.counts, &mut self.blocked, p);
    }

    /// Why the answer was cut, naming the blocked types; `outcome` says
    /// what became of the answer.
    pub fn blocked_message(&self, outcome: &str) -> String {
        let mut names: Vec<&str> = self.blocked.iter().map(|e| e.as_str()).collect();
        names.sort_unstable();
        format!(
            "the answer held {} that the request did not, and [dlp.output] blocks them in answers; {outcome}",
            names.join(", ")
        )
    }
}

/// Keys of an answer that carry protocol data, not model text.
pub(crate) fn is_protocol_key(key: &str) -> bool {
    matches!(
        key,
        "id" | "model"
            | "object"
            | "role"
            | "type"
            | "finish_reason"
            | "stop_reason"
            | "system_fingerprint"
            | "status"
            | "name"
            | "call_id"
            | "tool_call_id"
            | "tool_use_id"
            | "service_tier"
            | "event"
    )
}

/// Output DLP over every model-written string of a JSON answer.
pub fn guard_value(
    v: &mut Value,
    scanner: &Scanner,
    seen: &Seen,
    policy: &Policy,
    report: &mut OutputReport,
) {
    match v {
        Value::String(s) => {
            let p = guard_output(s, scanner, seen, policy);
            if !p.counts.is_empty() {
                report.merge(&p);
                *s = p.text;
            }
        }
        Value::Array(a) => a
            .iter_mut()
            .for_each(|x| guard_value(x, scanner, seen, policy, report)),
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                if !is_protocol_key(k) {
                    guard_value(x, scanner, seen, policy, report);
                }
            }
        }
        _ => {}
    }
}
