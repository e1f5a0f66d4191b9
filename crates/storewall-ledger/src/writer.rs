//! The writer: one thread appends for the whole process, in batches that
//! share one `fdatasync` (group commit), and acknowledges each event only
//! once it is durable.
//!
//! Appenders in other processes (`storewall` commands run beside the
//! server) take the same file lock per batch; a writer that finds the
//! files changed under it reads them again before appending.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::thread::JoinHandle;

use tokio::sync::oneshot;

use crate::files::{self, Paths};
use crate::merkle::leaf_hash;
use crate::note::NoteSigner;
use crate::state::State;
use crate::subjects::Subjects;
use crate::{Entry, LedgerError};

/// Where a ledger lives and how it signs.
#[derive(Clone, Debug)]
pub struct LedgerOptions {
    /// The ledger's directory.
    pub dir: PathBuf,
    /// The log's origin, the first line of every checkpoint.
    pub origin: String,
    /// The signing key's file; `DIR/signing.key` when unset.
    pub key_path: Option<PathBuf>,
}

impl LedgerOptions {
    /// The signing key's file.
    pub fn key_path(&self) -> PathBuf {
        self.key_path
            .clone()
            .unwrap_or_else(|| self.dir.join("signing.key"))
    }
}

/// Most events one batch commits.
const BATCH: usize = 8192;

/// When an append counts as done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Durability {
    /// On disk: written and `fdatasync`ed. Survives a power cut.
    #[default]
    Synced,
    /// Handed to the operating system: written, sync pending. Survives
    /// the process being killed, not the machine losing power, and costs
    /// no wait for the disk.
    Written,
}

type Ack = Option<oneshot::Sender<Result<u64, String>>>;

enum Job {
    Append(Vec<u8>, Ack, Durability),
    Checkpoint(bool, oneshot::Sender<Result<String, String>>),
}

/// An append not yet known to be durable.
pub struct Pending(oneshot::Receiver<Result<u64, String>>);

impl Pending {
    /// Waits, without blocking a thread, until the event is durable, and
    /// returns its index.
    pub async fn durable(self) -> Result<u64, LedgerError> {
        match self.0.await {
            Ok(r) => r.map_err(LedgerError::Write),
            Err(_) => Err(LedgerError::Closed),
        }
    }

    /// Blocks until the event is durable, and returns its index. Not for
    /// use inside an async runtime: use [`Pending::durable`] there.
    pub fn wait(self) -> Result<u64, LedgerError> {
        match self.0.blocking_recv() {
            Ok(r) => r.map_err(LedgerError::Write),
            Err(_) => Err(LedgerError::Closed),
        }
    }
}

/// An open ledger, for appending.
pub struct Ledger {
    tx: Option<mpsc::Sender<Job>>,
    thread: Option<JoinHandle<()>>,
    signer: Arc<NoteSigner>,
    subjects: Arc<Subjects>,
    size: Arc<AtomicU64>,
}

impl Ledger {
    /// Opens (or creates) the ledger, recovering from a crash: a record
    /// torn by it is cut off, being one no caller was told was written.
    pub fn open(opts: &LedgerOptions) -> Result<Ledger, LedgerError> {
        let paths = Paths {
            dir: opts.dir.clone(),
        };
        std::fs::create_dir_all(&paths.dir).map_err(|e| LedgerError::io(&paths.dir, e))?;
        let signer = Arc::new(NoteSigner::load_or_create(&opts.key_path(), &opts.origin)?);
        let subjects = Arc::new(Subjects::open(&paths.subjects())?);
        let lock = paths.take_lock()?;
        let w = Writer::load(paths, lock, signer.clone())?;
        w.lock
            .unlock()
            .map_err(|e| LedgerError::io(&w.paths.lock(), e))?;
        let size = Arc::new(AtomicU64::new(w.state.tree.size()));
        let (tx, rx) = mpsc::channel();
        let shared = size.clone();
        let thread = std::thread::Builder::new()
            .name("storewall-ledger".into())
            .spawn(move || w.run(rx, shared))
            .map_err(|e| LedgerError::Write(e.to_string()))?;
        Ok(Ledger {
            tx: Some(tx),
            thread: Some(thread),
            signer,
            subjects,
            size,
        })
    }

    /// Appends an event; await or wait on the result for its index once
    /// it is durable.
    pub fn append(&self, entry: &Entry) -> Pending {
        self.append_leaf(entry.to_leaf())
    }

    /// Appends leaf bytes as they are.
    pub fn append_leaf(&self, leaf: Vec<u8>) -> Pending {
        self.append_leaf_with(leaf, Durability::Synced)
    }

    /// Appends an event, done once it is as durable as `level` says.
    pub fn append_with(&self, entry: &Entry, level: Durability) -> Pending {
        self.append_leaf_with(entry.to_leaf(), level)
    }

    fn append_leaf_with(&self, leaf: Vec<u8>, level: Durability) -> Pending {
        let (ack, rx) = oneshot::channel();
        if let Some(tx) = &self.tx {
            let _ = tx.send(Job::Append(leaf, Some(ack), level));
        }
        Pending(rx)
    }

