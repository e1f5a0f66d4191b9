//! Person names: gazetteers of first names and surnames across the stores'
//! locales, combined with context (greetings, titles, signatures, labels,
//! JSON keys). Written by hand because this is where a gateway for stores
//! differs from a general NER model: names sit in tickets, signatures, order
//! payloads and CSV rows, next to words that give them away.

use super::names::{self, lower, Lexicon, Shapes, COMMON, FIRST, LAST};
use super::words::{self, Word};
use super::{compile, Detector, Text};
use crate::{EntityType, Finding};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_automata::meta::Regex;
use std::collections::HashMap;

/// Words that, just before a capitalized run, mark it as a name.
const CUES: &[&str] = &[
    "dear",
    "hi",
    "hello",
    "hey",
    "thanks",
    "thank you",
    "regards",
    "cheers",
    "sincerely",
    "best",
    "from",
    "by",
    "name",
    "customer",
    "client",
    "contact",
    "attn",
    "attention",
    "signed",
    "agent",
    "liebe",
    "lieber",
    "hallo",
    "geehrte",
    "geehrter",
    "grüße",
    "gruß",
    "bonjour",
    "cher",
    "chère",
    "cordialement",
    "hola",
    "estimado",
    "estimada",
    "saludos",
    "ciao",
    "gentile",
    "caro",
    "cara",
    "saluti",
    "beste",
    "geachte",
    "hoi",
    "groeten",
    "met vriendelijke groet",
    "yours",
    "love",
    "says",
    "said",
    "wrote",
    "asked",
    "told",
    "called",
    "named",
    "ask for",
    "speak to",
    "spoke to",
    "billing address",
    "shipping address",
    "address",
    "deliver to",
    "ship to",
    "attn.",
    "c/o",
    "follow up with",
    "meet with",
    "talk to",
    "assistant to",
    "tribute to",
    "produced by",
    "directed by",
    "written by",
    "starring",
    "featuring",
    "with",
];

/// Phrases after which any capitalized word is a name ("My name is Siiri",
/// "says Izumi", "Dear Mx Okafor").
const STRONG_CUES: &[&str] = &[
    "my name is",
    "name is",
    "last name is",
    "first name is",
    "maiden name is",
    "name?",
    "name:",
    "says",
    "said",
    "asked",
    "replied",
    "wrote",
    "i am",
    "i'm",
    "called",
    "named him",
    "named her",
    "call him",
    "call her",
    "calls him",
    "calls her",
    "named",
    "signed",
    "dear",
    "hi",
    "hello",
    "thanks",
    "regards",
    "sincerely",
    "ich bin",
    "ich heiße",
    "je m'appelle",
    "je suis",
    "me llamo",
    "mi chiamo",
    "ik ben",
    "mein name ist",
    "mon nom est",
];

/// Titles; the name follows them and the title itself is not part of it.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "herr", "frau", "monsieur",
    "madame", "mme", "mlle", "señor", "señora", "sr", "sra", "srta", "signor", "signora", "sig",
    "dhr", "mevr", "mevrouw", "meneer", "dott", "ing",
];

/// Lower-case words allowed inside a name.
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos", "das",
    "ten", "ter", "y", "zu", "af", "av", "bin", "al", "e",
];

/// Capitalized words that are never part of a name.
const STOP: &[&str] = &[
    "i",
    "the",
    "a",
    "an",
    "this",
    "that",
    "my",
    "your",
    "our",
    "we",
    "you",
    "he",
    "she",
    "it",
    "they",
    "hi",
    "hello",
    "dear",
    "thanks",
    "thank",
    "regards",
    "best",
    "please",
    "order",
    "customer",
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "drive",
    "suite",
    "apt",
    "inc",
    "ltd",
    "llc",
    "gmbh",
    "ag",
    "sa",
    "sas",
    "bv",
    "srl",
    "spa",
    "co",
    "company",
    "store",
    "shop",
    "team",
    "support",
    "service",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "hallo",
    "bonjour",
    "hola",
    "ciao",
    "sehr",
    "geehrte",
    "geehrter",
    "liebe",
    "lieber",
    "estimado",
    "gentile",
    "beste",
    "geachte",
    "mr",
    "mrs",
    "ms",
    "dr",
    "herr",
    "frau",
    "monsieur",
    "madame",
    "phone",
    "email",
    "e-mail",
    "tel",
    "address",
    "website",
    "date",
    "name",
    "personal",
    "info",
    "subject",
    "re",
    "fw",
    "fwd",
    "ok",
    "yes",
    "no",
    "not",
    "and",
    "or",
    "but",
    "if",
    "when",
    "what",
    "how",
    "why",
    "where",
    "who",
    "can",
    "could",
    "would",
    "should",
    "will",
    "is",
    "are",
    "was",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "get",
    "got",
    "let",
    "hey",
    "sorry",
    "also",
    "just",
    "still",
    "here",
    "there",
    "then",
    "now",
    "today",
    "tomorrow",
    "yesterday",
    "good",
    "great",
    "new",
    "all",
    "any",
    "some",
    "every",
    "each",
    "one",
    "two",
    "refund",
    "return",
    "shipping",
    "delivery",
    "payment",
    "invoice",
    "account",
    "password",
    "product",
    "item",
    "size",
    "color",
    "colour",
    "price",
    "total",
    "amazon",
    "shopify",
    "paypal",
    "stripe",
    "visa",
    "mastercard",
    "google",
    "apple",
    "microsoft",
    "facebook",
    "instagram",
    "whatsapp",
    "ups",
    "dhl",
    "fedex",
    "usps",
    "gls",
    "dpd",
    "hermes",
    "eur",
    "usd",
    "gbp",
    "ceo",
    "cto",
    "cfo",
    "vp",
    "manager",
    "director",
    "assistant",
    "ai",
    "api",
    "faq",
    "pdf",
    "usa",
    "uk",
    "eu",
];

