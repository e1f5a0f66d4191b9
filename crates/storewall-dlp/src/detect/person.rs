//! Person names: gazetteers of first names and surnames across the stores'
//! locales, combined with context (greetings, titles, signatures, labels,
//! JSON keys). Written by hand because this is where a gateway for stores
//! differs from a general NER model: names sit in tickets, signatures, order
//! payloads and CSV rows, next to words that give them away.

use super::names::{gazetteers, Gazetteers};
use super::{compile, Detector};
use crate::{EntityType, Finding};

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

const MAX_TOKENS: usize = 4;

/// Person names.
pub(crate) struct PersonDetector {
    labelled: regex::Regex,
    introduced: regex::Regex,
    json: regex::Regex,
}

impl PersonDetector {
    pub(crate) fn new() -> Self {
        // Warm the gazetteers at construction, not on the first request.
        let _ = gazetteers();
        PersonDetector {
            introduced: compile(
                r"(?i)\b(?:my name is|my name's|call me|calls me|i am|i'm|this is|ich bin|je suis|me llamo|mi chiamo|ik ben)[ \t]+([\p{L}'’\-]{2,30}(?:[ \t]+[\p{L}'’\-]{2,30})?)",
            ),
            labelled: compile(
                r"(?im)^[ \t]*(?:full name|name|customer|customer name|client|contact|recipient|ship to|bill to|sold to|from|signed|nombre|nom|nome|naam|kunde|empfänger|destinataire|destinatario)[ \t]*[:=][ \t]*([^\n,;|<>@\d]{2,60})$",
            ),
            json: compile(
                r#"(?i)"(first_?name|last_?name|full_?name|customer_?name|contact_?name|billing_?name|shipping_?name|recipient(?:_?name)?|firstname|lastname|surname|given_?name|family_?name|name)"\s*:\s*"([^"\\]{2,60})""#,
            ),
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
}

fn tokens(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let inner = matches!(c, '\'' | '’' | '-')
            && start.is_some()
            && it.peek().is_some_and(|(_, n)| n.is_alphabetic());
        if c.is_alphabetic() || inner {
            if start.is_none() {
                start = Some(i);
            }
            last = i + c.len_utf8();
        } else if let Some(s) = start.take() {
            out.push(Tok {
                start: s,
                end: last,
            });
        }
    }
    if let Some(s) = start {
        out.push(Tok {
            start: s,
            end: last,
        });
    }
    out
}

fn is_capitalized(w: &str) -> bool {
    let mut cs = w.chars();
    let Some(first) = cs.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    // "Jean-Luc", "O'Brien", "McDonald": any mix after the first capital,
    // but not an all-caps acronym unless short.
    let rest: Vec<char> = cs.collect();
    rest.is_empty() || rest.iter().any(|c| c.is_lowercase())
}

fn is_all_caps(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Lower-case key of a token for the gazetteers: "O'Brien" → "o'brien", "Jean-Luc" → "jean".
fn key(w: &str) -> String {
    let lw = w.to_lowercase();
    // Possessives: "Szczepańska's" is looked up as "szczepańska".
    lw.strip_suffix("'s")
        .or_else(|| lw.strip_suffix("’s"))
        .map(str::to_string)
        .unwrap_or(lw)
}

fn in_first(g: &Gazetteers, w: &str) -> bool {
    let k = key(w);
    g.first.contains(&k) || k.split('-').next().is_some_and(|p| g.first.contains(p))
}

fn in_last(g: &Gazetteers, w: &str) -> bool {
    let k = key(w);
    g.last.contains(&k) || k.split('-').all(|p| g.last.contains(p))
}

fn preceding_words(text: &str, start: usize, n: usize) -> String {
    let mut from = start.saturating_sub(n);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text[from..start].to_lowercase()
}

/// True when a cue or title stands right before `start` (ignoring spaces and
/// punctuation such as "Dear Jane" or "Thanks,\nJane" or "Mr. Smith").
/// True when `trimmed` ends with one of `words` as a whole word.
fn ends_with_word<'a>(trimmed: &str, mut words: impl Iterator<Item = &'a &'a str>) -> bool {
    words.any(|w| {
        trimmed.ends_with(w)
            && trimmed[..trimmed.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn cued(text: &str, start: usize) -> bool {
    let before = preceding_words(text, start, 28);
    let trimmed = before
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ':' | '-' | '—'));
    ends_with_word(trimmed, CUES.iter().chain(TITLES.iter()))
}

fn strongly_cued(text: &str, start: usize) -> bool {
    let before = preceding_words(text, start, 24);
    let trimmed =
        before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '"' | '\''));
    ends_with_word(trimmed, STRONG_CUES.iter())
}

/// True when the token opens its line and a colon follows ("Alice: Who are you?").
fn speaker(text: &str, start: usize, end: usize) -> bool {
    let head = text[..start].rsplit('\n').next().unwrap_or("");
    head.trim().is_empty() && text[end..].starts_with(':')
}

fn titled(text: &str, start: usize) -> bool {
    let before = preceding_words(text, start, 12);
    let trimmed = before.trim_end_matches([' ', '.']);
    ends_with_word(trimmed, TITLES.iter())
}

fn word_before(text: &str, start: usize) -> String {
    text[..start]
        .trim_end_matches([' ', '\t'])
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase()
}

fn word_after(text: &str, end: usize) -> String {
    text[end..]
        .trim_start_matches([' ', '\t'])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
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
        let g = gazetteers();
        let toks = tokens(text);
        let mut i = 0;
        while i < toks.len() {
            let w = &text[toks[i].start..toks[i].end];
            let lw = w.to_lowercase();
            if !(is_capitalized(w) || (is_all_caps(w) && (in_first(g, w) || in_last(g, w))))
                || STOP.contains(&lw.as_str())
            {
                i += 1;
                continue;
            }
            // Grow a chain of capitalized tokens (and particles between them),
            // separated by single spaces only.
            let mut names = vec![i];
            let mut j = i + 1;
            while j < toks.len() && names.len() < MAX_TOKENS {
                let gap = &text[toks[j - 1].end..toks[j].start];
                if gap != " " && gap != ". " && gap != "  " {
                    break;
                }
                if gap == ". " && toks[j - 1].end - toks[j - 1].start > 1 {
                    break;
                }
                let t = &text[toks[j].start..toks[j].end];
                let lt = t.to_lowercase();
                if PARTICLES.contains(&lt.as_str()) && j + 1 < toks.len() {
                    j += 1;
                    continue;
                }
                let caps = is_capitalized(t) || (is_all_caps(t) && is_all_caps(w));
                // "Tom I. Holzman": a capital followed by a dot is an initial,
                // not the pronoun.
                let initial = t.chars().count() == 1 && text[toks[j].end..].starts_with('.');
                if !caps || (STOP.contains(&lt.as_str()) && !initial) {
                    break;
                }
                names.push(j);
                j += 1;
            }
            let words: Vec<&str> = names
                .iter()
                .map(|&k| &text[toks[k].start..toks[k].end])
                .collect();
            let first_known = in_first(g, words[0]);
            let any_last = words[1..].iter().any(|w| in_last(g, w))
                || (words.len() == 1 && in_last(g, words[0]));
            let any_known = words.iter().any(|w| in_first(g, w) || in_last(g, w));
            let common = |w: &str| g.common.contains(&w.to_lowercase());
            let start = toks[names[0]].start;
            let end = toks[*names.last().unwrap_or(&i)].end;
            let before = word_before(text, start);
            let after = word_after(text, end);
            let placed = STREET_BEFORE.contains(&before.as_str())
                || STREET_BEFORE.contains(&words[0].to_lowercase().as_str())
                || text[end..]
                    .trim_start_matches([' ', ','])
                    .starts_with(|c: char| c.is_ascii_digit())
                || PLACE_AFTER.contains(&after.as_str())
                || text[..start]
                    .trim_end_matches(' ')
                    .ends_with(|c: char| c.is_ascii_digit());
            let cue = cued(text, start);
            let title = titled(text, start);
            let strong = strongly_cued(text, start);
            let initial = words.len() >= 3
                && words[1..words.len() - 1]
                    .iter()
                    .any(|w| w.chars().count() == 1);
            let line = own_line(text, start, end);
            let score = if placed && !title && !cue {
                None
            } else if words.len() >= 2 {
                let all_common = words.iter().all(|w| common(w));
                if title || initial || strong || (first_known && any_last && !all_common) {
                    Some(0.9)
                } else if first_known && !common(words[0]) {
                    Some(0.75)
                } else if (any_last || first_known) && (cue || line) {
                    Some(0.8)
                } else if any_known
                    && !all_common
                    && words
                        .iter()
                        .filter(|w| in_first(g, w) || in_last(g, w))
                        .count()
                        >= 2
                {
                    Some(0.7)
                } else if any_last
                    && !common(words[words.len() - 1])
                    && !sentence_start(text, start)
                {
                    Some(0.6)
                } else if words.len() <= 3 && (cue || line) && words.iter().all(|w| !common(w)) {
                    // Unknown names in a known place: after a cue, or alone on
                    // their line as in signatures and address blocks.
                    Some(0.6)
                } else {
                    None
                }
            } else {
                let known = first_known || any_last;
                let lone_first = first_known && !common(words[0]);
                if title || strong {
                    Some(0.85)
                } else if first_known && speaker(text, start, end) {
                    Some(0.75)
                } else if known && cue && !common(words[0]) {
                    Some(0.8)
                } else if (lone_first && VERBS_AFTER.contains(&after.as_str()))
                    || (!common(words[0])
                        && words[0].chars().count() >= 3
                        && listed(text, &toks, names[0], g))
                {
                    Some(0.7)
                } else if lone_first && !sentence_start(text, start) {
                    // A known first name on its own in mid-sentence ("my kid Mario").
                    Some(0.6)
                } else if known
                    && !common(words[0])
                    && !sentence_start(text, start)
                    && in_first(g, words[0])
                    && in_last(g, words[0])
                {
                    // A lone capitalized word in the middle of a sentence that
                    // is both a first name and a surname ("says Iwase").
                    Some(0.55)
                } else {
                    None
                }
            };
            if let Some(score) = score {
                out.push(Finding {
                    entity: EntityType::Person,
                    start,
                    end,
                    score,
                    detector: "person",
                    source: None,
                });
                i = *names.last().unwrap_or(&i) + 1;
            } else {
                i += 1;
            }
        }
    }

