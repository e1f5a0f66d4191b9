//! Personal data sealed per data subject, for erasure by crypto-shredding.
//!
//! Each subject (a customer an agent acted on, a staff member) gets a
//! random XChaCha20-Poly1305 key in a keystore beside the log, never in
//! it. A leaf carries only a keyed hash of the subject's id and the sealed
//! bytes. Forgetting a subject destroys its key: its data in every leaf
//! becomes noise, while the leaves, and so every hash, proof and
//! checkpoint, stay as they were.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use secrecy::{ExposeSecret, SecretBox};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use crate::LedgerError;

/// Personal data sealed under a subject's key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    /// The keyed hash of the subject's id, hex.
    pub subject: String,
    /// Nonce ‖ ciphertext.
    pub data: Vec<u8>,
}

impl Sealed {
    /// As it appears in a leaf.
    pub fn to_json(&self) -> Value {
        json!({"subject": self.subject, "data": B64.encode(&self.data)})
    }

    /// Reads it back from a leaf.
    pub fn from_json(v: &Value) -> Option<Sealed> {
        Some(Sealed {
            subject: v.get("subject")?.as_str()?.to_string(),
            data: B64.decode(v.get("data")?.as_str()?).ok()?,
        })
    }
}

struct Keys {
    salt: [u8; 32],
    keys: BTreeMap<String, SecretBox<[u8; 32]>>,
    /// The keystore file's modification time when read, to notice another
    /// process forgetting a subject.
    seen: Option<SystemTime>,
    /// When the file was last looked at: at most every 200 ms, so sealing
    /// costs no system call per event.
    checked: Option<std::time::Instant>,
}

/// How often a busy keystore looks for changes made by other processes.
const RECHECK: std::time::Duration = std::time::Duration::from_millis(200);

/// The keystore of subject keys.
pub struct Subjects {
    path: PathBuf,
    keys: Mutex<Keys>,
}

fn stamp(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

impl Subjects {
    /// Opens the keystore at `path`, creating it with a fresh salt.
    pub fn open(path: &Path) -> Result<Subjects, LedgerError> {
        let keys = if path.exists() {
            read(path)?
        } else {
            let mut salt = [0u8; 32];
            getrandom::fill(&mut salt).map_err(|e| LedgerError::Random(e.to_string()))?;
            let k = Keys {
                salt,
                keys: BTreeMap::new(),
                seen: None,
                checked: None,
            };
            write(path, &k)?;
            Keys {
                seen: stamp(path),
                ..k
            }
        };
        Ok(Subjects {
            path: path.to_path_buf(),
            keys: Mutex::new(keys),
        })
    }

    /// The keys, reread if another process (`storewall ledger forget`)
    /// changed the file: always when `fresh`, else at most every RECHECK.
    fn lock(&self, fresh: bool) -> Result<std::sync::MutexGuard<'_, Keys>, LedgerError> {
        let mut k = self.keys.lock().map_err(|_| LedgerError::Poisoned)?;
        if fresh || k.checked.is_none_or(|t| t.elapsed() >= RECHECK) {
            if stamp(&self.path) != k.seen {
                *k = read(&self.path)?;
            }
            k.checked = Some(std::time::Instant::now());
        }
        Ok(k)
    }

    /// The keyed hash that stands for `subject` in leaves.
    pub fn subject_hash(&self, subject: &str) -> Result<String, LedgerError> {
        let k = self.lock(false)?;
        Ok(hash_of(&k.salt, subject))
    }

    /// Seals `plaintext` under `subject`'s key, making the key if the
    /// subject is new.
    pub fn seal(&self, subject: &str, plaintext: &[u8]) -> Result<Sealed, LedgerError> {
        let mut k = self.lock(false)?;
        let id = hash_of(&k.salt, subject);
        if !k.keys.contains_key(&id) {
            // About to write the file: read it first, so a key another
            // process forgot is not written back.
            drop(k);
            k = self.lock(true)?;
        }
        if !k.keys.contains_key(&id) {
            let mut key = [0u8; 32];
            getrandom::fill(&mut key).map_err(|e| LedgerError::Random(e.to_string()))?;
            k.keys.insert(id.clone(), SecretBox::new(Box::new(key)));
            write(&self.path, &k)?;
            k.seen = stamp(&self.path);
        }
        let key = k.keys.get(&id).ok_or(LedgerError::Poisoned)?;
        let cipher = XChaCha20Poly1305::new(key.expose_secret().into());
        let mut nonce = [0u8; 24];
        getrandom::fill(&mut nonce).map_err(|e| LedgerError::Random(e.to_string()))?;
        let ct = cipher
            .encrypt(XNonce::from_slice(&nonce), plaintext)
            .map_err(|_| LedgerError::Crypto)?;
        let mut data = nonce.to_vec();
        data.extend_from_slice(&ct);
        Ok(Sealed { subject: id, data })
    }

    /// Opens sealed data; `None` once its subject was forgotten.
    pub fn open_sealed(&self, s: &Sealed) -> Option<Vec<u8>> {
        let k = self.lock(true).ok()?;
        let key = k.keys.get(&s.subject)?;
        let (nonce, ct) = s.data.split_at_checked(24)?;
        XChaCha20Poly1305::new(key.expose_secret().into())
            .decrypt(XNonce::from_slice(nonce), ct)
            .ok()
    }

    /// Destroys `subject`'s key. Returns whether it had one.
    pub fn forget(&self, subject: &str) -> Result<bool, LedgerError> {
        let mut k = self.lock(true)?;
        let id = hash_of(&k.salt, subject);
        let had = k.keys.remove(&id).is_some();
        if had {
            write(&self.path, &k)?;
            k.seen = stamp(&self.path);
        }
        Ok(had)
    }
}