    /// Signs and stores a checkpoint of the tree as it is once every
    /// event appended before is durable, and returns its note text. Unless
    /// `force`, a tree that has not grown since the last checkpoint keeps
    /// that one.
    pub async fn checkpoint(&self, force: bool) -> Result<String, LedgerError> {
        let (ack, rx) = oneshot::channel();
        if let Some(tx) = &self.tx {
            let _ = tx.send(Job::Checkpoint(force, ack));
        }
        match rx.await {
            Ok(r) => r.map_err(LedgerError::Write),
            Err(_) => Err(LedgerError::Closed),
        }
    }

    /// [`Ledger::checkpoint`], blocking.
    pub fn checkpoint_blocking(&self, force: bool) -> Result<String, LedgerError> {
        let (ack, rx) = oneshot::channel();
        if let Some(tx) = &self.tx {
            let _ = tx.send(Job::Checkpoint(force, ack));
        }
        match rx.blocking_recv() {
            Ok(r) => r.map_err(LedgerError::Write),
            Err(_) => Err(LedgerError::Closed),
        }
    }

    /// The number of durable leaves.
    pub fn size(&self) -> u64 {
        self.size.load(Ordering::Acquire)
    }

    /// The verifier key of the checkpoints.
    pub fn verifier_key(&self) -> String {
        self.signer.verifier_key()
    }

    /// The keystore personal data is sealed with.
    pub fn subjects(&self) -> &Subjects {
        &self.subjects
    }

