//! Streamed restoration equals whole-text restoration for any chunking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storewall_dlp::{restore_all, EntityType, StreamRestorer, Vault};

fuzz_target!(|input: (Vec<u8>, Vec<u8>)| {
    let (data, cuts) = input;
    let text = String::from_utf8_lossy(&data);
    let mut vault = Vault::new();
    vault.tokenize(EntityType::EmailAddress, "jane@example.com");
    vault.tokenize(EntityType::Person, "Zoë \"Z\" Martín");
    let mut bounds: Vec<usize> = cuts
        .iter()
        .map(|c| usize::from(*c) * text.len() / 255)
        .filter(|&c| text.is_char_boundary(c))
        .collect();
    bounds.push(0);
    bounds.push(text.len());
    bounds.sort_unstable();
    bounds.dedup();
    let mut r = StreamRestorer::default();
    let mut out = String::new();
    for w in bounds.windows(2) {
        out.push_str(&r.feed(&text[w[0]..w[1]], &vault));
    }
    out.push_str(&r.finish(&vault));
    assert_eq!(out, restore_all(&text, &vault));
});
