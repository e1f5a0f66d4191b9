//! Persistence for Storewall: virtual keys and audit events.
//!
//! Embedded SQLite (WAL mode) in the data directory is the default, so the
//! CLI and a running server can share one data directory safely.

mod edm;
mod events;
mod keys;
mod sqlite;

pub use edm::{
    edm_dir, edm_signature, load_edm_sets, remove_edm_set, save_edm_set, valid_set_name,
};
pub use events::{AuditEvent, AuditSink, Durable, Personal};
pub use keys::{hash_secret, KeyRecord, NewKey};
pub use sqlite::Store;

/// Errors from the store. They never carry a key secret.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data directory could not be created or opened.
    #[error("cannot use data directory {path}: {reason}")]
    DataDir {
        /// The directory.
        path: String,
        /// The underlying error.
        reason: std::io::Error,
    },
    /// The database failed.
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    /// A stored row could not be decoded.
    #[error("corrupt row in {table}: {detail}")]
    Corrupt {
        /// The table.
        table: &'static str,
        /// What was wrong.
        detail: String,
    },
    /// The system's random source failed.
    #[error("random source failed: {0}")]
    Random(String),
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
