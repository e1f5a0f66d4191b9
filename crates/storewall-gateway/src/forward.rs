//! Forwarders of ledger events, as they are written, to a SIEM: a webhook
//! that receives JSON arrays, and syslog over UDP (RFC 5424). Personal
//! data stays sealed: forwarders see that an event had some, not what.

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use tokio::sync::broadcast;
use tokio::task::JoinHandle;

/// POSTs events in batches of up to 500, at most a second apart.
pub fn spawn_webhook(url: String, mut rx: broadcast::Receiver<Arc<Value>>) -> JoinHandle<()> {
    tokio::spawn(async move {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .unwrap_or_default();
        loop {
            let mut batch: Vec<Arc<Value>> = Vec::new();
            match rx.recv().await {
                Ok(v) => batch.push(v),
                Err(broadcast::error::RecvError::Lagged(n)) => {
                    tracing::warn!(
                        missed = n,
                        "webhook forwarder fell behind; events skipped (the ledger has them)"
                    );
                    continue;
                }
                Err(broadcast::error::RecvError::Closed) => return,
            }
            while batch.len() < 500 {
                match rx.try_recv() {
                    Ok(v) => batch.push(v),
                    Err(_) => break,
                }
            }
            let body = Value::Array(batch.iter().map(|v| (**v).clone()).collect());
            if let Err(e) = client
                .post(&url)
                .json(&body)
                .send()
                .await
                .and_then(|r| r.error_for_status())
            {
                tracing::warn!(error = %e, events = batch.len(), "webhook forwarder could not deliver; the ledger keeps them (storewall ledger export)");
            }
        }
    })
}

/// Sends one RFC 5424 message per event over UDP.
pub fn spawn_syslog(addr: String, mut rx: broadcast::Receiver<Arc<Value>>) -> JoinHandle<()> {
    tokio::spawn(async move {
        let socket = match tokio::net::UdpSocket::bind("0.0.0.0:0").await {
            Ok(s) => s,
            Err(e) => {
                tracing::error!(error = %e, "syslog forwarder cannot open a socket");
                return;
            }
        };
        let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "-".into());
        loop {
            let v = match rx.recv().await {
                Ok(v) => v,
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return,
            };
            // <110> = facility 13 (log audit), severity 6 (informational).
            let msg = format!(
                "<110>1 {} {host} storewall - ledger - {}",
                humantime::format_rfc3339_millis(std::time::SystemTime::now()),
                v
            );
            if let Err(e) = socket.send_to(msg.as_bytes(), &addr).await {
                tracing::warn!(error = %e, "syslog forwarder could not send");
            }
        }
    })
}
