//! Rewrites a provider's event stream for the caller: placeholders are
//! restored however the provider chunked them, and a stream that ends
//! early is closed with an error event instead of looking complete.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use std::sync::Arc;

use storewall_dlp::{OutputStream, Policy, Scanner, Seen, StreamRestorer, ValueEscaping, Vault};
use storewall_inject::{AnswerFilter, AnswerReport, AnswerRules};

use crate::exchange::Api;
use crate::guard::{guard_value, restore_value, OutputReport};
use crate::sse::{encode, SseEvent};

/// Token counts seen in a stream.
#[derive(Clone, Copy, Debug, Default)]
pub struct Usage {
    /// Input tokens.
    pub prompt: Option<u32>,
    /// Output tokens.
    pub completion: Option<u32>,
}

/// Which restorer: (choice or block or output index, content index, part).
type Slot = (u64, u64, Part);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Text,
    Json,
}

/// The per-stream state.
pub struct StreamRewriter {
    api: Api,
    vault: Vault,
    restorers: BTreeMap<Slot, StreamRestorer>,
    /// Set once the provider's own end marker passed.
    done: bool,
    /// Set once the provider sent an error event.
    errored: bool,
    /// Fields to copy into synthesized chat chunks.
    template: Option<Value>,
    /// Output usage.
    pub usage: Usage,
    /// Output characters seen, to estimate tokens when none are reported.
    pub output_chars: usize,
    /// Output DLP, when the provider's policy asks for it.
    output: Option<OutputGuard>,
    /// Link and canary checks, when the injection policy asks for them.
    answer: Option<AnswerCheck>,
}

/// Link and canary checks of one stream.
struct AnswerCheck {
    rules: AnswerRules,
    /// End the answer when the canary shows.
    block_on_leak: bool,
    filters: BTreeMap<Slot, AnswerFilter>,
    /// What whole values (not deltas) held.
    whole: AnswerReport,
}

/// Output DLP state of one stream.
struct OutputGuard {
    scanner: Arc<Scanner>,
    seen: Seen,
    policy: Policy,
    streams: BTreeMap<Slot, OutputStream>,
    report: OutputReport,
}

fn num(v: &Value, k: &str) -> u64 {
    v.get(k).and_then(Value::as_u64).unwrap_or(0)
}

fn u32_of(v: Option<&Value>) -> Option<u32> {
    v.and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
}

impl StreamRewriter {
    /// A rewriter for an answer on `api`, restoring from `vault`.
    pub fn new(api: Api, vault: Vault) -> Self {
        StreamRewriter {
            api,
            vault,
            restorers: BTreeMap::new(),
            done: false,
            errored: false,
            template: None,
            usage: Usage::default(),
            output_chars: 0,
            output: None,
            answer: None,
        }
    }

    /// Checks the answer's text for links to foreign hosts and the canary
    /// (see [`storewall_inject::AnswerFilter`]).
    pub fn check_answer(&mut self, rules: AnswerRules, block_on_leak: bool) {
        if rules.strip_links || rules.canary.is_some() {
            self.answer = Some(AnswerCheck {
                rules,
                block_on_leak,
                filters: BTreeMap::new(),
                whole: AnswerReport::default(),
            });
        }
    }

    /// What the answer checks found so far.
    pub fn answer_report(&self) -> AnswerReport {
        let mut r = AnswerReport::default();
        if let Some(a) = &self.answer {
            r = a.whole;
            a.filters.values().for_each(|f| r.merge(f.report));
        }
        r
    }

    fn canary_blocked(&self) -> bool {
        self.answer
            .as_ref()
            .is_some_and(|a| a.block_on_leak && self.answer_report().canary_leaked)
    }

    /// Scans the answer for values the request did not hold (`seen`) and
    /// applies `policy` to them.
    pub fn guard_output(&mut self, scanner: Arc<Scanner>, seen: Seen, policy: Policy) {
        self.output = Some(OutputGuard {
            scanner,
            seen,
            policy,
            streams: BTreeMap::new(),
            report: OutputReport::default(),
        });
    }

    /// What output DLP found so far.
    pub fn output_report(&self) -> Option<&OutputReport> {
        self.output.as_ref().map(|g| &g.report)
    }

    /// True once output DLP found a value whose action is block, or the
    /// canary leaked and the policy ends the answer for it.
    pub fn output_blocked(&self) -> bool {
        self.output
            .as_ref()
            .is_some_and(|g| !g.report.blocked.is_empty())
            || self.canary_blocked()
    }

    /// Restores a whole value (not a delta) and guards it.
    fn restore_full(&mut self, data: &mut Value) {
        restore_value(data, &self.vault);
        if let Some(g) = &mut self.output {
            guard_value(data, &g.scanner, &g.seen, &g.policy, &mut g.report);
        }
        if let Some(a) = &mut self.answer {
            crate::injection::check_value(data, &a.rules, &mut a.whole);
        }
    }