/// Words before a capitalized run that make it a street, not a person.
const STREET_BEFORE: &[&str] = &[
    "via",
    "viale",
    "avenida",
    "av",
    "rua",
    "rue",
    "calle",
    "carrer",
    "strada",
    "piazza",
    "plaza",
    "place",
    "boulevard",
    "bd",
    "chemin",
    "allée",
    "impasse",
    "quai",
    "corso",
    "largo",
    "travessa",
    "praça",
    "ul",
    "ulica",
];

/// Words after a capitalized run that make it a street or a company.
const PLACE_AFTER: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "lane",
    "ln",
    "drive",
    "way",
    "court",
    "ct",
    "place",
    "pl",
    "square",
    "sq",
    "boulevard",
    "blvd",
    "terrace",
    "close",
    "crescent",
    "park",
    "gardens",
    "grove",
    "hill",
    "flat",
    "flats",
    "point",
    "points",
    "extension",
    "extensions",
    "mill",
    "mills",
    "estate",
    "heights",
    "view",
    "row",
    "walk",
    "straße",
    "strasse",
    "weg",
    "gasse",
    "platz",
    "allee",
    "laan",
    "straat",
    "plein",
    "gracht",
    "kade",
    "utca",
    "út",
    "tér",
    "katu",
    "vej",
    "gade",
    "gatan",
    "vägen",
    "veien",
    "gata",
    "investments",
    "group",
    "consulting",
    "partners",
    "bank",
    "capital",
    "holdings",
    "solutions",
    "systems",
    "technologies",
    "labs",
    "studio",
    "studios",
    "media",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "llc",
    "gmbh",
    "foundation",
    "university",
    "school",
    "hospital",
    "hotel",
    "restaurant",
    "café",
    "cafe",
    "shop",
    "store",
    "orchestra",
    "novel",
    "version",
    "song",
    "band",
    "brothers",
    "sons",
];

/// Lower-case words after a lone first name that show it is a person acting.
const VERBS_AFTER: &[&str] = &[
    "had",
    "has",
    "have",
    "is",
    "was",
    "lives",
    "lived",
    "spent",
    "said",
    "says",
    "wrote",
    "asked",
    "will",
    "would",
    "can",
    "could",
    "who",
    "works",
    "worked",
    "called",
    "told",
    "went",
    "got",
    "bought",
    "ordered",
    "wants",
    "needs",
    "and",
    "from",
    "here",
    "replied",
    "answered",
    "sent",
    "began",
    "shouted",
    "listed",
    "flew",
    "explained",
    "left",
    "joined",
    "paid",
    "returned",
    "complained",
];

/// Phrases that introduce the writer's own name, in lower case.
const INTRODUCTIONS: &[&str] = &[
    "my name is",
    "my name's",
    "call me",
    "calls me",
    "i am",
    "i'm",
    "this is",
    "ich bin",
    "je suis",
    "me llamo",
    "mi chiamo",
    "ik ben",
];

/// A search for any of `words`; `None` only if the automaton cannot be
/// built, which the tests rule out for the lists of this crate.
fn phrases(words: &[&str]) -> Option<AhoCorasick> {
    let built = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::DFA))
        .build(words);
    debug_assert!(built.is_ok(), "phrase search: {built:?}");
    built.ok()
}

const MAX_TOKENS: usize = 4;

/// Labels that open a line and name the person after them ("Name: ...").
const LABELS: &[&str] = &[
    "full name",
    "name",
    "customer",
    "customer name",
    "client",
    "contact",
    "recipient",
    "ship to",
    "bill to",
    "sold to",
    "from",
    "signed",
    "nombre",
    "nom",
    "nome",
    "naam",
    "kunde",
    "empfänger",
    "destinataire",
    "destinatario",
];

/// False when `head`, what opens a line before its first `:` or `=`, is
/// ASCII and not a label: then the `labelled` pattern cannot match the
/// line, and most colons in prose ("Rules:", "Note:") cost no search.
/// ASCII letters match only ASCII letters in a case-blind pattern, so the
/// comparison without ASCII case is exact for them.
fn may_label(head: &str) -> bool {
    let head = head.trim_matches([' ', '\t']);
    !head.is_ascii() || LABELS.iter().any(|l| l.eq_ignore_ascii_case(head))
}

/// Person names.
pub(crate) struct PersonDetector {
    labelled: Regex,
    introduced: Regex,
    /// Where an introduction may start, searched in the lower-cased text:
    /// a case-blind search of the whole text with `introduced` costs several
    /// times more.
    intro_start: Option<AhoCorasick>,
    json: Regex,
}

impl PersonDetector {
    pub(crate) fn new() -> Self {
        // Build the word table at construction, not on the first request.
        let _ = (lex(), context());
        PersonDetector {
            introduced: compile(&format!(
                r"(?-u:\b)(?i-u:{})[ \t]+([\p{{L}}'’\-]{{2,30}}(?:[ \t]+[\p{{L}}'’\-]{{2,30}})?)",
                INTRODUCTIONS.join("|")
            )),
            intro_start: phrases(INTRODUCTIONS),
            labelled: compile(&format!(
                r"(?im)^[ \t]*(?:{})[ \t]*[:=][ \t]*([^\n,;|<>@\d]{{2,60}})$",
                LABELS.join("|")
            )),
            json: compile(
                r#"(?i)"(first_?name|last_?name|full_?name|customer_?name|contact_?name|billing_?name|shipping_?name|recipient(?:_?name)?|firstname|lastname|surname|given_?name|family_?name|name)"\s*:\s*"([^"\\]{2,60})""#,
            ),
        }
    }
}

