//! RFC 6962 Merkle tree hashing, inclusion and consistency proofs, and
//! their verification (RFC 9162 §2.1.3.2 and §2.1.4.2).
//!
//! Hand-written because it is the ledger's core and small: the hashing is
//! two lines, and no maintained crate offers RFC 6962 proofs over a store
//! of our own without also imposing its storage.

use sha2::{Digest, Sha256};

/// A SHA-256 hash.
pub type Hash = [u8; 32];

/// The hash of a leaf: SHA-256(0x00 ‖ leaf bytes).
pub fn leaf_hash(leaf: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(leaf);
    h.finalize().into()
}

/// The hash of an interior node: SHA-256(0x01 ‖ left ‖ right).
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The root of the empty tree: SHA-256 of nothing.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// The largest power of two smaller than `n` (n ≥ 2): where RFC 6962
/// splits a tree of `n` leaves.
fn split(n: u64) -> u64 {
    let mut k = 1;
    while k << 1 < n {
        k <<= 1;
    }
    k
}

/// Leaf hashes with every complete, aligned subtree's hash kept, level by
/// level, so the hash of any subtree RFC 6962 asks for costs a lookup or
/// a walk down its right edge, never a rehash of its leaves.
#[derive(Clone, Debug, Default)]
pub struct Tree {
    /// `levels[k][i]` is the hash of leaves `i·2^k .. (i+1)·2^k`.
    levels: Vec<Vec<Hash>>,
}

impl Tree {
    /// An empty tree.
    pub fn new() -> Tree {
        Tree {
            levels: vec![Vec::new()],
        }
    }

    /// The number of leaves.
    pub fn size(&self) -> u64 {
        self.levels.first().map_or(0, |l| l.len() as u64)
    }

    /// The hash of leaf `i`.
    pub fn leaf(&self, i: u64) -> Option<Hash> {
        self.levels.first()?.get(usize::try_from(i).ok()?).copied()
    }

    /// Appends a leaf hash.
    pub fn push(&mut self, leaf: Hash) {
        let mut h = leaf;
        let mut level = 0;
        loop {
            if self.levels.len() == level {
                self.levels.push(Vec::new());
            }
            let row = &mut self.levels[level];
            row.push(h);
            if row.len() % 2 == 1 {
                return;
            }
            h = node_hash(&row[row.len() - 2], &row[row.len() - 1]);
            level += 1;
        }
    }

    /// MTH(D[from..from+n]) for a range that starts on a boundary the
    /// RFC 6962 recursion produces (a multiple of the largest power of two
    /// not above `n`), which every range met by the proofs below does.
    fn subtree(&self, from: u64, n: u64) -> Hash {
        if n == 0 {
            return empty_root();
        }
        if n.is_power_of_two() {
            let k = n.trailing_zeros() as usize;
            if let Some(h) = self
                .levels
                .get(k)
                .and_then(|row| row.get(usize::try_from(from >> k).ok()?))
            {
                return *h;
            }
        }
        if n == 1 {
            return self.leaf(from).unwrap_or_else(empty_root);
        }
        let k = split(n);
        node_hash(&self.subtree(from, k), &self.subtree(from + k, n - k))
    }

    /// The root of the tree of its first `size` leaves.
    pub fn root(&self, size: u64) -> Option<Hash> {
        (size <= self.size()).then(|| self.subtree(0, size))
    }

    /// The RFC 6962 audit path for leaf `index` in the tree of its first
    /// `size` leaves, from the leaf's sibling up.
    pub fn inclusion(&self, index: u64, size: u64) -> Option<Vec<Hash>> {
        if index >= size || size > self.size() {
            return None;
        }
        let mut path = Vec::new();
        self.path(index, 0, size, &mut path);
        Some(path)
    }

    fn path(&self, m: u64, from: u64, n: u64, out: &mut Vec<Hash>) {
        if n <= 1 {
            return;
        }
        let k = split(n);
        if m < k {
            self.path(m, from, k, out);
            out.push(self.subtree(from + k, n - k));
        } else {
            self.path(m - k, from + k, n - k, out);
            out.push(self.subtree(from, k));
        }
    }

    /// The RFC 6962 consistency proof between the trees of the first
    /// `old` and first `new` leaves.
    pub fn consistency(&self, old: u64, new: u64) -> Option<Vec<Hash>> {
        if old > new || new > self.size() {
            return None;
        }
        let mut proof = Vec::new();
        if old > 0 && old < new {
            self.subproof(old, 0, new, true, &mut proof);
        }
        Some(proof)
    }

    fn subproof(&self, m: u64, from: u64, n: u64, whole: bool, out: &mut Vec<Hash>) {
        if m == n {
            if !whole {
                out.push(self.subtree(from, n));
            }
            return;
        }
        let k = split(n);
        if m <= k {
            self.subproof(m, from, k, whole, out);
            out.push(self.subtree(from + k, n - k));
        } else {
            self.subproof(m - k, from + k, n - k, false, out);
            out.push(self.subtree(from, k));
        }
    }
}

