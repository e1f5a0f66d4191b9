//! Prompt-injection defence on the proxy path: untrusted content is
//! screened before it leaves, then blocked, fenced or recorded as the
//! `[injection]` policy says; the system prompt learns what fences mean
//! and carries a canary; answers lose links to foreign hosts.
//!
//! Untrusted content is: tool results, retrieved documents (Anthropic
//! `document` blocks), any part or message the caller marks with
//! `"storewall": {"untrusted": true, "source": "review"}`, and any span a
//! caller wraps in `<untrusted source="review">…</untrusted>` inside a
//! message. See `docs/INJECTION.md`.

use std::collections::HashSet;
use std::sync::OnceLock;

use regex::Regex;
use serde_json::{json, Value};
use storewall_inject::{AnswerReport, AnswerRules, Canary, Fence, Screener};

use crate::config::{InjectionAction, InjectionConfig};
use crate::exchange::{strip_marks, Api, Exchange, PathStep, Role, Segment, Trust};

/// An injection found in one piece of untrusted content. It names where,
/// never what.
#[derive(Clone, Debug)]
pub struct Finding {
    /// Where in the request body, e.g. `messages[2].content`.
    pub location: String,
    /// Where the content came from: tool, document, or the caller's name.
    pub source: String,
    /// The screener's score, 0 to 1.
    pub score: f32,
    /// The signatures that matched.
    pub signals: Vec<&'static str>,
}

/// One piece of untrusted content: a whole segment, or the `k`-th marked
/// span inside one.
#[derive(Clone, Debug)]
struct Unit {
    segment: usize,
    span: Option<usize>,
    source: String,
}

/// What screening found, and what to fence.
#[derive(Debug, Default)]
pub struct Plan {
    /// The injections found.
    pub findings: Vec<Finding>,
    units: Vec<Unit>,
    flagged: HashSet<(usize, Option<usize>)>,
}

/// Spans a caller marked untrusted inside a message.
fn marked_spans() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r#"(?s)<untrusted(?:\s+source\s*=\s*"([^"<>]{0,40})")?\s*>(.*?)</untrusted>"#)
            .unwrap_or_else(|e| panic!("marked span pattern: {e}"))
    })
}