const STOPWORD: u16 = 1 << 3;
const PARTICLE: u16 = 1 << 4;
const STREET: u16 = 1 << 5;
const PLACE: u16 = 1 << 6;
const VERB: u16 = 1 << 7;

/// The lists a context phrase is on.
const IN_CUES: u8 = 1;
const IN_TITLES: u8 = 1 << 1;
const IN_STRONG: u8 = 1 << 2;

/// The word table, built once per process.
fn lex() -> &'static Lexicon {
    static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        Lexicon::build(&[
            (STOP, STOPWORD),
            (PARTICLES, PARTICLE),
            (STREET_BEFORE, STREET),
        ])
    })
}

/// The context lists without the gazetteers. The checks around each
/// capitalized word look up several words that are never names; a table
/// of a few hundred words stays in cache where the full one does not.
struct Context {
    words: Lexicon,
    /// Cues, titles and strong cues by their last word, lower-cased, with
    /// the lists each is on. A phrase can end a text only if its last word
    /// does, so one lookup replaces a comparison with every phrase.
    phrases: HashMap<String, Vec<(&'static str, u8)>, foldhash::fast::FixedState>,
    /// The shapes of the keys of `phrases`.
    ends: Shapes,
    /// The last two bytes of every phrase.
    tails: Tails,
}

/// The last two bytes of a set of phrases, ASCII letters in lower case,
/// as a bit set; and the bytes of the one-byte phrases. A phrase matches
/// at the end of a text only byte for byte without ASCII case (see
/// [`names::ends_with_word`]), so a text whose last two bytes end no
/// phrase needs no further look. Most capitalized words come after the
/// end of a sentence or an ordinary word, which this rules out for the
/// price of a load.
struct Tails {
    pairs: Vec<u64>,
    singles: [bool; 256],
}

impl Tails {
    fn new<'a>(phrases: impl IntoIterator<Item = &'a str>) -> Tails {
        let mut t = Tails {
            pairs: vec![0; 1 << 10],
            singles: [false; 256],
        };
        for p in phrases {
            match p.as_bytes() {
                [.., a, b] => {
                    let k = Tails::key(*a, *b);
                    t.pairs[k >> 6] |= 1 << (k & 63);
                }
                [b] => t.singles[usize::from(b.to_ascii_lowercase())] = true,
                [] => {}
            }
        }
        t
    }

    fn key(a: u8, b: u8) -> usize {
        usize::from(a.to_ascii_lowercase()) << 8 | usize::from(b.to_ascii_lowercase())
    }

    /// False when no phrase of the set can end `text`.
    fn may_end(&self, text: &[u8]) -> bool {
        match text {
            [.., a, b] => {
                let k = Tails::key(*a, *b);
                self.pairs[k >> 6] & (1 << (k & 63)) != 0
                    || self.singles[usize::from(b.to_ascii_lowercase())]
            }
            [b] => self.singles[usize::from(b.to_ascii_lowercase())],
            [] => false,
        }
    }
}

fn context() -> &'static Context {
    static C: std::sync::OnceLock<Context> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let mut phrases: HashMap<String, Vec<(&'static str, u8)>, _> = HashMap::default();
        let mut ends = Shapes::default();
        for (list, tag) in [
            (CUES, IN_CUES),
            (TITLES, IN_TITLES),
            (STRONG_CUES, IN_STRONG),
        ] {
            for p in list {
                let key = names::last_word(p).to_lowercase();
                ends.add(&key);
                phrases.entry(key).or_default().push((*p, tag));
            }
        }
        let tails = Tails::new(phrases.values().flatten().map(|&(p, _)| p));
        Context {
            tails,
            words: Lexicon::lists(&[
                (PARTICLES, PARTICLE),
                (STREET_BEFORE, STREET),
                (PLACE_AFTER, PLACE),
                (VERBS_AFTER, VERB),
            ]),
            phrases,
            ends,
        }
    })
}

/// What the word lists say about one token, looked up once.
#[derive(Clone, Copy, Default)]
struct Facts {
    /// Flags of the word as written, lower-cased.
    flags: u16,
    /// A known first name (possessive dropped; "Jean-Luc" by its first part).
    first: bool,
    /// A known surname (possessive dropped; "Smith-Jones" by every part).
    last: bool,
}

impl Facts {
    fn of(l: &Lexicon, w: &str, buf: &mut String) -> Facts {
        let lw = names::lower_unicode(w, buf);
        let flags = l.flags(lw);
        // Possessives: "Szczepańska's" is looked up as "szczepańska".
        // Checked on bytes first: every capitalized word comes here, and
        // few end in "s" or hold a hyphen.
        let key = match lw.as_bytes().last() {
            Some(b's' | b'S') => lw
                .strip_suffix("'s")
                .or_else(|| lw.strip_suffix("'S"))
                .or_else(|| lw.strip_suffix("’s"))
                .unwrap_or(lw),
            _ => lw,
        };
        let kf = if key.len() == lw.len() {
            flags
        } else {
            l.flags(key)
        };
        let mut first = kf & FIRST != 0;
        let mut last = kf & LAST != 0;
        if key.bytes().any(|c| c == b'-') {
            first = first
                || key
                    .split('-')
                    .next()
                    .is_some_and(|p| l.flags(p) & FIRST != 0);
            last = last || key.split('-').all(|p| l.flags(p) & LAST != 0);
        }
        Facts { flags, first, last }
    }

