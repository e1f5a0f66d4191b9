//! Names defined at run time (custom entity types and detectors) as
//! `&'static str`, so findings stay `Copy`-cheap. Each distinct name is
//! stored once for the life of the process; configs define a handful.

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();

/// The one stored copy of `name`.
pub(crate) fn intern(name: &str) -> &'static str {
    let set = NAMES.get_or_init(|| Mutex::new(HashSet::new()));
    let Ok(mut set) = set.lock() else {
        // A poisoned lock only means another thread panicked mid-insert;
        // a fresh leak is still a correct answer.
        return Box::leak(name.to_string().into_boxed_str());
    };
    if let Some(s) = set.get(name) {
        return s;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    set.insert(leaked);
    leaked
}
