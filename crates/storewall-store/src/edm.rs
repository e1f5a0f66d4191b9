//! Exact-data-match set files in `DATA_DIR/edm/NAME.edm`: fingerprints
//! only, readable by the owner only, replaced atomically.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use storewall_dlp::EdmSet;

use crate::StoreError;

/// The folder of EDM sets.
pub fn edm_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("edm")
}

/// Checks a set name: letters, digits, `-` and `_`, at most 64.
pub fn valid_set_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn io(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::DataDir {
        path: path.display().to_string(),
        reason: e,
    }
}

/// Writes a set, replacing any set of the same name.
pub fn save_edm_set(data_dir: &Path, set: &EdmSet) -> Result<PathBuf, StoreError> {
    use std::io::Write;
    let dir = edm_dir(data_dir);
    std::fs::create_dir_all(&dir).map_err(|e| io(&dir, e))?;
    let path = dir.join(format!("{}.edm", set.name));
    let tmp = dir.join(format!(".{}.edm.tmp", set.name));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&tmp).map_err(|e| io(&tmp, e))?;
    f.write_all(&set.to_bytes()).map_err(|e| io(&tmp, e))?;
    f.sync_all().map_err(|e| io(&tmp, e))?;
    std::fs::rename(&tmp, &path).map_err(|e| io(&path, e))?;
    Ok(path)
}

/// Removes a set; false when there was none.
pub fn remove_edm_set(data_dir: &Path, name: &str) -> Result<bool, StoreError> {
    let path = edm_dir(data_dir).join(format!("{name}.edm"));
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(io(&path, e)),
    }
}

/// A fingerprint of the folder's state (names, sizes, times), to notice
/// imports made by another process.
pub fn edm_signature(data_dir: &Path) -> Vec<(String, u64, Option<SystemTime>)> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(edm_dir(data_dir)) {
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if !name.ends_with(".edm") || name.starts_with('.') {
                continue;
            }
            let meta = e.metadata().ok();
            out.push((
                name,
                meta.as_ref().map(|m| m.len()).unwrap_or(0),
                meta.and_then(|m| m.modified().ok()),
            ));
        }
    }
    out.sort();
    out
}

/// Every set in the data directory. An unreadable set is an error naming it.
pub fn load_edm_sets(data_dir: &Path) -> Result<Vec<Arc<EdmSet>>, StoreError> {
    let mut out = Vec::new();
    for (file, _, _) in edm_signature(data_dir) {
        let path = edm_dir(data_dir).join(&file);
        let bytes = std::fs::read(&path).map_err(|e| io(&path, e))?;
        let name = file.trim_end_matches(".edm");
        let set = EdmSet::from_bytes(name, &bytes).map_err(|e| StoreError::Corrupt {
            table: "edm",
            detail: format!("{}: {e}", path.display()),
        })?;
        out.push(Arc::new(set));
    }
    Ok(out)
}