    fn labels(&self, text: &str, out: &mut Vec<Finding>) {
        let g = gazetteers();
        for caps in self.labelled.captures_iter(text) {
            let Some(m) = caps.get(1) else { continue };
            let v = m.as_str().trim_end();
            let words: Vec<&str> = v.split_whitespace().collect();
            if words.is_empty() || words.len() > MAX_TOKENS {
                continue;
            }
            let shaped = words.iter().all(|w| {
                is_capitalized(w)
                    || is_all_caps(w)
                    || PARTICLES.contains(&w.to_lowercase().as_str())
                    || w.ends_with('.')
            });
            let known = words.iter().any(|w| {
                in_first(g, w.trim_end_matches('.')) || in_last(g, w.trim_end_matches('.'))
            });
            if shaped && known {
                out.push(Finding {
                    entity: EntityType::Person,
                    start: m.start(),
                    end: m.start() + v.len(),
                    score: 0.9,
                    detector: "person-label",
                    source: None,
                });
            }
        }
        for caps in self.introduced.captures_iter(text) {
            let Some(m) = caps.get(1) else { continue };
            let words: Vec<&str> = m.as_str().split_whitespace().collect();
            // Lower-case names count when the first is a known first name
            // ("my name is lena andersson"); the second word only when it
            // is a known surname.
            let Some(first) = words.first() else { continue };
            if !in_first(g, first) || g.common.contains(&first.to_lowercase()) {
                continue;
            }
            let end = if words.len() == 2 && in_last(g, words[1]) {
                m.end()
            } else {
                m.start() + first.len()
            };
            out.push(Finding {
                entity: EntityType::Person,
                start: m.start(),
                end,
                score: 0.8,
                detector: "person-intro",
                source: None,
            });
        }
        if memchr::memchr(b'"', text.as_bytes()).is_none() {
            return;
        }
        for caps in self.json.captures_iter(text) {
            let (Some(k), Some(m)) = (caps.get(1), caps.get(2)) else {
                continue;
            };
            let key = k.as_str().to_lowercase();
            let v = m.as_str();
            let words: Vec<&str> = v.split_whitespace().collect();
            if words.is_empty()
                || words.len() > MAX_TOKENS
                || v.chars().any(|c| c.is_ascii_digit() || c == '@')
            {
                continue;
            }
            // A bare "name" key also names products; it needs a known name in it.
            let explicit = key != "name";
            let known = words.iter().any(|w| in_first(g, w) || in_last(g, w));
            if explicit || known {
                out.push(Finding {
                    entity: EntityType::Person,
                    start: m.start(),
                    end: m.end(),
                    score: if explicit { 0.9 } else { 0.8 },
                    detector: "person-json",
                    source: None,
                });
            }
        }
    }
}

