use sha2::{Digest, Sha256};

/// A virtual key as stored: everything but its secret, which is kept only as a hash.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct KeyRecord {
    /// Stable id, e.g. `key_3f9a…`; survives rotation.
    pub id: String,
    /// Who or what holds it.
    pub name: String,
    /// The holder's role, for policies.
    pub role: String,
    /// Glob patterns of the models it may call.
    pub models: Vec<String>,
    /// Requests per minute, if limited.
    pub rpm: Option<u32>,
    /// Tokens per minute, if limited.
    pub tpm: Option<u32>,
    /// The first characters of the secret, to recognise it in lists.
    pub prefix: String,
    /// Unix milliseconds.
    pub created_at: i64,
    /// Unix milliseconds after which the key stops working.
    pub expires_at: Option<i64>,
    /// Unix milliseconds when it was revoked.
    pub revoked_at: Option<i64>,
    /// Unix milliseconds of the last rotation.
    pub rotated_at: Option<i64>,
    /// SHA-256 of the secret, hex. Not shown to anyone.
    #[serde(skip)]
    pub secret_hash: String,
}

impl KeyRecord {
    /// True when the key may be used at `now_ms`.
    pub fn is_active(&self, now_ms: i64) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|e| now_ms < e)
    }
}

/// What a new key is created with.
#[derive(Clone, Debug, Default)]
pub struct NewKey {
    /// Who or what holds it.
    pub name: String,
    /// Role; `default` when empty.
    pub role: String,
    /// Model globs; every model when empty.
    pub models: Vec<String>,
    /// Requests per minute.
    pub rpm: Option<u32>,
    /// Tokens per minute.
    pub tpm: Option<u32>,
    /// Unix milliseconds of expiry.
    pub expires_at: Option<i64>,
}

/// The stored form of a secret.
///
/// A fast hash is enough: secrets are 256 random bits, so there is nothing
/// to brute-force, and lookups stay cheap on every request.
pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}