/// A segment's path as a caller reads it: `messages[2].content[0].text`.
fn location(path: &[PathStep]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            PathStep::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            PathStep::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Screens every untrusted piece of `ex`, on the text as the caller sent it.
pub fn screen(ex: &Exchange, screener: &Screener) -> Plan {
    let mut plan = Plan::default();
    for (i, seg) in ex.segments.iter().enumerate() {
        if seg.trust == Trust::Untrusted {
            let source = seg.source.clone().unwrap_or_else(|| "untrusted".into());
            plan.screen_unit(screener, seg, i, None, source, &seg.text);
        } else if seg.text.contains("<untrusted") {
            for (k, c) in marked_spans().captures_iter(&seg.text).enumerate() {
                let source = c.get(1).map_or("untrusted", |m| m.as_str()).to_string();
                let text = c.get(2).map_or("", |m| m.as_str());
                plan.screen_unit(screener, seg, i, Some(k), source, text);
            }
        }
    }
    plan
}

impl Plan {
    /// Screens one untrusted piece, `text`, of segment `segment`.
    fn screen_unit(
        &mut self,
        screener: &Screener,
        seg: &Segment,
        segment: usize,
        span: Option<usize>,
        source: String,
        text: &str,
    ) {
        let v = screener.screen(text);
        if v.injection {
            let mut loc = location(&seg.path);
            if let Some(k) = span {
                loc.push_str(&format!(" (marked span {})", k + 1));
            }
            self.findings.push(Finding {
                location: loc,
                source: source.clone(),
                score: v.score,
                signals: v.signatures,
            });
            self.flagged.insert((segment, span));
        }
        self.units.push(Unit {
            segment,
            span,
            source,
        });
    }

    /// The 400 message for `[injection] action = "block"`.
    pub fn block_message(&self) -> String {
        let places: Vec<String> = self
            .findings
            .iter()
            .map(|f| {
                let signals = if f.signals.is_empty() {
                    String::new()
                } else {
                    format!(", signals: {}", f.signals.join(", "))
                };
                format!(
                    "{} ({} content, score {:.2}{signals})",
                    f.location, f.source, f.score
                )
            })
            .collect();
        format!(
            "the request was blocked because untrusted content holds instructions aimed at the model: {}; remove that content or screen it first, or have an admin set [injection] action = \"fence\"",
            places.join("; ")
        )
    }
}

/// What [`apply`] did.
#[derive(Debug, Default)]
pub struct Applied {
    /// Pieces of untrusted content fenced.
    pub fenced: u32,
    /// The canary placed in the system prompt, if one was.
    pub canary: Option<Canary>,
}

/// Fences what the policy says to fence, adds the system prompt note and
/// the canary, and removes the callers' trust marks from the body. Runs
/// after DLP, on the text that will leave.
pub fn apply(ex: &mut Exchange, plan: &Plan, cfg: &InjectionConfig) -> Applied {
    let mut applied = Applied::default();
    if ex.api == Api::Embeddings {
        strip_marks(&mut ex.body);
        return applied;
    }
    let mut random = [0u8; 20];
    if getrandom::fill(&mut random).is_err() {
        // Without randomness a fence could be guessed; fall back to the
        // clock, which still differs per request.
        let t = storewall_store::now_ms().to_le_bytes();
        for (i, b) in random.iter_mut().enumerate() {
            *b = t[i % t.len()] ^ (i as u8).wrapping_mul(151);
        }
    }
    let fence = Fence::new(&random[..12]);
    let fences = |u: &Unit| {
        cfg.fence_all
            || (cfg.action == InjectionAction::Fence && plan.flagged.contains(&(u.segment, u.span)))
    };
    let mut touched: Vec<usize> = Vec::new();
    for u in plan.units.iter().filter(|u| u.span.is_none() && fences(u)) {
        let seg = &mut ex.segments[u.segment];
        seg.text = fence.wrap(&seg.text, &u.source);
        applied.fenced += 1;
        touched.push(u.segment);
    }
    let spans: Vec<&Unit> = plan.units.iter().filter(|u| u.span.is_some()).collect();
    let mut segs: Vec<usize> = spans.iter().map(|u| u.segment).collect();
    segs.dedup();
    for i in segs {
        let text = ex.segments[i].text.clone();
        let mut k = 0;
        let mut fenced_here = 0;
        let out = marked_spans().replace_all(&text, |c: &regex::Captures| {
            let whole = c.get(0).map_or("", |m| m.as_str()).to_string();
            let unit = spans.iter().find(|u| u.segment == i && u.span == Some(k));
            k += 1;
            match unit {
                Some(u) if fences(u) => {
                    fenced_here += 1;
                    fence.wrap(c.get(2).map_or("", |m| m.as_str()), &u.source)
                }
                _ => whole,
            }
        });
        if fenced_here > 0 {
            ex.segments[i].text = out.into_owned();
            applied.fenced += fenced_here;
            touched.push(i);
        }
    }
    for i in touched {
        ex.write_back(i);
    }
    let mut notes = Vec::new();
    if applied.fenced > 0 {
        notes.push(fence.system_note());
    }
    if cfg.canary && ex.segments.iter().any(|s| s.role == Role::System) {
        let c = Canary::new(&random[12..]);
        notes.push(c.system_note());
        applied.canary = Some(c);
    }
    if !notes.is_empty() {
        add_system_note(&mut ex.body, ex.api, &notes.join("\n\n"));
    }
    strip_marks(&mut ex.body);
    applied
}

/// Appends `note` to the request's system prompt, creating one if needed.
/// Runs last: a new system message shifts the paths of all segments.
fn add_system_note(body: &mut Value, api: Api, note: &str) {
    let append = |slot: &mut Value| match slot {
        Value::String(s) => {
            s.push_str("\n\n");
            s.push_str(note);
            true
        }
        Value::Array(parts) => {
            parts.push(json!({"type": "text", "text": note}));
            true
        }
        _ => false,
    };
    match api {
        Api::ChatCompletions => {
            let Some(messages) = body.get_mut("messages").and_then(Value::as_array_mut) else {
                return;
            };
            let first = messages.iter_mut().find(|m| {
                matches!(
                    m.get("role").and_then(Value::as_str),
                    Some("system" | "developer")
                )
            });
            let done = first.and_then(|m| m.get_mut("content")).is_some_and(append);
            if !done {
                messages.insert(0, json!({"role": "system", "content": note}));
            }
        }
        Api::Messages => {
            let done = body.get_mut("system").is_some_and(append);
            if !done {
                if let Some(o) = body.as_object_mut() {
                    o.insert("system".into(), Value::String(note.to_string()));
                }
            }
        }
        Api::Responses => {
            let done = body.get_mut("instructions").is_some_and(append);
            if !done {
                if let Some(o) = body.as_object_mut() {
                    o.insert("instructions".into(), Value::String(note.to_string()));
                }
            }
        }
        Api::Embeddings => {}
    }
}

/// The answer checks for a request.
pub fn answer_rules(cfg: &InjectionConfig, applied: &Applied) -> AnswerRules {
    AnswerRules {
        strip_links: cfg.strip_links,
        allow_hosts: cfg.answer_hosts.clone(),
        canary: applied.canary.as_ref().map(|c| c.token().to_string()),
    }
}

/// Keys of an answer whose strings are not shown to a person as markdown.
fn skip_key(key: &str) -> bool {
    crate::guard::is_protocol_key(key) || matches!(key, "arguments" | "partial_json" | "input")
}

/// Runs the answer checks over every model-written string of a JSON answer.
pub fn check_value(v: &mut Value, rules: &AnswerRules, report: &mut AnswerReport) {
    match v {
        Value::String(s) => {
            let (out, r) = storewall_inject::check_answer(s, rules);
            if r != AnswerReport::default() {
                report.merge(r);
                *s = out;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| check_value(x, rules, report)),
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                if !skip_key(k) {
                    check_value(x, rules, report);
                }
            }
        }
        _ => {}
    }
}

