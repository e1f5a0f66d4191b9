//! A steady loop over the scan benchmark's inputs, for profilers.
//!
//! Criterion times the scanner well but is awkward to profile: its warm-up
//! and analysis mix into the samples. This runs the same inputs three times
//! to warm the lazy DFAs, then `ROUNDS` more times (default 5) inside
//! `measured`, and prints the throughput of those rounds.
//!
//! ```text
//! cargo run --release -p storewall-dlp --example profile -- [prompts|tickets|system|short] [DETECTOR]
//! valgrind --tool=callgrind --toggle-collect='profile::measured' target/release/examples/profile
//! ```
//!
//! `prompts` (the default) is the system prompt followed by each of the
//! first 200 tickets, as in `benches/scan.rs`; `system` is the system
//! prompt alone, `short` those 200 tickets alone, `tickets` all 1,200.
//! A detector name (see `Scanner::builtin_names`) keeps only that one.

use storewall_dlp::Scanner;

const SYSTEM_PROMPT: &str = include_str!("../benches/fixtures/system_prompt.txt");
const CORPUS: &str = include_str!("../../../bench/dlp/store_corpus.jsonl");

/// The rounds a profiler should look at, kept out of line so that
/// callgrind can collect only inside it.
#[inline(never)]
fn measured(s: &Scanner, texts: &[String], rounds: usize) -> usize {
    let mut n = 0;
    for _ in 0..rounds {
        for t in texts {
            n += s.scan(std::hint::black_box(t)).len();
        }
    }
    n
}

fn main() {
    let tickets: Vec<String> = CORPUS
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let mut args = std::env::args().skip(1);
    let texts: Vec<String> = match args.next().as_deref() {
        Some("tickets") => tickets,
        Some("system") => vec![SYSTEM_PROMPT.to_string(); 200],
        Some("short") => tickets.into_iter().take(200).collect(),
        _ => tickets
            .iter()
            .take(200)
            .map(|t| format!("{SYSTEM_PROMPT}\n\nCustomer message:\n{t}"))
            .collect(),
    };
    let mut scanner = Scanner::new();
    if let Some(only) = args.next() {
        scanner = scanner.retain(&[only.as_str()]);
    }
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let bytes: usize = texts.iter().map(String::len).sum();
    // Not through `measured`: callgrind collects only the timed rounds.
    for _ in 0..3 {
        for t in &texts {
            std::hint::black_box(scanner.scan(t));
        }
    }
    let started = std::time::Instant::now();
    let findings = measured(&scanner, &texts, rounds);
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{findings} findings, {:.1} MB/s",
        (bytes * rounds) as f64 / 1e6 / secs
    );
}
