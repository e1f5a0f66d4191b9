//! The ledger end to end on real files: durable appends, proofs that an
//! independent verifier accepts, crash recovery, tampering, erasure and
//! pruning.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::json;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use storewall_ledger::merkle::leaf_hash;
use storewall_ledger::{
    prune_before, verify_consistency, verify_inclusion, Entry, Hash, Ledger, LedgerError,
    LedgerOptions, LedgerReader, NoteVerifier,
};

fn opts(dir: &Path) -> LedgerOptions {
    LedgerOptions {
        dir: dir.to_path_buf(),
        origin: "test.example/ledger".into(),
        key_path: None,
    }
}

fn entry(i: u64) -> Entry {
    Entry {
        kind: "request".into(),
        ts_ms: 1_000 + i as i64,
        event: json!({"n": i, "decision": "allowed"}),
        sealed: Vec::new(),
    }
}

fn root_of(note: &str) -> Hash {
    use base64::Engine;
    let b = base64::engine::general_purpose::STANDARD
        .decode(note.lines().nth(2).unwrap())
        .unwrap();
    b.try_into().unwrap()
}

#[test]
fn concurrent_appends_are_durable_and_provable() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Arc::new(Ledger::open(&opts(dir.path())).unwrap());
    let mut all: Vec<u64> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..8)
            .map(|w| {
                let l = ledger.clone();
                s.spawn(move || {
                    (0..25)
                        .map(|i| l.append(&entry(w * 100 + i)).wait().unwrap())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        hs.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    all.sort();
    assert_eq!(all, (0..200).collect::<Vec<_>>(), "every index once");
    let first = ledger.checkpoint_blocking(false).unwrap();
    for i in 200..233 {
        ledger.append(&entry(i)).wait().unwrap();
    }
    let second = ledger.checkpoint_blocking(false).unwrap();
    assert_eq!(
        ledger.checkpoint_blocking(false).unwrap(),
        second,
        "unchanged tree, same note"
    );
    let vkey = ledger.verifier_key();

    let r = LedgerReader::open(dir.path()).unwrap();
    let v = NoteVerifier::parse(&vkey).unwrap();
    let (size, root) = r.verify(&v).unwrap();
    assert_eq!(size, 233);
    assert_eq!(root, root_of(&second));
    for i in [0, 1, 99, 199, 200, 232] {
        let p = r.prove(i).unwrap();
        assert_eq!(p.tree_size, 233);
        let cp = v.verify(&p.checkpoint).unwrap();
        assert!(verify_inclusion(
            i,
            p.tree_size,
            &leaf_hash(&p.leaf),
            &p.hashes,
            &cp.root
        ));
        let e = Entry::from_leaf(&p.leaf).unwrap();
        assert_eq!(e.kind, "request");
    }
    assert!(matches!(r.prove(233), Err(LedgerError::NotCovered { .. })));
    let (to, proof) = r.consistency(200, None).unwrap();
    assert_eq!(to, 233);
    assert!(verify_consistency(
        200,
        233,
        &root_of(&first),
        &root_of(&second),
        &proof
    ));
}

#[test]
fn a_torn_tail_is_cut_and_the_rest_kept() {
    let dir = tempfile::tempdir().unwrap();
    {
        let l = Ledger::open(&opts(dir.path())).unwrap();
        for i in 0..10 {
            l.append(&entry(i)).wait().unwrap();
        }
        l.checkpoint_blocking(false).unwrap();
    }
    // A crash in the middle of a write: half a record, and a hash file
    // that is one entry short.
    let leaves = dir.path().join("leaves.log");
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&leaves)
        .unwrap();
    f.write_all(&[200, 0, 0, 0, 1, 2, 3, 4, b'{']).unwrap();
    drop(f);
    let hashes = dir.path().join("hashes.bin");
    let h = std::fs::read(&hashes).unwrap();
    std::fs::write(&hashes, &h[..h.len() - 32]).unwrap();

    let l = Ledger::open(&opts(dir.path())).unwrap();
    assert_eq!(l.size(), 10);
    assert_eq!(l.append(&entry(10)).wait().unwrap(), 10);
    l.checkpoint_blocking(false).unwrap();
    let v = NoteVerifier::parse(&l.verifier_key()).unwrap();
    let r = LedgerReader::open(dir.path()).unwrap();
    assert_eq!(r.verify(&v).unwrap().0, 11);
}

fn rewrite(dir: &Path, edit: impl FnOnce(&mut Vec<Vec<u8>>)) {
    let r = LedgerReader::open(dir).unwrap();
    let mut leaves: Vec<Vec<u8>> = (0..r.size()).map(|i| r.leaf(i).unwrap()).collect();
    edit(&mut leaves);
    let mut log = b"SWLEAF01".to_vec();
    log.extend_from_slice(&0u64.to_le_bytes());
    let mut hashes = Vec::new();
    for l in &leaves {
        let h = leaf_hash(l);
        log.extend_from_slice(&(l.len() as u32).to_le_bytes());
        log.extend_from_slice(&h[..4]);
        log.extend_from_slice(l);
        hashes.extend_from_slice(&h);
    }
    std::fs::write(dir.join("leaves.log"), log).unwrap();
    std::fs::write(dir.join("hashes.bin"), hashes).unwrap();
}

#[test]
fn tampering_is_found_and_located() {
    let dir = tempfile::tempdir().unwrap();
    let vkey = {
        let l = Ledger::open(&opts(dir.path())).unwrap();
        for i in 0..20 {
            l.append(&entry(i)).wait().unwrap();
            if i % 5 == 4 {
                l.checkpoint_blocking(false).unwrap();
            }
        }
        l.verifier_key()
    };
    let v = NoteVerifier::parse(&vkey).unwrap();
    let pristine = std::fs::read(dir.path().join("leaves.log")).unwrap();
    let pristine_h = std::fs::read(dir.path().join("hashes.bin")).unwrap();
    let restore = || {
        std::fs::write(dir.path().join("leaves.log"), &pristine).unwrap();
        std::fs::write(dir.path().join("hashes.bin"), &pristine_h).unwrap();
    };
    let bad = || match LedgerReader::open(dir.path()).unwrap().verify(&v) {
        Err(LedgerError::Tampered { index, why }) => (index, why),
        other => panic!("tampering not found: {other:?}"),
    };
    let bad_index = || bad().0;

    // One byte of leaf 7 changed in place: named exactly.
    let mut bytes = pristine.clone();
    let at = bytes.windows(6).position(|w| w == br#""n":7}"#).unwrap();
    bytes[at + 4] = b'8';
    std::fs::write(dir.path().join("leaves.log"), &bytes).unwrap();
    let (index, why) = bad();
    assert_eq!(index, 7);
    assert!(why.contains("do not match the hash stored"), "{why}");
    restore();

    // Leaf 12 removed, hashes recomputed to match: the checkpoints name the
    // first leaf they no longer vouch for.
    rewrite(dir.path(), |l| {
        l.remove(12);
    });
    assert_eq!(bad_index(), 10);
    restore();

    // Two leaves swapped.
    rewrite(dir.path(), |l| l.swap(3, 4));
    assert_eq!(bad_index(), 0);
    restore();

    // The last leaves dropped.
    rewrite(dir.path(), |l| l.truncate(17));
    assert_eq!(bad_index(), 17);
    restore();
    assert_eq!(
        LedgerReader::open(dir.path())
            .unwrap()
            .verify(&v)
            .unwrap()
            .0,
        20
    );
}

#[test]
fn forgetting_a_subject_keeps_the_log_verifiable() {
    let dir = tempfile::tempdir().unwrap();
    let l = Ledger::open(&opts(dir.path())).unwrap();
    for (i, who) in ["cus_1", "cus_2"].iter().enumerate() {
        let sealed = l
            .subjects()
            .seal(
                who,
                json!({"customer": who, "email": "x@example.com"})
                    .to_string()
                    .as_bytes(),
            )
            .unwrap();
        let e = Entry {
            sealed: vec![sealed],
            ..entry(i as u64)
        };
        l.append(&e).wait().unwrap();
    }
    l.checkpoint_blocking(false).unwrap();
    let raw = std::fs::read_to_string(dir.path().join("leaves.log")).unwrap_or_default();
    assert!(!raw.contains("cus_1") && !raw.contains("x@example.com"));
    assert!(l.subjects().forget("cus_1").unwrap());

    let r = LedgerReader::open(dir.path()).unwrap();
    let v = NoteVerifier::parse(&l.verifier_key()).unwrap();
    assert_eq!(r.verify(&v).unwrap().0, 2);
    let mut out = Vec::new();
    r.export(0, |e| {
        out.push(e);
        Ok(())
    })
    .unwrap();
    assert_eq!(out[0]["personal"], "erased");
    assert_eq!(out[1]["personal"]["customer"], "cus_2");
}

#[test]
fn pruning_keeps_proofs_of_what_remains() {
    let dir = tempfile::tempdir().unwrap();
    let l = Ledger::open(&opts(dir.path())).unwrap();
    for i in 0..30 {
        l.append(&entry(i)).wait().unwrap();
    }
    let before = l.checkpoint_blocking(false).unwrap();
    assert_eq!(prune_before(dir.path(), 12).unwrap(), 12);
    // The running writer notices the rewrite and goes on.
    assert_eq!(l.append(&entry(30)).wait().unwrap(), 30);
    let after = l.checkpoint_blocking(false).unwrap();
    let v = NoteVerifier::parse(&l.verifier_key()).unwrap();
    let r = LedgerReader::open(dir.path()).unwrap();
    assert_eq!(r.verify(&v).unwrap().0, 31);
    assert!(matches!(r.leaf(3), Err(LedgerError::NoLeaf(3))));
    let p = r.prove(20).unwrap();
    assert!(verify_inclusion(
        20,
        31,
        &leaf_hash(&p.leaf),
        &p.hashes,
        &root_of(&after)
    ));
    let (_, proof) = r.consistency(30, Some(31)).unwrap();
    assert!(verify_consistency(
        30,
        31,
        &root_of(&before),
        &root_of(&after),
        &proof
    ));
    let mut n = 0;
    r.export(0, |_| {
        n += 1;
        Ok(())
    })
    .unwrap();
    assert_eq!(n, 19);
}

#[test]
fn two_writers_share_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let a = Ledger::open(&opts(dir.path())).unwrap();
    assert_eq!(a.append(&entry(0)).wait().unwrap(), 0);
    let b = Ledger::open(&opts(dir.path())).unwrap();
    assert_eq!(b.append(&entry(1)).wait().unwrap(), 1);
    assert_eq!(a.append(&entry(2)).wait().unwrap(), 2);
    drop(b);
    a.checkpoint_blocking(false).unwrap();
    let v = NoteVerifier::parse(&a.verifier_key()).unwrap();
    assert_eq!(
        LedgerReader::open(dir.path())
            .unwrap()
            .verify(&v)
            .unwrap()
            .0,
        3
    );
}
