//! Scanner throughput on store text.
//!
//! `cargo bench -p storewall-dlp --bench scan` measures three inputs:
//!
//! - `prompt`: what the gateway sees most: a store assistant's system prompt
//!   followed by one customer ticket (about 2 KB each);
//! - `tickets`: the generated store corpus alone, where nearly every
//!   sentence carries customer data (the dense worst case);
//! - `detector/NAME`: each built-in detector alone over the tickets;
//! - `prompt-detector/NAME`: each built-in detector alone over the prompts.
//!
//! Throughput is in bytes of input per second, on one thread.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use storewall_dlp::Scanner;

const SYSTEM_PROMPT: &str = include_str!("fixtures/system_prompt.txt");
const CORPUS: &str = include_str!("../../../bench/dlp/store_corpus.jsonl");

fn tickets() -> Vec<String> {
    CORPUS
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

/// The scanner is built on the first call of the benchmark closure, which
/// criterion makes only for the benchmarks its filter selects, so profiling
/// one benchmark does not also profile pattern compilation for the others.
fn run(c: &mut Criterion, name: &str, scanner: impl Fn() -> Scanner, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let built = std::cell::OnceCell::new();
    let mut g = c.benchmark_group("scan");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(name, |b| {
        let scanner = built.get_or_init(&scanner);
        b.iter(|| {
            let mut n = 0;
            for t in texts {
                n += scanner.scan(black_box(t)).len();
            }
            n
        })
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let tickets = tickets();
    assert!(tickets.len() > 100, "the store corpus did not load");
    let prompts: Vec<String> = tickets
        .iter()
        .take(200)
        .map(|t| format!("{SYSTEM_PROMPT}\n\nCustomer message:\n{t}"))
        .collect();
    run(c, "prompt", Scanner::new, &prompts);
    run(c, "tickets", Scanner::new, &tickets);
    for name in Scanner::builtin_names() {
        let one = || Scanner::new().retain(&[name]);
        run(c, &format!("detector/{name}"), one, &tickets);
        run(c, &format!("prompt-detector/{name}"), one, &prompts);
    }
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
