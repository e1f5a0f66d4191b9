//! Retention: the bytes of old leaves are dropped, their hashes kept, so
//! the tree, its roots and every proof about the leaves that remain stay
//! as they were.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use crate::files::{self, Paths};
use crate::state::{sync_dir, State};
use crate::LedgerError;

/// Drops the bytes of every leaf before `index` from the ledger in `dir`,
/// under the appenders' lock; a running writer notices and reads the
/// files again. Returns how many leaves were dropped.
pub fn prune_before(dir: &Path, index: u64) -> Result<u64, LedgerError> {
    let paths = Paths {
        dir: dir.to_path_buf(),
    };
    let lock = paths.take_lock()?;
    let result = prune_locked(&paths, index);
    let _ = lock.unlock();
    result
}

fn prune_locked(paths: &Paths, index: u64) -> Result<u64, LedgerError> {
    let state = State::recover(paths)?;
    let s = &state.scan;
    let total = s.base + s.offsets.len() as u64;
    let index = index.min(total);
    if index <= s.base {
        return Ok(0);
    }
    let keep_from = s
        .offsets
        .get((index - s.base) as usize)
        .copied()
        .unwrap_or(s.end);
    let leaves = paths.leaves();
    let tmp = leaves.with_extension("prune");
    {
        let mut src = std::fs::File::open(&leaves).map_err(|e| LedgerError::io(&leaves, e))?;
        src.seek(SeekFrom::Start(keep_from))
            .map_err(|e| LedgerError::io(&leaves, e))?;
        let mut out = std::fs::File::create(&tmp).map_err(|e| LedgerError::io(&tmp, e))?;
        out.write_all(&files::header(index))
            .map_err(|e| LedgerError::io(&tmp, e))?;
        let mut rest = src.take(s.end - keep_from);
        std::io::copy(&mut rest, &mut out).map_err(|e| LedgerError::io(&tmp, e))?;
        out.sync_all().map_err(|e| LedgerError::io(&tmp, e))?;
    }
    std::fs::rename(&tmp, &leaves).map_err(|e| LedgerError::io(&leaves, e))?;
    sync_dir(&paths.dir);
    Ok(index - s.base)
}
