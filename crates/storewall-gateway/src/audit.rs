//! Audit events go to an [`AuditSink`]: the ledger, which makes each one
//! durable and tamper-evident before the response that caused it ends, and
//! the store's audit table, which the admin API lists from.

use std::sync::Arc;

use serde_json::json;
use storewall_ledger::{Entry, Ledger};
use storewall_store::{AuditEvent, AuditSink, Durable, Store};
use tokio::sync::mpsc;

/// The event of a key created, revoked or rotated (`decision`), through
/// the admin API or the CLI: who holds which key is as much a decision of
/// the gateway as any request it lets through.
pub fn key_change(decision: &str, status: u16, id: &str, name: Option<&str>) -> AuditEvent {
    AuditEvent {
        ts_ms: storewall_store::now_ms(),
        request_id: crate::handler::new_request_id(),
        key_id: Some(id.to_string()),
        key_name: name.map(String::from),
        route: "/admin/keys".into(),
        model: None,
        provider: None,
        decision: decision.into(),
        entities: Default::default(),
        latency_ms: 0.0,
        prompt_tokens: None,
        completion_tokens: None,
        status,
        personal: Default::default(),
    }
}

/// Appends events to the store in batches from a background task.
pub struct StoreAuditSink {
    tx: mpsc::UnboundedSender<AuditEvent>,
}

impl StoreAuditSink {
    /// Starts the writer; it ends once every sender is dropped and the queue is drained.
    pub fn start(store: Store) -> (Self, tokio::task::JoinHandle<()>) {
        let (tx, mut rx) = mpsc::unbounded_channel::<AuditEvent>();
        let handle = tokio::spawn(async move {
            let mut batch = Vec::with_capacity(256);
            while let Some(first) = rx.recv().await {
                batch.push(first);
                while batch.len() < 1024 {
                    match rx.try_recv() {
                        Ok(e) => batch.push(e),
                        Err(_) => break,
                    }
                }
                if let Err(e) = store.append_events(&batch).await {
                    tracing::error!(error = %e, lost = batch.len(), "cannot write audit events");
                }
                batch.clear();
            }
        });
        (StoreAuditSink { tx }, handle)
    }

    fn log_and_queue(&self, event: AuditEvent) {
        tracing::info!(
            request_id = %event.request_id,
            key_id = event.key_id.as_deref().unwrap_or("-"),
            route = %event.route,
            model = event.model.as_deref().unwrap_or("-"),
            provider = event.provider.as_deref().unwrap_or("-"),
            decision = %event.decision,
            status = event.status,
            latency_ms = event.latency_ms,
            "request"
        );
        if self.tx.send(event).is_err() {
            tracing::error!("audit writer has stopped; event not written");
        }
    }
}

impl AuditSink for StoreAuditSink {
    fn record(&self, event: AuditEvent) -> Durable {
        self.log_and_queue(event);
        Box::pin(std::future::ready(()))
    }
}

/// Records every event in the ledger (durably, personal data sealed per
/// data subject) and in the store's audit table.
pub struct LedgerAuditSink {
    store: StoreAuditSink,
    ledger: Arc<Ledger>,
    level: storewall_ledger::Durability,
    /// Events written, for the webhook and syslog forwarders.
    forward: Option<tokio::sync::broadcast::Sender<Arc<serde_json::Value>>>,
}

/// The ledger entry of an event: the event without its personal data,
/// which is sealed under its subject's key, and without the key's name,
/// which names a person as often as an app.
pub fn entry(ledger: &Ledger, event: &AuditEvent) -> Entry {
    let kind = if event.route.starts_with("/admin/keys") {
        "key"
    } else {
        "request"
    };
    let mut body = serde_json::to_value(event).unwrap_or_else(|_| json!({}));
    if let Some(obj) = body.as_object_mut() {
        obj.remove("key_name");
        obj.remove("ts_ms");
    }
    // Each person's data under their own key: the holder of the key (its
    // name) and the customer the caller named (with the prompt's hash),
    // so erasing one leaves the other as it was.
    let holder = event.key_id.as_ref().map(|k| format!("key:{k}"));
    let mut parts: Vec<(String, serde_json::Map<String, serde_json::Value>)> = Vec::new();
    if let (Some(h), Some(name)) = (&holder, &event.key_name) {
        parts.push((
            h.clone(),
            serde_json::Map::from_iter([("key_name".into(), json!(name))]),
        ));
    }
    let mut about = serde_json::Map::new();
    if let Some(s) = &event.personal.subject {
        about.insert("subject".into(), json!(s));
    }
    if let Some(h) = &event.personal.prompt_sha256 {
        about.insert("prompt_sha256".into(), json!(h));
    }
    if let Some(subject) = event.personal.subject.clone().or(holder) {
        if !about.is_empty() {
            parts.push((subject, about));
        }
    }
    let mut sealed = Vec::new();
    for (subject, data) in parts {
        match ledger.subjects().seal(
            &subject,
            serde_json::Value::Object(data).to_string().as_bytes(),
        ) {
            Ok(s) => sealed.push(s),
            Err(e) => {
                tracing::error!(error = %e, "cannot seal personal data; it is left out of the ledger")
            }
        }
    }
    Entry {
        kind: kind.into(),
        ts_ms: event.ts_ms,
        event: body,
        sealed,
    }
}

impl LedgerAuditSink {
    /// Wraps a store sink and an open ledger.
    pub fn new(
        store: StoreAuditSink,
        ledger: Arc<Ledger>,
        level: storewall_ledger::Durability,
        forward: Option<tokio::sync::broadcast::Sender<Arc<serde_json::Value>>>,
    ) -> Self {
        LedgerAuditSink {
            store,
            ledger,
            level,
            forward,
        }
    }
}

impl AuditSink for LedgerAuditSink {
    fn record(&self, event: AuditEvent) -> Durable {
        let e = entry(&self.ledger, &event);
        let pending = self.ledger.append_with(&e, self.level);
        let request_id = event.request_id.clone();
        let forward = self.forward.clone().map(|tx| {
            let mut v = json!({"kind": e.kind, "ts_ms": e.ts_ms, "event": e.event});
            if !e.sealed.is_empty() {
                v["personal"] = json!("sealed");
            }
            (tx, v)
        });
        self.store.log_and_queue(event);
        Box::pin(async move {
            match pending.durable().await {
                Ok(index) => {
                    if let Some((tx, mut v)) = forward {
                        v["index"] = json!(index);
                        let _ = tx.send(Arc::new(v));
                    }
                }
                Err(e) => {
                    tracing::error!(error = %e, request_id = %request_id, "the ledger could not record an event");
                }
            }
        })
    }
}