    /// True once the provider's end marker or error event has passed.
    pub fn finished(&self) -> bool {
        self.done || self.errored
    }

    /// True when the provider ended the stream with its own error event.
    pub fn errored(&self) -> bool {
        self.errored
    }

    fn feed(&mut self, slot: Slot, text: &str) -> String {
        self.output_chars += text.len();
        let escaping = match slot.2 {
            Part::Text => ValueEscaping::Plain,
            Part::Json => ValueEscaping::JsonString,
        };
        let vault = &self.vault;
        let restored = self
            .restorers
            .entry(slot)
            .or_insert_with(|| StreamRestorer::new(escaping))
            .feed(text, vault);
        let guarded = match &mut self.output {
            Some(g) => {
                let p = g
                    .streams
                    .entry(slot)
                    .or_default()
                    .push(&restored, &g.scanner, &g.seen, &g.policy);
                g.report.merge(&p);
                p.text
            }
            None => restored,
        };
        match (&mut self.answer, slot.2) {
            (Some(a), Part::Text) => a.filters.entry(slot).or_default().push(&guarded, &a.rules),
            _ => guarded,
        }
    }

    /// Takes what is held back for every slot matching `pred`.
    fn drain(&mut self, pred: impl Fn(&Slot) -> bool) -> Vec<(Slot, String)> {
        let vault = &self.vault;
        let mut out = Vec::new();
        for (slot, r) in self.restorers.iter_mut() {
            if !pred(slot) {
                continue;
            }
            let mut rest = if r.has_pending() {
                r.finish(vault)
            } else {
                String::new()
            };
            if let Some(g) = &mut self.output {
                if let Some(os) = g.streams.get_mut(slot) {
                    let p = os.finish(&rest, &g.scanner, &g.seen, &g.policy);
                    g.report.merge(&p);
                    rest = p.text;
                }
            }
            if let Some(a) = &mut self.answer {
                if let Some(f) = a.filters.get_mut(slot) {
                    rest = f.finish(&rest, &a.rules);
                }
            }
            if !rest.is_empty() {
                out.push((*slot, rest));
            }
        }
        out
    }

    /// Rewrites one event into `out`.
    pub fn on_event(&mut self, ev: SseEvent, out: &mut String) {
        if self.api == Api::ChatCompletions && ev.data.trim() == "[DONE]" {
            self.flush_chat(None, out);
            self.done = true;
            encode(ev.event.as_deref(), "[DONE]", out);
            return;
        }
        let Ok(mut data) = serde_json::from_str::<Value>(&ev.data) else {
            encode(ev.event.as_deref(), &ev.data, out);
            return;
        };
        match self.api {
            Api::ChatCompletions => self.chat(&mut data),
            Api::Messages => self.anthropic(&mut data, out),
            Api::Responses | Api::Embeddings => self.responses(&mut data, ev.event.as_deref(), out),
        }
        encode(ev.event.as_deref(), &data.to_string(), out);
    }

    fn chat(&mut self, data: &mut Value) {
        if data.get("error").is_some() {
            self.errored = true;
            return;
        }
        if let Some(u) = data.get("usage").filter(|u| u.is_object()) {
            self.usage.prompt = u32_of(u.get("prompt_tokens")).or(self.usage.prompt);
            self.usage.completion = u32_of(u.get("completion_tokens")).or(self.usage.completion);
        }
        if self.template.is_none() && data.is_object() {
            let mut t = data.clone();
            if let Some(o) = t.as_object_mut() {
                o.remove("choices");
                o.remove("usage");
            }
            self.template = Some(t);
        }
        let Some(choices) = data.get_mut("choices").and_then(Value::as_array_mut) else {
            return;
        };
        for (pos, choice) in choices.iter_mut().enumerate() {
            let idx = choice
                .get("index")
                .and_then(Value::as_u64)
                .unwrap_or(pos as u64);
            let finishing = choice.get("finish_reason").is_some_and(|f| !f.is_null());
            let Some(delta) = choice.get_mut("delta").and_then(Value::as_object_mut) else {
                continue;
            };
            if let Some(Value::String(s)) = delta.get("content") {
                let restored = self.feed((idx, 0, Part::Text), &s.clone());
                delta.insert("content".into(), Value::String(restored));
            }
            if let Some(Value::Array(calls)) = delta.get_mut("tool_calls") {
                for (k, call) in calls.iter_mut().enumerate() {
                    let tci = call
                        .get("index")
                        .and_then(Value::as_u64)
                        .unwrap_or(k as u64);
                    if let Some(f) = call.get_mut("function").and_then(Value::as_object_mut) {
                        if let Some(Value::String(a)) = f.get("arguments") {
                            let restored = self.feed((idx, 1 + tci, Part::Json), &a.clone());
                            f.insert("arguments".into(), Value::String(restored));
                        }
                    }
                }
            }
            if finishing {
                for ((_, sub, part), rest) in self.drain(|s| s.0 == idx) {
                    append_chat_delta(delta, sub, part, &rest);
                }
            }
        }
    }

