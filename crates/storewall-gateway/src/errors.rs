//! Errors in each API's own JSON shape. An error never echoes a detected
//! value, a prompt or a key.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// Which error JSON a caller's SDK understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Surface {
    /// `{"error": {"message", "type", "code", "param"}}`.
    OpenAi,
    /// `{"type": "error", "error": {"type", "message"}}`.
    Anthropic,
}

/// An error answer.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Machine-readable code, e.g. `content_blocked`.
    pub code: &'static str,
    /// Human message; says what to do.
    pub message: String,
    /// Seconds to wait, for 429.
    pub retry_after: Option<u64>,
    /// Entity types that caused a block.
    pub entities: Vec<String>,
}

impl ApiError {
    /// An error with a status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            retry_after: None,
            entities: Vec::new(),
        }
    }

    /// 400 for a body that is not what the API expects.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_request", message)
    }

    /// 401.
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "invalid_api_key", message)
    }

    /// 502 from a provider failure.
    pub fn upstream(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_GATEWAY, "upstream_error", message)
    }

    /// 504 from a provider timeout.
    pub fn upstream_timeout(message: impl Into<String>) -> Self {
        Self::new(StatusCode::GATEWAY_TIMEOUT, "upstream_timeout", message)
    }

    fn openai_type(&self) -> &'static str {
        match self.status.as_u16() {
            401 => "authentication_error",
            403 => "permission_error",
            404 => "not_found_error",
            429 => "rate_limit_error",
            500..=599 => "api_error",
            _ => "invalid_request_error",
        }
    }

    fn anthropic_type(&self) -> &'static str {
        match self.status.as_u16() {
            401 => "authentication_error",
            403 => "permission_error",
            404 => "not_found_error",
            413 => "request_too_large",
            429 => "rate_limit_error",
            529 => "overloaded_error",
            500..=599 => "api_error",
            _ => "invalid_request_error",
        }
    }

    /// The JSON body for a surface.
    pub fn body(&self, surface: Surface) -> serde_json::Value {
        let mut err = match surface {
            Surface::OpenAi => json!({
                "message": self.message,
                "type": self.openai_type(),
                "code": self.code,
                "param": null,
            }),
            Surface::Anthropic => json!({
                "type": self.anthropic_type(),
                "message": self.message,
                "code": self.code,
            }),
        };
        if !self.entities.is_empty() {
            err["entities"] = json!(self.entities);
        }
        match surface {
            Surface::OpenAi => json!({ "error": err }),
            Surface::Anthropic => json!({ "type": "error", "error": err }),
        }
    }

    /// The HTTP answer for a surface.
    pub fn into_response_for(self, surface: Surface) -> Response {
        let mut resp = (self.status, axum::Json(self.body(surface))).into_response();
        if let Some(secs) = self.retry_after {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        resp
    }
}

/// The error surface for a request path.
pub fn surface_for_path(path: &str) -> Surface {
    if path.starts_with("/v1/messages") {
        Surface::Anthropic
    } else {
        Surface::OpenAi
    }
}
