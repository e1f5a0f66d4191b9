//! Which patterns of a list could match a text, found in one pass.
//!
//! Screening runs some forty signature patterns over every text. Each
//! regex skips ahead to its own leading words, but forty searches of a
//! short review cost forty times a search's fixed price, and each regex
//! whose leading word occurs ("the", "send") then builds lazy DFA states
//! for text it has not met. One Aho-Corasick pass over the words every
//! match of every pattern must start with tells which few regexes can
//! match at all; the rest are not run. The same pass finds where the
//! matches of a pattern with a known set of first words may start, so
//! its regex runs anchored there: forward only, from a start state small
//! enough that its lazy DFA stays warm, where an unanchored search
//! carries every word of the pattern in every state and then searches
//! backwards for where the match began.
//!
//! The words are taken from the patterns themselves, with `regex-syntax`'s
//! parser and literal extractor, so a pattern edited is a prefilter
//! updated. For each pattern the part with the rarest words is chosen
//! (the written-by-hand part: which part that is).

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Dot, Hir, HirKind, Repetition};

/// The most patterns a prefilter serves: the width of [`Candidates`].
pub const MAX_PATTERNS: usize = 128;

/// The patterns that may match a text, as a bit set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Candidates([u64; MAX_PATTERNS / 64]);

impl Candidates {
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// Whether pattern `i` may match.
    pub fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

/// Literals one of which every match of `hir` contains, if there is such
/// a finite set: the leading literals of the part of the pattern that
/// makes the rarest ones, so that "to any AI that reads this" is looked
/// for by its AI words, not by "to". None when a match may contain no
/// literal at all.
fn required(hir: &Hir, extractor: &Extractor) -> Option<Vec<Vec<u8>>> {
    let leading = || leading(hir, extractor);
    match hir.kind() {
        HirKind::Concat(parts) => parts
            .iter()
            .filter_map(|p| required(p, extractor))
            .chain(leading())
            .max_by_key(|lits| {
                let shortest = lits.iter().map(Vec::len).min().unwrap_or(0);
                (shortest.min(6), std::cmp::Reverse(lits.len()))
            }),
        HirKind::Alternation(arms) => {
            let mut all = Vec::new();
            for arm in arms {
                all.extend(required(arm, extractor)?);
            }
            Some(all)
        }
        HirKind::Capture(c) => required(&c.sub, extractor),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub, extractor),
        HirKind::Repetition(_) => None,
        _ => leading(),
    }
}

/// What a literal found in a text says about its pattern.
#[derive(Clone, Copy, Debug)]
enum Role {
    /// The pattern may match.
    Gate,
    /// A match of the pattern may start here.
    Start,
}

/// A prefilter over a list of patterns.
#[derive(Clone, Debug)]
pub struct Prefilter {
    /// The patterns' literals, all in one automaton.
    words: Option<AhoCorasick>,
    /// For each literal, the pattern it belongs to and what it says.
    owner: Vec<(u8, Role)>,
    /// Patterns with no finite set of required literals: always run.
    always: Candidates,
    /// Patterns every match of which starts with one of their literals,
    /// so that their matches are looked for only where those occur.
    anchored: Candidates,
}

/// What a prefilter found in one text.
#[derive(Clone, Debug, Default)]
pub struct Hits {
    /// The patterns that may match.
    pub candidates: Candidates,
    /// (pattern, byte offset) where a match of an anchored pattern may
    /// start, sorted, without repeats.
    starts: Vec<(u8, u32)>,
}

impl Hits {
    /// Where a match of pattern `i` may start, in order; None when the
    /// pattern's matches may start anywhere.
    pub fn starts(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let from = self.starts.partition_point(|&(p, _)| usize::from(p) < i);
        self.starts[from..]
            .iter()
            .take_while(move |&&(p, _)| usize::from(p) == i)
            .map(|&(_, at)| at as usize)
    }
}

