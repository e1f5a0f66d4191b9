//! The scanner must never panic, whatever the bytes, and every finding must
//! lie on character boundaries inside the text, ordered and non-overlapping.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use storewall_dlp::{protect, restore_all, Action, Policy, Scanner, Vault};

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(Scanner::new)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let findings = scanner().scan(&text);
    let mut last = 0;
    for f in &findings {
        assert!(f.start >= last && f.start < f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        let j = f.to_json_offsets(&text);
        assert!(j.start < j.end);
        last = f.end;
    }
    let policy = Policy { default_action: Action::Tokenize, actions: Default::default() };
    let mut vault = Vault::new();
    let p = protect(&text, &findings, &policy, &mut vault);
    assert_eq!(restore_all(&p.text, &vault), text);
});
