//! `storewall ledger`: verify the ledger, print its checkpoint and key,
//! prove entries, export events, erase a data subject, prune. Every
//! command works beside a running `storewall serve` on the same data dir.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Subcommand, ValueEnum};
use serde_json::json;
use storewall_gateway::config::Config;
use storewall_ledger::{Entry, Ledger, LedgerReader, NoteSigner, NoteVerifier, Subjects};

#[derive(Debug, Subcommand)]
pub enum LedgerCommand {
    /// Recompute every hash and check every checkpoint signature; exit 1
    /// naming the first bad index if anything was altered, removed or
    /// reordered.
    Verify {
        /// The verifier key to trust (`name+keyid+base64`); by default
        /// `[ledger] verifier_key`, else the key file beside the log.
        #[arg(long)]
        key: Option<String>,
    },
    /// Sign a checkpoint of the log as it is now (if it grew) and print
    /// the latest one, exactly as the signed note.
    Checkpoint,
    /// Print the checkpoints' verifier key: `name+keyid+base64(0x01 ‖ key)`.
    Pubkey,
    /// Print an RFC 6962 inclusion proof for a leaf against the latest
    /// checkpoint.
    Prove {
        /// The leaf's index.
        #[arg(long)]
        index: u64,
        /// Print JSON: {"index", "tree_size", "leaf", "hashes", "checkpoint"}.
        #[arg(long)]
        json: bool,
    },
    /// Print an RFC 6962 consistency proof between two tree sizes.
    Consistency {
        /// The older tree size.
        #[arg(long)]
        from: u64,
        /// The newer tree size (default: the latest checkpoint's).
        #[arg(long)]
        to: Option<u64>,
        /// Print JSON: {"from", "to", "hashes"}.
        #[arg(long)]
        json: bool,
    },
    /// Destroy a data subject's key: their personal data in the ledger
    /// becomes unreadable, and the ledger still verifies.
    Forget {
        /// The subject's id, as given in `x-storewall-subject` (or
        /// `key:KEY_ID` for the holder of a virtual key).
        #[arg(long)]
        subject: String,
    },
    /// Print events for a SIEM, one JSON object per line.
    Export {
        /// Only events at or after this time: RFC 3339 (2026-11-01T00:00:00Z)
        /// or a duration ago (24h, 7d).
        #[arg(long)]
        since: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "jsonl")]
        format: ExportFormat,
    },
    /// Drop the bytes of events older than the retention period (their
    /// hashes stay, so proofs of the rest still verify).
    Prune {
        /// How old an event must be to go, e.g. 400d; default
        /// `[ledger] retention`.
        #[arg(long)]
        older_than: Option<String>,
    },
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per line.
    Jsonl,
}

fn dir_of(config: &Config) -> anyhow::Result<PathBuf> {
    let dir = config.ledger.dir(&config.server.data_dir);
    if !dir.join("leaves.log").exists() {
        bail!(
            "no ledger in {}; it is created when `storewall serve` first starts with this config",
            dir.display()
        );
    }
    Ok(dir)
}

fn signer(config: &Config) -> anyhow::Result<NoteSigner> {
    let opts = config.ledger.options(&config.server.data_dir);
    let path = opts.key_path();
    if !path.exists() {
        bail!(
            "no signing key at {}; it is made when `storewall serve` first starts",
            path.display()
        );
    }
    Ok(NoteSigner::load_or_create(&path, &opts.origin)?)
}

/// Parses RFC 3339 or a duration before now into Unix milliseconds.
fn since_ms(s: &str) -> anyhow::Result<i64> {
    let t = match humantime::parse_rfc3339_weak(s) {
        Ok(t) => t,
        Err(_) => {
            let d = humantime::parse_duration(s).with_context(|| {
                format!("`{s}` is neither a time (2026-11-01T00:00:00Z) nor a duration (24h, 7d)")
            })?;
            std::time::SystemTime::now()
                .checked_sub(d)
                .unwrap_or(std::time::UNIX_EPOCH)
        }
    };
    let ms = t
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    Ok(i64::try_from(ms).unwrap_or(i64::MAX))
}

/// Appends an event from this command, beside a running server.
fn append(config: &Config, entry: &Entry) -> anyhow::Result<u64> {
    let ledger = Ledger::open(&config.ledger.options(&config.server.data_dir))?;
    Ok(ledger.append(entry).wait()?)
}

pub async fn run(cmd: LedgerCommand, config: &Config) -> anyhow::Result<ExitCode> {
    let config = config.clone();
    tokio::task::spawn_blocking(move || run_blocking(cmd, &config)).await?
}

