use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::Subcommand;
use secrecy::ExposeSecret;
use serde_json::json;
use storewall_gateway::admin::{parse_expiry, parse_models};
use storewall_gateway::config::{glob_set, Config};
use storewall_store::{now_ms, KeyRecord, NewKey, Store};

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a key and print its secret once.
    Create {
        /// Who or what holds the key.
        #[arg(long)]
        name: String,
        /// The holder's role.
        #[arg(long, default_value = "default")]
        role: String,
        /// Comma-separated model globs the key may call (default: all).
        #[arg(long)]
        models: Option<String>,
        /// Requests per minute.
        #[arg(long)]
        rpm: Option<u32>,
        /// Tokens per minute.
        #[arg(long)]
        tpm: Option<u32>,
        /// Lifetime, e.g. 30d, 12h.
        #[arg(long)]
        expires: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// List keys.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Revoke a key; it stops working within a second, on a running server too.
    Revoke {
        /// The key's id.
        id: String,
    },
    /// Give a key a new secret; the old one stops working.
    Rotate {
        /// The key's id.
        id: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

fn ts(ms: i64) -> String {
    let t =
        std::time::UNIX_EPOCH + std::time::Duration::from_millis(u64::try_from(ms).unwrap_or(0));
    humantime::format_rfc3339_seconds(t).to_string()
}

fn status(k: &KeyRecord) -> &'static str {
    if k.revoked_at.is_some() {
        "revoked"
    } else if !k.is_active(now_ms()) {
        "expired"
    } else {
        "active"
    }
}

/// Records a key change made from the command line in the ledger and the
/// audit table, as the admin API does for changes made over HTTP.
async fn record(
    store: &Store,
    config: &Config,
    decision: &str,
    id: &str,
    name: Option<&str>,
) -> anyhow::Result<()> {
    let event = storewall_gateway::audit::key_change(decision, 200, id, name);
    if config.ledger.enabled {
        let opts = config.ledger.options(&config.server.data_dir);
        let ev = event.clone();
        tokio::task::spawn_blocking(move || -> anyhow::Result<u64> {
            let ledger = storewall_ledger::Ledger::open(&opts)?;
            let entry = storewall_gateway::audit::entry(&ledger, &ev);
            Ok(ledger.append(&entry).wait()?)
        })
        .await?
        .context("cannot record the key change in the ledger")?;
    }
    store.append_events(&[event]).await?;
    Ok(())
}

pub async fn run(cmd: KeysCommand, config: &Config) -> anyhow::Result<ExitCode> {
    let store = Store::open(&config.server.data_dir)
        .await
        .with_context(|| {
            format!(
                "cannot open the data directory {}",
                config.server.data_dir.display()
            )
        })?;
    match cmd {
        KeysCommand::Create {
            name,
            role,
            models,
            rpm,
            tpm,
            expires,
            json,
        } => {
            if name.trim().is_empty() {
                bail!("--name must not be empty");
            }
            if rpm == Some(0) || tpm == Some(0) {
                bail!("--rpm and --tpm must be at least 1; to stop a key, revoke it");
            }
            let models = models.as_deref().map(parse_models).unwrap_or_default();
            glob_set(&models).map_err(|e| anyhow::anyhow!("--models: {e}"))?;
            let expires_at = expires
                .as_deref()
                .map(parse_expiry)
                .transpose()
                .map_err(|e| anyhow::anyhow!("--expires: {e}"))?;
            let (rec, secret) = store
                .create_key(NewKey {
                    name,
                    role,
                    models,
                    rpm,
                    tpm,
                    expires_at,
                })
                .await?;
            record(&store, config, "key_created", &rec.id, Some(&rec.name)).await?;
            if json {
                let mut v = serde_json::to_value(&rec)?;
                v["key"] = json!(secret.expose_secret());
                println!("{v}");
            } else {
                println!("{}", secret.expose_secret());
                eprintln!(
                    "Created key {} for {}. The secret above is shown only once.",
                    rec.id, rec.name
                );
            }
        }
        KeysCommand::List { json } => {
            let keys = store.list_keys().await?;
            if json {
                let list: Vec<_> = keys
                    .iter()
                    .map(|k| {
                        let mut v = serde_json::to_value(k).unwrap_or_else(|_| json!({}));
                        v["status"] = json!(status(k));
                        v
                    })
                    .collect();
                println!("{}", serde_json::to_string_pretty(&list)?);
            } else {
                println!(
                    "{:<22} {:<20} {:<10} {:<8} {:<12} {:<21} MODELS",
                    "ID", "NAME", "ROLE", "STATUS", "PREFIX", "EXPIRES"
                );
                for k in &keys {
                    println!(
                        "{:<22} {:<20} {:<10} {:<8} {:<12} {:<21} {}",
                        k.id,
                        k.name,
                        k.role,
                        status(k),
                        k.prefix,
                        k.expires_at.map(ts).unwrap_or_else(|| "never".into()),
                        k.models.join(",")
                    );
                }
            }
        }
        KeysCommand::Revoke { id } => {
            if !store.revoke_key(&id).await? {
                bail!("no active key with id `{id}`; see `storewall keys list`");
            }
            record(&store, config, "key_revoked", &id, None).await?;
            eprintln!("Revoked {id}.");
        }
        KeysCommand::Rotate { id, json } => {
            let Some(secret) = store.rotate_key(&id).await? else {
                bail!("no active key with id `{id}`; see `storewall keys list`");
            };
            record(&store, config, "key_rotated", &id, None).await?;
            if json {
                println!("{}", json!({"id": id, "key": secret.expose_secret()}));
            } else {
                println!("{}", secret.expose_secret());
                eprintln!(
                    "Rotated {id}. The old secret no longer works; the new one is shown only once."
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
