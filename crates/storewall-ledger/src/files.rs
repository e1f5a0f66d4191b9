//! The ledger's files and how they are read back, whole or torn.
//!
//! - `leaves.log`: the magic `SWLEAF01`, the `u64` index of its first
//!   leaf (above zero once old leaves are pruned), then one record per
//!   leaf: `u32` length, the first 4 bytes of the leaf hash (to tell a
//!   torn write from a leaf), the leaf bytes. The source of truth.
//! - `hashes.bin`: 32 bytes per leaf hash from index 0, never pruned: what
//!   proofs of pruned ranges are made from. Rebuilt from `leaves.log`
//!   where it falls short.
//! - `checkpoints.log`: one record per signed checkpoint: `u32` length,
//!   the note text.
//!
//! All integers are little-endian.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use crate::merkle::{leaf_hash, Hash};
use crate::LedgerError;

/// The magic that opens `leaves.log`.
pub const MAGIC: &[u8; 8] = b"SWLEAF01";
/// Bytes before the first record of `leaves.log`.
pub const HEADER: u64 = 16;

/// The paths of a ledger directory.
#[derive(Clone, Debug)]
pub struct Paths {
    /// The directory.
    pub dir: PathBuf,
}

impl Paths {
    /// `leaves.log`.
    pub fn leaves(&self) -> PathBuf {
        self.dir.join("leaves.log")
    }
    /// `hashes.bin`.
    pub fn hashes(&self) -> PathBuf {
        self.dir.join("hashes.bin")
    }
    /// `checkpoints.log`.
    pub fn checkpoints(&self) -> PathBuf {
        self.dir.join("checkpoints.log")
    }
    /// The lock appenders take, one process at a time.
    pub fn lock(&self) -> PathBuf {
        self.dir.join("lock")
    }
    /// The subject keystore.
    pub fn subjects(&self) -> PathBuf {
        self.dir.join("subjects.json")
    }
}

impl Paths {
    /// Opens the appenders' lock file and takes the lock, waiting for it.
    pub fn take_lock(&self) -> Result<File, LedgerError> {
        let path = self.lock();
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| LedgerError::io(&path, e))?;
        lock.lock().map_err(|e| LedgerError::io(&path, e))?;
        Ok(lock)
    }
}

/// A file's identity and length, (inode, bytes): a file replaced by a
/// rename has another inode, one appended to has another length.
pub fn identity(m: &std::fs::Metadata) -> (u64, u64) {
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(m);
    #[cfg(not(unix))]
    let ino = 0;
    (ino, m.len())
}

/// Where the complete records of `leaves.log` are, read from `from`.
#[derive(Debug, Default)]
pub struct Scan {
    /// The index of the first leaf in the file.
    pub base: u64,
    /// The byte offset of each complete record.
    pub offsets: Vec<u64>,
    /// Where the last complete record ends.
    pub end: u64,
    /// The file's length; above `end` when its tail is torn.
    pub len: u64,
}

/// Writes the header of an empty `leaves.log` with first index `base`.
pub fn header(base: u64) -> Vec<u8> {
    let mut h = MAGIC.to_vec();
    h.extend_from_slice(&base.to_le_bytes());
    h
}

/// Reads the record layout of `leaves.log`. Records whose index is below
/// `trusted` are taken as written (their hashes are known); later ones
/// are checked against their hash prefix, and the scan stops at the first
/// that is cut short or does not match: a write torn by a crash.
pub fn scan(path: &Path, trusted: u64) -> Result<Scan, LedgerError> {
    let f = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Scan::default()),
        Err(e) => return Err(LedgerError::io(path, e)),
    };
    let len = f.metadata().map_err(|e| LedgerError::io(path, e))?.len();
    if len == 0 {
        return Ok(Scan::default());
    }
    let mut r = BufReader::with_capacity(1 << 16, f);
    let mut head = [0u8; 16];
    r.read_exact(&mut head)
        .map_err(|_| LedgerError::Corrupt(format!("{} has no header", path.display())))?;
    if &head[..8] != MAGIC {
        return Err(LedgerError::Corrupt(format!(
            "{} is not a Storewall ledger file",
            path.display()
        )));
    }
    let base = u64::from_le_bytes(head[8..16].try_into().unwrap_or_default());
    let mut s = Scan {
        base,
        offsets: Vec::new(),
        end: HEADER,
        len,
    };
    let mut pos = HEADER;
    let mut buf = Vec::new();
    loop {
        if pos + 8 > len {
            break;
        }
        let mut rec = [0u8; 8];
        if r.read_exact(&mut rec).is_err() {
            break;
        }
        let n = u64::from(u32::from_le_bytes(rec[..4].try_into().unwrap_or_default()));
        if pos + 8 + n > len {
            break;
        }
        let index = base + s.offsets.len() as u64;
        if index >= trusted {
            buf.resize(n as usize, 0);
            if r.read_exact(&mut buf).is_err() || leaf_hash(&buf)[..4] != rec[4..8] {
                break;
            }
        } else if r.seek_relative(n as i64).is_err() {
            break;
        }
        s.offsets.push(pos);
        pos += 8 + n;
        s.end = pos;
    }
    Ok(s)
}

/// Reads the leaf at byte `offset` of `leaves.log`.
pub fn read_leaf(f: &mut File, offset: u64) -> std::io::Result<Vec<u8>> {
    f.seek(SeekFrom::Start(offset))?;
    let mut rec = [0u8; 8];
    f.read_exact(&mut rec)?;
    let n = u32::from_le_bytes([rec[0], rec[1], rec[2], rec[3]]) as usize;
    let mut leaf = vec![0u8; n];
    f.read_exact(&mut leaf)?;
    Ok(leaf)
}

/// The record of a leaf, as appended to `leaves.log`.
pub fn record(leaf: &[u8], hash: &Hash) -> Result<Vec<u8>, LedgerError> {
    let n = u32::try_from(leaf.len()).map_err(|_| LedgerError::TooLarge(leaf.len()))?;
    let mut out = Vec::with_capacity(leaf.len() + 8);
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&hash[..4]);
    out.extend_from_slice(leaf);
    Ok(out)
}

/// The leaf hashes stored in `hashes.bin`, at most `max` of them.
pub fn read_hashes(path: &Path, max: u64) -> Result<Vec<Hash>, LedgerError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(LedgerError::io(path, e)),
    };
    Ok(bytes
        .chunks_exact(32)
        .take(usize::try_from(max).unwrap_or(usize::MAX))
        .filter_map(|c| c.try_into().ok())
        .collect())
}

/// Every complete checkpoint note in `checkpoints.log`, oldest first.
pub fn read_checkpoints(path: &Path) -> Result<Vec<String>, LedgerError> {
    Ok(checkpoints_and_end(path)?.0)
}

/// The complete checkpoint notes, and where the last of them ends (short
/// of the file's end after a torn write).
pub fn checkpoints_and_end(path: &Path) -> Result<(Vec<String>, u64), LedgerError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(LedgerError::io(path, e)),
    };
    let mut out = Vec::new();
    let mut rest = bytes.as_slice();
    let mut end = 0u64;
    while let Some((len, tail)) = rest.split_at_checked(4) {
        let n = u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize;
        let Some((note, tail)) = tail.split_at_checked(n) else {
            break;
        };
        out.push(String::from_utf8_lossy(note).into_owned());
        end += 4 + n as u64;
        rest = tail;
    }
    Ok((out, end))
}
