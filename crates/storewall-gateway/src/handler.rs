//! The proxy path shared by every ingress API: authenticate, parse, route,
//! limit, guard, forward, restore, audit.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures_util::stream::BoxStream;
use futures_util::StreamExt;
use serde_json::Value;
use storewall_store::{now_ms, AuditEvent};

use crate::config::{InjectionAction, LeakAction};
use crate::errors::{ApiError, Surface};
use crate::exchange::Api;
use crate::guard;
use crate::injection;
use crate::providers::{self, StreamFailure, UpstreamBody};
use crate::sse::SseParser;
use crate::state::AppState;
use crate::stream_restore::{StreamRewriter, Usage};
use storewall_inject::AnswerReport;

/// Closes a request's books: audit event, metrics and token charge, once.
struct Ledger {
    st: Arc<AppState>,
    event: AuditEvent,
    started: Instant,
    key: Option<(String, Option<u32>)>,
    estimated_tokens: u32,
    /// Set once the request went to the provider: from then on its tokens
    /// are charged whatever the outcome, so hanging up cannot dodge a limit.
    contacted: bool,
    closed: bool,
    /// Resolves once the event is durable; the response waits for it.
    pending: Option<storewall_store::Durable>,
}

impl Ledger {
    /// Counts values output DLP found in the answer, as `output:TYPE`.
    fn record_output(&mut self, report: &guard::OutputReport) {
        for (k, v) in &report.counts {
            *self
                .event
                .entities
                .entry(format!("output:{}", k.as_str()))
                .or_insert(0) += v;
        }
    }

    /// Counts what the answer checks removed, as `answer:links_removed`
    /// and `answer:canary_leak`.
    fn record_answer(&mut self, report: AnswerReport) {
        let e = &mut self.event.entities;
        if report.links_removed > 0 {
            *e.entry("answer:links_removed".into()).or_insert(0) += report.links_removed;
        }
        if report.canary_leaked {
            e.insert("answer:canary_leak".into(), 1);
        }
    }

    fn close(&mut self, status: u16, decision: &str, usage: Usage, output_chars: usize) {
        if self.closed {
            return;
        }
        self.closed = true;
        let secs = self.started.elapsed().as_secs_f64();
        self.event.status = status;
        self.event.decision = decision.to_string();
        self.event.latency_ms = secs * 1000.0;
        if self.contacted {
            self.event.prompt_tokens = usage.prompt.or(Some(self.estimated_tokens));
            self.event.completion_tokens = usage.completion.or(Some(
                u32::try_from(output_chars.div_ceil(4)).unwrap_or(u32::MAX),
            ));
        }
        if let Some((key_id, Some(_))) = &self.key {
            let actual =
                self.event.prompt_tokens.unwrap_or(0) + self.event.completion_tokens.unwrap_or(0);
            self.st
                .limiter
                .settle(key_id, self.estimated_tokens, actual);
        }
        self.st.metrics.request(
            &self.event.route,
            self.event.provider.as_deref().unwrap_or(""),
            decision,
            status,
            secs,
        );
        self.pending = Some(self.st.audit.record(self.event.clone()));
    }
}

impl Drop for Ledger {
    fn drop(&mut self) {
        // The caller went away before the answer ended (499, as nginx logs it).
        self.close(499, "client_closed", Usage::default(), 0);
    }
}

/// A fresh id for a request or an admin action, sent back as `x-request-id`.
pub(crate) fn new_request_id() -> String {
    let mut b = [0u8; 12];
    if getrandom::fill(&mut b).is_err() {
        return format!("req_{}", now_ms());
    }
    format!("req_{}", hex::encode(b))
}

fn decision_for(e: &ApiError) -> &'static str {
    match (e.status.as_u16(), e.code) {
        (_, "content_blocked" | "injection_blocked") => "blocked",
        (_, "output_blocked") => "output_blocked",
        (401 | 403, _) => "denied",
        (429, _) => "rate_limited",
        (500..=599, _) => "error",
        _ => "rejected",
    }
}