/// Checks an audit path (RFC 9162 §2.1.3.2).
pub fn verify_inclusion(index: u64, size: u64, leaf: &Hash, path: &[Hash], root: &Hash) -> bool {
    if index >= size {
        return false;
    }
    let (mut f, mut s) = (index, size - 1);
    let mut r = *leaf;
    for p in path {
        if s == 0 {
            return false;
        }
        if f & 1 == 1 || f == s {
            r = node_hash(p, &r);
            if f & 1 == 0 {
                while f & 1 == 0 && f != 0 {
                    f >>= 1;
                    s >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p);
        }
        f >>= 1;
        s >>= 1;
    }
    s == 0 && r == *root
}

/// Checks a consistency proof (RFC 9162 §2.1.4.2).
pub fn verify_consistency(
    old: u64,
    new: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> bool {
    if old > new {
        return false;
    }
    if old == new {
        return proof.is_empty() && old_root == new_root;
    }
    if old == 0 {
        return proof.is_empty();
    }
    let mut path: Vec<Hash> = proof.to_vec();
    if old.is_power_of_two() {
        path.insert(0, *old_root);
    }
    let (mut f, mut s) = (old - 1, new - 1);
    while f & 1 == 1 {
        f >>= 1;
        s >>= 1;
    }
    let Some((first, rest)) = path.split_first() else {
        return false;
    };
    let (mut fr, mut sr) = (*first, *first);
    for c in rest {
        if s == 0 {
            return false;
        }
        if f & 1 == 1 || f == s {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            if f & 1 == 0 {
                while f & 1 == 0 && f != 0 {
                    f >>= 1;
                    s >>= 1;
                }
            }
        } else {
            sr = node_hash(&sr, c);
        }
        f >>= 1;
        s >>= 1;
    }
    fr == *old_root && sr == *new_root && s == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    // An independent reading of RFC 6962 §2.1, recursive and unoptimised.
    fn mth(d: &[Vec<u8>]) -> Hash {
        match d.len() {
            0 => empty_root(),
            1 => leaf_hash(&d[0]),
            n => {
                let k = split(n as u64) as usize;
                node_hash(&mth(&d[..k]), &mth(&d[k..]))
            }
        }
    }

    fn rfc_path(m: usize, d: &[Vec<u8>]) -> Vec<Hash> {
        let n = d.len();
        if n <= 1 {
            return vec![];
        }
        let k = split(n as u64) as usize;
        if m < k {
            let mut p = rfc_path(m, &d[..k]);
            p.push(mth(&d[k..]));
            p
        } else {
            let mut p = rfc_path(m - k, &d[k..]);
            p.push(mth(&d[..k]));
            p
        }
    }

    fn rfc_subproof(m: usize, d: &[Vec<u8>], b: bool) -> Vec<Hash> {
        let n = d.len();
        if m == n {
            return if b { vec![] } else { vec![mth(d)] };
        }
        let k = split(n as u64) as usize;
        if m <= k {
            let mut p = rfc_subproof(m, &d[..k], b);
            p.push(mth(&d[k..]));
            p
        } else {
            let mut p = rfc_subproof(m - k, &d[k..], false);
            p.push(mth(&d[..k]));
            p
        }
    }

    fn leaves(n: usize) -> Vec<Vec<u8>> {
        (0..n).map(|i| format!("leaf {i}").into_bytes()).collect()
    }

    #[test]
    fn matches_the_rfc_definitions_for_every_size() {
        let d = leaves(70);
        let mut t = Tree::new();
        assert_eq!(t.root(0), Some(empty_root()));
        for l in &d {
            t.push(leaf_hash(l));
        }
        for n in 1..=70usize {
            let root = mth(&d[..n]);
            assert_eq!(t.root(n as u64), Some(root), "root {n}");
            for m in 0..n {
                let p = t.inclusion(m as u64, n as u64).unwrap();
                assert_eq!(p, rfc_path(m, &d[..n]), "path {m}/{n}");
                assert!(verify_inclusion(
                    m as u64,
                    n as u64,
                    &leaf_hash(&d[m]),
                    &p,
                    &root
                ));
                assert!(!verify_inclusion(
                    m as u64,
                    n as u64,
                    &leaf_hash(b"x"),
                    &p,
                    &root
                ));
            }
            for m in 1..=n {
                let p = t.consistency(m as u64, n as u64).unwrap();
                let want = if m == n {
                    vec![]
                } else {
                    rfc_subproof(m, &d[..n], true)
                };
                assert_eq!(p, want, "consistency {m}->{n}");
                let old = mth(&d[..m]);
                assert!(
                    verify_consistency(m as u64, n as u64, &old, &root, &p),
                    "{m}->{n}"
                );
                if m < n {
                    assert!(!verify_consistency(
                        m as u64,
                        n as u64,
                        &leaf_hash(b"x"),
                        &root,
                        &p
                    ));
                }
            }
        }
    }

    #[test]
    fn the_empty_tree_and_one_leaf() {
        assert_eq!(
            hex::encode(empty_root()),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        // RFC 6962 test vector: the hash of the empty leaf.
        assert_eq!(
            hex::encode(leaf_hash(b"")),
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
        );
    }
}
