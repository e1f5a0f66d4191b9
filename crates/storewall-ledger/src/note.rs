//! Checkpoints in the C2SP tlog-checkpoint format, signed as C2SP signed
//! notes with Ed25519, and the signing key kept in the data dir.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signer, SigningKey, Verifier, VerifyingKey};
use secrecy::{ExposeSecret, SecretBox};
use sha2::{Digest, Sha256};
use std::path::Path;

use crate::merkle::Hash;
use crate::LedgerError;

/// The Ed25519 signature type byte of C2SP signed notes.
const ED25519: u8 = 0x01;

/// The key that signs checkpoints. Its seed never leaves this type in
/// clear except to the file it lives in.
pub struct NoteSigner {
    name: String,
    seed: SecretBox<[u8; 32]>,
    public: VerifyingKey,
}

/// A key that verifies checkpoints, from its C2SP verifier-key string.
#[derive(Clone, Debug)]
pub struct NoteVerifier {
    name: String,
    id: [u8; 4],
    key: VerifyingKey,
}

fn key_id(name: &str, public: &VerifyingKey) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update([ED25519]);
    h.update(public.as_bytes());
    let d = h.finalize();
    [d[0], d[1], d[2], d[3]]
}

impl NoteSigner {
    /// Loads the key at `path`, or makes one and writes it there with
    /// owner-only permissions. `name` is the log's origin, which names the
    /// key in signatures.
    pub fn load_or_create(path: &Path, name: &str) -> Result<NoteSigner, LedgerError> {
        let seed = if path.exists() {
            check_private(path)?;
            let text = std::fs::read_to_string(path).map_err(|e| LedgerError::io(path, e))?;
            let bytes = hex::decode(text.trim())
                .map_err(|_| LedgerError::BadKey(path.display().to_string()))?;
            <[u8; 32]>::try_from(bytes.as_slice())
                .map_err(|_| LedgerError::BadKey(path.display().to_string()))?
        } else {
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| LedgerError::Random(e.to_string()))?;
            write_private(path, hex::encode(seed).as_bytes())?;
            seed
        };
        let signing = SigningKey::from_bytes(&seed);
        Ok(NoteSigner {
            name: name.to_string(),
            public: signing.verifying_key(),
            seed: SecretBox::new(Box::new(seed)),
        })
    }

    /// The key's name: the log's origin.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The verifier key: `name+keyid+base64(0x01 ‖ public key)`.
    pub fn verifier_key(&self) -> String {
        let mut k = vec![ED25519];
        k.extend_from_slice(self.public.as_bytes());
        format!(
            "{}+{}+{}",
            self.name,
            hex::encode(key_id(&self.name, &self.public)),
            B64.encode(k)
        )
    }

    /// The signed checkpoint of a tree of `size` leaves with root `root`.
    pub fn checkpoint(&self, size: u64, root: &Hash) -> String {
        let body = format!("{}\n{}\n{}\n", self.name, size, B64.encode(root));
        let signing = SigningKey::from_bytes(self.seed.expose_secret());
        let sig = signing.sign(body.as_bytes());
        let mut blob = key_id(&self.name, &self.public).to_vec();
        blob.extend_from_slice(&sig.to_bytes());
        format!("{body}\n\u{2014} {} {}\n", self.name, B64.encode(blob))
    }
}

/// What a verified checkpoint says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    /// The log's origin.
    pub origin: String,
    /// The tree size.
    pub size: u64,
    /// The root hash.
    pub root: Hash,
}