/// True when token `k` sits in a list of names ("Anna, Dubois and Shane").
fn listed(text: &str, toks: &[Tok], k: usize, g: &Gazetteers) -> bool {
    const AND: &[&str] = &["and", "und", "et", "y", "e", "en", "och", "og", "or"];
    let word = |i: usize| &text[toks[i].start..toks[i].end];
    let gap = |a: usize, b: usize| &text[toks[a].end..toks[b].start];
    let name = |i: usize| {
        let w = word(i);
        is_capitalized(w)
            && (in_first(g, w) || in_last(g, w))
            && !g.common.contains(&w.to_lowercase())
    };
    // The neighbour in the list on each side: across ", " directly, or
    // across a conjunction ("Dubois and Brennan").
    let prev = if k >= 1 && matches!(gap(k - 1, k), ", " | " & ") {
        Some(k - 1)
    } else if k >= 2
        && gap(k - 1, k) == " "
        && AND.contains(&word(k - 1))
        && matches!(gap(k - 2, k - 1), " " | ", ")
    {
        Some(k - 2)
    } else {
        None
    };
    let next = if k + 1 < toks.len() && matches!(gap(k, k + 1), ", " | " & ") {
        Some(k + 1)
    } else if k + 2 < toks.len()
        && gap(k + 1, k + 2) == " "
        && AND.contains(&word(k + 1))
        && matches!(gap(k, k + 1), " " | ", ")
    {
        Some(k + 2)
    } else {
        None
    };
    prev.is_some_and(name) || next.is_some_and(name)
}

impl Detector for PersonDetector {
    fn detect(&self, text: &str, out: &mut Vec<Finding>) {
        self.labels(text, out);
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

    #[test]
    fn quiet_on_ordinary_capitals() {
        assert!(found("The Linen Duvet Cover ships on Monday from our Berlin Store.").is_empty());
        assert!(found("Please refund order 1234. Will it arrive in May?").is_empty());
        assert!(found(r#"{"name": "Organic Cotton Tee", "price": 19.99}"#).is_empty());
        assert!(found("Ship to 12 Kent Street, or to Via Roma 131.").is_empty());
    }
}
