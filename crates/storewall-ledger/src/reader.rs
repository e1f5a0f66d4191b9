//! Reading a ledger without writing to it, while a server appends: the
//! latest checkpoint, proofs against it, leaves, exports and verification.

use std::fs::File;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde_json::{json, Value};

use crate::files::{self, Paths};
use crate::merkle::{leaf_hash, Hash};
use crate::note::NoteVerifier;
use crate::state::State;
use crate::subjects::Subjects;
use crate::{Entry, LedgerError};

/// A ledger opened for reading.
pub struct LedgerReader {
    paths: Paths,
    state: State,
    checkpoints: Vec<String>,
}

/// An inclusion proof, as `storewall ledger prove --json` prints it.
#[derive(Clone, Debug)]
pub struct InclusionProof {
    /// The leaf's index.
    pub index: u64,
    /// The size of the tree the proof is against.
    pub tree_size: u64,
    /// The leaf bytes.
    pub leaf: Vec<u8>,
    /// The audit path, from the leaf's sibling up.
    pub hashes: Vec<Hash>,
    /// The signed checkpoint of that tree.
    pub checkpoint: String,
}

impl InclusionProof {
    /// The JSON form: leaf in base64, hashes in hex.
    pub fn to_json(&self) -> Value {
        json!({
            "index": self.index,
            "tree_size": self.tree_size,
            "leaf": B64.encode(&self.leaf),
            "hashes": self.hashes.iter().map(hex::encode).collect::<Vec<_>>(),
            "checkpoint": self.checkpoint,
        })
    }
}

impl LedgerReader {
    /// Opens the ledger in `dir` for reading.
    pub fn open(dir: &Path) -> Result<LedgerReader, LedgerError> {
        let paths = Paths {
            dir: dir.to_path_buf(),
        };
        if !paths.leaves().exists() {
            return Err(LedgerError::Missing(dir.display().to_string()));
        }
        // Checkpoints first: every leaf they cover is already durable, so
        // the leaves read next cover them even while a writer appends.
        let checkpoints = files::read_checkpoints(&paths.checkpoints())?;
        let state = State::read(&paths)?;
        Ok(LedgerReader {
            paths,
            state,
            checkpoints,
        })
    }

    /// The ledger's directory.
    pub fn dir(&self) -> &PathBuf {
        &self.paths.dir
    }

    /// The number of leaves read.
    pub fn size(&self) -> u64 {
        self.state.tree.size()
    }

    /// The root of the first `size` leaves.
    pub fn root(&self, size: u64) -> Option<Hash> {
        self.state.tree.root(size)
    }

    /// The latest checkpoint note, if any was written.
    pub fn latest_checkpoint(&self) -> Option<&str> {
        self.checkpoints.last().map(String::as_str)
    }

    /// Every checkpoint note, oldest first.
    pub fn checkpoints(&self) -> &[String] {
        &self.checkpoints
    }

    fn checkpoint_size(note: &str) -> Option<u64> {
        note.lines().nth(1)?.parse().ok()
    }

    /// The bytes of leaf `index`, unless it was pruned.
    pub fn leaf(&self, index: u64) -> Result<Vec<u8>, LedgerError> {
        let s = &self.state.scan;
        let off = index
            .checked_sub(s.base)
            .and_then(|i| s.offsets.get(usize::try_from(i).ok()?))
            .ok_or(LedgerError::NoLeaf(index))?;
        let mut f = File::open(self.paths.leaves())
            .map_err(|e| LedgerError::io(&self.paths.leaves(), e))?;
        files::read_leaf(&mut f, *off).map_err(|e| LedgerError::io(&self.paths.leaves(), e))
    }