    /// Stops accepting events, writes those already given, and waits for
    /// the writer to finish.
    pub fn close(&mut self) {
        self.tx = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Ledger {
    fn drop(&mut self) {
        self.close();
    }
}

struct Writer {
    paths: Paths,
    lock: File,
    signer: Arc<NoteSigner>,
    state: State,
    leaves: File,
    hashes: File,
    checkpoints: File,
    /// `leaves.log` as this writer last left it: (inode, length).
    seen: (u64, u64),
    last_checkpoint: Option<(u64, String)>,
    /// Since when `leaves.log` holds writes not yet synced.
    unsynced: Option<std::time::Instant>,
}

/// How long writes asked only to be written may wait for their sync.
const LAZY_SYNC: std::time::Duration = std::time::Duration::from_millis(100);

impl Writer {
    fn load(paths: Paths, lock: File, signer: Arc<NoteSigner>) -> Result<Writer, LedgerError> {
        let state = State::recover(&paths)?;
        let open = |p: PathBuf| {
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(&p)
                .map_err(|e| LedgerError::io(&p, e))
        };
        let leaves = open(paths.leaves())?;
        let hashes = open(paths.hashes())?;
        let checkpoints = open(paths.checkpoints())?;
        let seen = leaves
            .metadata()
            .map(|m| files::identity(&m))
            .map_err(|e| LedgerError::io(&paths.leaves(), e))?;
        let (mut notes, end) = files::checkpoints_and_end(&paths.checkpoints())?;
        let cp_len = checkpoints.metadata().map(|m| m.len()).unwrap_or(end);
        if cp_len > end {
            // A checkpoint torn by a crash: it was never handed out.
            checkpoints
                .set_len(end)
                .and_then(|()| checkpoints.sync_all())
                .map_err(|e| LedgerError::io(&paths.checkpoints(), e))?;
        }
        let last_checkpoint = notes
            .pop()
            .and_then(|n| Some((n.lines().nth(1)?.parse().ok()?, n)));
        Ok(Writer {
            paths,
            lock,
            signer,
            state,
            leaves,
            hashes,
            checkpoints,
            seen,
            last_checkpoint,
            unsynced: None,
        })
    }

    fn run(mut self, rx: mpsc::Receiver<Job>, size: Arc<AtomicU64>) {
        while let Ok(first) = rx.recv() {
            let mut jobs = vec![first];
            while jobs.len() < BATCH {
                match rx.try_recv() {
                    Ok(j) => jobs.push(j),
                    Err(_) => break,
                }
            }
            let outcome = self.commit(&mut jobs);
            size.store(self.state.tree.size(), Ordering::Release);
            match outcome {
                Ok((indices, notes)) => {
                    let (mut i, mut n) = (indices.into_iter(), notes.into_iter());
                    for job in jobs {
                        match job {
                            Job::Append(_, ack, _) => {
                                let index = i.next().ok_or_else(|| "lost".to_string());
                                if let Some(ack) = ack {
                                    let _ = ack.send(index);
                                }
                            }
                            Job::Checkpoint(_, ack) => {
                                let _ = ack.send(n.next().ok_or_else(|| "lost".to_string()));
                            }
                        }
                    }
                }
                Err(e) => {
                    let msg = e.to_string();
                    for job in jobs {
                        match job {
                            Job::Append(_, ack, _) => {
                                if let Some(ack) = ack {
                                    let _ = ack.send(Err(msg.clone()));
                                }
                            }
                            Job::Checkpoint(_, ack) => {
                                let _ = ack.send(Err(msg.clone()));
                            }
                        }
                    }
                    // Start the next batch from what the files hold.
                    let _ = self.reload();
                }
            }
        }
    }

    fn reload(&mut self) -> Result<(), LedgerError> {
        let paths = self.paths.clone();
        let lock = self
            .lock
            .try_clone()
            .map_err(|e| LedgerError::io(&paths.lock(), e))?;
        *self = Writer::load(paths, lock, self.signer.clone())?;
        Ok(())
    }

    /// Writes one batch under the file lock: appends, one sync, then the
    /// checkpoints asked for.
    fn commit(&mut self, jobs: &mut [Job]) -> Result<(Vec<u64>, Vec<String>), LedgerError> {
        self.lock
            .lock()
            .map_err(|e| LedgerError::io(&self.paths.lock(), e))?;
        let result = self.commit_locked(jobs);
        let _ = self.lock.unlock();
        result
    }

    fn commit_locked(&mut self, jobs: &mut [Job]) -> Result<(Vec<u64>, Vec<String>), LedgerError> {
        let now = std::fs::metadata(self.paths.leaves())
            .map(|m| files::identity(&m))
            .map_err(|e| LedgerError::io(&self.paths.leaves(), e))?;
        if now != self.seen {
            // Another process appended or pruned: read the files again.
            self.reload()?;
        }
        let leaves_path = self.paths.leaves();
        let mut records = Vec::new();
        let mut hashes = Vec::new();
        let mut indices = Vec::new();
        let mut at = self.seen.1;
        let mut offsets = Vec::new();
        for job in jobs.iter() {
            if let Job::Append(leaf, _, _) = job {
                let h = leaf_hash(leaf);
                let rec = files::record(leaf, &h)?;
                offsets.push(at);
                at += rec.len() as u64;
                records.extend_from_slice(&rec);
                hashes.push(h);
                indices.push(self.state.tree.size() + indices.len() as u64);
            }
        }
        if !records.is_empty() {
            self.leaves
                .write_all(&records)
                .map_err(|e| LedgerError::io(&leaves_path, e))?;
            // Appends that asked only to be written are done now.
            let mut next = indices.iter();
            for job in jobs.iter_mut() {
                if let Job::Append(_, ack, level) = job {
                    let index = next.next().copied();
                    if *level == Durability::Written {
                        if let (Some(a), Some(i)) = (ack.take(), index) {
                            let _ = a.send(Ok(i));
                        }
                    }
                }
            }
            // Sync now if anyone waits for it, or a checkpoint will sign
            // these leaves; writes that asked only to be written are
            // synced at most LAZY_SYNC later, off their path.
            let must = jobs.iter().any(|j| match j {
                Job::Append(_, _, level) => *level == Durability::Synced,
                Job::Checkpoint(..) => true,
            });
            let since = *self.unsynced.get_or_insert_with(std::time::Instant::now);
            if must || since.elapsed() >= LAZY_SYNC {
                self.leaves
                    .sync_data()
                    .map_err(|e| LedgerError::io(&leaves_path, e))?;
                self.unsynced = None;
            }
            let flat: Vec<u8> = hashes.iter().flatten().copied().collect();
            // Not synced: rebuilt from the leaves after a crash.
            self.hashes
                .write_all(&flat)
                .map_err(|e| LedgerError::io(&self.paths.hashes(), e))?;
            for h in hashes {
                self.state.tree.push(h);
            }
            self.state.scan.offsets.extend(offsets);
            self.state.scan.end = at;
            self.seen.1 = at;
        }
        let mut notes = Vec::new();
        for job in jobs.iter() {
            if let Job::Checkpoint(force, _) = job {
                notes.push(self.checkpoint(*force)?);
            }
        }
        Ok((indices, notes))
    }

    fn checkpoint(&mut self, force: bool) -> Result<String, LedgerError> {
        if self.unsynced.take().is_some() {
            self.leaves
                .sync_data()
                .map_err(|e| LedgerError::io(&self.paths.leaves(), e))?;
        }
        let size = self.state.tree.size();
        if let Some((n, note)) = &self.last_checkpoint {
            if *n == size && !force {
                return Ok(note.clone());
            }
        }
        let root = self
            .state
            .tree
            .root(size)
            .ok_or_else(|| LedgerError::Corrupt("no root".into()))?;
        let note = self.signer.checkpoint(size, &root);
        let n = u32::try_from(note.len()).map_err(|_| LedgerError::TooLarge(note.len()))?;
        let mut rec = n.to_le_bytes().to_vec();
        rec.extend_from_slice(note.as_bytes());
        self.checkpoints
            .write_all(&rec)
            .and_then(|()| self.checkpoints.sync_data())
            .map_err(|e| LedgerError::io(&self.paths.checkpoints(), e))?;
        self.last_checkpoint = Some((size, note.clone()));
        Ok(note)
    }
}
