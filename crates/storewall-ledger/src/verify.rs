//! Verification: every leaf rehashed from its bytes, every checkpoint's
//! signature checked and its root recomputed.
//!
//! What it can name: a leaf whose bytes no longer match its stored hash
//! is named exactly. A log rewritten together with its hashes (leaves
//! altered, removed or reordered, hashes recomputed) no longer matches the
//! signed roots: the first bad index named is then the first leaf the
//! checkpoints no longer vouch for, the size of the last checkpoint that
//! still verifies. Checkpoints taken often narrow it down.

use crate::files::{self, Paths};
use crate::merkle::{leaf_hash, Hash, Tree};
use crate::note::NoteVerifier;
use crate::LedgerError;

/// Checks the ledger at `paths` against `checkpoints`, signed by
/// `verifier`. Returns the tree size and root, or the first problem.
pub fn verify(
    paths: &Paths,
    verifier: &NoteVerifier,
    checkpoints: &[String],
) -> Result<(u64, Hash), LedgerError> {
    let stored = files::read_hashes(&paths.hashes(), u64::MAX)?;
    // Records with a stored hash are compared with it in full below;
    // those after are checked against their prefix, as a torn tail.
    let scan = files::scan(&paths.leaves(), stored.len() as u64)?;
    let mut f =
        std::fs::File::open(paths.leaves()).map_err(|e| LedgerError::io(&paths.leaves(), e))?;
    let mut tree = Tree::new();
    for i in 0..scan.base {
        let h = stored
            .get(i as usize)
            .ok_or_else(|| LedgerError::Tampered {
                index: i,
                why: "the hash of a pruned leaf is missing".into(),
            })?;
        tree.push(*h);
    }
    for (k, off) in scan.offsets.iter().enumerate() {
        let i = scan.base + k as u64;
        let leaf =
            files::read_leaf(&mut f, *off).map_err(|e| LedgerError::io(&paths.leaves(), e))?;
        let h = leaf_hash(&leaf);
        if let Some(s) = stored.get(i as usize) {
            if *s != h {
                return Err(LedgerError::Tampered {
                    index: i,
                    why: "its bytes do not match the hash stored when it was written".into(),
                });
            }
        }
        tree.push(h);
    }
    let mut vouched = 0u64;
    for (k, note) in checkpoints.iter().enumerate() {
        let c = verifier.verify(note).map_err(|e| LedgerError::Tampered {
            index: vouched,
            why: format!("checkpoint {k} does not verify: {e}"),
        })?;
        if c.size < vouched {
            return Err(LedgerError::Tampered {
                index: c.size,
                why: format!(
                    "checkpoint {k} covers {} leaves, fewer than the one before",
                    c.size
                ),
            });
        }
        if c.size > tree.size() {
            return Err(LedgerError::Tampered {
                index: tree.size(),
                why: format!(
                    "checkpoint {k} covers {} leaves but the log holds {}: leaves were removed",
                    c.size,
                    tree.size()
                ),
            });
        }
        if tree.root(c.size) != Some(c.root) {
            return Err(LedgerError::Tampered {
                index: vouched,
                why: format!(
                    "the leaves up to {} no longer hash to the root checkpoint {k} signed: a leaf from here on was altered, removed or reordered",
                    c.size
                ),
            });
        }
        vouched = c.size;
    }
    let root = tree
        .root(tree.size())
        .ok_or_else(|| LedgerError::Corrupt("no root".into()))?;
    Ok((tree.size(), root))
}
