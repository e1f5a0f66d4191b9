//! `gatebench mock --port P` serves a fixed OpenAI-style answer as fast as it can.
//! `gatebench load --url U --rate R --seconds S` sends an open-loop load at R
//! requests/s and prints latency percentiles as JSON. Latency runs from the
//! moment each request is sent; requests are started on schedule whether or
//! not earlier ones have finished, so a slow target cannot slow the load.
//! `gatebench load --concurrency C` instead runs C closed-loop workers to find
//! the maximum throughput.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::routing::post;
use clap::{Parser, Subcommand};
use hdrhistogram::Histogram;
use tokio::sync::Mutex;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Mock {
        #[arg(long)]
        port: u16,
    },
    Load {
        #[arg(long)]
        url: String,
        #[arg(long, default_value = "")]
        key: String,
        #[arg(long, default_value_t = 0)]
        rate: u64,
        #[arg(long, default_value_t = 0)]
        concurrency: usize,
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        #[arg(long, default_value = "")]
        label: String,
    },
}

const ANSWER: &str = r#"{"id":"chatcmpl-bench","object":"chat.completion","created":0,"model":"gpt-4o","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Thanks for reaching out. I have checked the order and a refund of 42.50 EUR is on its way; it should arrive within five working days."}}],"usage":{"prompt_tokens":180,"completion_tokens":32,"total_tokens":212}}"#;

/// A support-ticket prompt of about 1 KB with an email address in it, so the
/// guard has something to find and tokenize.
fn body() -> String {
    let ticket = "Hello, I ordered the linen duvet cover (SKU LDC-2231-GRY) on 3 November, order #100482913, \
and it arrived torn along the seam. I would like a refund rather than a replacement. You can reach me at \
jane.doe@example.com or on the phone in the evening. I have attached photos of the damage and the packaging. \
The courier left the parcel at the door without ringing, which might be how it happened. Please let me know \
whether I need to send the item back and who pays for the return label. Thanks, Jane";
    serde_json::json!({
        "model": "gpt-4o",
        "messages": [
            {"role": "system", "content": "You are the support assistant of an online home-textiles store. Answer politely and briefly."},
            {"role": "user", "content": ticket}
        ]
    })
    .to_string()
}

#[tokio::main]
async fn main() {
    match Cli::parse().cmd {
        Cmd::Mock { port } => {
            let app = axum::Router::new()
                .route("/v1/chat/completions", post(|| async { ([("content-type", "application/json")], ANSWER) }));
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.expect("bind");
            axum::serve(listener, app).await.expect("serve");
        }
        Cmd::Load { url, key, rate, concurrency, seconds, label } => {
            let client = reqwest::Client::builder().pool_max_idle_per_host(1024).tcp_nodelay(true).build().expect("client");
            let body = body();
            // Warm-up: open connections and let every process settle.
            for _ in 0..200 {
                let _ = send(&client, &url, &key, &body).await;
            }
            let hist = Arc::new(Mutex::new(Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("histogram")));
            let errors = Arc::new(std::sync::atomic::AtomicU64::new(0));
            let started = Instant::now();
            let end = started + Duration::from_secs(seconds);
            if concurrency > 0 {
                let mut tasks = Vec::new();
                for _ in 0..concurrency {
                    let (client, url, key, body, hist, errors) = (client.clone(), url.clone(), key.clone(), body.clone(), hist.clone(), errors.clone());
                    tasks.push(tokio::spawn(async move {
                        let mut local = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("histogram");
                        while Instant::now() < end {
                            let t = Instant::now();
                            if send(&client, &url, &key, &body).await {
                                let _ = local.record(t.elapsed().as_micros() as u64);
                            } else {
                                errors.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            }
                        }
                        hist.lock().await.add(&local).expect("merge");
                    }));
                }
                for t in tasks {
                    let _ = t.await;
                }
            } else {
                let interval = Duration::from_nanos(1_000_000_000 / rate.max(1));
                let mut tasks = Vec::new();
                let mut next = Instant::now();
                while next < end {
                    tokio::time::sleep_until(next.into()).await;
                    let (client, url, key, body, hist, errors) = (client.clone(), url.clone(), key.clone(), body.clone(), hist.clone(), errors.clone());
                    tasks.push(tokio::spawn(async move {
                        let sent = Instant::now();
                        if send(&client, &url, &key, &body).await {
                            let us = sent.elapsed().as_micros() as u64;
                            let _ = hist.lock().await.record(us);
                        } else {
                            errors.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        }
                    }));
                    next += interval;
                }
                for t in tasks {
                    let _ = t.await;
                }
            }
            let elapsed = started.elapsed().as_secs_f64();
            let h = hist.lock().await;
            let ms = |q: f64| h.value_at_quantile(q) as f64 / 1000.0;
            println!(
                "{}",
                serde_json::json!({
                    "label": label,
                    "mode": if concurrency > 0 { format!("closed-loop x{concurrency}") } else { format!("open-loop {rate}/s") },
                    "requests": h.len(),
                    "errors": errors.load(std::sync::atomic::Ordering::Relaxed),
                    "throughput_rps": (h.len() as f64 / elapsed).round(),
                    "p50_ms": ms(0.50),
                    "p90_ms": ms(0.90),
                    "p99_ms": ms(0.99),
                    "max_ms": h.max() as f64 / 1000.0,
                })
            );
        }
    }
}

async fn send(client: &reqwest::Client, url: &str, key: &str, body: &str) -> bool {
    let mut req = client.post(url).header("content-type", "application/json").body(body.to_string());
    if !key.is_empty() {
        req = req.bearer_auth(key);
    }
    match req.send().await {
        Ok(r) => {
            let ok = r.status().is_success();
            r.bytes().await.is_ok() && ok
        }
        Err(_) => false,
    }
}
