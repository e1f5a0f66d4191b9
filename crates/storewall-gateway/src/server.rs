//! The router and the server's life cycle.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use secrecy::SecretString;
use serde_json::json;
use storewall_store::{AuditSink, Store};

use crate::auth::{spawn_refresher, KeyCache};
use crate::config::{Config, ProviderKind};
use crate::errors::{surface_for_path, ApiError};
use crate::exchange::Api;
use crate::handler::proxy;
use crate::metrics::Metrics;
use crate::ratelimit::RateLimiter;
use crate::state::AppState;
use crate::{admin, audit};

/// Why the gateway could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The configuration is unusable.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    /// The store could not be opened.
    #[error(transparent)]
    Store(#[from] storewall_store::StoreError),
    /// The listener could not bind.
    #[error("cannot listen on {addr}: {reason}; pick another server.listen or stop what uses it")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The underlying error.
        reason: std::io::Error,
    },
    /// Something else.
    #[error("{0}")]
    Other(String),
}

/// A gateway running in the background.
pub struct Gateway {
    addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    server: tokio::task::JoinHandle<()>,
    refresher: tokio::task::JoinHandle<()>,
    edm_watcher: tokio::task::JoinHandle<()>,
    audit_writer: tokio::task::JoinHandle<()>,
    ledger: Option<crate::ledger::Running>,
}

impl Gateway {
    /// Opens the store, binds `config.server.listen` and starts serving.
    ///
    /// `origin` names the config in errors (a path, or "defaults").
    pub async fn start(config: Config, origin: &str) -> Result<Gateway, StartError> {
        // Both ring and aws-lc could be linked by dependencies; pick one
        // explicitly so TLS never panics on an ambiguous default.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let providers = config.providers(origin)?;
        let clients = providers
            .iter()
            .map(crate::providers::build_client)
            .collect::<Result<Vec<_>, _>>()
            .map_err(StartError::Other)?;
        let store = Store::open(&config.server.data_dir).await?;
        let keys = Arc::new(KeyCache::default());
        keys.refresh(&store, true).await?;
        let (store_sink, audit_writer) = audit::StoreAuditSink::start(store.clone());
        let (sink, ledger) = if config.ledger.enabled {
            let running = crate::ledger::Running::start(&config, origin)
                .await
                .map_err(StartError::Other)?;
            let sink = audit::LedgerAuditSink::new(
                store_sink,
                running.ledger.clone(),
                config.ledger.durability.level(),
                running.forward.clone(),
            );
            (Arc::new(sink) as Arc<dyn AuditSink>, Some(running))
        } else {
            (Arc::new(store_sink) as Arc<dyn AuditSink>, None)
        };
        let admin_key = std::env::var(&config.admin.api_key_env)
            .ok()
            .filter(|v| !v.is_empty())
            .map(SecretString::from);
        let edm = storewall_store::load_edm_sets(&config.server.data_dir)?;
        if !edm.is_empty() {
            tracing::info!(
                sets = edm.len(),
                fingerprints = edm.iter().map(|s| s.len()).sum::<usize>(),
                "exact-data-match sets loaded"
            );
        }
        let scanner = std::sync::RwLock::new(Arc::new(config.dlp.scanner().with_edm(edm)));
        let screener = Arc::new(
            config
                .injection
                .screener()
                .map_err(|e| StartError::Other(format!("injection screening: {e}")))?,
        );
        let listen = config.server.listen;
        for p in &providers {
            if p.kind == ProviderKind::Echo {
                tracing::info!(provider = %p.name, "using the built-in echo provider: answers repeat what a provider would have seen");
            }
        }
        let state = Arc::new(AppState {
            config,
            providers,
            clients,
            store: store.clone(),
            keys: keys.clone(),
            limiter: RateLimiter::default(),
            scanner,
            screener,
            metrics: Metrics::default(),
            audit: sink,
            admin_key,
        });
        let refresher = spawn_refresher(keys, store);
        let edm_watcher = spawn_edm_watcher(state.clone());
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|reason| StartError::Bind {
                addr: listen,
                reason,
            })?;
        let addr = listener.local_addr().map_err(|reason| StartError::Bind {
            addr: listen,
            reason,
        })?;
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let app = router(state);
        let server = tokio::spawn(async move {
            let result = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = rx.await;
                })
                .await;
            if let Err(e) = result {
                tracing::error!(error = %e, "server stopped with an error");
            }
        });
        Ok(Gateway {
            addr,
            shutdown: Some(tx),
            server,
            refresher,
            edm_watcher,
            audit_writer,
            ledger,
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting, lets open requests finish, and flushes the audit trail.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.server).await;
        self.refresher.abort();
        self.edm_watcher.abort();
        // The state (and with it the audit sender) is dropped with the
        // server, so the writer drains its queue and ends.
        let _ = (&mut self.audit_writer).await;
        if let Some(l) = self.ledger.take() {
            l.stop().await;
        }
    }
}