fn hash_of(salt: &[u8; 32], subject: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(subject.as_bytes());
    hex::encode(&h.finalize()[..16])
}

fn read(path: &Path) -> Result<Keys, LedgerError> {
    let text = std::fs::read_to_string(path).map_err(|e| LedgerError::io(path, e))?;
    let bad = || LedgerError::BadKey(path.display().to_string());
    let v: Value = serde_json::from_str(&text).map_err(|_| bad())?;
    let salt: [u8; 32] = hex::decode(v["salt"].as_str().unwrap_or_default())
        .ok()
        .and_then(|s| s.try_into().ok())
        .ok_or_else(bad)?;
    let mut keys = BTreeMap::new();
    if let Some(m) = v["keys"].as_object() {
        for (id, key) in m {
            let key: [u8; 32] = hex::decode(key.as_str().unwrap_or_default())
                .ok()
                .and_then(|s| s.try_into().ok())
                .ok_or_else(bad)?;
            keys.insert(id.clone(), SecretBox::new(Box::new(key)));
        }
    }
    Ok(Keys {
        salt,
        keys,
        seen: stamp(path),
        checked: Some(std::time::Instant::now()),
    })
}

fn write(path: &Path, k: &Keys) -> Result<(), LedgerError> {
    let keys: serde_json::Map<String, Value> = k
        .keys
        .iter()
        .map(|(id, key)| (id.clone(), Value::String(hex::encode(key.expose_secret()))))
        .collect();
    let text = json!({"salt": hex::encode(k.salt), "keys": keys}).to_string();
    crate::note::write_private(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgetting_a_subject_makes_its_data_unreadable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("subjects.json");
        let s = Subjects::open(&path).unwrap();
        let a = s.seal("cus_1", b"alice@example.com").unwrap();
        let b = s.seal("cus_2", b"bob@example.com").unwrap();
        assert_ne!(a.subject, b.subject);
        assert!(!a.subject.contains("cus_1"));
        assert_eq!(s.open_sealed(&a).unwrap(), b"alice@example.com");
        // Another handle (another process) forgets; this one notices.
        let other = Subjects::open(&path).unwrap();
        assert!(other.forget("cus_1").unwrap());
        assert!(!other.forget("cus_1").unwrap());
        assert_eq!(s.open_sealed(&a), None);
        assert_eq!(s.open_sealed(&b).unwrap(), b"bob@example.com");
        let raw = std::fs::read_to_string(&path).unwrap();
        assert!(!raw.contains("cus_2") && !raw.contains(&a.subject));
    }
}
