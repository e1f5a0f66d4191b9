use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use storewall_gateway::config::Config;
use storewall_gateway::Gateway;

/// Storewall: a self-hosted AI security gateway for online stores.
#[derive(Debug, Parser)]
#[command(name = "storewall", version, about)]
pub struct Cli {
    /// Config file (TOML). Without one, embedded defaults are used.
    #[arg(long, global = true, env = "STOREWALL_CONFIG")]
    pub config: Option<PathBuf>,
    /// Log format on stderr.
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "text",
        env = "STOREWALL_LOG_FORMAT"
    )]
    pub log_format: LogFormat,
    #[command(subcommand)]
    pub command: Command,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable.
    Text,
    /// One JSON object per line.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the gateway.
    Serve,
    /// Manage virtual keys.
    #[command(subcommand)]
    Keys(crate::keys::KeysCommand),
    /// Exact data match: fingerprint the store's own records.
    #[command(subcommand)]
    Edm(crate::edm::EdmCommand),
    /// Print the sensitive values found in text files or standard input.
    Scan(crate::scan::ScanArgs),
    /// Print text with the configured DLP actions applied.
    Redact(crate::scan::RedactArgs),
    /// The tamper-evident ledger: verify it, prove entries, export, erase.
    #[command(subcommand)]
    Ledger(crate::ledger::LedgerCommand),
}

/// Loads the config named by `--config` / `STOREWALL_CONFIG`, or the defaults.
pub fn load_config(path: Option<&Path>) -> anyhow::Result<(Config, String)> {
    match path {
        Some(p) => Ok((Config::load(p)?, p.display().to_string())),
        None => Ok((Config::default(), "defaults".to_string())),
    }
}

pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let (config, origin) = load_config(cli.config.as_deref())?;
    match cli.command {
        Command::Serve => serve(config, &origin).await,
        Command::Keys(cmd) => crate::keys::run(cmd, &config).await,
        Command::Edm(cmd) => crate::edm::run(cmd, &config),
        Command::Scan(args) => crate::scan::scan(args, &config),
        Command::Redact(args) => crate::scan::redact(args, &config),
        Command::Ledger(cmd) => crate::ledger::run(cmd, &config).await,
    }
}

async fn serve(config: Config, origin: &str) -> anyhow::Result<ExitCode> {
    let data_dir = config.server.data_dir.clone();
    let gateway = Gateway::start(config, origin)
        .await
        .context("the gateway could not start")?;
    tracing::info!(
        addr = %gateway.addr(),
        data_dir = %data_dir.display(),
        config = origin,
        "Storewall is listening"
    );
    eprintln!("Storewall listening on http://{}", gateway.addr());
    shutdown_signal().await;
    tracing::info!("shutting down: finishing open requests");
    gateway.shutdown().await;
    Ok(ExitCode::SUCCESS)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