    /// Emits a synthesized chunk with whatever is held back (for `choice`, or all).
    fn flush_chat(&mut self, choice: Option<u64>, out: &mut String) {
        let pending = self.drain(|s| choice.is_none_or(|c| s.0 == c));
        if pending.is_empty() {
            return;
        }
        let mut by_choice: BTreeMap<u64, serde_json::Map<String, Value>> = BTreeMap::new();
        for ((idx, sub, part), rest) in pending {
            append_chat_delta(by_choice.entry(idx).or_default(), sub, part, &rest);
        }
        let mut chunk = self
            .template
            .clone()
            .unwrap_or_else(|| json!({"object": "chat.completion.chunk"}));
        chunk["choices"] = Value::Array(
            by_choice
                .into_iter()
                .map(|(idx, delta)| json!({"index": idx, "delta": delta, "finish_reason": null}))
                .collect(),
        );
        encode(None, &chunk.to_string(), out);
    }

    fn anthropic(&mut self, data: &mut Value, out: &mut String) {
        let ty = data
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        match ty.as_str() {
            "content_block_delta" => {
                let idx = num(data, "index");
                let Some(delta) = data.get_mut("delta").and_then(Value::as_object_mut) else {
                    return;
                };
                for (field, part) in [("text", Part::Text), ("partial_json", Part::Json)] {
                    if let Some(Value::String(s)) = delta.get(field) {
                        let restored = self.feed((idx, 0, part), &s.clone());
                        delta.insert(field.into(), Value::String(restored));
                    }
                }
            }
            "content_block_stop" => {
                let idx = num(data, "index");
                for ((_, _, part), rest) in self.drain(|s| s.0 == idx) {
                    let delta = match part {
                        Part::Text => json!({"type": "text_delta", "text": rest}),
                        Part::Json => json!({"type": "input_json_delta", "partial_json": rest}),
                    };
                    let ev = json!({"type": "content_block_delta", "index": idx, "delta": delta});
                    encode(Some("content_block_delta"), &ev.to_string(), out);
                }
            }
            "message_start" => {
                self.usage.prompt = u32_of(data.pointer("/message/usage/input_tokens"));
                self.restore_full(data);
            }
            "message_delta" => {
                self.usage.completion =
                    u32_of(data.pointer("/usage/output_tokens")).or(self.usage.completion);
            }
            "message_stop" => self.done = true,
            "error" => self.errored = true,
            _ => self.restore_full(data),
        }
    }

    fn responses(&mut self, data: &mut Value, event: Option<&str>, out: &mut String) {
        let ty = data
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let part =
            if ty.contains("function_call_arguments") || ty.contains("custom_tool_call_input") {
                Part::Json
            } else {
                Part::Text
            };
        let slot = (num(data, "output_index"), num(data, "content_index"), part);
        if ty.ends_with(".delta") {
            if let Some(Value::String(s)) = data.get("delta") {
                let restored = self.feed(slot, &s.clone());
                data["delta"] = Value::String(restored);
            }
            return;
        }
        if ty.ends_with(".done") {
            for (_, rest) in self.drain(|s| *s == slot) {
                let mut ev = data.clone();
                let delta_ty = format!("{}.delta", ty.trim_end_matches(".done"));
                if let Some(o) = ev.as_object_mut() {
                    o.retain(|k, _| {
                        matches!(
                            k.as_str(),
                            "item_id" | "output_index" | "content_index" | "sequence_number"
                        )
                    });
                }
                ev["type"] = Value::String(delta_ty.clone());
                ev["delta"] = Value::String(rest);
                encode(event.map(|_| delta_ty.as_str()), &ev.to_string(), out);
            }
        }
        match ty.as_str() {
            "response.completed" | "response.incomplete" | "response.failed" => {
                if ty == "response.failed" {
                    self.errored = true;
                } else {
                    self.done = true;
                }
                if let Some(u) = data.pointer("/response/usage") {
                    self.usage.prompt = u32_of(u.get("input_tokens"));
                    self.usage.completion = u32_of(u.get("output_tokens"));
                }
            }
            "error" => self.errored = true,
            _ => {}
        }
        self.restore_full(data);
    }

