//! The one internal form every ingress format is parsed into. Every check
//! runs on an [`Exchange`], so a new API format cannot miss a check.

use serde_json::Value;

/// Which API a request came in on; it decides the wire format of answers and errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Api {
    /// OpenAI `POST /v1/chat/completions`.
    ChatCompletions,
    /// OpenAI `POST /v1/responses`.
    Responses,
    /// OpenAI `POST /v1/embeddings`.
    Embeddings,
    /// Anthropic `POST /v1/messages`.
    Messages,
}

impl Api {
    /// The route, for metrics and audit events.
    pub fn route(self) -> &'static str {
        match self {
            Api::ChatCompletions => "/v1/chat/completions",
            Api::Responses => "/v1/responses",
            Api::Embeddings => "/v1/embeddings",
            Api::Messages => "/v1/messages",
        }
    }

    /// True for Anthropic's surface, whose errors have their own shape.
    pub fn is_anthropic(self) -> bool {
        self == Api::Messages
    }
}

/// Who wrote a segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// System or developer instructions.
    System,
    /// The end user.
    User,
    /// A model's earlier answer.
    Assistant,
    /// A tool's output fed back to the model.
    Tool,
    /// Any other field of the request: names, metadata, tool descriptions,
    /// fields the gateway has no adapter for yet.
    Other,
}

/// How far a segment's text may be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Trust {
    /// Written by the store itself (system prompts).
    Trusted,
    /// Written by the caller's user.
    User,
    /// Written by a stranger: tool results, retrieved documents, marked content.
    Untrusted,
}

/// What a segment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    /// Plain message text.
    Text,
    /// A tool call's arguments (JSON text or a string inside a JSON object).
    ToolArguments,
    /// A tool's result.
    ToolResult,
    /// Text to embed.
    EmbeddingInput,
    /// A string field outside the message content.
    Field,
}

/// One step into a JSON document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PathStep {
    /// An object key.
    Key(String),
    /// An array index.
    Index(usize),
}

/// A piece of text in the request, with where it lives in the body.
#[derive(Clone, Debug)]
pub struct Segment {
    /// Who wrote it.
    pub role: Role,
    /// How far it is trusted.
    pub trust: Trust,
    /// What it is.
    pub kind: SegmentKind,
    /// Where the string is in the request body.
    pub path: Vec<PathStep>,
    /// The text.
    pub text: String,
    /// Where untrusted text came from, as the caller named it ("review",
    /// "ticket") or as the API implies it ("tool", "document").
    pub source: Option<String>,
}

/// A request in the gateway's own terms.
#[derive(Debug)]
pub struct Exchange {
    /// The ingress API.
    pub api: Api,
    /// The requested model.
    pub model: String,
    /// Whether the caller asked for a stream.
    pub stream: bool,
    /// Every text the provider would read.
    pub segments: Vec<Segment>,
    /// The request body, to forward once segments are written back.
    pub body: Value,
}

/// Why a body does not have the shape its API requires. The message names
/// the field, never its value.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ShapeError(pub String);

impl Exchange {
    /// Writes a segment's (changed) text back into the body.
    pub fn write_back(&mut self, index: usize) {
        let Some(seg) = self.segments.get(index) else {
            return;
        };
        let mut node = &mut self.body;
        for step in &seg.path {
            let next = match step {
                PathStep::Key(k) => node.get_mut(k.as_str()),
                PathStep::Index(i) => node.get_mut(*i),
            };
            match next {
                Some(n) => node = n,
                None => return,
            }
        }
        *node = Value::String(seg.text.clone());
    }

    /// An estimate of the input tokens, for limits before the provider counts them.
    pub fn estimated_tokens(&self) -> u32 {
        let bytes: usize = self.segments.iter().map(|s| s.text.len()).sum();
        u32::try_from(bytes.div_ceil(4)).unwrap_or(u32::MAX)
    }
}

/// Builds segments while walking a body.
pub(crate) struct Collector {
    pub(crate) segments: Vec<Segment>,
    path: Vec<PathStep>,
}

impl Collector {
    pub(crate) fn new() -> Self {
        Collector {
            segments: Vec::new(),
            path: Vec::new(),
        }
    }

