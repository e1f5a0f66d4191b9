//! OpenAI- and Anthropic-protocol providers over HTTP.

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use futures_util::StreamExt;
use secrecy::ExposeSecret;
use serde_json::Value;

use super::{StreamFailure, UpstreamBody, UpstreamResponse};
use crate::config::{Provider, ProviderKind};
use crate::errors::ApiError;
use crate::exchange::Api;

/// A client for one provider.
pub fn build_client(provider: &Provider) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .connect_timeout(provider.connect_timeout)
        .pool_max_idle_per_host(256)
        .tcp_nodelay(true)
        // A redirect could send the prompt and the provider key to a host
        // the config never named.
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .build()
        .map_err(|e| {
            format!(
                "cannot build HTTP client for provider {}: {e}",
                provider.name
            )
        })
}

fn url(provider: &Provider, api: Api) -> String {
    let path = match (provider.kind, api) {
        (ProviderKind::Anthropic, _) => "/v1/messages",
        (_, Api::ChatCompletions) => "/chat/completions",
        (_, Api::Responses) => "/responses",
        (_, Api::Embeddings) => "/embeddings",
        (_, Api::Messages) => "/messages",
    };
    format!("{}{}", provider.base_url, path)
}

fn map_send_error(provider: &Provider, e: &reqwest::Error) -> ApiError {
    if e.is_timeout() {
        ApiError::upstream_timeout(format!(
            "provider `{}` did not answer in time; try again later",
            provider.name
        ))
    } else if e.is_connect() {
        ApiError::upstream(format!(
            "cannot connect to provider `{}`; check that it is up and that base_url is right",
            provider.name
        ))
    } else {
        ApiError::upstream(format!(
            "the connection to provider `{}` failed before the answer was complete",
            provider.name
        ))
    }
}

pub(super) async fn send(
    client: &reqwest::Client,
    provider: &Provider,
    api: Api,
    body: &Value,
    stream: bool,
    caller_headers: &HeaderMap,
) -> Result<UpstreamResponse, ApiError> {
    let bytes = serde_json::to_vec(body)
        .map_err(|e| ApiError::bad_request(format!("cannot encode the request: {e}")))?;
    let mut req = client
        .post(url(provider, api))
        .header("content-type", "application/json")
        .body(bytes);
    if provider.kind == ProviderKind::Anthropic {
        req = req.header(
            "anthropic-version",
            caller_headers
                .get("anthropic-version")
                .cloned()
                .unwrap_or(HeaderValue::from_static("2023-06-01")),
        );
    }
    // Only headers the config names pass; credentials and hosts never do.
    for name in &provider.forward_headers {
        if matches!(
            name.as_str(),
            "authorization" | "x-api-key" | "host" | "anthropic-version"
        ) {
            continue;
        }
        if let Some(v) = caller_headers.get(name.as_str()) {
            req = req.header(name.as_str(), v.clone());
        }
    }
    if let Some(key) = &provider.api_key {
        req = match provider.kind {
            ProviderKind::Anthropic => req.header("x-api-key", key.expose_secret()),
            _ => req.bearer_auth(key.expose_secret()),
        };
    }
    if !stream {
        req = req.timeout(provider.timeout);
    }
    // For streams the whole-answer timeout does not apply; the head must
    // still come within the idle limit.
    let head_limit = if stream {
        provider.stream_idle_timeout
    } else {
        provider.timeout
    };
    let resp = match tokio::time::timeout(head_limit, req.send()).await {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => return Err(map_send_error(provider, &e)),
        Err(_) => {
            return Err(ApiError::upstream_timeout(format!(
                "provider `{}` did not start answering in time",
                provider.name
            )))
        }
    };
    let status = resp.status().as_u16();
    let mut headers = Vec::new();
    if let Some(v) = resp.headers().get("retry-after") {
        headers.push((HeaderName::from_static("retry-after"), v.clone()));
    }
    let is_sse = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/event-stream"));
    if stream && status == 200 && is_sse {
        let name = provider.name.clone();
        let body = resp
            .bytes_stream()
            .map(move |r| {
                r.map_err(|_| {
                    StreamFailure(format!(
                        "the connection to provider `{name}` broke during the stream"
                    ))
                })
            })
            .boxed();
        return Ok(UpstreamResponse {
            status,
            body: UpstreamBody::Stream(body),
            headers,
        });
    }
    let full = match tokio::time::timeout(provider.timeout, resp.bytes()).await {
        Ok(Ok(b)) => b,
        Ok(Err(e)) => return Err(map_send_error(provider, &e)),
        Err(_) => {
            return Err(ApiError::upstream_timeout(format!(
                "provider `{}` did not finish its answer in time",
                provider.name
            )))
        }
    };
    Ok(UpstreamResponse {
        status,
        body: UpstreamBody::Full(full),
        headers,
    })
}