/// Handles one proxied request on `api`.
pub async fn proxy(st: Arc<AppState>, api: Api, headers: HeaderMap, body: Body) -> Response {
    let surface = if api.is_anthropic() {
        Surface::Anthropic
    } else {
        Surface::OpenAi
    };
    let request_id = new_request_id();
    let mut ledger = Ledger {
        st: st.clone(),
        event: AuditEvent {
            ts_ms: now_ms(),
            request_id: request_id.clone(),
            key_id: None,
            key_name: None,
            route: api.route().to_string(),
            model: None,
            provider: None,
            decision: String::new(),
            entities: Default::default(),
            latency_ms: 0.0,
            prompt_tokens: None,
            completion_tokens: None,
            status: 0,
            personal: Default::default(),
        },
        started: Instant::now(),
        key: None,
        estimated_tokens: 0,
        contacted: false,
        closed: false,
        pending: None,
    };
    let mut resp = match run(&st, api, &headers, body, &mut ledger).await {
        Ok(r) => r,
        Err(e) => {
            ledger.close(e.status.as_u16(), decision_for(&e), Usage::default(), 0);
            e.into_response_for(surface)
        }
    };
    // The decision is on disk before the caller hears of it.
    if let Some(durable) = ledger.pending.take() {
        durable.await;
    }
    if let Ok(v) = HeaderValue::from_str(&request_id) {
        resp.headers_mut().insert("x-request-id", v);
    }
    resp
}

async fn read_body(body: Body, headers: &HeaderMap, max: usize) -> Result<Bytes, ApiError> {
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "request_too_large",
            format!("the request body is larger than the gateway's limit of {max} bytes (server.max_body_bytes)"),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return Err(too_large());
    }
    axum::body::to_bytes(body, max).await.map_err(|e| {
        let inner = e.into_inner();
        if inner
            .downcast_ref::<http_body_util::LengthLimitError>()
            .is_some()
        {
            too_large()
        } else {
            ApiError::bad_request("the request body could not be read completely")
        }
    })
}

