//! Screens JSONL from stdin, one verdict per line, with the time each took:
//! the program `bench/inject/eval.py` scores.
//!
//! `STOREWALL_INJECT_MODEL=path` screens with that model file instead of
//! the committed one. `STOREWALL_INJECT_READING=1` adds each text's
//! verdict inputs (`inputs`, named as in `judge::INPUT_NAMES`).
//!
//! Input lines: `{"id", "text", "source"?}`. Output lines: `{"id",
//! "injection", "injection_score", "micros", "signatures", "evasions"}`.

use serde_json::{json, Value};
use std::io::{BufRead, Write};
use storewall_inject::Screener;

fn main() {
    // Another model file, for comparing candidates before one is committed.
    let s = match std::env::var_os("STOREWALL_INJECT_MODEL") {
        Some(path) => {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            Screener::with_model(
                storewall_inject::Model::from_bytes(&bytes).unwrap_or_else(|e| panic!("{e}")),
            )
        }
        None => Screener::new().unwrap_or_else(|e| panic!("{e}")),
    };
    let show_reading = std::env::var_os("STOREWALL_INJECT_READING").is_some();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = line.unwrap_or_else(|e| panic!("stdin: {e}"));
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("bad line: {e}"));
        let text = v.get("text").and_then(Value::as_str).unwrap_or("");
        let t = std::time::Instant::now();
        let verdict = s.screen(text);
        let micros = t.elapsed().as_secs_f64() * 1e6;
        let mut o = json!({
            "id": v.get("id").cloned().unwrap_or(Value::Null),
            "injection": verdict.injection,
            "injection_score": verdict.score,
            "micros": micros,
            "signatures": verdict.signatures,
            "evasions": verdict.evasions.names(),
        });
        if show_reading {
            o["inputs"] = json!(s.reading(text).inputs());
        }
        writeln!(out, "{o}").unwrap_or_else(|e| panic!("stdout: {e}"));
    }
}