    fn known(self) -> bool {
        self.first || self.last
    }

    fn common(self) -> bool {
        self.flags & COMMON != 0
    }

    fn is(self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

fn is_capitalized(w: &str) -> bool {
    // ASCII first, without decoding: most words are.
    let b = w.as_bytes();
    match b.first() {
        Some(c) if c.is_ascii_uppercase() => {
            let rest = &b[1..];
            if rest.is_empty() || rest.iter().any(u8::is_ascii_lowercase) {
                return true;
            }
            if rest.is_ascii() {
                return false;
            }
        }
        Some(c) if c.is_ascii() => return false,
        _ => {}
    }
    let mut cs = w.chars();
    let Some(first) = cs.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    // "Jean-Luc", "O'Brien", "McDonald": any mix after the first capital,
    // but not an all-caps acronym unless short.
    let rest = cs.as_str();
    rest.is_empty() || rest.chars().any(char::is_lowercase)
}

fn is_all_caps(w: &str) -> bool {
    if w.is_ascii() {
        return w.len() >= 2 && !w.bytes().any(|c| c.is_ascii_lowercase());
    }
    w.chars().nth(1).is_some() && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// The context phrases whose last word ends a text, looked up once: the
/// checks before a capitalized word trim the text before it in slightly
/// different ways, and most often all come to the same word.
#[derive(Default)]
struct Ends {
    /// The length of the text last looked up, and its phrases.
    at: Option<usize>,
    phrases: &'static [(&'static str, u8)],
}

impl Ends {
    /// The phrases whose last word ends `text`, a prefix of the text
    /// being scanned.
    fn of(&mut self, text: &str, buf: &mut String) -> &'static [(&'static str, u8)] {
        if self.at == Some(text.len()) {
            return self.phrases;
        }
        let last = names::last_word(text);
        let c = context();
        // A phrase ending in punctuation ("name:") has an empty last word;
        // every other phrase's last word starts with a letter.
        let possible =
            (last.is_empty() || last.starts_with(char::is_alphabetic)) && c.ends.may_hold(last);
        self.phrases = if possible {
            c.phrases.get(lower(last, buf)).map_or(&[], Vec::as_slice)
        } else {
            &[]
        };
        self.at = Some(text.len());
        self.phrases
    }
}

/// True when a phrase on one of the `lists` ends `text` as a whole word,
/// in any ASCII case.
fn ends_with_any(text: &str, lists: u8, ends: &mut Ends, buf: &mut String) -> bool {
    if !context().tails.may_end(text.as_bytes()) {
        return false;
    }
    ends.of(text, buf)
        .iter()
        .any(|&(p, on)| on & lists != 0 && names::ends_with_word(text, p))
}

/// A cue or title right before `start`, ignoring spaces and punctuation:
/// "Dear Jane", "Thanks,\nJane", "Mr. Smith".
fn cued(text: &str, start: usize, ends: &mut Ends, buf: &mut String) -> bool {
    let trimmed = text[..start]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ':' | '-' | '—'));
    ends_with_any(trimmed, IN_CUES | IN_TITLES, ends, buf)
}

/// A strong cue right before `start`, across spaces, commas and quotes
/// but not a full stop: "says Iwase" names Iwase, "the page says. For
/// sizing" names no one.
fn strongly_cued(text: &str, start: usize, ends: &mut Ends, buf: &mut String) -> bool {
    let trimmed = text[..start]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '"' | '\''));
    ends_with_any(trimmed, IN_STRONG, ends, buf)
}

/// True when the token opens its line and a colon follows ("Alice: Who are you?").
fn speaker(text: &str, start: usize, end: usize) -> bool {
    let head = text[..start].rsplit('\n').next().unwrap_or("");
    head.trim().is_empty() && text[end..].starts_with(':')
}

fn titled(text: &str, start: usize, ends: &mut Ends, buf: &mut String) -> bool {
    ends_with_any(
        text[..start].trim_end_matches([' ', '.']),
        IN_TITLES,
        ends,
        buf,
    )
}

fn word_before(text: &str, start: usize) -> &str {
    text[..start]
        .trim_end_matches([' ', '\t'])
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
}