impl NoteVerifier {
    /// Parses `name+keyid+base64key`.
    pub fn parse(vkey: &str) -> Result<NoteVerifier, LedgerError> {
        let bad = || LedgerError::BadVerifierKey(vkey.to_string());
        let mut parts = vkey.trim().splitn(3, '+');
        let (Some(name), Some(id), Some(key)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        let raw = B64.decode(key).map_err(|_| bad())?;
        let (&[ED25519], public) = raw.split_at_checked(1).ok_or_else(bad)? else {
            return Err(bad());
        };
        let public: [u8; 32] = public.try_into().map_err(|_| bad())?;
        let key = VerifyingKey::from_bytes(&public).map_err(|_| bad())?;
        let id: [u8; 4] = hex::decode(id)
            .ok()
            .and_then(|v| v.try_into().ok())
            .ok_or_else(bad)?;
        if id != key_id(name, &key) {
            return Err(bad());
        }
        Ok(NoteVerifier {
            name: name.to_string(),
            id,
            key,
        })
    }

    /// Verifies a signed checkpoint note and reads it.
    pub fn verify(&self, note: &str) -> Result<Checkpoint, LedgerError> {
        let bad = |why: &str| LedgerError::BadCheckpoint(why.to_string());
        let (body, sigs) = note
            .split_once("\n\n")
            .ok_or_else(|| bad("no blank line between the text and the signatures"))?;
        let body = format!("{body}\n");
        let mut ok = false;
        for line in sigs.lines() {
            let Some(rest) = line.strip_prefix("\u{2014} ") else {
                continue;
            };
            let Some((name, sig)) = rest.split_once(' ') else {
                continue;
            };
            if name != self.name {
                continue;
            }
            let blob = B64
                .decode(sig)
                .map_err(|_| bad("a signature is not base64"))?;
            if blob.len() != 68 || blob[..4] != self.id {
                continue;
            }
            let sig = ed25519_dalek::Signature::from_slice(&blob[4..])
                .map_err(|_| bad("malformed signature"))?;
            ok = self.key.verify(body.as_bytes(), &sig).is_ok();
            if ok {
                break;
            }
        }
        if !ok {
            return Err(bad("no valid signature by this key"));
        }
        let mut lines = body.lines();
        let origin = lines.next().unwrap_or_default().to_string();
        let size = lines
            .next()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| bad("the second line is not a tree size"))?;
        let root: Hash = lines
            .next()
            .and_then(|s| B64.decode(s).ok())
            .and_then(|v| v.try_into().ok())
            .ok_or_else(|| bad("the third line is not a base64 SHA-256 root"))?;
        Ok(Checkpoint { origin, size, root })
    }
}

/// Refuses a key file others may read.
fn check_private(path: &Path) -> Result<(), LedgerError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map_err(|e| LedgerError::io(path, e))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(LedgerError::KeyPermissions(format!(
                "{} can be read by others (mode {:o}); run `chmod 600 {}`",
                path.display(),
                mode & 0o777,
                path.display()
            )));
        }
    }
    Ok(())
}

/// Writes a file readable by its owner only, atomically: a temporary file,
/// synced, renamed over the old one, and the directory synced.
pub(crate) fn write_private(path: &Path, bytes: &[u8]) -> Result<(), LedgerError> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| LedgerError::io(dir, e))?;
    let tmp = path.with_extension("tmp");
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&tmp).map_err(|e| LedgerError::io(&tmp, e))?;
    f.write_all(bytes).map_err(|e| LedgerError::io(&tmp, e))?;
    f.sync_all().map_err(|e| LedgerError::io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| LedgerError::io(path, e))?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_and_verifies_checkpoints() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        let s = NoteSigner::load_or_create(&path, "example.com/log").unwrap();
        let again = NoteSigner::load_or_create(&path, "example.com/log").unwrap();
        assert_eq!(s.verifier_key(), again.verifier_key());
        let root = crate::merkle::leaf_hash(b"x");
        let note = s.checkpoint(7, &root);
        assert!(note.starts_with("example.com/log\n7\n"));
        assert!(note.contains("\n\n\u{2014} example.com/log "));
        let v = NoteVerifier::parse(&s.verifier_key()).unwrap();
        let c = v.verify(&note).unwrap();
        assert_eq!((c.size, c.root), (7, root));
        let forged = note.replace("\n7\n", "\n8\n");
        assert!(v.verify(&forged).is_err());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
            assert!(NoteSigner::load_or_create(&path, "example.com/log").is_err());
        }
    }
}