impl Prefilter {
    /// A prefilter for `patterns`, in the syntax the `regex` crate reads.
    /// Each pattern is a list of parts that match in order, with anything
    /// between; its matches start where its first part's do. A pattern
    /// that does not parse, or whose matches may contain no literal, is
    /// always a candidate.
    pub fn new<P: AsRef<str>>(patterns: &[Vec<P>]) -> Prefilter {
        assert!(patterns.len() <= MAX_PATTERNS, "too many patterns");
        let mut extractor = Extractor::new();
        extractor
            .kind(ExtractKind::Prefix)
            // The signatures' verb lists run to hundreds of words; the
            // default limits would give up on them.
            .limit_total(10_000)
            .limit_class(4)
            .limit_repeat(2);
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owner = Vec::new();
        let mut always = Candidates::default();
        let mut anchored = Candidates::default();
        for (i, parts) in patterns.iter().enumerate() {
            let Some(parts) = parts
                .iter()
                .map(|p| regex_syntax::parse(p.as_ref()).ok())
                .collect::<Option<Vec<Hir>>>()
            else {
                always.insert(i);
                continue;
            };
            let Some(head) = parts.first().cloned() else {
                always.insert(i);
                continue;
            };
            // Every part must match, so the rarest words of any part gate.
            // Anything may come between two parts: a literal never runs
            // from one part into the next.
            let gap = Hir::repetition(Repetition {
                min: 0,
                max: None,
                greedy: true,
                sub: Box::new(Hir::dot(Dot::AnyChar)),
            });
            let mut whole = Vec::new();
            for (k, part) in parts.into_iter().enumerate() {
                if k > 0 {
                    whole.push(gap.clone());
                }
                whole.push(part);
            }
            match required(&Hir::concat(whole), &extractor) {
                Some(lits) => {
                    for l in lits {
                        literals.push(l);
                        owner.push((i as u8, Role::Gate));
                    }
                }
                None => always.insert(i),
            }
            if let Some(lits) = leading(&head, &extractor) {
                anchored.insert(i);
                for l in lits {
                    literals.push(l);
                    owner.push((i as u8, Role::Start));
                }
            }
        }
        let words = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            // Contiguous: the default noncontiguous NFA is slow at
            // overlapping search over thousands of words, and a DFA costs
            // 8 MB and 20 ms at start-up for 3% less time per text.
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&literals)
            .ok();
        if words.is_none() {
            // Without the automaton every pattern runs, and anywhere:
            // slower, never wrong.
            for i in 0..patterns.len() {
                always.insert(i);
            }
            anchored = Candidates::default();
        }
        Prefilter {
            words,
            owner,
            always,
            anchored,
        }
    }

    /// Whether pattern `i`'s matches are looked for only where
    /// [`Hits::starts`] says.
    pub fn anchored(&self, i: usize) -> bool {
        self.anchored.contains(i)
    }

    /// What `text` holds of the patterns' literals. Every pattern that
    /// matches is a candidate, and every match of an anchored one starts
    /// at one of its starts; most candidates do not match.
    pub fn hits(&self, text: &str) -> Hits {
        let mut h = Hits {
            candidates: self.always,
            starts: Vec::new(),
        };
        if let Some(words) = &self.words {
            for m in words.find_overlapping_iter(text) {
                match self.owner.get(m.pattern().as_usize()) {
                    Some(&(i, Role::Gate)) => h.candidates.insert(usize::from(i)),
                    Some(&(i, Role::Start)) => h.starts.push((i, m.start() as u32)),
                    None => {}
                }
            }
        }
        h.starts.sort_unstable();
        h.starts.dedup();
        h
    }
}

/// The literals every match of `hir` starts with, if finite.
fn leading(hir: &Hir, extractor: &Extractor) -> Option<Vec<Vec<u8>>> {
    let seq = extractor.extract(hir);
    let lits: Vec<Vec<u8>> = seq
        .literals()?
        .iter()
        .map(|l| l.as_bytes().to_vec())
        .collect();
    (!lits.is_empty() && lits.iter().all(|l| !l.is_empty())).then_some(lits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PATTERNS: &[&str] = &[
        r"\b(?:ignore|disregard)\s+(?:all\s+)?previous\b",
        r"(?m)^\s*system\s*:",
        r"\bnote to the (?:ai|assistant)\b",
        r"[a-z]+_[a-z]+ tool",
        r"\d{3,}",
    ];

    fn prefilter() -> Prefilter {
        let one: Vec<Vec<&str>> = PATTERNS.iter().map(|p| vec![*p]).collect();
        Prefilter::new(&one)
    }

    #[test]
    fn leading_words_decide() {
        let p = prefilter();
        let h = p.hits("please disregard the previous one");
        assert!(h.candidates.contains(0));
        assert!(!h.candidates.contains(2));
        assert_eq!(h.starts(0).collect::<Vec<_>>(), [7]);
        // The rarest words decide: "previous", not "disregard"; " tool",
        // not whatever letters start the tool's name.
        assert!(!p.hits("please disregard that").candidates.contains(0));
        assert!(!p.hits("a fine tooling set").candidates.contains(2));
        assert!(p.hits("use the get_order tool").candidates.contains(3));
        assert!(!p.anchored(1) && !p.anchored(3) && p.anchored(0));
        // A pattern that may start with anything and holds no literal
        // always runs, anywhere.
        assert!(p.hits("").candidates.contains(4) && !p.anchored(4));
        assert!(p.hits("a note to the bot").candidates.contains(2));
    }

    #[test]
    fn any_part_gates_the_first_starts() {
        let p = Prefilter::new(&[vec![r"\b(?:give|send)\b", r"(?:refund|invoice)s?\b"]]);
        assert!(!p.hits("send it please").candidates.contains(0));
        // Parts are apart: no literal joins the end of one to the next.
        let q = Prefilter::new(&[vec![r"\bshow", r"img\b"]]);
        assert!(q.hits("show the img").candidates.contains(0));
        let h = p.hits("ok, send the invoice");
        assert!(h.candidates.contains(0));
        assert_eq!(h.starts(0).collect::<Vec<_>>(), [4]);
    }

    proptest! {
        /// Whatever matches is a candidate.
        #[test]
        fn never_misses_a_match(
            words in proptest::collection::vec(
                prop_oneof![
                    Just("ignore"), Just("all"), Just("previous"), Just("note"),
                    Just("to"), Just("the"), Just("ai"), Just("system:"),
                    Just("issue_refund"), Just("tool"), Just("disregard"), Just("\n"),
                    Just("4000"), Just("assistant"),
                ],
                0..12,
            )
        ) {
            let text = words.join(" ");
            let p = prefilter();
            let h = p.hits(&text);
            for (i, pat) in PATTERNS.iter().enumerate() {
                for m in regex::Regex::new(pat).unwrap().find_iter(&text) {
                    prop_assert!(h.candidates.contains(i), "{pat} on {text:?}");
                    if p.anchored(i) {
                        prop_assert!(h.starts(i).any(|s| s == m.start()), "{pat} on {text:?}");
                    }
                }
            }
        }
    }
}
