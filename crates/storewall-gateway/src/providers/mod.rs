//! Provider adapters: one file per wire protocol. The gateway adds the
//! provider's key itself; the upstream host comes only from the config.

mod echo;
mod http;

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use bytes::Bytes;
use futures_util::stream::BoxStream;
use serde_json::Value;

use crate::config::{Provider, ProviderKind};
use crate::errors::ApiError;
use crate::exchange::Api;

pub use http::build_client;

/// A failure while reading a provider's streamed answer.
#[derive(Debug, Clone)]
pub struct StreamFailure(pub String);

/// An answer body: whole, or a stream of bytes.
pub enum UpstreamBody {
    /// A complete body.
    Full(Bytes),
    /// A streamed body.
    Stream(BoxStream<'static, Result<Bytes, StreamFailure>>),
}

/// A provider's answer, before restoration.
pub struct UpstreamResponse {
    /// The provider's status.
    pub status: u16,
    /// The body.
    pub body: UpstreamBody,
    /// Headers to pass to the caller (e.g. `retry-after`, the echo view).
    pub headers: Vec<(HeaderName, HeaderValue)>,
}

/// Whether `provider` can serve requests that came in on `api`.
pub fn speaks(provider: &Provider, api: Api) -> bool {
    match provider.kind {
        ProviderKind::Echo => true,
        ProviderKind::Openai => api != Api::Messages,
        ProviderKind::Anthropic => api == Api::Messages,
    }
}

/// Sends a guarded request body to a provider.
pub async fn send(
    client: &reqwest::Client,
    provider: &Provider,
    api: Api,
    body: &Value,
    stream: bool,
    caller_headers: &HeaderMap,
) -> Result<UpstreamResponse, ApiError> {
    match provider.kind {
        ProviderKind::Echo => echo::answer(api, body, stream),
        ProviderKind::Openai | ProviderKind::Anthropic => {
            http::send(client, provider, api, body, stream, caller_headers).await
        }
    }
}
