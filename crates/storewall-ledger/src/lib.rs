//! The tamper-evident ledger: every gateway decision as a leaf of an
//! RFC 6962 Merkle tree, with signed checkpoints, inclusion and
//! consistency proofs any RFC 6962 implementation verifies, and personal
//! data sealed per data subject so it can be erased by destroying a key.
//!
//! # On disk
//!
//! A ledger directory holds `leaves.log` (the leaves, append-only),
//! `hashes.bin` (32 bytes per leaf hash), `checkpoints.log` (signed
//! notes), `signing.key` (the Ed25519 seed, mode 0600, unless configured
//! elsewhere), `subjects.json` (subject keys, mode 0600) and `lock`. See
//! [`files`] for the formats and [`leaf`] for the leaf bytes.
//!
//! # Guarantees
//!
//! - An event is acknowledged only once its leaf is on disk (`fdatasync`);
//!   concurrent appends share one sync ([`Ledger`]).
//! - After a crash, a leaf cut short is cut off on the next open; it was
//!   never acknowledged. Everything acknowledged is there.
//! - [`LedgerReader`] reads while a writer appends, and changes nothing.
//! - [`verify`] recomputes every hash and checks every checkpoint.
//! - Pruning drops old leaves' bytes but keeps their hashes: proofs of
//!   what remains still verify.

pub mod files;
pub mod leaf;
pub mod merkle;
mod note;
mod prune;
mod reader;
mod state;
mod subjects;
pub mod verify;
mod writer;

pub use leaf::Entry;
pub use merkle::{verify_consistency, verify_inclusion, Hash};
pub use note::{Checkpoint, NoteSigner, NoteVerifier};
pub use prune::prune_before;
pub use reader::{InclusionProof, LedgerReader};
pub use subjects::{Sealed, Subjects};
pub use writer::{Durability, Ledger, LedgerOptions, Pending};

use std::path::Path;

/// What went wrong, said so that the reader knows what to do.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// A key file is not what the ledger wrote.
    #[error("{0} is not a key this ledger can read; restore it from a backup")]
    BadKey(String),
    /// A key file others may read.
    #[error("{0}")]
    KeyPermissions(String),
    /// The verifier key string is malformed.
    #[error("`{0}` is not a verifier key; give the `name+keyid+base64` line `storewall ledger pubkey` prints")]
    BadVerifierKey(String),
    /// A checkpoint note does not parse or verify.
    #[error("bad checkpoint: {0}")]
    BadCheckpoint(String),
    /// The system's random source failed.
    #[error("no randomness: {0}")]
    Random(String),
    /// Encryption failed.
    #[error("sealing personal data failed")]
    Crypto,
    /// A file's structure is broken in a way a crash cannot explain.
    #[error("the ledger is damaged: {0}")]
    Corrupt(String),
    /// Verification found a change.
    #[error("ledger verification failed at index {index}: {why}")]
    Tampered {
        /// The first index not vouched for.
        index: u64,
        /// What was found.
        why: String,
    },
    /// No ledger in that directory.
    #[error("no ledger in {0}; it is created when `storewall serve` first starts")]
    Missing(String),
    /// No checkpoint yet.
    #[error("the ledger has no checkpoint yet; run `storewall ledger checkpoint` while the server runs, or wait for the next periodic one")]
    NoCheckpoint,
    /// A leaf beyond the latest checkpoint.
    #[error("leaf {index} is not covered by the latest checkpoint (tree size {size}); wait for the next checkpoint")]
    NotCovered {
        /// The leaf asked for.
        index: u64,
        /// The checkpoint's tree size.
        size: u64,
    },
    /// A range of tree sizes that does not exist.
    #[error("no consistency proof from {from} to {to}: sizes must satisfy from ≤ to ≤ {size}")]
    BadRange {
        /// Older size.
        from: u64,
        /// Newer size.
        to: u64,
        /// The log's size.
        size: u64,
    },
    /// A leaf that is not (or no longer) held.
    #[error("leaf {0} is not in the log (beyond its end, or pruned)")]
    NoLeaf(u64),
    /// A leaf too large to frame.
    #[error("an event of {0} bytes is too large for the ledger")]
    TooLarge(usize),
    /// A write failed; the events in its batch were not recorded.
    #[error("the ledger could not write: {0}")]
    Write(String),
    /// The ledger was closed.
    #[error("the ledger is closed")]
    Closed,
    /// A lock was poisoned by a panic.
    #[error("the ledger's keystore lock was poisoned")]
    Poisoned,
}

impl LedgerError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> LedgerError {
        LedgerError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}