fn word_after(text: &str, end: usize) -> &str {
    text[end..]
        .trim_start_matches([' ', '\t'])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// True when the run fills its line ("Ken N. Fukuda" alone on a line, as
/// in signatures and address blocks), allowing list and quote markers.
fn own_line(text: &str, start: usize, end: usize) -> bool {
    let head = text[..start].rsplit('\n').next().unwrap_or("");
    let tail = text[end..].split('\n').next().unwrap_or("");
    head.trim_matches([' ', '\t', '>', '-', '*']).is_empty()
        && tail.trim_matches([' ', '\t', ',', '.']).is_empty()
}

fn sentence_start(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t', '"', '\'', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

impl PersonDetector {
    fn chains(&self, text: &str, out: &mut Vec<Finding>) {
        let l = lex();
        let b = text.as_bytes();
        let mut buf = String::with_capacity(64);
        let mut memo = Memo::default();
        let mut at = 0;
        while let Some(p) = words::next_capital(b, at) {
            at = p + 1;
            // Lower-case words never start a name: only words from a
            // capital (or a non-ASCII letter) are looked at.
            if !words::char_at(text, p).is_some_and(char::is_alphabetic)
                || !words::starts_word(text, p)
            {
                continue;
            }
            let first = Word {
                start: p,
                end: words::word_end(text, p),
            };
            at = first.end;
            let w = first.of(text);
            let capitalized = is_capitalized(w);
            if !capitalized && !is_all_caps(w) {
                continue;
            }
            let f0 = memo.facts(l, text, first, &mut buf);
            if !(capitalized || f0.known()) || f0.is(STOPWORD) {
                continue;
            }
            // Grow a chain of capitalized words (and particles between them),
            // separated by single spaces only.
            let mut names = [first; MAX_TOKENS];
            // Each name word with its facts, kept as the chain grows.
            let mut ws = [(w, f0); MAX_TOKENS];
            let mut n = 1;
            let mut prev = first;
            while n < MAX_TOKENS {
                let Some(next) = spaced_word(text, prev) else {
                    break;
                };
                let t = next.of(text);
                // Neither a capital nor a particle, which are short: no lookup.
                let lower_case = t.as_bytes()[0].is_ascii_lowercase();
                if lower_case && t.len() > 5 {
                    break;
                }
                // A lower-case word goes on only as a particle, which the
                // small table knows. Only a capitalized word joins the
                // chain, so the facts of every word that does are looked
                // up here.
                let (facts, tf) = if lower_case {
                    (Facts::default(), context().words.flags_of(t, &mut buf))
                } else {
                    let f = memo.facts(l, text, next, &mut buf);
                    (f, f.flags)
                };
                if tf & PARTICLE != 0 && words::next_word(text, next.end, usize::MAX).is_some() {
                    prev = next;
                    continue;
                }
                let caps = is_capitalized(t) || (is_all_caps(t) && is_all_caps(w));
                // "Tom I. Holzman": a capital followed by a dot is an initial,
                // not the pronoun.
                let initial = t.chars().nth(1).is_none() && text[next.end..].starts_with('.');
                if !caps || (tf & STOPWORD != 0 && !initial) {
                    break;
                }
                names[n] = next;
                ws[n] = (t, facts);
                n += 1;
                prev = next;
            }
            let names = &names[..n];
            let ws = &ws[..n];
            let last = names[n - 1];
            if let Some(score) = score(text, first, last.end, ws, l, &mut buf) {
                out.push(Finding {
                    entity: EntityType::Person,
                    start: first.start,
                    end: last.end,
                    score,
                    detector: "person",
                    source: None,
                });
                at = last.end;
            }
        }
    }

    fn labels(&self, t: &Text, out: &mut Vec<Finding>) {
        let (text, b) = (t.s, t.s.as_bytes());
        let l = lex();
        let mut buf = String::with_capacity(64);
        // A label ("Name: ...") opens its line and a JSON key ("name": ...)
        // closes its quotes right before a colon, so both are looked for
        // only at the colons and equals signs of the text.
        let mut labelled = Vec::new();
        let mut json = Vec::new();
        let mut next_line = 0;
        for p in memchr::memchr2_iter(b':', b'=', b) {
            if p >= next_line {
                let line = memchr::memrchr(b'\n', &b[..p]).map_or(0, |n| n + 1);
                let end = memchr::memchr(b'\n', &b[p..]).map_or(b.len(), |n| p + n);
                next_line = end + 1;
                let found = may_label(&text[line..p])
                    .then(|| t.match_at(&self.labelled, line, end))
                    .flatten();
                if let Some(m) = found {
                    labelled.push(label_value(text, m.start(), m.end()));
                }
            }
            let key_end = text[..p].trim_end();
            if b[p] == b':' && key_end.ends_with('"') {
                let close = key_end.len() - 1;
                let key = b[..close]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_alphabetic() || **c == b'_')
                    .count();
                if key > 0 && close > key && b[close - key - 1] == b'"' {
                    if let Some(m) = t.match_at(&self.json, close - key - 1, p + 400) {
                        json.push(json_parts(b, m.start(), m.end()));
                    }
                }
            }
        }
        for (start, end) in labelled {
            let v = text[start..end].trim_end();
            let words: Vec<&str> = v.split_whitespace().collect();
            if words.is_empty() || words.len() > MAX_TOKENS {
                continue;
            }
            let shaped = words.iter().all(|w| {
                is_capitalized(w)
                    || is_all_caps(w)
                    || context().words.flags_of(w, &mut buf) & PARTICLE != 0
                    || w.ends_with('.')
            });
            let known = words
                .iter()
                .any(|w| Facts::of(l, w.trim_end_matches('.'), &mut buf).known());
            if shaped && known {
                out.push(Finding {
                    entity: EntityType::Person,
                    start,
                    end: start + v.len(),
                    score: 0.9,
                    detector: "person-label",
                    source: None,
                });
            }
        }
        // Each introduction starts where one of its phrases does.
        let mut introduced = Vec::new();
        let hay = t.lower();
        let mut at = 0;
        while let Some(m) = self
            .intro_start
            .as_ref()
            .and_then(|a| a.find(aho_corasick::Input::new(hay).span(at..hay.len())))
        {
            at = m.start() + 1;
            if let Some(found) = t.match_at(&self.introduced, m.start(), hay.len()) {
                at = found.end();
                // No phrase is another's prefix, so the one found here is
                // the one the pattern matched, and the name starts after
                // the blanks that follow it.
                introduced.push((after_blanks(b, m.end()), found.end()));
            }
        }
        for (start, end) in introduced {
            let words: Vec<&str> = text[start..end].split_whitespace().collect();
            // Lower-case names count when the first is a known first name
            // ("my name is lena andersson"); the second word only when it
            // is a known surname.
            let Some(first) = words.first() else { continue };
            let ff = Facts::of(l, first, &mut buf);
            if !ff.first || ff.common() {
                continue;
            }
            let end = if words.len() == 2 && Facts::of(l, words[1], &mut buf).last {
                end
            } else {
                start + first.len()
            };
            out.push(Finding {
                entity: EntityType::Person,
                start,
                end,
                score: 0.8,
                detector: "person-intro",
                source: None,
            });
        }
        for (k, m) in json {
            let key = text[k.0..k.1].to_lowercase();
            let v = &text[m.0..m.1];
            let words: Vec<&str> = v.split_whitespace().collect();
            if words.is_empty()
                || words.len() > MAX_TOKENS
                || v.chars().any(|c| c.is_ascii_digit() || c == '@')
            {
                continue;
            }
            // A bare "name" key also names products; it needs a known name in it.
            let explicit = key != "name";
            let known = words.iter().any(|w| Facts::of(l, w, &mut buf).known());
            if explicit || known {
                out.push(Finding {
                    entity: EntityType::Person,
                    start: m.0,
                    end: m.1,
                    score: if explicit { 0.9 } else { 0.8 },
                    detector: "person-json",
                    source: None,
                });
            }
        }
    }
}

/// The value of a `Name: ...` label matched at `start..end`: what follows
/// the first `:` or `=` (no label holds one) and the blanks after it, as
/// the pattern's greedy blanks leave it, unless that leaves fewer than the
/// two characters the value needs. Found from the match, so the search
/// needs no capture engine.
fn label_value(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let sep = b[start..end]
        .iter()
        .position(|c| matches!(c, b':' | b'='))
        .map_or(end, |i| start + i + 1);
    let value = after_blanks(&b[..end], sep);
    if text[value..end].chars().nth(1).is_some() {
        return (value, end);
    }
    // Blanks given back: the value is the match's last two characters.
    let last_two = text[..end]
        .char_indices()
        .rev()
        .nth(1)
        .map_or(value, |(i, _)| i);
    (last_two.max(sep), end)
}

/// The first byte at or after `at` that is not a space or a tab.
fn after_blanks(b: &[u8], at: usize) -> usize {
    at + b[at..]
        .iter()
        .take_while(|c| matches!(c, b' ' | b'\t'))
        .count()
}

/// The key and the value of a `"key": "value"` match at `start..end`: the
/// key lies inside the first pair of quotes, the value inside the last,
/// and neither holds a quote.
fn json_parts(b: &[u8], start: usize, end: usize) -> ((usize, usize), (usize, usize)) {
    let key_end = memchr::memchr(b'"', &b[start + 1..end]).map_or(end, |i| start + 1 + i);
    let value_start = memchr::memrchr(b'"', &b[start..end - 1]).map_or(end, |i| start + i + 1);
    ((start + 1, key_end), (value_start, end - 1))
}

/// The score of a run of capitalized words `ws` at `start..end`, or `None`
/// when it is not a name. Context checks run only when a branch needs them.
#[allow(clippy::too_many_arguments)]
fn score(
    text: &str,
    first: Word,
    end: usize,
    ws: &[(&str, Facts)],
    l: &Lexicon,
    buf: &mut String,
) -> Option<f32> {
    let start = first.start;
    let (w0, f0) = ws[0];
    let first_known = f0.first;
    let any_last = ws[1..].iter().any(|(_, f)| f.last) || (ws.len() == 1 && f0.last);
    let any_known = ws.iter().any(|(_, f)| f.known());
    let all_common = ws.iter().all(|(_, f)| f.common());
    let mut ends = Ends::default();
    let title = titled(text, start, &mut ends, buf);
    let strong = strongly_cued(text, start, &mut ends, buf);
    let initial = ws.len() >= 3
        && ws[1..ws.len() - 1]
            .iter()
            .any(|(w, _)| w.chars().nth(1).is_none());
    // Without a title, a strong cue or a known word only three branches
    // can still name it; most capitalized words end here, cheaply.
    if !(title || strong || any_known) {
        let possible = if ws.len() >= 2 {
            initial
                || (ws.len() <= 3
                    && !ws.iter().any(|(_, f)| f.common())
                    && (cued(text, start, &mut ends, buf) || own_line(text, start, end)))
        } else {
            !f0.common() && w0.chars().nth(2).is_some() && listed(text, first, l, buf)
        };
        if !possible {
            return None;
        }
    }
    let cue = cued(text, start, &mut ends, buf);
    let after = word_after(text, end);
    let cx = &context().words;
    let after_flags = cx.flags_of(after, buf);
    let placed = cx.flags_of(word_before(text, start), buf) & STREET != 0
        || f0.is(STREET)
        || text[end..]
            .trim_start_matches([' ', ','])
            .starts_with(|c: char| c.is_ascii_digit())
        || after_flags & PLACE != 0
        || text[..start]
            .trim_end_matches(' ')
            .ends_with(|c: char| c.is_ascii_digit());
    if placed && !title && !cue {
        return None;
    }
    if ws.len() >= 2 {
        let line = || own_line(text, start, end);
        if title || initial || strong || (first_known && any_last && !all_common) {
            Some(0.9)
        } else if first_known && !f0.common() {
            Some(0.75)
        } else if (any_last || first_known) && (cue || line()) {
            Some(0.8)
        } else if any_known && !all_common && ws.iter().filter(|(_, f)| f.known()).count() >= 2 {
            Some(0.7)
        } else if any_last && !ws[ws.len() - 1].1.common() && !sentence_start(text, start) {
            Some(0.6)
        } else if ws.len() <= 3 && (cue || line()) && ws.iter().all(|(_, f)| !f.common()) {
            // Unknown names in a known place: after a cue, or alone on
            // their line as in signatures and address blocks.
            Some(0.6)
        } else {
            None
        }
    } else {
        let known = first_known || any_last;
        let lone_first = first_known && !f0.common();
        if title || strong {
            Some(0.85)
        } else if first_known && speaker(text, start, end) {
            Some(0.75)
        } else if known && cue && !f0.common() {
            Some(0.8)
        } else if (lone_first && after_flags & VERB != 0)
            || (!f0.common() && w0.chars().nth(2).is_some() && listed(text, first, l, buf))
        {
            Some(0.7)
        } else if lone_first && !sentence_start(text, start) {
            // A known first name on its own in mid-sentence ("my kid Mario").
            Some(0.6)
        } else if known && !f0.common() && !sentence_start(text, start) && f0.first && f0.last {
            // A lone capitalized word in the middle of a sentence that
            // is both a first name and a surname ("says Iwase").
            Some(0.55)
        } else {
            None
        }
    }
}

/// True when the word `k` sits in a list of names ("Anna, Dubois and Shane").
fn listed(text: &str, k: Word, l: &Lexicon, buf: &mut String) -> bool {
    const AND: &[&str] = &["and", "und", "et", "y", "e", "en", "och", "og", "or"];
    let mut name = |w: Word| {
        let w = w.of(text);
        is_capitalized(w) && {
            let f = Facts::of(l, w, buf);
            f.known() && !f.common()
        }
    };
    // The neighbour in the list on each side: across ", " or " & "
    // directly, or across a conjunction and one space or ", " ("Dubois
    // and Brennan"). Read from the bytes around the word: this runs for
    // most lone capitalized words, and a search for each neighbour cost
    // more than all the rest.
    let b = text.as_bytes();
    let is_and = |w: &Word| AND.contains(&w.of(text));
    let head = &b[..k.start];
    let prev = if head.ends_with(b", ") {
        words::ending_at(text, k.start - 2)
    } else if head.ends_with(b" & ") {
        words::ending_at(text, k.start - 3)
    } else if head.ends_with(b" ") {
        words::ending_at(text, k.start - 1)
            .filter(is_and)
            .and_then(|p| {
                let head = &b[..p.start];
                if head.ends_with(b", ") {
                    words::ending_at(text, p.start - 2)
                } else if head.ends_with(b" ") {
                    words::ending_at(text, p.start - 1)
                } else {
                    None
                }
            })
    } else {
        None
    };
    let tail = &b[k.end..];
    let next = if tail.starts_with(b", ") {
        words::starting_at(text, k.end + 2)
    } else if tail.starts_with(b" & ") {
        words::starting_at(text, k.end + 3)
    } else if tail.starts_with(b" ") {
        words::starting_at(text, k.end + 1)
            .filter(is_and)
            .and_then(|n| {
                b[n.end..]
                    .starts_with(b" ")
                    .then(|| words::starting_at(text, n.end + 1))
                    .flatten()
            })
    } else {
        None
    };
    prev.is_some_and(&mut name) || next.is_some_and(name)
}

/// The word after `prev` when one space, two, or a dot and a space lie
/// between them: how the words of a name are spaced. The dot only after a
/// one-letter word, an initial.
fn spaced_word(text: &str, prev: Word) -> Option<Word> {
    let b = text.as_bytes();
    let gap = match b.get(prev.end..prev.end + 2)? {
        [b' ', b' '] => 2,
        [b'.', b' '] if prev.end - prev.start == 1 => 2,
        [b' ', _] => 1,
        _ => return None,
    };
    words::starting_at(text, prev.end + gap)
}

/// The facts of the last few words looked up: a chain that is not a name
/// is tried again from its second word.
#[derive(Default)]
struct Memo {
    at: [usize; 8],
    facts: [Facts; 8],
    next: usize,
}

impl Memo {
    fn facts(&mut self, l: &Lexicon, text: &str, w: Word, buf: &mut String) -> Facts {
        // Offset 0 is a valid start, so slots are keyed by start + 1.
        if let Some(k) = self.at.iter().position(|&a| a == w.start + 1) {
            return self.facts[k];
        }
        let f = Facts::of(l, w.of(text), buf);
        self.at[self.next] = w.start + 1;
        self.facts[self.next] = f;
        self.next = (self.next + 1) % self.at.len();
        f
    }
}

impl Detector for PersonDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let text = t.s;
        self.labels(t, out);
        self.chains(text, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        PersonDetector::new().detect(t, &mut out);
        let mut v: Vec<String> = out.iter().map(|f| t[f.start..f.end].to_string()).collect();
        v.dedup();
        v
    }

    #[test]
    fn names_in_store_texts() {
        assert_eq!(found("Dear Jane, your parcel is on its way."), vec!["Jane"]);
        assert_eq!(
            found("Hi team, Pierre Dubois asked for a refund."),
            vec!["Pierre Dubois"]
        );
        assert_eq!(found("Thanks,\nSanne de Vries"), vec!["Sanne de Vries"]);
        assert_eq!(found("Bitte an Frau Müller weiterleiten."), vec!["Müller"]);
        assert_eq!(
            found(r#"{"first_name": "Zyxo", "sku": "A-1"}"#),
            vec!["Zyxo"]
        );
        assert_eq!(found("Name: Giulia Rossi"), vec!["Giulia Rossi"]);
        assert_eq!(found("Sofie lives on the corner."), vec!["Sofie"]);
        assert_eq!(found("My name is Okonkwo"), vec!["Okonkwo"]);
        assert_eq!(
            found("Our founders: Monjeau, Dubois and Brennan."),
            vec!["Monjeau", "Dubois", "Brennan"]
        );
        assert_eq!(
            found("Best,\nKen N. Fukuda\nSupport"),
            vec!["Ken N. Fukuda"]
        );
    }

    proptest::proptest! {
        /// The ASCII shortcuts agree with the definitions on characters.
        #[test]
        fn capital_shortcuts_agree(w in "[aZé É'1\\-ß]{0,6}") {
            let mut cs = w.chars();
            let capitalized = cs.next().is_some_and(char::is_uppercase)
                && (cs.as_str().is_empty() || cs.as_str().chars().any(char::is_lowercase));
            proptest::prop_assert_eq!(is_capitalized(&w), capitalized);
            let all_caps = w.chars().nth(1).is_some()
                && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
            proptest::prop_assert_eq!(is_all_caps(&w), all_caps);
        }
    }

    #[test]
    fn tails_pass_every_phrase_in_any_case() {
        let t = &context().tails;
        for p in CUES.iter().chain(TITLES).chain(STRONG_CUES) {
            for text in [p.to_string(), p.to_ascii_uppercase(), format!("so {p}")] {
                assert!(t.may_end(text.as_bytes()), "{text}");
            }
        }
        assert!(!t.may_end(b"be brief, friendly and precise"));
    }

    #[test]
    fn quiet_on_ordinary_capitals() {
        assert!(found("The Linen Duvet Cover ships on Monday from our Berlin Store.").is_empty());
        assert!(found("Please refund order 1234. Will it arrive in May?").is_empty());
        assert!(found(r#"{"name": "Organic Cotton Tee", "price": 19.99}"#).is_empty());
        assert!(found("Ship to 12 Kent Street, or to Via Roma 131.").is_empty());
        // A cue verb ends its sentence: the next one's first word is no name.
        assert!(found("Quote what the product page says. For sizing, ask.").is_empty());
        assert_eq!(
            found("The new hire, says Iwase, starts Monday."),
            vec!["Iwase"]
        );
    }

    /// The groups found from a match's shape are the ones a capture
    /// search reports, blanks and edge lengths included.
    fn captured(re: &Regex, text: &str, start: usize) -> Option<Vec<(usize, usize)>> {
        let mut caps = re.create_captures();
        let input = regex_automata::Input::new(text)
            .span(start..text.len())
            .anchored(regex_automata::Anchored::Yes);
        re.search_captures(&input, &mut caps);
        caps.is_match().then(|| {
            (1..caps.group_len())
                .filter_map(|g| caps.get_group(g).map(|s| (s.start, s.end)))
                .collect()
        })
    }

    proptest::proptest! {
        #[test]
        fn groups_from_match_shapes(
            label in "(Name|name|NAME|Kunde|Ship to|Empfänger|Rules|Tone|Full Name|Customer name|nom)",
            gap in "[ \t]{0,3}",
            sep in "[:=]",
            blanks in "[ \t]{0,3}",
            value in "[ \tA-Za-zéü'x]{0,5}",
            phrase in "(my name is|I am|i'm|call me|calls me|this is|Ich bin)",
            key in "(name|first_name|lastName)",
        ) {
            static D: std::sync::OnceLock<PersonDetector> = std::sync::OnceLock::new();
            let d = D.get_or_init(PersonDetector::new);
            let line = format!("{label}{gap}{sep}{blanks}{value}\nnext");
            let found = Text::new(&line).match_at(&d.labelled, 0, line.len());
            if found.is_some() {
                let colon = line.find([':', '=']).unwrap_or_default();
                proptest::prop_assert!(may_label(&line[..colon]));
            }
            let want = captured(&d.labelled, &line, 0);
            proptest::prop_assert_eq!(found.is_some(), want.is_some());
            if let Some(m) = found {
                let got = label_value(&line, m.start(), m.end());
                proptest::prop_assert_eq!(vec![got], want.unwrap_or_default());
            }
            let intro = format!("so {phrase}{blanks}{value} ok");
            let hay = intro.to_ascii_lowercase();
            let at = 3;
            let ac = d.intro_start.as_ref().and_then(|a| a.find(aho_corasick::Input::new(&hay).span(at..hay.len())));
            if let Some(p) = ac.filter(|p| p.start() == at) {
                let found = Text::new(&intro).match_at(&d.introduced, at, intro.len());
                let want = captured(&d.introduced, &intro, at);
                proptest::prop_assert_eq!(found.is_some(), want.is_some());
                if let Some(m) = found {
                    let name = after_blanks(intro.as_bytes(), p.end());
                    proptest::prop_assert_eq!(vec![(name, m.end())], want.unwrap_or_default());
                }
            }
            let json = format!("{{\"{key}\"{gap}:{blanks}\"{value}\"}}");
            let found = Text::new(&json).match_at(&d.json, 1, json.len());
            let want = captured(&d.json, &json, 1);
            proptest::prop_assert_eq!(found.is_some(), want.is_some());
            if let Some(m) = found {
                let (k, v) = json_parts(json.as_bytes(), m.start(), m.end());
                proptest::prop_assert_eq!(vec![k, v], want.unwrap_or_default());
            }
        }
    }

    #[test]
    fn no_introduction_is_another_ones_prefix() {
        for a in INTRODUCTIONS {
            for b in INTRODUCTIONS {
                assert!(a == b || !b.starts_with(a), "{a} / {b}");
            }
        }
    }
}
