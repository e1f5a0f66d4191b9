//! A mock upstream provider and helpers to start a real gateway on port 0.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use bytes::Bytes;
use serde_json::{json, Value};
use storewall_gateway::config::Config;
use storewall_gateway::Gateway;
use storewall_store::{NewKey, Store};

/// What the mock saw.
#[derive(Default)]
pub struct Seen {
    pub bodies: Vec<Value>,
    pub auth: Vec<String>,
}

pub type SeenRef = Arc<Mutex<Seen>>;

fn last_user_text(body: &Value) -> String {
    let msgs = body["messages"].as_array().cloned().unwrap_or_default();
    let m = msgs
        .iter()
        .rev()
        .find(|m| m["role"] == "user")
        .cloned()
        .unwrap_or(json!({}));
    match &m["content"] {
        Value::String(s) => s.clone(),
        Value::Array(parts) => parts
            .iter()
            .filter_map(|p| p["text"].as_str())
            .collect::<Vec<_>>()
            .join(""),
        _ => String::new(),
    }
}

/// Splits every SSE event into two network writes at its middle, and
/// streams text one character per event.
fn sse_body(events: Vec<String>) -> Body {
    let mut frames: Vec<Result<Bytes, std::io::Error>> = Vec::new();
    for e in events {
        let b = e.into_bytes();
        let mid = b.len() / 2;
        frames.push(Ok(Bytes::copy_from_slice(&b[..mid])));
        frames.push(Ok(Bytes::copy_from_slice(&b[mid..])));
    }
    Body::from_stream(futures_util::stream::iter(frames))
}

fn sse(event: Option<&str>, data: &Value) -> String {
    match event {
        Some(e) => format!("event: {e}\ndata: {data}\n\n"),
        None => format!("data: {data}\n\n"),
    }
}

/// Keeps the body and the credential header the provider received.
fn record(seen: &SeenRef, headers: &HeaderMap, credential: &str, body: &Value) {
    let mut s = seen.lock().unwrap();
    s.bodies.push(body.clone());
    s.auth.push(
        headers
            .get(credential)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string(),
    );
}

async fn openai_chat(
    State(seen): State<SeenRef>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    record(&seen, &headers, "authorization", &body);
    let model = body["model"].as_str().unwrap_or("").to_string();
    let mut text = last_user_text(&body);
    if model == "mock-leak" {
        // An answer that carries another customer's data.
        text.push_str(" Also: bob.stone@example.org paid with 5500 0000 0000 0004.");
    }
    if model == "mock-prompt" {
        // An answer that repeats the system prompt it was given.
        text.push_str(" My instructions: ");
        text.push_str(body["messages"][0]["content"].as_str().unwrap_or(""));
    }
    match model.as_str() {
        "mock-500" => return (StatusCode::SERVICE_UNAVAILABLE, "overloaded").into_response(),
        "mock-slow" => {
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
        "mock-garbage" => return (StatusCode::OK, "<html>not json</html>").into_response(),
        "mock-tool" => {
            // Answer with a tool call whose arguments quote the prompt.
            let args = json!({"customer": text}).to_string();
            return Json(json!({
                "id": "x", "object": "chat.completion", "created": 0, "model": model,
                "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": null,
                    "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": args}}]}}],
                "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10}
            })).into_response();
        }
        _ => {}
    }
    if body["stream"] == json!(true) {
        let mut events = Vec::new();
        let chunk = |delta: Value, finish: Value| json!({"id": "c", "object": "chat.completion.chunk", "created": 0, "model": model, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]});
        events.push(sse(None, &chunk(json!({"role": "assistant"}), Value::Null)));
        for c in text.chars() {
            events.push(sse(
                None,
                &chunk(json!({"content": c.to_string()}), Value::Null),
            ));
        }
        if model == "mock-cut" {
            return sse_body(events).into_response_with_sse();
        }
        events.push(sse(None, &chunk(json!({}), json!("stop"))));
        events.push("data: [DONE]\n\n".to_string());
        return sse_body(events).into_response_with_sse();
    }
    Json(json!({
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": format!("You said: {text}")}}],
        "usage": {"prompt_tokens": 7, "completion_tokens": 9, "total_tokens": 16}
    }))
    .into_response()
}

