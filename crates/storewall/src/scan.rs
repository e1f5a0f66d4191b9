use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use serde_json::Value;
use storewall_dlp::{protect, Vault};
use storewall_gateway::config::Config;

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Text files to scan; standard input when none.
    pub paths: Vec<PathBuf>,
    /// Read JSON lines `{"id", "text", "source"?}` and write `{"id",
    /// "findings", "injection", "injection_score", "injection_signals"}` per
    /// line. `source` is one of review, ticket, feed, email, web, tool.
    #[arg(long)]
    pub jsonl: bool,
}

#[derive(Debug, Args)]
pub struct RedactArgs {
    /// A text file; standard input when absent.
    pub path: Option<PathBuf>,
}

fn read_input(path: Option<&PathBuf>) -> anyhow::Result<String> {
    let mut s = String::new();
    match path {
        Some(p) => {
            s = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read {} as UTF-8 text", p.display()))?;
        }
        None => {
            std::io::stdin()
                .read_to_string(&mut s)
                .context("cannot read standard input as UTF-8 text")?;
        }
    }
    Ok(s)
}

/// The configured detectors plus the EDM sets of the config's data directory.
fn scanner(config: &Config) -> anyhow::Result<storewall_dlp::Scanner> {
    let sets = storewall_store::load_edm_sets(&config.server.data_dir)?;
    Ok(config.dlp.scanner().with_edm(sets))
}

pub fn scan(args: ScanArgs, config: &Config) -> anyhow::Result<ExitCode> {
    let scanner = scanner(config)?;
    let screener = config.injection.screener().context("injection model")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.jsonl {
        let inputs: Vec<Box<dyn BufRead>> = if args.paths.is_empty() {
            vec![Box::new(std::io::BufReader::new(std::io::stdin()))]
        } else {
            args.paths
                .iter()
                .map(|p| -> anyhow::Result<Box<dyn BufRead>> {
                    let f = std::fs::File::open(p)
                        .with_context(|| format!("cannot open {}", p.display()))?;
                    Ok(Box::new(std::io::BufReader::new(f)))
                })
                .collect::<anyhow::Result<_>>()?
        };
        for input in inputs {
            for (n, line) in input.lines().enumerate() {
                let line = line.with_context(|| format!("line {}: not UTF-8 text", n + 1))?;
                if line.trim().is_empty() {
                    continue;
                }
                let v: Value = serde_json::from_str(&line)
                    .with_context(|| format!("line {}: not JSON", n + 1))?;
                let text = v
                    .get("text")
                    .and_then(Value::as_str)
                    .with_context(|| format!("line {}: `text` must be a string", n + 1))?;
                let source = match v.get("source") {
                    None | Some(Value::Null) => None,
                    Some(Value::String(name)) => {
                        Some(storewall_inject::Source::parse(name).with_context(|| {
                            format!(
                                "line {}: {}",
                                n + 1,
                                storewall_gateway::unknown_source(name)
                            )
                        })?)
                    }
                    Some(_) => anyhow::bail!("line {}: `source` must be a string", n + 1),
                };
                let id = v.get("id").cloned().unwrap_or(Value::Null);
                let (result, _) =
                    storewall_gateway::result_json(&scanner, &screener, &id, text, source);
                writeln!(out, "{result}")?;
            }
        }
    } else {
        let paths: Vec<Option<&PathBuf>> = if args.paths.is_empty() {
            vec![None]
        } else {
            args.paths.iter().map(Some).collect()
        };
        for p in paths {
            let text = read_input(p)?;
            let name = p
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "-".into());
            for f in scanner.scan(&text) {
                let j = f.to_json_offsets(&text);
                writeln!(
                    out,
                    "{name}\t{}\t{}..{}\t{:.2}\t{}",
                    j.entity, j.start, j.end, j.score, j.detector
                )?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn redact(args: RedactArgs, config: &Config) -> anyhow::Result<ExitCode> {
    let text = read_input(args.path.as_ref())?;
    let findings = scanner(config)?.scan(&text);
    let mut vault = Vault::new();
    let p = protect(&text, &findings, &config.dlp.policy(), &mut vault);
    if !p.blocked.is_empty() {
        let names: Vec<_> = p.blocked.iter().map(|e| e.as_str()).collect();
        eprintln!(
            "blocked: the text contains {} (action block)",
            names.join(", ")
        );
        return Ok(ExitCode::from(3));
    }
    print!("{}", p.text);
    Ok(ExitCode::SUCCESS)
}