    pub(crate) fn key<R>(&mut self, k: &str, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(PathStep::Key(k.to_string()));
        let r = f(self);
        self.path.pop();
        r
    }

    pub(crate) fn index<R>(&mut self, i: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(PathStep::Index(i));
        let r = f(self);
        self.path.pop();
        r
    }

    pub(crate) fn current_path(&self) -> Vec<PathStep> {
        self.path.clone()
    }

    pub(crate) fn push(&mut self, role: Role, trust: Trust, kind: SegmentKind, text: &str) {
        self.segments.push(Segment {
            role,
            trust,
            kind,
            path: self.path.clone(),
            text: text.to_string(),
            source: match (trust, kind) {
                (Trust::Untrusted, SegmentKind::ToolResult) => Some("tool".into()),
                (Trust::Untrusted, _) => Some("document".into()),
                _ => None,
            },
        });
    }

    /// Marks the segments from `from` on as untrusted content from
    /// `source`, when the caller marked their message so.
    pub(crate) fn mark_from(&mut self, from: usize, source: Option<String>) {
        if let Some(src) = source {
            for seg in self.segments.iter_mut().skip(from) {
                seg.trust = Trust::Untrusted;
                seg.source = Some(src.clone());
            }
        }
    }

    /// Marks the segment pushed last as untrusted content from `source`,
    /// when the caller marked its part so (see [`caller_mark`]).
    pub(crate) fn mark_last(&mut self, source: Option<String>) {
        self.mark_from(self.segments.len().saturating_sub(1), source);
    }

    /// Every string leaf of `v` (tool-call inputs given as objects).
    pub(crate) fn strings(&mut self, v: &Value, role: Role, trust: Trust, kind: SegmentKind) {
        match v {
            Value::String(s) => self.push(role, trust, kind, s),
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    self.index(i, |c| c.strings(x, role, trust, kind));
                }
            }
            Value::Object(o) => {
                for (k, x) in o {
                    self.key(k, |c| c.strings(x, role, trust, kind));
                }
            }
            _ => {}
        }
    }
}

/// The key of a content part or block by which a caller marks it
/// untrusted: `"storewall": {"untrusted": true, "source": "review"}`. The
/// gateway removes it before the request leaves.
pub const MARK_KEY: &str = "storewall";

/// The source a caller marked a part untrusted with, if it did.
pub(crate) fn caller_mark(part: &Value) -> Option<String> {
    let m = part.get(MARK_KEY)?;
    let untrusted = m.get("untrusted").and_then(Value::as_bool).unwrap_or(false)
        || m.get("trust").and_then(Value::as_str) == Some("untrusted");
    if !untrusted {
        return None;
    }
    let source = m
        .get("source")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .unwrap_or("untrusted");
    Some(source.chars().take(40).collect())
}

/// Removes every caller mark from a body, so providers never see them.
pub(crate) fn strip_marks(v: &mut Value) {
    match v {
        Value::Object(o) => {
            o.remove(MARK_KEY);
            o.values_mut().for_each(strip_marks);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_marks),
        _ => {}
    }
}

/// Role and trust of an OpenAI or Anthropic message role name.
pub(crate) fn role_of(name: &str) -> (Role, Trust) {
    match name {
        "system" | "developer" => (Role::System, Trust::Trusted),
        "assistant" => (Role::Assistant, Trust::User),
        "tool" | "function" => (Role::Tool, Trust::Untrusted),
        _ => (Role::User, Trust::User),
    }
}

/// The common head of every body: an object with a string `model` and an optional bool `stream`.
pub(crate) fn head(body: &Value) -> Result<(String, bool), ShapeError> {
    let obj = body
        .as_object()
        .ok_or_else(|| ShapeError("the request body must be a JSON object".into()))?;
    let model = match obj.get("model") {
        Some(Value::String(m)) if !m.is_empty() => m.clone(),
        Some(_) => return Err(ShapeError("`model` must be a non-empty string".into())),
        None => return Err(ShapeError("`model` is required".into())),
    };
    let stream = match obj.get("stream") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(ShapeError("`stream` must be a boolean".into())),
    };
    Ok((model, stream))
}
