//! The ledger beside a running gateway: opened at start with an event for
//! the configuration it runs, checkpointed on a timer and at shutdown,
//! pruned past its retention, and forwarded to a webhook or syslog.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use storewall_ledger::{Entry, Ledger, LedgerReader};
use storewall_store::now_ms;
use tokio::sync::broadcast;
use tokio::task::JoinHandle;

use crate::config::Config;

/// The ledger and the tasks that tend it.
pub struct Running {
    /// The open ledger.
    pub ledger: Arc<Ledger>,
    /// Events written, for the forwarders.
    pub forward: Option<broadcast::Sender<Arc<Value>>>,
    tasks: Vec<JoinHandle<()>>,
}

impl Running {
    /// Opens the ledger, records the configuration the gateway starts
    /// with, signs a checkpoint, and starts the timers and forwarders.
    pub async fn start(config: &Config, origin: &str) -> Result<Running, String> {
        let opts = config.ledger.options(&config.server.data_dir);
        let dir = opts.dir.clone();
        let ledger = tokio::task::spawn_blocking(move || Ledger::open(&opts))
            .await
            .map_err(|e| e.to_string())?
            .map_err(|e| format!("cannot open the ledger in {}: {e}", dir.display()))?;
        let ledger = Arc::new(ledger);
        // A configuration (and with it every policy) is an event: which one
        // the gateway runs, by its hash, from when.
        let text = std::fs::read(origin).unwrap_or_default();
        let digest = hex::encode(Sha256::digest(&text));
        let entry = Entry {
            kind: "config".into(),
            ts_ms: now_ms(),
            event: json!({"decision": "config_loaded", "config_sha256": digest,
                "source": if text.is_empty() { "defaults" } else { "file" },
                "version": env!("CARGO_PKG_VERSION")}),
            sealed: Vec::new(),
        };
        ledger
            .append(&entry)
            .durable()
            .await
            .map_err(|e| format!("cannot write to the ledger: {e}"))?;
        ledger
            .checkpoint(false)
            .await
            .map_err(|e| format!("cannot sign a checkpoint: {e}"))?;
        tracing::info!(size = ledger.size(), verifier_key = %ledger.verifier_key(), "ledger open");

        let mut tasks = Vec::new();
        tasks.push(spawn_checkpointer(
            ledger.clone(),
            Duration::from_secs(config.ledger.checkpoint_interval_secs),
        ));
        if let Ok(Some(keep)) = config.ledger.retention() {
            tasks.push(spawn_pruner(
                config.ledger.dir(&config.server.data_dir),
                keep,
            ));
        }
        let wants_forward =
            config.ledger.webhook_url.is_some() || config.ledger.syslog_addr.is_some();
        let forward = wants_forward.then(|| broadcast::channel(4096).0);
        if let Some(tx) = &forward {
            if let Some(url) = &config.ledger.webhook_url {
                tasks.push(crate::forward::spawn_webhook(url.clone(), tx.subscribe()));
            }
            if let Some(addr) = &config.ledger.syslog_addr {
                tasks.push(crate::forward::spawn_syslog(addr.clone(), tx.subscribe()));
            }
        }
        Ok(Running {
            ledger,
            forward,
            tasks,
        })
    }

    /// Signs a last checkpoint and stops the timers.
    pub async fn stop(self) {
        for t in &self.tasks {
            t.abort();
        }
        if let Err(e) = self.ledger.checkpoint(false).await {
            tracing::error!(error = %e, "cannot sign the last checkpoint");
        }
    }
}

/// Signs a checkpoint every `every` while the log grows.
fn spawn_checkpointer(ledger: Arc<Ledger>, every: Duration) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = ledger.checkpoint(false).await {
                tracing::error!(error = %e, "cannot sign a checkpoint");
            }
        }
    })
}

/// Prunes, once an hour, the leaves older than `keep`.
fn spawn_pruner(dir: std::path::PathBuf, keep: Duration) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            let dir = dir.clone();
            let cutoff = now_ms() - i64::try_from(keep.as_millis()).unwrap_or(i64::MAX);
            let done = tokio::task::spawn_blocking(move || prune_older_than(&dir, cutoff)).await;
            match done {
                Ok(Ok(n)) if n > 0 => {
                    tracing::info!(pruned = n, "ledger leaves past retention pruned")
                }
                Ok(Err(e)) => tracing::error!(error = %e, "cannot prune the ledger"),
                _ => {}
            }
        }
    })
}

/// Drops the bytes of leaves written before `cutoff_ms`; returns how many.
pub fn prune_older_than(
    dir: &std::path::Path,
    cutoff_ms: i64,
) -> Result<u64, storewall_ledger::LedgerError> {
    let r = LedgerReader::open(dir)?;
    let mut first_kept = None;
    r.export(cutoff_ms, |v| {
        if first_kept.is_none() {
            first_kept = v["index"].as_u64();
        }
        Ok(())
    })?;
    storewall_ledger::prune_before(dir, first_kept.unwrap_or(r.size()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pruning_by_age_keeps_the_rest_provable() {
        let dir = tempfile::tempdir().unwrap();
        let opts = storewall_ledger::LedgerOptions {
            dir: dir.path().to_path_buf(),
            origin: "test.example/ledger".into(),
            key_path: None,
        };
        let l = Ledger::open(&opts).unwrap();
        for i in 0..30 {
            let e = Entry {
                kind: "request".into(),
                ts_ms: 1_000 + i,
                event: json!({"n": i}),
                sealed: Vec::new(),
            };
            l.append(&e).wait().unwrap();
        }
        l.checkpoint_blocking(false).unwrap();
        assert_eq!(prune_older_than(dir.path(), 1_012).unwrap(), 12);
        assert_eq!(prune_older_than(dir.path(), 1_012).unwrap(), 0);
        let r = LedgerReader::open(dir.path()).unwrap();
        let v = storewall_ledger::NoteVerifier::parse(&l.verifier_key()).unwrap();
        assert_eq!(r.verify(&v).unwrap().0, 30);
        assert!(r.leaf(11).is_err() && r.leaf(12).is_ok());
        assert!(r.prove(29).is_ok());
    }
}