    /// Ends the stream: releases held-back text and, when the provider never
    /// finished, appends an error event saying so. Returns true when the
    /// stream was complete.
    pub fn finish(&mut self, failure: Option<&str>, out: &mut String) -> bool {
        self.release_all(out);
        if self.errored {
            return false;
        }
        let blocked = if self.canary_blocked() {
            Some(crate::injection::canary_message("the rest was withheld"))
        } else {
            self.output
                .as_ref()
                .filter(|_| self.output_blocked())
                .map(|g| g.report.blocked_message("the rest was withheld"))
        };
        // A connection that breaks after the end marker lost nothing.
        if self.done && blocked.is_none() {
            return true;
        }
        let (message, code) = match blocked {
            Some(message) => (message, "output_blocked"),
            None => (
                failure
                    .unwrap_or("the provider's stream ended before the answer was complete")
                    .to_string(),
                "upstream_stream_cut",
            ),
        };
        match self.api {
            Api::ChatCompletions => {
                let e = json!({"error": {"message": message, "type": "api_error", "code": code, "param": null}});
                encode(None, &e.to_string(), out);
            }
            Api::Messages => {
                let e =
                    json!({"type": "error", "error": {"type": "api_error", "message": message}});
                encode(Some("error"), &e.to_string(), out);
            }
            Api::Responses | Api::Embeddings => {
                let e = json!({"type": "error", "code": code, "message": message, "param": null});
                encode(Some("error"), &e.to_string(), out);
            }
        }
        self.errored = true;
        false
    }

    /// Emits whatever any restorer still holds, as deltas of the API's own shape.
    fn release_all(&mut self, out: &mut String) {
        match self.api {
            Api::ChatCompletions => self.flush_chat(None, out),
            Api::Messages => {
                for ((idx, _, part), rest) in self.drain(|_| true) {
                    let delta = match part {
                        Part::Text => json!({"type": "text_delta", "text": rest}),
                        Part::Json => json!({"type": "input_json_delta", "partial_json": rest}),
                    };
                    let ev = json!({"type": "content_block_delta", "index": idx, "delta": delta});
                    encode(Some("content_block_delta"), &ev.to_string(), out);
                }
            }
            Api::Responses | Api::Embeddings => {
                for ((output, content, part), rest) in self.drain(|_| true) {
                    let ty = match part {
                        Part::Text => "response.output_text.delta",
                        Part::Json => "response.function_call_arguments.delta",
                    };
                    let ev = json!({"type": ty, "output_index": output, "content_index": content, "delta": rest});
                    encode(Some(ty), &ev.to_string(), out);
                }
            }
        }
    }
}

fn append_chat_delta(delta: &mut serde_json::Map<String, Value>, sub: u64, part: Part, rest: &str) {
    match part {
        Part::Text => {
            let prev = delta.get("content").and_then(Value::as_str).unwrap_or("");
            let joined = format!("{prev}{rest}");
            delta.insert("content".into(), Value::String(joined));
        }
        Part::Json => {
            let tci = sub - 1;
            let calls = delta
                .entry("tool_calls")
                .or_insert_with(|| Value::Array(Vec::new()));
            let Some(calls) = calls.as_array_mut() else {
                return;
            };
            let pos = calls
                .iter()
                .position(|c| c.get("index").and_then(Value::as_u64) == Some(tci));
            match pos {
                Some(p) => {
                    if let Some(f) = calls[p]
                        .as_object_mut()
                        .map(|c| c.entry("function").or_insert_with(|| json!({})))
                        .and_then(Value::as_object_mut)
                    {
                        let prev = f.get("arguments").and_then(Value::as_str).unwrap_or("");
                        let joined = format!("{prev}{rest}");
                        f.insert("arguments".into(), Value::String(joined));
                    }
                }
                None => calls.push(json!({"index": tci, "function": {"arguments": rest}})),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storewall_dlp::EntityType;

    fn ev(event: &str, data: Value) -> SseEvent {
        SseEvent {
            event: Some(event.into()),
            data: data.to_string(),
        }
    }

    #[test]
    fn held_text_is_released_even_without_a_block_stop() {
        let mut vault = Vault::new();
        vault.tokenize(EntityType::EmailAddress, "a@b.example");
        let mut rw = StreamRewriter::new(Api::Messages, vault);
        let mut out = String::new();
        rw.on_event(ev("content_block_delta", json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "hi [EMAIL_ADD"}})), &mut out);
        rw.on_event(
            ev("message_stop", json!({"type": "message_stop"})),
            &mut out,
        );
        assert!(rw.finish(None, &mut out));
        assert!(out.contains("[EMAIL_ADD"), "{out}");
    }

    #[test]
    fn a_break_after_the_end_marker_is_not_an_error() {
        let mut rw = StreamRewriter::new(Api::ChatCompletions, Vault::new());
        let mut out = String::new();
        rw.on_event(
            SseEvent {
                event: None,
                data: "[DONE]".into(),
            },
            &mut out,
        );
        assert!(rw.finish(Some("connection reset"), &mut out));
        assert!(!out.contains("upstream_stream_cut"));
    }
}
