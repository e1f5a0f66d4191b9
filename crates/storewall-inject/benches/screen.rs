//! Screening latency on store text.
//!
//! `cargo bench -p storewall-inject --bench screen` screens the generated
//! store tickets (about 300 bytes each) and longer documents made of ten
//! tickets each (about 3 KB), one text at a time on one thread. Throughput
//! is in bytes of input per second; 5 MB/s is 0.2 ms per KB.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use storewall_inject::Screener;

const CORPUS: &str = include_str!("../../../bench/dlp/store_corpus.jsonl");

fn texts() -> Vec<String> {
    CORPUS
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

fn run(c: &mut Criterion, name: &str, s: &Screener, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("screen");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(name, |b| {
        b.iter(|| {
            texts
                .iter()
                .filter(|t| s.screen(black_box(t)).injection)
                .count()
        })
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let s = Screener::new().unwrap_or_else(|e| panic!("model: {e}"));
    let short: Vec<String> = texts().into_iter().take(400).collect();
    assert!(short.len() > 100, "the store corpus did not load");
    let long: Vec<String> = short.chunks(10).map(|c| c.join("\n\n")).collect();
    run(c, "tickets", &s, &short);
    run(c, "documents", &s, &long);
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
