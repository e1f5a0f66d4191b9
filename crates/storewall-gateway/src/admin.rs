//! The admin API: virtual keys and the audit trail over HTTP, behind the
//! admin credential.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use ct::ct_eq;
use secrecy::ExposeSecret;
use serde::Deserialize;
use serde_json::json;
use storewall_store::{now_ms, KeyRecord, NewKey};

use crate::auth::presented_key;
use crate::errors::{ApiError, Surface};
use crate::state::AppState;

mod ct {
    use subtle::ConstantTimeEq;

    /// Compares two secrets without leaking, through timing, where they differ.
    pub fn ct_eq(a: &str, b: &str) -> bool {
        a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
    }
}

/// Parses an expiry such as `30d`, `12h` or `90m` into Unix milliseconds from now.
pub fn parse_expiry(s: &str) -> Result<i64, String> {
    let d = humantime::parse_duration(s.trim())
        .map_err(|e| format!("bad expiry `{s}` ({e}); use a duration such as 30d, 12h or 90m"))?;
    Ok(now_ms().saturating_add(i64::try_from(d.as_millis()).unwrap_or(i64::MAX)))
}

/// Splits a comma-separated model list, dropping blanks.
pub fn parse_models(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(String::from)
        .collect()
}

/// The refusal to send, or `None` when the caller holds the admin credential.
fn check_admin(st: &AppState, headers: &HeaderMap) -> Option<Response> {
    let deny = |status: StatusCode, code: &'static str, msg: &str| {
        ApiError::new(status, code, msg).into_response_for(Surface::OpenAi)
    };
    let Some(admin) = &st.admin_key else {
        return Some(deny(
            StatusCode::FORBIDDEN,
            "admin_disabled",
            &format!(
                "the admin API is off; set the {} environment variable for the gateway to turn it on",
                st.config.admin.api_key_env
            ),
        ));
    };
    match presented_key(headers) {
        Some(k) if ct_eq(k, admin.expose_secret()) => None,
        _ => Some(deny(
            StatusCode::UNAUTHORIZED,
            "invalid_admin_key",
            "this endpoint needs the admin credential as `Authorization: Bearer <admin key>`",
        )),
    }
}

fn store_error(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "admin store operation failed");
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "store_error",
        "the store failed; see the gateway's log",
    )
    .into_response_for(Surface::OpenAi)
}

/// Records a key change as an audit event, durably.
async fn key_event(
    st: &AppState,
    decision: &str,
    status: StatusCode,
    id: &str,
    name: Option<&str>,
) {
    st.audit
        .record(crate::audit::key_change(
            decision,
            status.as_u16(),
            id,
            name,
        ))
        .await;
}

async fn refreshed(st: &AppState) {
    if let Err(e) = st.keys.refresh(&st.store, true).await {
        tracing::warn!(error = %e, "cannot refresh virtual keys");
    }
}

/// `GET /admin/keys`.
pub async fn list_keys(State(st): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    if let Some(r) = check_admin(&st, &headers) {
        return r;
    }
    match st.store.list_keys().await {
        Ok(keys) => Json(json!({ "object": "list", "data": keys })).into_response(),
        Err(e) => store_error(e),
    }
}

/// The body of `POST /admin/keys`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateKey {
    name: String,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    models: Option<Vec<String>>,
    #[serde(default)]
    rpm: Option<u32>,
    #[serde(default)]
    tpm: Option<u32>,
    #[serde(default)]
    expires: Option<String>,
}

fn created(record: &KeyRecord, key: &str) -> serde_json::Value {
    let mut v = serde_json::to_value(record).unwrap_or_else(|_| json!({}));
    v["key"] = json!(key);
    v
}

/// `POST /admin/keys`.
pub async fn create_key(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    if let Some(r) = check_admin(&st, &headers) {
        return r;
    }
    let req: CreateKey = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            return ApiError::bad_request(format!("bad key request: {e}"))
                .into_response_for(Surface::OpenAi)
        }
    };
    if req.name.trim().is_empty() {
        return ApiError::bad_request("`name` must not be empty")
            .into_response_for(Surface::OpenAi);
    }
    let expires_at = match req.expires.as_deref().map(parse_expiry).transpose() {
        Ok(e) => e,
        Err(m) => return ApiError::bad_request(m).into_response_for(Surface::OpenAi),
    };
    if req.rpm == Some(0) || req.tpm == Some(0) {
        return ApiError::bad_request(
            "`rpm` and `tpm` must be at least 1; revoke a key to stop it",
        )
        .into_response_for(Surface::OpenAi);
    }
    let models = req.models.unwrap_or_default();
    if let Err(m) = crate::config::glob_set(&models) {
        return ApiError::bad_request(m).into_response_for(Surface::OpenAi);
    }
    let new = NewKey {
        name: req.name,
        role: req.role.unwrap_or_default(),
        models,
        rpm: req.rpm,
        tpm: req.tpm,
        expires_at,
    };
    match st.store.create_key(new).await {
        Ok((record, secret)) => {
            refreshed(&st).await;
            key_event(
                &st,
                "key_created",
                StatusCode::CREATED,
                &record.id,
                Some(&record.name),
            )
            .await;
            (
                StatusCode::CREATED,
                Json(created(&record, secret.expose_secret())),
            )
                .into_response()
        }
        Err(e) => store_error(e),
    }
}

fn not_found(id: &str) -> Response {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "key_not_found",
        format!("no active key with id `{id}`"),
    )
    .into_response_for(Surface::OpenAi)
}

/// `POST /admin/keys/{id}/revoke`.
pub async fn revoke_key(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    if let Some(r) = check_admin(&st, &headers) {
        return r;
    }
    match st.store.revoke_key(&id).await {
        Ok(true) => {
            refreshed(&st).await;
            key_event(&st, "key_revoked", StatusCode::OK, &id, None).await;
            Json(json!({ "id": id, "revoked": true })).into_response()
        }
        Ok(false) => not_found(&id),
        Err(e) => store_error(e),
    }
}

/// `POST /admin/keys/{id}/rotate`.
pub async fn rotate_key(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    if let Some(r) = check_admin(&st, &headers) {
        return r;
    }
    match st.store.rotate_key(&id).await {
        Ok(Some(secret)) => {
            refreshed(&st).await;
            key_event(&st, "key_rotated", StatusCode::OK, &id, None).await;
            Json(json!({ "id": id, "key": secret.expose_secret() })).into_response()
        }
        Ok(None) => not_found(&id),
        Err(e) => store_error(e),
    }
}

/// Query of `GET /admin/events`.
#[derive(Debug, Deserialize)]
pub struct EventsQuery {
    #[serde(default = "default_limit")]
    limit: u32,
}

fn default_limit() -> u32 {
    100
}

/// `GET /admin/events?limit=N`: the latest audit events, newest first.
pub async fn events(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(q): Query<EventsQuery>,
) -> Response {
    if let Some(r) = check_admin(&st, &headers) {
        return r;
    }
    match st.store.recent_events(q.limit.min(10_000)).await {
        Ok(ev) => Json(json!({ "object": "list", "data": ev })).into_response(),
        Err(e) => store_error(e),
    }
}
