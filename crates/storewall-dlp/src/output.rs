//! Output DLP: values in an answer that the request never held.
//!
//! A model can only repeat what it was given or what it already knew. What
//! it was given comes back through placeholders or in clear and is the
//! caller's own; anything else of a sensitive type (another customer's card
//! or address from a poisoned document, a key from its training data) is
//! handled by an output policy before the caller sees it.

use std::collections::HashSet;
use std::hash::{BuildHasher, Hasher};

use crate::{protect, Action, EntityType, Finding, Policy, Protected, Scanner, Vault};

/// Fingerprints of the values a request held, to tell an answer's own
/// values from new ones. Only 64-bit hashes are kept.
#[derive(Debug, Default, Clone)]
pub struct Seen {
    values: HashSet<u64>,
}

/// The comparison form of a value: letters and digits, lower-cased, so that
/// "4111 1111 1111 1111" and "4111-1111-1111-1111" are the same card.
/// `word` marks the fingerprint of one word of a name or place, kept apart
/// from whole values.
fn fingerprint(value: &str, word: bool) -> Option<u64> {
    let mut h = foldhash::fast::FixedState::with_seed(0x5eed_5701_e0a1).build_hasher();
    h.write_u8(u8::from(word));
    let mut any = false;
    for c in value.chars().filter(|c| c.is_alphanumeric()) {
        for l in c.to_lowercase() {
            h.write_u32(u32::from(l));
            any = true;
        }
    }
    any.then(|| h.finish())
}

/// Types whose parts are meaningful alone: an answer that says "Jane" to a
/// request about "Jane Doe" repeats the request.
fn by_words(entity: EntityType) -> bool {
    matches!(entity, EntityType::Person | EntityType::Location)
}

impl Seen {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a value the request held.
    pub fn add(&mut self, entity: EntityType, value: &str) {
        self.values.extend(fingerprint(value, false));
        if by_words(entity) {
            for w in value.split(|c: char| !c.is_alphanumeric()) {
                self.values.extend(fingerprint(w, true));
            }
        }
    }

    /// Records every finding of `text`.
    pub fn add_findings(&mut self, text: &str, findings: &[Finding]) {
        for f in findings {
            self.add(f.entity, &text[f.start..f.end]);
        }
    }

    /// True when the request held `value`, whole or, for names and places,
    /// word by word.
    pub fn contains(&self, entity: EntityType, value: &str) -> bool {
        if fingerprint(value, false).is_some_and(|h| self.values.contains(&h)) {
            return true;
        }
        by_words(entity)
            && value
                .split(|c: char| !c.is_alphanumeric())
                .filter_map(|w| fingerprint(w, true))
                .all(|h| self.values.contains(&h))
    }

    /// How many fingerprints are held.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// True when nothing is held.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// Applies `policy` to the values in `text` that are not in `seen`.
/// `tokenize` has no meaning for an answer and acts as `redact`.
pub fn guard_output(text: &str, scanner: &Scanner, seen: &Seen, policy: &Policy) -> Protected {
    let findings: Vec<Finding> = scanner
        .scan(text)
        .into_iter()
        .filter(|f| !seen.contains(f.entity, &text[f.start..f.end]))
        .collect();
    apply(text, &findings, policy)
}

fn apply(text: &str, findings: &[Finding], policy: &Policy) -> Protected {
    if findings.is_empty() {
        return Protected {
            text: text.to_string(),
            ..Protected::default()
        };
    }
    let mut policy = policy.clone();
    if policy.default_action == Action::Tokenize {
        policy.default_action = Action::Redact;
    }
    for a in policy.actions.values_mut() {
        if *a == Action::Tokenize {
            *a = Action::Redact;
        }
    }
    let mut out = protect(text, findings, &policy, &mut Vault::new());
    // A blocked value is never shown either: the answer is cut short.
    if !out.blocked.is_empty() {
        let mut redacting = policy.clone();
        for b in &out.blocked {
            redacting.actions.insert(*b, Action::Redact);
        }
        out.text = protect(text, findings, &redacting, &mut Vault::new()).text;
    }
    out
}

/// Bytes an output stream holds back, so that a value split across chunks
/// is seen whole before any of it is sent.
const HOLD: usize = 96;
/// A run without spaces longer than this is released anyway (a long token
/// is a credential at most a few hundred bytes long).
const HOLD_MAX: usize = 1024;
/// Bytes of already sent text kept as context for labels ("Phone: ...").
const CONTEXT: usize = 64;

/// Output DLP over a streamed answer, one instance per text stream.
///
/// It holds back the last [`HOLD`] bytes (up to a word boundary) so a
/// value cut by the provider's chunking is judged whole; the cost is that
/// the caller sees text about a line later.
#[derive(Debug, Default)]
pub struct OutputStream {
    held: String,
    context: String,
}

impl OutputStream {
    /// A stream with nothing held.
    pub fn new() -> Self {
        Self::default()
    }

    /// True when text is held back.
    pub fn has_pending(&self) -> bool {
        !self.held.is_empty()
    }