async fn run(
    st: &Arc<AppState>,
    api: Api,
    headers: &HeaderMap,
    body: Body,
    ledger: &mut Ledger,
) -> Result<Response, ApiError> {
    let key = st.keys.authenticate(headers)?;
    ledger.event.key_id = Some(key.record.id.clone());
    ledger.event.key_name = Some(key.record.name.clone());

    // The data subject the caller says the request concerns (the customer
    // an agent acts on): sealed in the ledger under that subject's key.
    ledger.event.personal.subject = headers
        .get("x-storewall-subject")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty() && v.len() <= 256)
        .map(String::from);

    let bytes = read_body(body, headers, st.config.server.max_body_bytes).await?;
    if st.config.ledger.prompt_hashes {
        use sha2::Digest;
        ledger.event.personal.prompt_sha256 = Some(hex::encode(sha2::Sha256::digest(&bytes)));
    }
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            format!("the request body is not valid JSON ({e})"),
        )
    })?;
    let mut exchange = crate::ingress::parse(api, value).map_err(|e| ApiError::bad_request(e.0))?;
    ledger.event.model = Some(exchange.model.clone());

    if !key.models.is_match(&exchange.model) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "model_not_allowed",
            format!(
                "key `{}` may not use model `{}`; ask an admin to add it to the key's models",
                key.record.name, exchange.model
            ),
        ));
    }
    let pi = st.route(&exchange.model).ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "model_not_found",
            format!(
                "no provider serves model `{}`; add a matching pattern to a provider's `models`",
                exchange.model
            ),
        )
    })?;
    let provider = &st.providers[pi];
    ledger.event.provider = Some(provider.name.clone());
    if !providers::speaks(provider, api) {
        let hint = if api == Api::Messages {
            "call it through the OpenAI-compatible routes, e.g. POST /v1/chat/completions"
        } else {
            "call it through POST /v1/messages"
        };
        return Err(ApiError::bad_request(format!(
            "model `{}` is served by provider `{}`, which speaks another protocol; {hint}",
            exchange.model, provider.name
        )));
    }

    if !provider.allow_remote_mcp && names_remote_mcp(&exchange.body) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "remote_mcp_not_allowed",
            format!(
                "the request names a remote MCP server, which provider `{}` would call on the caller's behalf; an admin can allow it with allow_remote_mcp",
                provider.name
            ),
        ));
    }

    let estimate = exchange.estimated_tokens();
    st.limiter
        .admit(&key.record.id, key.record.rpm, key.record.tpm, estimate)
        .map_err(|l| {
            let what = if l.tokens { "tokens" } else { "requests" };
            let mut e = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limit_exceeded",
                format!(
                    "key `{}` is over its {what}-per-minute limit; retry in {} s",
                    key.record.name, l.retry_after
                ),
            );
            e.retry_after = Some(l.retry_after);
            e
        })?;
    ledger.key = Some((key.record.id.clone(), key.record.tpm));
    ledger.estimated_tokens = estimate;

    // Screened on the text as the caller sent it, before DLP rewrites it.
    let icfg = &st.config.injection;
    let plan = injection::screen(&exchange, &st.screener);
    let injections = u32::try_from(plan.findings.len()).unwrap_or(u32::MAX);
    if injections > 0 {
        ledger.event.entities.insert("injection".into(), injections);
    }
    if injections > 0 && icfg.action == InjectionAction::Block {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "injection_blocked",
            plan.block_message(),
        ));
    }

    let g0 = Instant::now();
    // One scanner for the request and its answer, even if EDM sets reload
    // in between.
    let scanner = st.scanner();
    let outcome = guard::apply(&mut exchange, &scanner, &provider.policy);
    st.metrics.guard(g0.elapsed().as_secs_f64());
    for (entity, n) in &outcome.counts {
        st.metrics.findings(entity.as_str(), *n);
    }
    ledger.event.entities.extend(outcome.entity_counts());
    if !outcome.blocked.is_empty() {
        let names: Vec<String> = outcome
            .blocked
            .iter()
            .map(|e| e.as_str().to_string())
            .collect();
        let mut e = ApiError::new(
            StatusCode::BAD_REQUEST,
            "content_blocked",
            format!(
                "the request was blocked by the gateway's data policy because it contains {}; remove those values and retry",
                names.join(", ")
            ),
        );
        e.entities = names;
        return Err(e);
    }
    let applied = injection::apply(&mut exchange, &plan, icfg);
    if applied.fenced > 0 {
        ledger
            .event
            .entities
            .insert("injection_fenced".into(), applied.fenced);
    }
    let rules = injection::answer_rules(icfg, &applied);
    let block_on_leak = icfg.on_canary_leak == LeakAction::Block;
    let decision = if outcome.transformed || applied.fenced > 0 {
        "transformed"
    } else {
        "allowed"
    };

    let upstream = providers::send(
        &st.clients[pi],
        provider,
        api,
        &exchange.body,
        exchange.stream,
        headers,
    )
    .await?;
    ledger.contacted = true;
    let status = upstream.status;
    let extra = upstream.headers;
    match upstream.body {
        UpstreamBody::Stream(stream) => {
            let mut rewriter = StreamRewriter::new(api, outcome.vault);
            if let Some(policy) = &provider.output_policy {
                rewriter.guard_output(scanner, outcome.seen, policy.clone());
            }
            rewriter.check_answer(rules, block_on_leak);
            let idle = provider.stream_idle_timeout;
            let body = restore_stream(stream, rewriter, idle, decision, ledger_take(ledger));
            let mut resp = Response::new(Body::from_stream(body));
            let h = resp.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/event-stream"),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            add_headers(h, extra);
            Ok(resp)
        }
        UpstreamBody::Full(bytes) => {
            let name = &provider.name;
            if status >= 500 {
                return Err(ApiError::upstream(format!(
                    "provider `{name}` failed with HTTP {status}; try again later"
                )));
            }
            if status == 401 || status == 403 {
                return Err(ApiError::upstream(format!(
                    "provider `{name}` refused the gateway's credentials (HTTP {status}); an admin should check its api_key_env"
                )));
            }
            if status == 429 {
                let mut e = ApiError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "upstream_rate_limited",
                    format!("provider `{name}` is rate limiting the gateway; retry later"),
                );
                e.retry_after = extra
                    .iter()
                    .find(|(k, _)| k == "retry-after")
                    .and_then(|(_, v)| v.to_str().ok()?.parse().ok());
                return Err(e);
            }
            let mut json: Value = serde_json::from_slice(&bytes).map_err(|_| {
                ApiError::upstream(format!(
                    "provider `{name}` answered with something that is not JSON"
                ))
            })?;
            guard::restore_value(&mut json, &outcome.vault);
            if let (Some(policy), true) = (&provider.output_policy, status < 300) {
                let mut report = guard::OutputReport::default();
                guard::guard_value(&mut json, &scanner, &outcome.seen, policy, &mut report);
                ledger.record_output(&report);
                if !report.blocked.is_empty() {
                    return Err(ApiError::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "output_blocked",
                        report.blocked_message("it was withheld"),
                    ));
                }
            }
            if status < 300 {
                let mut report = AnswerReport::default();
                injection::check_value(&mut json, &rules, &mut report);
                ledger.record_answer(report);
                if report.canary_leaked && block_on_leak {
                    return Err(ApiError::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "output_blocked",
                        injection::canary_message("it was withheld"),
                    ));
                }
            }
            let usage = usage_of(&json);
            let out = json.to_string();
            ledger.close(
                status,
                if status < 300 { decision } else { "rejected" },
                usage,
                out.len(),
            );
            let code = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
            let mut resp =
                (code, [(header::CONTENT_TYPE, "application/json")], out).into_response();
            add_headers(resp.headers_mut(), extra);
            Ok(resp)
        }
    }
}

