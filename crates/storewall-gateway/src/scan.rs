//! `POST /v1/scan`: the DLP engine over HTTP for callers with a key, in the
//! same finding JSON as `storewall scan --jsonl` (code-point offsets).

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
    #[allow(dead_code)]
    source: Option<String>,
}

/// Either one item or a batch.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum ScanRequest {
    Batch { items: Vec<Item> },
    One(Item),
}

fn findings(
    scanner: &storewall_dlp::Scanner,
    item: &Item,
    counts: &mut BTreeMap<String, u32>,
) -> Value {
    let found = scanner.scan(&item.text);
    for f in &found {
        *counts.entry(f.entity.as_str().to_string()).or_insert(0) += 1;
    }
    let list: Vec<_> = found
        .iter()
        .map(|f| f.to_json_offsets(&item.text))
        .collect();
    json!({ "id": item.id, "findings": list })
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
        ScanRequest::One(item) => findings(&scanner, item, &mut counts),
        ScanRequest::Batch { items } => {
            let results: Vec<Value> = items
                .iter()
                .map(|i| findings(&scanner, i, &mut counts))
                .collect();
            json!({ "results": results })
        }
    };
    st.audit.record(AuditEvent {
        ts_ms: now_ms(),
        request_id: String::new(),
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
    });
    st.metrics.request(
        "/v1/scan",
        "",
        "scanned",
        200,
        started.elapsed().as_secs_f64(),
    );
    Json(body).into_response()
}