async fn anthropic_messages(
    State(seen): State<SeenRef>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    record(&seen, &headers, "x-api-key", &body);
    let model = body["model"].as_str().unwrap_or("").to_string();
    let text = last_user_text(&body);
    if body["stream"] == json!(true) {
        let mut events = vec![
            sse(
                Some("message_start"),
                &json!({"type": "message_start", "message": {"id": "m", "type": "message", "role": "assistant", "model": model, "content": [], "stop_reason": null, "stop_sequence": null, "usage": {"input_tokens": 3, "output_tokens": 0}}}),
            ),
            sse(
                Some("content_block_start"),
                &json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
            ),
        ];
        for c in text.chars() {
            events.push(sse(Some("content_block_delta"), &json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": c.to_string()}})));
        }
        events.push(sse(
            Some("content_block_stop"),
            &json!({"type": "content_block_stop", "index": 0}),
        ));
        events.push(sse(Some("message_delta"), &json!({"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": null}, "usage": {"output_tokens": 4}})));
        events.push(sse(Some("message_stop"), &json!({"type": "message_stop"})));
        return sse_body(events).into_response_with_sse();
    }
    Json(json!({
        "id": "msg_1", "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "text", "text": format!("You said: {text}")}],
        "stop_reason": "end_turn", "stop_sequence": null,
        "usage": {"input_tokens": 3, "output_tokens": 4}
    }))
    .into_response()
}

trait SseResponse {
    fn into_response_with_sse(self) -> Response;
}

impl SseResponse for Body {
    fn into_response_with_sse(self) -> Response {
        (
            [(axum::http::header::CONTENT_TYPE, "text/event-stream")],
            self,
        )
            .into_response()
    }
}

/// Starts the mock; returns its address and what it saw.
pub async fn start_mock() -> (SocketAddr, SeenRef) {
    let seen: SeenRef = Arc::default();
    let app = Router::new()
        .route("/v1/chat/completions", post(openai_chat))
        .route("/v1/messages", post(anthropic_messages))
        .with_state(seen.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (addr, seen)
}

/// A port nothing listens on.
pub async fn closed_port() -> u16 {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    l.local_addr().unwrap().port()
}

pub struct Harness {
    pub gateway: Gateway,
    pub base: String,
    pub store: Store,
    pub seen: SeenRef,
    pub key: String,
    pub http: reqwest::Client,
    pub _dir: tempfile::TempDir,
}

pub const ADMIN_KEY: &str = "test-admin-credential-0123456789";

/// Starts a mock and a gateway in front of it; `extra` is appended to the config.
pub async fn start(extra: &str) -> Harness {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let (mock, seen) = start_mock().await;
    let dir = tempfile::tempdir().unwrap();
    let dead = closed_port().await;
    // SAFETY of the environment: every test sets the same values.
    std::env::set_var("SW_TEST_PROVIDER_KEY", "provider-secret-xyz");
    std::env::set_var("SW_TEST_ADMIN", ADMIN_KEY);
    let toml = format!(
        r#"
[server]
listen = "127.0.0.1:0"
data_dir = "{dir}"
max_body_bytes = 65536

[admin]
api_key_env = "SW_TEST_ADMIN"

[[providers]]
name = "mock-openai"
kind = "openai"
base_url = "http://{mock}/v1"
api_key_env = "SW_TEST_PROVIDER_KEY"
models = ["gpt-*", "mock-*"]
timeout_secs = 1.0
stream_idle_timeout_secs = 1.0

[[providers]]
name = "mock-anthropic"
kind = "anthropic"
base_url = "http://{mock}"
api_key_env = "SW_TEST_PROVIDER_KEY"
models = ["claude-*"]

[[providers]]
name = "dead"
kind = "openai"
base_url = "http://127.0.0.1:{dead}/v1"
models = ["dead-*"]

[[providers]]
name = "echo"
kind = "echo"
models = ["echo*"]
{extra}
"#,
        dir = dir.path().display()
    );
    let config = Config::parse(&toml, "test.toml").unwrap();
    // The key exists before the gateway starts, so its first load sees it.
    let store = Store::open(dir.path()).await.unwrap();
    let (_, secret) = store
        .create_key(NewKey {
            name: "tester".into(),
            ..NewKey::default()
        })
        .await
        .unwrap();
    use secrecy::ExposeSecret;
    let key = secret.expose_secret().to_string();
    let gateway = Gateway::start(config, "test.toml").await.unwrap();
    let base = format!("http://{}", gateway.addr());
    Harness {
        gateway,
        base,
        store,
        seen,
        key,
        http: reqwest::Client::new(),
        _dir: dir,
    }
}

impl Harness {
    /// Waits until the gateway's key cache knows `key` (it polls every 200 ms).
    pub async fn wait_for_key(&self, key: &str) {
        let deadline = std::time::Instant::now() + Duration::from_secs(2);
        loop {
            let r = self
                .http
                .get(format!("{}/v1/models", self.base))
                .bearer_auth(key)
                .send()
                .await
                .unwrap();
            if r.status() == 200 {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "key never became usable"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    pub async fn post(&self, path: &str, key: &str, body: Value) -> reqwest::Response {
        self.http
            .post(format!("{}{path}", self.base))
            .bearer_auth(key)
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn chat(&self, body: Value) -> reqwest::Response {
        self.post("/v1/chat/completions", &self.key, body).await
    }

    pub fn seen_bodies(&self) -> Vec<Value> {
        self.seen.lock().unwrap().bodies.clone()
    }

    /// Latest audit events from the admin API, waiting until `n` exist.
    pub async fn events(&self, n: usize) -> Vec<Value> {
        let deadline = std::time::Instant::now() + Duration::from_secs(3);
        loop {
            let v: Value = self
                .http
                .get(format!("{}/admin/events?limit=100", self.base))
                .bearer_auth(ADMIN_KEY)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let data = v["data"].as_array().cloned().unwrap_or_default();
            if data.len() >= n {
                return data;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "only {} audit events",
                data.len()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// Reads an SSE body and returns the `data:` payloads.
pub async fn sse_data(resp: reqwest::Response) -> Vec<String> {
    let text = resp.text().await.unwrap();
    text.split("\n\n")
        .filter_map(|ev| {
            let data: Vec<&str> = ev
                .lines()
                .filter_map(|l| l.strip_prefix("data: "))
                .collect();
            (!data.is_empty()).then(|| data.join("\n"))
        })
        .collect()
}

/// The text of a streamed chat answer; every event but `[DONE]` must be JSON.
pub fn streamed_text(data: &[String]) -> String {
    let mut text = String::new();
    for d in data.iter().filter(|d| *d != "[DONE]") {
        let v: Value = serde_json::from_str(d).unwrap();
        if let Some(c) = v["choices"][0]["delta"]["content"].as_str() {
            text.push_str(c);
        }
    }
    text
}

/// Checks that `resp` is a 400 `injection_blocked` error and returns its
/// whole body and its message.
pub async fn injection_blocked(resp: reqwest::Response) -> (String, String) {
    assert_eq!(resp.status(), 400);
    let body = resp.text().await.unwrap();
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["error"]["code"], "injection_blocked", "{body}");
    let msg = v["error"]["message"].as_str().unwrap().to_string();
    (body, msg)
}