/// The message when an answer is withheld for a leaked canary.
pub fn canary_message(outcome: &str) -> String {
    format!(
        "the answer repeated the canary placed in the system prompt, so it was leaking the prompt; {outcome} ([injection] on_canary_leak)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_api_reads_the_callers_marks() {
        let mark = json!({"untrusted": true, "source": "web"});
        for (api, body) in [
            (
                Api::Responses,
                json!({"model": "m", "input": [{"type": "message", "role": "user", "content": "hi", "storewall": mark}]}),
            ),
            (
                Api::ChatCompletions,
                json!({"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": "hi", "storewall": mark}]}]}),
            ),
            (
                Api::Messages,
                json!({"model": "m", "messages": [{"role": "user", "content": "hi", "storewall": mark}]}),
            ),
        ] {
            let ex = crate::ingress::parse(api, body).expect("parses");
            let seg = ex
                .segments
                .iter()
                .find(|s| s.text == "hi")
                .expect("segment");
            assert_eq!(seg.trust, Trust::Untrusted, "{api:?}");
            assert_eq!(seg.source.as_deref(), Some("web"));
            assert!(ex.segments.iter().all(|s| s.text != "web"), "{api:?}");
        }
    }

    #[test]
    fn names_paths() {
        let p = vec![
            PathStep::Key("messages".into()),
            PathStep::Index(2),
            PathStep::Key("content".into()),
        ];
        assert_eq!(location(&p), "messages[2].content");
    }

    #[test]
    fn notes_go_into_each_api_system_prompt() {
        let mut chat = json!({"messages": [{"role": "user", "content": "hi"}]});
        add_system_note(&mut chat, Api::ChatCompletions, "N");
        assert_eq!(
            chat["messages"][0],
            json!({"role": "system", "content": "N"})
        );
        let mut chat = json!({"messages": [{"role": "developer", "content": "Be brief."}]});
        add_system_note(&mut chat, Api::ChatCompletions, "N");
        assert_eq!(chat["messages"][0]["content"], "Be brief.\n\nN");
        let mut msgs = json!({"system": [{"type": "text", "text": "S"}], "messages": []});
        add_system_note(&mut msgs, Api::Messages, "N");
        assert_eq!(msgs["system"][1]["text"], "N");
        let mut resp = json!({"input": "hi"});
        add_system_note(&mut resp, Api::Responses, "N");
        assert_eq!(resp["instructions"], "N");
    }
}