/// True when the body asks the provider to call a remote MCP server.
fn names_remote_mcp(body: &Value) -> bool {
    let servers = body
        .get("mcp_servers")
        .and_then(Value::as_array)
        .is_some_and(|a| !a.is_empty());
    let tools = body
        .get("tools")
        .and_then(Value::as_array)
        .is_some_and(|t| {
            t.iter()
                .any(|x| x.get("type").and_then(Value::as_str) == Some("mcp"))
        });
    servers || tools
}

fn add_headers(h: &mut HeaderMap, extra: Vec<(HeaderName, HeaderValue)>) {
    for (k, v) in extra {
        h.insert(k, v);
    }
}

/// Moves the open books into the stream, which closes them when it ends.
fn ledger_take(ledger: &mut Ledger) -> Ledger {
    let taken = Ledger {
        st: ledger.st.clone(),
        event: ledger.event.clone(),
        started: ledger.started,
        key: ledger.key.take(),
        estimated_tokens: ledger.estimated_tokens,
        contacted: ledger.contacted,
        closed: false,
        pending: None,
    };
    ledger.closed = true;
    taken
}

fn usage_of(v: &Value) -> Usage {
    let get = |p: &str| {
        v.pointer(p)
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
    };
    Usage {
        prompt: get("/usage/prompt_tokens").or_else(|| get("/usage/input_tokens")),
        completion: get("/usage/completion_tokens").or_else(|| get("/usage/output_tokens")),
    }
}

struct StreamState {
    upstream: BoxStream<'static, Result<Bytes, StreamFailure>>,
    parser: SseParser,
    rewriter: StreamRewriter,
    idle: Duration,
    decision: &'static str,
    ledger: Ledger,
    ended: bool,
}

impl StreamState {
    fn end(&mut self, failure: Option<(&str, u16)>) -> String {
        let mut out = String::new();
        let complete = self.rewriter.finish(failure.map(|f| f.0), &mut out);
        self.ended = true;
        if let Some(report) = self.rewriter.output_report() {
            self.ledger.record_output(report);
        }
        self.ledger.record_answer(self.rewriter.answer_report());
        let (status, decision) = match failure {
            _ if self.rewriter.output_blocked() => (422, "output_blocked"),
            Some((_, s)) => (s, "error"),
            None if complete => (200, self.decision),
            None => (502, "error"),
        };
        let usage = self.rewriter.usage;
        let chars = self.rewriter.output_chars;
        self.ledger.close(status, decision, usage, chars);
        out
    }
}

impl Drop for StreamState {
    fn drop(&mut self) {
        // The caller hung up mid-stream: close the books with what was
        // streamed so far (499, as nginx logs it).
        if !self.ended {
            let usage = self.rewriter.usage;
            let chars = self.rewriter.output_chars;
            self.ledger.close(499, "client_closed", usage, chars);
        }
    }
}

fn restore_stream(
    upstream: BoxStream<'static, Result<Bytes, StreamFailure>>,
    rewriter: StreamRewriter,
    idle: Duration,
    decision: &'static str,
    ledger: Ledger,
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> {
    let state = StreamState {
        upstream,
        parser: SseParser::default(),
        rewriter,
        idle,
        decision,
        ledger,
        ended: false,
    };
    futures_util::stream::unfold(state, |mut s| async move {
        loop {
            if s.ended {
                return None;
            }
            let out = match tokio::time::timeout(s.idle, s.upstream.next()).await {
                Ok(Some(Ok(bytes))) => {
                    let mut events = Vec::new();
                    s.parser.push(&bytes, &mut events);
                    let mut out = String::new();
                    for ev in events {
                        s.rewriter.on_event(ev, &mut out);
                    }
                    // A blocked value ends the answer where it was found.
                    if s.rewriter.output_blocked() {
                        out.push_str(&s.end(None));
                    }
                    out
                }
                Ok(Some(Err(f))) => s.end(Some((&f.0, 502))),
                Ok(None) => s.end(None),
                Err(_) => s.end(Some((
                    "the provider sent nothing for too long (stream_idle_timeout_secs); the answer is incomplete",
                    504,
                ))),
            };
            // The last bytes wait until the decision is on disk.
            if s.ended {
                if let Some(durable) = s.ledger.pending.take() {
                    durable.await;
                }
            }
            if !out.is_empty() {
                return Some((Ok(Bytes::from(out)), s));
            }
        }
    })
}
