//! Audit events go to an [`AuditSink`]; this one batches them into the store
//! off the request path.

use storewall_store::{AuditEvent, AuditSink, Store};
use tokio::sync::mpsc;

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
}

impl AuditSink for StoreAuditSink {
    fn record(&self, event: AuditEvent) {
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