    /// Adds `text` and returns what can be released, guarded.
    pub fn push(
        &mut self,
        text: &str,
        scanner: &Scanner,
        seen: &Seen,
        policy: &Policy,
    ) -> Protected {
        self.held.push_str(text);
        if self.held.len() <= HOLD {
            return Protected::default();
        }
        let mut cut = self.held.len() - HOLD;
        while !self.held.is_char_boundary(cut) {
            cut -= 1;
        }
        // Cut after a space, never inside a word, unless the word is huge.
        match self.held[..cut].rfind(char::is_whitespace) {
            Some(ws) => cut = ws + 1,
            None if self.held.len() < HOLD_MAX => return Protected::default(),
            None => {}
        }
        self.release(cut, scanner, seen, policy)
    }

    /// Adds the last `text` of the stream (may be empty) and releases
    /// everything held, guarded.
    pub fn finish(
        &mut self,
        text: &str,
        scanner: &Scanner,
        seen: &Seen,
        policy: &Policy,
    ) -> Protected {
        self.held.push_str(text);
        let all = self.held.len();
        self.release(all, scanner, seen, policy)
    }

    fn release(
        &mut self,
        mut cut: usize,
        scanner: &Scanner,
        seen: &Seen,
        policy: &Policy,
    ) -> Protected {
        let ctx = self.context.len();
        let window = format!("{}{}", self.context, self.held);
        let findings: Vec<Finding> = scanner
            .scan(&window)
            .into_iter()
            .filter(|f| f.start >= ctx && !seen.contains(f.entity, &window[f.start..f.end]))
            .map(|f| Finding {
                start: f.start - ctx,
                end: f.end - ctx,
                ..f
            })
            .collect();
        // A value that reaches past the cut waits for the next chunk whole.
        for f in &findings {
            if f.start < cut && f.end > cut {
                cut = f.start;
            }
        }
        let released: Vec<Finding> = findings.into_iter().filter(|f| f.end <= cut).collect();
        let out = apply(&self.held[..cut], &released, policy);
        let sent: String = self.held.drain(..cut).collect();
        self.context.push_str(&sent);
        if self.context.len() > CONTEXT {
            let mut from = self.context.len() - CONTEXT;
            while !self.context.is_char_boundary(from) {
                from += 1;
            }
            self.context.drain(..from);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> Policy {
        Policy {
            default_action: Action::Redact,
            actions: Default::default(),
        }
    }

    #[test]
    fn values_from_the_request_pass_and_new_ones_are_redacted() {
        let scanner = Scanner::new();
        let request = "Refund jane.doe@example.com, card 4111 1111 1111 1111";
        let mut seen = Seen::new();
        seen.add_findings(request, &scanner.scan(request));
        let answer = "Refunded 4111-1111-1111-1111 for jane.doe@example.com; \
                      also mail bob.stone@example.org about 5500 0000 0000 0004";
        let out = guard_output(answer, &scanner, &seen, &policy());
        assert_eq!(
            out.text,
            "Refunded 4111-1111-1111-1111 for jane.doe@example.com; \
             also mail [EMAIL_ADDRESS] about [CREDIT_CARD]"
        );
        assert_eq!(out.counts.get(&EntityType::CreditCard), Some(&1));
    }

    #[test]
    fn names_are_known_word_by_word() {
        let mut seen = Seen::new();
        seen.add(EntityType::Person, "Jane Doe");
        assert!(seen.contains(EntityType::Person, "Jane"));
        assert!(seen.contains(EntityType::Person, "JANE DOE"));
        assert!(!seen.contains(EntityType::Person, "Jane Smith"));
        assert!(!seen.contains(EntityType::EmailAddress, "jane"));
    }

    #[test]
    fn blocked_values_are_not_shown() {
        let scanner = Scanner::new();
        let mut p = policy();
        p.actions.insert(EntityType::CreditCard, Action::Block);
        let out = guard_output("card 5500 0000 0000 0004", &scanner, &Seen::new(), &p);
        assert_eq!(out.blocked, vec![EntityType::CreditCard]);
        assert_eq!(out.text, "card [CREDIT_CARD]");
    }

    fn streamed(answer: &str, chunk: usize, seen: &Seen) -> String {
        let scanner = Scanner::new();
        let mut s = OutputStream::new();
        let mut out = String::new();
        let chars: Vec<char> = answer.chars().collect();
        for c in chars.chunks(chunk) {
            let piece: String = c.iter().collect();
            out.push_str(&s.push(&piece, &scanner, seen, &policy()).text);
        }
        out.push_str(&s.finish("", &scanner, seen, &policy()).text);
        out
    }

    #[test]
    fn a_stream_is_guarded_however_it_is_chunked() {
        let answer = "Sure. The other order went to bob.stone@example.org and was paid \
                      with 5500 0000 0000 0004, while yours used jane.doe@example.com. \
                      Anything else I can help with today? Have a good day.";
        let mut seen = Seen::new();
        seen.add(EntityType::EmailAddress, "jane.doe@example.com");
        let whole = guard_output(answer, &Scanner::new(), &seen, &policy()).text;
        assert!(whole.contains("[EMAIL_ADDRESS]") && whole.contains("[CREDIT_CARD]"));
        assert!(whole.contains("jane.doe@example.com"));
        for chunk in [1, 2, 3, 7, 16, 500] {
            assert_eq!(streamed(answer, chunk, &seen), whole, "chunk {chunk}");
        }
    }
}
