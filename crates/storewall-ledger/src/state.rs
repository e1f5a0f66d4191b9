//! A ledger's state read from its files: the tree, and where each leaf is.

use std::path::Path;

use crate::files::{self, Paths, Scan};
use crate::merkle::{leaf_hash, Tree};
use crate::LedgerError;

/// The tree and the record layout of a ledger directory.
pub struct State {
    /// Every leaf hash, pruned leaves included.
    pub tree: Tree,
    /// Where each leaf still held in `leaves.log` is.
    pub scan: Scan,
}

impl State {
    /// Reads the state of `paths`, without changing any file: what a
    /// reader sees while a writer runs.
    pub fn read(paths: &Paths) -> Result<State, LedgerError> {
        let known = files::read_hashes(&paths.hashes(), u64::MAX)?;
        let scan = files::scan(&paths.leaves(), known.len() as u64)?;
        let total = scan.base + scan.offsets.len() as u64;
        if (known.len() as u64) < scan.base {
            return Err(LedgerError::Corrupt(format!(
                "{} holds {} hashes but leaves.log starts at leaf {}: the hashes of pruned leaves are missing",
                paths.hashes().display(),
                known.len(),
                scan.base
            )));
        }
        let mut tree = Tree::new();
        for h in known
            .iter()
            .take(usize::try_from(total).unwrap_or(usize::MAX))
        {
            tree.push(*h);
        }
        if tree.size() < total {
            let mut f = std::fs::File::open(paths.leaves())
                .map_err(|e| LedgerError::io(&paths.leaves(), e))?;
            for i in tree.size()..total {
                let off = scan.offsets[(i - scan.base) as usize];
                let leaf = files::read_leaf(&mut f, off)
                    .map_err(|e| LedgerError::io(&paths.leaves(), e))?;
                tree.push(leaf_hash(&leaf));
            }
        }
        Ok(State { tree, scan })
    }

    /// Reads the state as the writer: a torn tail is cut off, and
    /// `hashes.bin` is made to hold exactly the hash of every leaf.
    pub fn recover(paths: &Paths) -> Result<State, LedgerError> {
        std::fs::create_dir_all(&paths.dir).map_err(|e| LedgerError::io(&paths.dir, e))?;
        let leaves = paths.leaves();
        if !leaves.exists() || std::fs::metadata(&leaves).map(|m| m.len()).unwrap_or(0) == 0 {
            std::fs::write(&leaves, files::header(0)).map_err(|e| LedgerError::io(&leaves, e))?;
            sync_dir(&paths.dir);
        }
        let state = State::read(paths)?;
        if state.scan.len > state.scan.end {
            // A record cut short by a crash: it was never acknowledged.
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(&leaves)
                .map_err(|e| LedgerError::io(&leaves, e))?;
            f.set_len(state.scan.end)
                .map_err(|e| LedgerError::io(&leaves, e))?;
            f.sync_all().map_err(|e| LedgerError::io(&leaves, e))?;
        }
        let hashes = paths.hashes();
        let want = state.tree.size() * 32;
        let have = std::fs::metadata(&hashes).map(|m| m.len()).unwrap_or(0);
        if have != want {
            let mut bytes = Vec::with_capacity(usize::try_from(want).unwrap_or(0));
            for i in 0..state.tree.size() {
                if let Some(h) = state.tree.leaf(i) {
                    bytes.extend_from_slice(&h);
                }
            }
            std::fs::write(&hashes, bytes).map_err(|e| LedgerError::io(&hashes, e))?;
        }
        Ok(state)
    }
}

/// Makes a directory's entries durable; best effort where the platform
/// cannot.
pub fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}