/// Rebuilds the scanner when an EDM set is imported, replaced or removed,
/// by this process or by `storewall edm` beside it.
fn spawn_edm_watcher(state: Arc<AppState>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let dir = state.config.server.data_dir.clone();
        let mut seen = storewall_store::edm_signature(&dir);
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(1));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let now = storewall_store::edm_signature(&dir);
            if now == seen {
                continue;
            }
            match storewall_store::load_edm_sets(&dir) {
                Ok(sets) => {
                    let n = sets.len();
                    let scanner = Arc::new(state.config.dlp.scanner().with_edm(sets));
                    if let Ok(mut s) = state.scanner.write() {
                        *s = scanner;
                    }
                    tracing::info!(sets = n, "exact-data-match sets reloaded");
                    seen = now;
                }
                Err(e) => {
                    tracing::warn!(error = %e, "cannot reload exact-data-match sets; keeping the previous ones")
                }
            }
        }
    })
}

/// Every route.
pub fn router(state: Arc<AppState>) -> Router {
    let p = |api: Api| {
        move |State(st): State<Arc<AppState>>, headers: HeaderMap, body: Body| {
            proxy(st, api, headers, body)
        }
    };
    Router::new()
        .route("/v1/chat/completions", post(p(Api::ChatCompletions)))
        .route("/v1/responses", post(p(Api::Responses)))
        .route("/v1/embeddings", post(p(Api::Embeddings)))
        .route("/v1/messages", post(p(Api::Messages)))
        .route("/v1/models", get(models))
        .route("/v1/scan", post(crate::scan::scan))
        .route("/healthz", get(|| async { Json(json!({"status": "ok"})) }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/admin/keys", get(admin::list_keys).post(admin::create_key))
        .route("/admin/keys/{id}/revoke", post(admin::revoke_key))
        .route("/admin/keys/{id}/rotate", post(admin::rotate_key))
        .route("/admin/events", get(admin::events))
        .fallback(not_found)
        .with_state(state)
}

async fn not_found(uri: Uri) -> Response {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        format!(
            "no route {}; see the README for the routes the gateway serves",
            uri.path()
        ),
    )
    .into_response_for(surface_for_path(uri.path()))
}

async fn readyz(State(st): State<Arc<AppState>>) -> Response {
    match st.store.keys_generation().await {
        Ok(_) => Json(json!({"status": "ready"})).into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "not ready: store unavailable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"status": "store unavailable"})),
            )
                .into_response()
        }
    }
}

async fn metrics(State(st): State<Arc<AppState>>) -> Response {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        st.metrics.render(),
    )
        .into_response()
}

/// `GET /v1/models`: the models the caller's key may use, in OpenAI's
/// list shape, or Anthropic's when the caller sends `anthropic-version`.
async fn models(State(st): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let anthropic = headers.contains_key("anthropic-version");
    let surface = if anthropic {
        crate::errors::Surface::Anthropic
    } else {
        crate::errors::Surface::OpenAi
    };
    let key = match st.keys.authenticate(&headers) {
        Ok(k) => k,
        Err(e) => return e.into_response_for(surface),
    };
    let mut ids: Vec<(String, String)> = Vec::new();
    for p in &st.providers {
        for m in &p.literal_models {
            if key.models.is_match(m) && !ids.iter().any(|(id, _)| id == m) {
                ids.push((m.clone(), p.name.clone()));
            }
        }
    }
    if anthropic {
        let data: Vec<_> = ids
            .iter()
            .map(|(id, _)| json!({"type": "model", "id": id, "display_name": id, "created_at": "1970-01-01T00:00:00Z"}))
            .collect();
        Json(json!({
            "data": data,
            "has_more": false,
            "first_id": ids.first().map(|x| &x.0),
            "last_id": ids.last().map(|x| &x.0),
        }))
        .into_response()
    } else {
        let data: Vec<_> = ids
            .iter()
            .map(
                |(id, owner)| json!({"id": id, "object": "model", "created": 0, "owned_by": owner}),
            )
            .collect();
        Json(json!({"object": "list", "data": data})).into_response()
    }
}