fn run_blocking(cmd: LedgerCommand, config: &Config) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cmd {
        LedgerCommand::Verify { key } => {
            let dir = dir_of(config)?;
            let vkey = match key.or_else(|| config.ledger.verifier_key.clone()) {
                Some(k) => k,
                None => signer(config)?.verifier_key(),
            };
            let verifier = NoteVerifier::parse(&vkey)?;
            let reader = LedgerReader::open(&dir)?;
            match reader.verify(&verifier) {
                Ok((size, root)) => {
                    writeln!(
                        out,
                        "ledger intact: tree size {size}, root {}, {} checkpoints verified",
                        hex::encode(root),
                        reader.checkpoints().len()
                    )?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(storewall_ledger::LedgerError::Tampered { index, why }) => {
                    eprintln!("ledger NOT intact: first bad index {index}: {why}");
                    Ok(ExitCode::FAILURE)
                }
                Err(e) => Err(e.into()),
            }
        }
        LedgerCommand::Checkpoint => {
            dir_of(config)?;
            let ledger = Ledger::open(&config.ledger.options(&config.server.data_dir))?;
            let note = ledger.checkpoint_blocking(false)?;
            write!(out, "{note}")?;
            Ok(ExitCode::SUCCESS)
        }
        LedgerCommand::Pubkey => {
            writeln!(out, "{}", signer(config)?.verifier_key())?;
            Ok(ExitCode::SUCCESS)
        }
        LedgerCommand::Prove { index, json } => {
            let reader = LedgerReader::open(&dir_of(config)?)?;
            let p = reader.prove(index)?;
            if json {
                writeln!(out, "{}", p.to_json())?;
            } else {
                writeln!(out, "leaf {} of a tree of {}", p.index, p.tree_size)?;
                for h in &p.hashes {
                    writeln!(out, "{}", hex::encode(h))?;
                }
                write!(out, "{}", p.checkpoint)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        LedgerCommand::Consistency { from, to, json } => {
            let reader = LedgerReader::open(&dir_of(config)?)?;
            let (to, hashes) = reader.consistency(from, to)?;
            let hashes: Vec<String> = hashes.iter().map(hex::encode).collect();
            if json {
                writeln!(out, "{}", json!({"from": from, "to": to, "hashes": hashes}))?;
            } else {
                writeln!(out, "from {from} to {to}")?;
                for h in hashes {
                    writeln!(out, "{h}")?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        LedgerCommand::Forget { subject } => {
            let dir = dir_of(config)?;
            let subjects =
                Subjects::open(&storewall_ledger::files::Paths { dir: dir.clone() }.subjects())?;
            let hash = subjects.subject_hash(&subject)?;
            let had = subjects.forget(&subject)?;
            // The erasure is itself an event: when, and of which subject
            // (by its keyed hash, which no longer opens anything).
            let index = append(
                config,
                &Entry {
                    kind: "erasure".into(),
                    ts_ms: storewall_store::now_ms(),
                    event: json!({"decision": "subject_forgotten", "subject": hash, "had_key": had}),
                    sealed: Vec::new(),
                },
            )?;
            if had {
                writeln!(out, "forgot subject {subject}: its data in the ledger is now unreadable (erasure recorded at index {index})")?;
            } else {
                writeln!(out, "subject {subject} has no data in the ledger (erasure recorded at index {index})")?;
            }
            Ok(ExitCode::SUCCESS)
        }
        LedgerCommand::Export { since, format: _ } => {
            let reader = LedgerReader::open(&dir_of(config)?)?;
            let since = since
                .as_deref()
                .map(since_ms)
                .transpose()?
                .unwrap_or(i64::MIN);
            let mut w = std::io::BufWriter::new(out);
            reader.export(since, |v| writeln!(w, "{v}"))?;
            w.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        LedgerCommand::Prune { older_than } => {
            let dir = dir_of(config)?;
            let keep = match older_than {
                Some(s) => humantime::parse_duration(&s)
                    .with_context(|| format!("bad duration `{s}`; use e.g. 400d"))?,
                None => config
                    .ledger
                    .retention()
                    .map_err(anyhow::Error::msg)?
                    .context("no retention: give --older-than or set [ledger] retention")?,
            };
            let cutoff =
                storewall_store::now_ms() - i64::try_from(keep.as_millis()).unwrap_or(i64::MAX);
            let n = storewall_gateway::ledger::prune_older_than(Path::new(&dir), cutoff)?;
            writeln!(
                out,
                "pruned {n} events older than {}",
                humantime::format_duration(keep)
            )?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
