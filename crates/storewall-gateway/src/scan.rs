//! `POST /v1/scan`: the DLP engine and the injection screener over HTTP for
//! callers with a key, in the same JSON as `storewall scan --jsonl`:
//! findings with code-point offsets, and an injection verdict.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use storewall_store::{now_ms, AuditEvent};

use crate::errors::{ApiError, Surface};
use crate::state::AppState;

/// One text to scan.
#[derive(Debug, Deserialize)]
struct Item {
    #[serde(default)]
    id: Value,
    text: String,
    /// Where the text comes from (review, ticket, feed, email, web, tool).
    #[serde(default)]
    source: Option<String>,
}

/// Either one item or a batch.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum ScanRequest {
    Batch { items: Vec<Item> },
    One(Item),
}

/// The message for a `source` that is not one of the known ones.
pub fn unknown_source(name: &str) -> String {
    // The name is the caller's own input, not detected data: safe to echo,
    // but cut short so an error cannot carry a document.
    let shown: String = name.chars().take(40).collect();
    format!("unknown source {shown:?}: use one of review, ticket, feed, email, web, tool, or leave it out")
}

/// The scan result of one text, as `storewall scan --jsonl` and
/// `POST /v1/scan` write it: DLP findings with code-point offsets and the
/// injection verdict. `source`, when given, is echoed back.
pub fn result_json(
    scanner: &storewall_dlp::Scanner,
    screener: &storewall_inject::Screener,
    id: &Value,
    text: &str,
    source: Option<storewall_inject::Source>,
) -> (Value, Vec<storewall_dlp::Finding>) {
    let found = scanner.scan(text);
    let list: Vec<_> = found.iter().map(|f| f.to_json_offsets(text)).collect();
    let verdict = screener.screen(text);
    let mut out = json!({
        "id": id,
        "findings": list,
        "injection": verdict.injection,
        // Three decimals: a score, not a fingerprint of the text.
        "injection_score": (f64::from(verdict.score) * 1000.0).round() / 1000.0,
        "injection_signals": verdict
            .signatures
            .iter()
            .copied()
            .chain(verdict.evasions.names())
            .collect::<Vec<_>>(),
    });
    if let (Some(s), Some(o)) = (source, out.as_object_mut()) {
        o.insert("source".into(), json!(s.name()));
    }
    (out, found)
}

fn findings(
    st: &AppState,
    scanner: &storewall_dlp::Scanner,
    item: &Item,
    counts: &mut BTreeMap<String, u32>,
) -> Result<Value, String> {
    let source = match item.source.as_deref() {
        None => None,
        Some(name) => {
            Some(storewall_inject::Source::parse(name).ok_or_else(|| unknown_source(name))?)
        }
    };
    let (out, found) = result_json(scanner, &st.screener, &item.id, &item.text, source);
    for f in &found {
        *counts.entry(f.entity.as_str().to_string()).or_insert(0) += 1;
    }
    if out["injection"] == json!(true) {
        *counts.entry("INJECTION".to_string()).or_insert(0) += 1;
    }
    Ok(out)
}

/// `POST /v1/scan`.
pub async fn scan(State(st): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> Response {
    let started = Instant::now();
    let key = match st.keys.authenticate(&headers) {
        Ok(k) => k,
        Err(e) => return e.into_response_for(Surface::OpenAi),
    };
    if body.len() > st.config.server.max_body_bytes {
        return ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "request_too_large",
            format!(
                "the request body is larger than the gateway's limit of {} bytes (server.max_body_bytes)",
                st.config.server.max_body_bytes
            ),
        )
        .into_response_for(Surface::OpenAi);
    }
    let req: ScanRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(_) => {
            return ApiError::bad_request(
                "send {\"text\": \"...\"} or {\"items\": [{\"id\": ..., \"text\": \"...\"}]}",
            )
            .into_response_for(Surface::OpenAi)
        }
    };
    let mut counts = BTreeMap::new();
    let scanner = st.scanner();
    let body = match &req {
        ScanRequest::One(item) => findings(&st, &scanner, item, &mut counts),
        ScanRequest::Batch { items } => items
            .iter()
            .map(|i| findings(&st, &scanner, i, &mut counts))
            .collect::<Result<Vec<Value>, String>>()
            .map(|results| json!({ "results": results })),
    };
    let body = match body {
        Ok(b) => b,
        Err(message) => return ApiError::bad_request(message).into_response_for(Surface::OpenAi),
    };
    st.audit
        .record(AuditEvent {
            ts_ms: now_ms(),
            request_id: crate::handler::new_request_id(),
            key_id: Some(key.record.id.clone()),
            key_name: Some(key.record.name.clone()),
            route: "/v1/scan".into(),
            model: None,
            provider: None,
            decision: "scanned".into(),
            entities: counts,
            latency_ms: started.elapsed().as_secs_f64() * 1000.0,
            prompt_tokens: None,
            completion_tokens: None,
            status: 200,
            personal: Default::default(),
        })
        .await;
    st.metrics.request(
        "/v1/scan",
        "",
        "scanned",
        200,
        started.elapsed().as_secs_f64(),
    );
    Json(body).into_response()
}
