//! Name gazetteers, built once per process from the lists in `data/`.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Lower-cased gazetteers.
pub(crate) struct Gazetteers {
    pub(crate) first: HashSet<String>,
    pub(crate) last: HashSet<String>,
    /// Names that are also ordinary English words.
    pub(crate) common: HashSet<String>,
}

fn set(text: &str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The gazetteers, loaded on first use.
pub(crate) fn gazetteers() -> &'static Gazetteers {
    static G: OnceLock<Gazetteers> = OnceLock::new();
    G.get_or_init(|| Gazetteers {
        first: set(include_str!("../../data/first_names.txt")),
        last: set(include_str!("../../data/last_names.txt")),
        common: set(include_str!("../../data/common_words.txt")),
    })
}
