//! Durable appends per second with many concurrent appenders, each event
//! acknowledged only once it is on disk.
//!
//! `cargo bench -p storewall-ledger --bench append`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::json;
use std::sync::Arc;
use storewall_ledger::{Entry, Ledger, LedgerOptions};

fn entry(i: u64) -> Entry {
    Entry {
        kind: "request".into(),
        ts_ms: 1_763_800_000_000 + i as i64,
        event: json!({"request_id": format!("req_{i:024x}"), "route": "/v1/chat/completions",
            "model": "gpt-4o-mini", "provider": "openai", "decision": "transformed",
            "entities": {"EMAIL_ADDRESS": 1, "PERSON": 2}, "status": 200, "latency_ms": 412.5}),
        sealed: Vec::new(),
    }
}

fn appends(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ledger = Arc::new(
        Ledger::open(&LedgerOptions {
            dir: dir.path().to_path_buf(),
            origin: "bench.example/ledger".into(),
            key_path: None,
        })
        .unwrap_or_else(|e| panic!("{e}")),
    );
    let mut g = c.benchmark_group("ledger");
    const WRITERS: u64 = 64;
    const EACH: u64 = 64;
    g.throughput(Throughput::Elements(WRITERS * EACH));
    g.sample_size(20);
    g.bench_function("durable_appends_64_writers", |b| {
        b.iter(|| {
            std::thread::scope(|s| {
                for w in 0..WRITERS {
                    let l = ledger.clone();
                    s.spawn(move || {
                        for i in 0..EACH {
                            l.append(&entry(w * EACH + i))
                                .wait()
                                .unwrap_or_else(|e| panic!("{e}"));
                        }
                    });
                }
            });
        })
    });
    g.finish();
}

criterion_group!(benches, appends);
criterion_main!(benches);
