//! Virtual-key authentication with an in-memory cache.
//!
//! The cache is reloaded whenever the store's key generation changes, which
//! the CLI and the admin API bump on every write; polling it every 200 ms
//! makes a revocation from any process take effect well within a second
//! while keeping a database read off the request path.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::http::HeaderMap;
use globset::GlobSet;
use storewall_store::{hash_secret, now_ms, KeyRecord, Store, StoreError};

use crate::config::glob_set;
use crate::errors::ApiError;

/// How often the key generation is polled.
pub const REFRESH_INTERVAL: Duration = Duration::from_millis(200);

/// A key with its model globs compiled.
#[derive(Debug)]
pub struct CachedKey {
    /// The stored record.
    pub record: KeyRecord,
    /// Models it may call.
    pub models: GlobSet,
}

/// The keys as of one store generation.
#[derive(Default)]
struct Snapshot {
    generation: i64,
    by_hash: HashMap<String, Arc<CachedKey>>,
}

/// Keys by secret hash.
#[derive(Default)]
pub struct KeyCache {
    // One lock for the map and its generation, so a slow reload holding an
    // older list can never overwrite a newer one (a revocation would be lost).
    current: RwLock<Arc<Snapshot>>,
}

impl KeyCache {
    /// Reloads every key when the generation moved (or `force`).
    pub async fn refresh(&self, store: &Store, force: bool) -> Result<(), StoreError> {
        let generation = store.keys_generation().await?;
        let known = self.current.read().map(|s| s.generation).unwrap_or(-1);
        if !force && generation == known {
            return Ok(());
        }
        let keys = store.list_keys().await?;
        let mut map = HashMap::with_capacity(keys.len());
        for record in keys {
            let models = match glob_set(&record.models) {
                Ok(m) => m,
                Err(e) => {
                    tracing::warn!(key_id = %record.id, error = %e, "key has an unusable model pattern; it can call no model");
                    GlobSet::empty()
                }
            };
            map.insert(
                record.secret_hash.clone(),
                Arc::new(CachedKey { record, models }),
            );
        }
        if let Ok(mut guard) = self.current.write() {
            if generation >= guard.generation {
                *guard = Arc::new(Snapshot {
                    generation,
                    by_hash: map,
                });
            }
        }
        Ok(())
    }

    fn get(&self, hash: &str) -> Option<Arc<CachedKey>> {
        self.current
            .read()
            .ok()
            .and_then(|s| s.by_hash.get(hash).cloned())
    }

    /// Checks the caller's key.
    pub fn authenticate(&self, headers: &HeaderMap) -> Result<Arc<CachedKey>, ApiError> {
        let secret = presented_key(headers).ok_or_else(|| {
            ApiError::unauthorized(
                "missing API key: send your Storewall key as `Authorization: Bearer <key>` or `x-api-key: <key>`",
            )
        })?;
        let key = self
            .get(&hash_secret(secret))
            .ok_or_else(|| ApiError::unauthorized("invalid API key"))?;
        if key.record.revoked_at.is_some() {
            return Err(ApiError::unauthorized("this API key has been revoked"));
        }
        if !key.record.is_active(now_ms()) {
            return Err(ApiError::unauthorized("this API key has expired"));
        }
        Ok(key)
    }
}

/// The key a caller presented, from `Authorization: Bearer` or `x-api-key`.
pub fn presented_key(headers: &HeaderMap) -> Option<&str> {
    if let Some(v) = headers.get("authorization").and_then(|v| v.to_str().ok()) {
        let v = v.trim();
        if v.len() > 7 && v[..7].eq_ignore_ascii_case("bearer ") {
            return Some(v[7..].trim());
        }
    }
    headers
        .get("x-api-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// Keeps the cache fresh until the task is aborted.
pub fn spawn_refresher(cache: Arc<KeyCache>, store: Store) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(REFRESH_INTERVAL);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = cache.refresh(&store, false).await {
                tracing::warn!(error = %e, "cannot refresh virtual keys");
            }
        }
    })
}
