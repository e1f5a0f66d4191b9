use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use base64::Engine;
use secrecy::SecretString;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::{hash_secret, now_ms, AuditEvent, KeyRecord, NewKey, StoreError};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    models TEXT NOT NULL,
    rpm INTEGER,
    tpm INTEGER,
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    revoked_at INTEGER,
    rotated_at INTEGER
);
CREATE TABLE IF NOT EXISTS meta (
    k TEXT PRIMARY KEY,
    v INTEGER NOT NULL
);
INSERT OR IGNORE INTO meta (k, v) VALUES ('keys_generation', 0);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    ts_ms INTEGER NOT NULL,
    body TEXT NOT NULL
);
"#;

/// The embedded SQLite store in a data directory.
#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) `storewall.db` in `data_dir`.
    pub async fn open(data_dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(data_dir).map_err(|reason| StoreError::DataDir {
            path: data_dir.display().to_string(),
            reason,
        })?;
        let path = data_dir.join("storewall.db");
        let opts = SqliteConnectOptions::from_str("sqlite:")?
            .filename(&path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(opts)
            .await?;
        sqlx::raw_sql(SCHEMA).execute(&pool).await?;
        Ok(Store { pool, path })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Creates a key; returns its record and the secret, which is shown once
    /// and never stored.
    pub async fn create_key(&self, new: NewKey) -> Result<(KeyRecord, SecretString), StoreError> {
        let id = format!("key_{}", hex::encode(random_bytes::<8>()?));
        let secret = new_secret()?;
        let record = KeyRecord {
            id,
            name: new.name,
            role: if new.role.is_empty() {
                "default".into()
            } else {
                new.role
            },
            models: if new.models.is_empty() {
                vec!["*".into()]
            } else {
                new.models
            },
            rpm: new.rpm,
            tpm: new.tpm,
            prefix: secret.chars().take(10).collect(),
            created_at: now_ms(),
            expires_at: new.expires_at,
            revoked_at: None,
            rotated_at: None,
            secret_hash: hash_secret(&secret),
        };
        let models = serde_json::to_string(&record.models).map_err(|e| StoreError::Corrupt {
            table: "keys",
            detail: e.to_string(),
        })?;
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO keys (id, name, role, models, rpm, tpm, prefix, secret_hash, created_at, expires_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&record.id)
        .bind(&record.name)
        .bind(&record.role)
        .bind(models)
        .bind(record.rpm)
        .bind(record.tpm)
        .bind(&record.prefix)
        .bind(&record.secret_hash)
        .bind(record.created_at)
        .bind(record.expires_at)
        .execute(&mut *tx)
        .await?;
        bump_generation(&mut tx).await?;
        tx.commit().await?;
        Ok((record, SecretString::from(secret)))
    }

    /// Every key, newest first, revoked ones included.
    pub async fn list_keys(&self) -> Result<Vec<KeyRecord>, StoreError> {
        let rows = sqlx::query("SELECT * FROM keys ORDER BY created_at DESC, id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(key_from_row).collect()
    }

    /// One key by id.
    pub async fn get_key(&self, id: &str) -> Result<Option<KeyRecord>, StoreError> {
        let row = sqlx::query("SELECT * FROM keys WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(key_from_row).transpose()
    }

    /// Revokes a key. Returns false when no active key has that id.
    pub async fn revoke_key(&self, id: &str) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let n = sqlx::query("UPDATE keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
            .bind(now_ms())
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        bump_generation(&mut tx).await?;
        tx.commit().await?;
        Ok(n == 1)
    }

    /// Gives a key a new secret; the old one stops working at once.
    /// Returns `None` when no active key has that id.
    pub async fn rotate_key(&self, id: &str) -> Result<Option<SecretString>, StoreError> {
        let secret = new_secret()?;
        let mut tx = self.pool.begin().await?;
        let n = sqlx::query(
            "UPDATE keys SET secret_hash = ?, prefix = ?, rotated_at = ? WHERE id = ? AND revoked_at IS NULL",
        )
        .bind(hash_secret(&secret))
        .bind(secret.chars().take(10).collect::<String>())
        .bind(now_ms())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        bump_generation(&mut tx).await?;
        tx.commit().await?;
        Ok((n == 1).then(|| SecretString::from(secret)))
    }

    /// A counter that changes whenever any key changes, from any process.
    pub async fn keys_generation(&self) -> Result<i64, StoreError> {
        let v: i64 = sqlx::query_scalar("SELECT v FROM meta WHERE k = 'keys_generation'")
            .fetch_one(&self.pool)
            .await?;
        Ok(v)
    }

    /// Appends audit events in one transaction.
    pub async fn append_events(&self, events: &[AuditEvent]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for e in events {
            let body = serde_json::to_string(e).map_err(|err| StoreError::Corrupt {
                table: "events",
                detail: err.to_string(),
            })?;
            sqlx::query("INSERT INTO events (ts_ms, body) VALUES (?, ?)")
                .bind(e.ts_ms)
                .bind(body)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The latest `limit` events, newest first.
    pub async fn recent_events(&self, limit: u32) -> Result<Vec<AuditEvent>, StoreError> {
        let rows = sqlx::query("SELECT body FROM events ORDER BY seq DESC LIMIT ?")
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let body: String = r.try_get("body")?;
                serde_json::from_str(&body).map_err(|e| StoreError::Corrupt {
                    table: "events",
                    detail: e.to_string(),
                })
            })
            .collect()
    }
}

async fn bump_generation(tx: &mut sqlx::SqliteConnection) -> Result<(), StoreError> {
    sqlx::query("UPDATE meta SET v = v + 1 WHERE k = 'keys_generation'")
        .execute(tx)
        .await?;
    Ok(())
}

fn key_from_row(row: &sqlx::sqlite::SqliteRow) -> Result<KeyRecord, StoreError> {
    let models: String = row.try_get("models")?;
    Ok(KeyRecord {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        role: row.try_get("role")?,
        models: serde_json::from_str(&models).map_err(|e| StoreError::Corrupt {
            table: "keys",
            detail: e.to_string(),
        })?,
        rpm: row.try_get("rpm")?,
        tpm: row.try_get("tpm")?,
        prefix: row.try_get("prefix")?,
        created_at: row.try_get("created_at")?,
        expires_at: row.try_get("expires_at")?,
        revoked_at: row.try_get("revoked_at")?,
        rotated_at: row.try_get("rotated_at")?,
        secret_hash: row.try_get("secret_hash")?,
    })
}

fn random_bytes<const N: usize>() -> Result<[u8; N], StoreError> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).map_err(|e| StoreError::Random(e.to_string()))?;
    Ok(buf)
}

/// `sw_` and 256 random bits, URL-safe: easy to recognise in a leak scan.
fn new_secret() -> Result<String, StoreError> {
    let raw = random_bytes::<32>()?;
    Ok(format!(
        "sw_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[tokio::test]
    async fn keys_are_stored_as_hashes_and_rotate() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        let g0 = store.keys_generation().await.unwrap();
        let (rec, secret) = store
            .create_key(NewKey {
                name: "support-bot".into(),
                ..NewKey::default()
            })
            .await
            .unwrap();
        assert!(store.keys_generation().await.unwrap() > g0);
        assert_eq!(rec.models, vec!["*"]);
        let secret = secret.expose_secret().to_string();
        assert!(secret.starts_with("sw_"));
        let db = std::fs::read(store.path()).unwrap_or_default();
        let wal = std::fs::read(dir.path().join("storewall.db-wal")).unwrap_or_default();
        let needle = secret.as_bytes();
        for bytes in [db, wal] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle));
        }
        let new = store.rotate_key(&rec.id).await.unwrap().unwrap();
        let got = store.get_key(&rec.id).await.unwrap().unwrap();
        assert_eq!(got.secret_hash, hash_secret(new.expose_secret()));
        assert_ne!(got.secret_hash, hash_secret(&secret));
        assert!(store.revoke_key(&rec.id).await.unwrap());
        assert!(!store.revoke_key(&rec.id).await.unwrap());
        assert!(!store
            .get_key(&rec.id)
            .await
            .unwrap()
            .unwrap()
            .is_active(now_ms()));
    }
}