    /// An inclusion proof for leaf `index` against the latest checkpoint.
    pub fn prove(&self, index: u64) -> Result<InclusionProof, LedgerError> {
        let note = self.latest_checkpoint().ok_or(LedgerError::NoCheckpoint)?;
        let size = Self::checkpoint_size(note)
            .ok_or_else(|| LedgerError::Corrupt("a checkpoint without a size".into()))?;
        if index >= size {
            return Err(LedgerError::NotCovered { index, size });
        }
        let hashes = self
            .state
            .tree
            .inclusion(index, size)
            .ok_or(LedgerError::NotCovered { index, size })?;
        Ok(InclusionProof {
            index,
            tree_size: size,
            leaf: self.leaf(index)?,
            hashes,
            checkpoint: note.to_string(),
        })
    }

    /// A consistency proof from the tree of `from` leaves to that of `to`
    /// (the latest checkpoint's size when `None`).
    pub fn consistency(&self, from: u64, to: Option<u64>) -> Result<(u64, Vec<Hash>), LedgerError> {
        let to = match to {
            Some(t) => t,
            None => self
                .latest_checkpoint()
                .and_then(Self::checkpoint_size)
                .ok_or(LedgerError::NoCheckpoint)?,
        };
        if from > to || to > self.size() {
            return Err(LedgerError::BadRange {
                from,
                to,
                size: self.size(),
            });
        }
        let proof = self
            .state
            .tree
            .consistency(from, to)
            .ok_or(LedgerError::BadRange {
                from,
                to,
                size: self.size(),
            })?;
        Ok((to, proof))
    }

    /// The events from leaf `from` on whose time is at least `since_ms`,
    /// as JSON: sealed personal data opened where its subject's key
    /// remains, marked `"erased"` where it was forgotten.
    pub fn export(
        &self,
        since_ms: i64,
        mut each: impl FnMut(Value) -> std::io::Result<()>,
    ) -> Result<u64, LedgerError> {
        let subjects = Subjects::open(&self.paths.subjects()).ok();
        let mut f = File::open(self.paths.leaves())
            .map_err(|e| LedgerError::io(&self.paths.leaves(), e))?;
        let mut n = 0;
        for (i, off) in self.state.scan.offsets.iter().enumerate() {
            let leaf = files::read_leaf(&mut f, *off)
                .map_err(|e| LedgerError::io(&self.paths.leaves(), e))?;
            let Ok(e) = Entry::from_leaf(&leaf) else {
                continue;
            };
            if e.ts_ms < since_ms {
                continue;
            }
            let mut v = json!({
                "index": self.state.scan.base + i as u64,
                "kind": e.kind,
                "ts_ms": e.ts_ms,
                "event": e.event,
            });
            if !e.sealed.is_empty() {
                let mut personal = serde_json::Map::new();
                let mut erased = 0;
                for s in &e.sealed {
                    let opened = subjects
                        .as_ref()
                        .and_then(|k| k.open_sealed(s))
                        .and_then(|b| serde_json::from_slice::<Value>(&b).ok());
                    match opened {
                        Some(Value::Object(m)) => personal.extend(m),
                        _ => erased += 1,
                    }
                }
                v["personal"] = if personal.is_empty() {
                    json!("erased")
                } else {
                    if erased > 0 {
                        personal.insert("erased_parts".into(), json!(erased));
                    }
                    Value::Object(personal)
                };
            }
            each(v).map_err(|e| LedgerError::io(&self.paths.leaves(), e))?;
            n += 1;
        }
        Ok(n)
    }

    /// Recomputes every hash and checks every checkpoint (see
    /// [`crate::verify`]).
    pub fn verify(&self, verifier: &NoteVerifier) -> Result<(u64, Hash), LedgerError> {
        crate::verify::verify(&self.paths, verifier, &self.checkpoints)
    }

    /// The hash of leaf `index` as stored.
    pub fn leaf_hash(&self, index: u64) -> Option<Hash> {
        self.state.tree.leaf(index)
    }

    /// Recomputes a leaf's hash from its bytes.
    pub fn rehash(&self, index: u64) -> Result<Hash, LedgerError> {
        Ok(leaf_hash(&self.leaf(index)?))
    }
}
