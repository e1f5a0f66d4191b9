//! Shared state of a running gateway.

use std::sync::Arc;

use secrecy::SecretString;
use storewall_dlp::Scanner;
use storewall_store::{AuditSink, Store};

use crate::auth::KeyCache;
use crate::config::{Config, Provider};
use crate::metrics::Metrics;
use crate::ratelimit::RateLimiter;

/// Everything a handler needs.
pub struct AppState {
    /// The configuration it was started with.
    pub config: Config,
    /// Providers, in routing order.
    pub providers: Vec<Provider>,
    /// One HTTP client per provider, same order.
    pub clients: Vec<reqwest::Client>,
    /// Persistence.
    pub store: Store,
    /// Virtual keys.
    pub keys: Arc<KeyCache>,
    /// Per-key limits.
    pub limiter: RateLimiter,
    /// The DLP scanner; replaced when the store's EDM sets change.
    pub scanner: std::sync::RwLock<Arc<Scanner>>,
    /// The injection screener.
    pub screener: Arc<storewall_inject::Screener>,
    /// Prometheus metrics.
    pub metrics: Metrics,
    /// Where audit events go.
    pub audit: Arc<dyn AuditSink>,
    /// The admin credential; the admin API is off without one.
    pub admin_key: Option<SecretString>,
}

impl AppState {
    /// The current scanner.
    pub fn scanner(&self) -> Arc<Scanner> {
        match self.scanner.read() {
            Ok(s) => s.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    /// The first provider whose patterns match `model`, with its index.
    pub fn route(&self, model: &str) -> Option<usize> {
        self.providers.iter().position(|p| p.models.is_match(model))
    }
}
