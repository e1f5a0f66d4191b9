use std::collections::BTreeMap;

/// One gateway decision, as written to the audit trail.
///
/// It holds no prompt text and no detected value: only counts per entity type.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuditEvent {
    /// When the request arrived, in Unix milliseconds.
    pub ts_ms: i64,
    /// The gateway's id for the request, also sent back as `x-request-id`.
    pub request_id: String,
    /// The virtual key's id, when the caller authenticated.
    pub key_id: Option<String>,
    /// The virtual key's name, when the caller authenticated.
    pub key_name: Option<String>,
    /// The ingress route, e.g. `/v1/chat/completions`.
    pub route: String,
    /// The requested model.
    pub model: Option<String>,
    /// The provider the request was routed to.
    pub provider: Option<String>,
    /// `allowed`, `transformed`, `blocked`, `denied`, `rate_limited` or `error`.
    pub decision: String,
    /// How many findings of each entity type the request held.
    pub entities: BTreeMap<String, u32>,
    /// Time from arrival to the end of the answer.
    pub latency_ms: f64,
    /// Input tokens, as the provider reported them or as estimated.
    pub prompt_tokens: Option<u32>,
    /// Output tokens, as the provider reported them or as estimated.
    pub completion_tokens: Option<u32>,
    /// The HTTP status sent to the caller.
    pub status: u16,
    /// Personal data about the event, which only the ledger keeps, sealed
    /// under its data subject's key; never written in clear.
    #[serde(skip)]
    pub personal: Personal,
}

/// Personal data an event may carry. It is never serialised: the ledger
/// seals it per data subject, other sinks drop it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Personal {
    /// The data subject the request concerned (the customer an agent acted
    /// on), as the caller named it in `x-storewall-subject`.
    pub subject: Option<String>,
    /// SHA-256 of the prompt, hex, when the store opts in.
    pub prompt_sha256: Option<String>,
}

/// Resolves once an event is durable (or, for sinks that promise nothing,
/// at once).
pub type Durable = std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>;

/// Where audit events go. The ledger makes this tamper-evident; the plain
/// store implementation appends rows.
pub trait AuditSink: Send + Sync + 'static {
    /// Records one event without blocking; the result resolves once the
    /// event is durable, which a response should wait for.
    fn record(&self, event: AuditEvent) -> Durable;
}
