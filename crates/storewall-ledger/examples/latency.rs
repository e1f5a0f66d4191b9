//! Prints the latency of one durable append at a time, and the rate of
//! durable appends from many threads: `cargo run --release -p
//! storewall-ledger --example latency [DIR]`.

use serde_json::json;
use std::sync::Arc;
use std::time::Instant;
use storewall_ledger::{Entry, Ledger, LedgerOptions};

fn entry(i: u64) -> Entry {
    Entry {
        kind: "request".into(),
        ts_ms: i as i64,
        event: json!({"request_id": format!("req_{i:024x}"), "route": "/v1/chat/completions",
            "decision": "transformed", "entities": {"EMAIL_ADDRESS": 1}, "status": 200}),
        sealed: Vec::new(),
    }
}

fn main() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = std::env::args()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| tmp.path().to_path_buf());
    let ledger = Arc::new(
        Ledger::open(&LedgerOptions {
            dir,
            origin: "bench.example/ledger".into(),
            key_path: None,
        })
        .unwrap_or_else(|e| panic!("{e}")),
    );
    let mut lat: Vec<f64> = (0..2000u64)
        .map(|i| {
            let t = Instant::now();
            ledger
                .append(&entry(i))
                .wait()
                .unwrap_or_else(|e| panic!("{e}"));
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    lat.sort_by(f64::total_cmp);
    println!(
        "one at a time: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        lat[lat.len() / 2],
        lat[lat.len() * 99 / 100],
        lat[lat.len() - 1]
    );
    for writers in [1u64, 8, 64, 256] {
        let n = 20_000 / writers;
        let t = Instant::now();
        std::thread::scope(|s| {
            for w in 0..writers {
                let l = ledger.clone();
                s.spawn(move || {
                    for i in 0..n {
                        l.append(&entry(w * n + i))
                            .wait()
                            .unwrap_or_else(|e| panic!("{e}"));
                    }
                });
            }
        });
        let rate = (writers * n) as f64 / t.elapsed().as_secs_f64();
        println!("{writers:>4} concurrent appenders: {rate:>8.0} durable appends/s");
    }
}
