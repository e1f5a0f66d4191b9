//! Postal addresses (`LOCATION`) in US, UK, German, French, Spanish, Dutch,
//! Italian and Nordic shapes: a street (a street word before or after the
//! name, or glued to it as in "Hauptstraße"), a house number, and then what
//! follows on the same or the next lines: flat or suite, postcode, city,
//! state and country.

use super::names::Shapes;
use super::text::{ceil, floor, is_word};
use super::{compile, Detector, Text};
use crate::{EntityType, Finding};
use regex_automata::meta::Regex;
use regex_automata::Match;

/// Street words written as their own token.
const STREET_WORDS: &str = "street|st|str|road|rd|avenue|ave|av|avenida|avda|lane|ln|drive|dr|boulevard|blvd|bd|way|court|ct|place|pl|terrace|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|loop|close|crescent|gardens|mews|row|grove|walk|rue|allée|impasse|chemin|quai|route|cours|calle|paseo|plaza|camino|carretera|ronda|travesía|viale|piazza|corso|largo|vicolo|strada|rua|travessa|praça|alameda|ulica|utca|tér|út|straße|strasse|weg|gasse|platz|allee|laan|straat|gracht|plein|kade|singel|vej|gade|gata|katu|tie|centret|terrasse|alley|annex|arcade|bend|bluff|bluffs|bridge|brook|brooks|bypass|causeway|center|centre|circles|cliff|cliffs|common|commons|corner|corners|cove|creek|crest|crossing|crossroad|dale|estates|expressway|extension|extensions|ferry|field|fields|flat|flats|ford|fords|forge|forges|fork|forks|freeway|gateway|glen|glens|green|greens|harbor|harbour|haven|heights|hills|hollow|junction|knoll|knolls|landing|manor|meadow|meadows|mill|mills|motorway|mount|orchard|oval|overpass|parkway|pass|passage|path|pike|pines|plains|point|points|prairie|ridge|ridges|shoal|shore|shores|skyway|springs|spur|stravenue|summit|trace|track|trafficway|turnpike|underpass|valley|viaduct|villages|ville|vista|wells|wei|quadra|kuja|polku|vænget|torv|vei|väg|gränd|plads|zuid|noord|oost|west";

/// Street words glued to the end of the name ("Hauptstraße", "Hammarvägen").
const GLUED: &str = "straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|laan|straat|gracht|plein|kade|singel|vägen|gatan|katu|vej|gade|veien|gata|utca|tie|polku|kuja";

/// Street words that come first ("Via Roma 12", "Calle Mayor, 5").
const PREFIX: &str = "rue|avenue|av|avenida|avda|boulevard|bd|allée|impasse|chemin|quai|route|cours|calle|c/|paseo|plaza|camino|carretera|ronda|travesía|via|viale|piazza|corso|largo|vicolo|strada|rua|travessa|praça|alameda|ul\\.|ulica|place";

/// Phrases that announce an address, so a name and a number after them
/// count even without a street word.
const CUES: &[&str] = &[
    "address:",
    "address is",
    "address",
    "addresses:",
    "adresse:",
    "adresse",
    "anschrift:",
    "lieferadresse:",
    "dirección:",
    "direccion:",
    "indirizzo:",
    "adres:",
    "lives at",
    "live at",
    "lived in",
    "live in",
    "living at",
    "located at",
    "located on",
    "is on",
    "sent to",
    "send to",
    "send it to",
    "ship to",
    "ship it to",
    "shipped to",
    "deliver to",
    "deliver it to",
    "delivered to",
    "moved to",
    "move to",
    "meet you at",
    "drops you off at",
    "wohne in",
    "j'habite",
    "vivo en",
    "abito in",
    "woon op",
];

/// Addresses.
pub(crate) struct AddressDetector {
    // The word lists split once here, not for every candidate.
    // Byte keys: words are lower-cased on the stack as bytes, with no
    // UTF-8 check to make them strings again.
    street_words: std::collections::HashSet<&'static [u8], foldhash::fast::FixedState>,
    glued: Vec<String>,
    prefixes: std::collections::HashSet<Vec<u8>, foldhash::fast::FixedState>,
    /// The shapes of `prefixes`: most words after a number are ruled out
    /// by their first letter and length, before any lower-casing.
    prefix_shapes: Shapes,
    number_first: Regex,
    military: Regex,
    po_box: Regex,
    corner: Regex,
    name_first: Regex,
    unit: Regex,
    postal: Regex,
    place: Regex,
}

impl AddressDetector {
    pub(crate) fn new() -> Self {
        let name = r"[\p{Lu}][\p{L}'’.\-]*";
        let prefix_cap = PREFIX
            .split('|')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join("|");
        // The same words as `LINKS`, which the prefilter checks before
        // this pattern runs: one list, so the two cannot drift apart.
        let words: Vec<&str> = LINKS.iter().copied().filter(|w| *w != "d'").collect();
        let link = format!(r"(?:(?:{})(?-u:\b)|d')", words.join("|"));
        AddressDetector {
            street_words: STREET_WORDS.split('|').map(str::as_bytes).collect(),
            glued: GLUED.split('|').map(|g| g.replace('\\', "")).collect(),
            prefixes: prefixes().map(String::into_bytes).collect(),
            prefix_shapes: {
                let mut shapes = Shapes::default();
                prefixes().for_each(|p| shapes.add(&p));
                shapes
            },
            // 221B Baker Street / 12 rue de la Paix / 6750 Koskikatu 25
            number_first: compile(&format!(
                r"(?-u:\b)\d{{1,5}}(?:[ \t]\d{{1,5}})?[A-Za-z]?(?:[-/]\d{{1,4}})?,?[ \t]+(?:(?:bis|ter)[ \t]+)?(?:(?i:{PREFIX})[ \t]+)?(?:{name}|{link})(?:[ \t]+(?:{name}|{link}|(?i:{STREET_WORDS})(?-u:\b)\.?)){{0,5}}(?:[ \t]+\d{{1,5}}[A-Za-z]?\.?)?"
            )),
            // "... and Mill Road": the second street of a corner.
            corner: compile(&format!(
                r"^[ \t]+and[ \t]+(?:[\p{{Lu}}][\p{{L}}'’.\-]*[ \t]+){{1,3}}(?i:{STREET_WORDS})(?-u:\b)\.?"
            )),
            po_box: compile(
                r"(?-u:\b)(?:P\.?[ \t]?O\.?[ \t]?Box|Postfach|Apartado(?: de correos)?|Casella [Pp]ostale|Boîte [Pp]ostale|BP|Postbus)[ \t]+\d{1,6}(?-u:\b)",
            ),
            // US military mail: PSC 4355, Box 4187 / APO AP 28906
            military: compile(
                r"(?-u:\b)(?:PSC|Unit|USNS|USNV|USS|USCGC)[ \t]+[\w ]{1,30}?(?:,?[ \t]+Box[ \t]+\d{1,5})?[ \t]*\n?[ \t]*(?:APO|FPO|DPO)[ \t]+A[AEP][ \t]+\d{5}(?-u:\b)",
            ),
            // Hauptstraße 5 / Via Roma 131 / Calle Mayor, 5 / Keizersgracht 123-II
            // A leading street word must be capitalized here: "via" and
            // "place" are ordinary words in English sentences.
            name_first: compile(&format!(
                r"(?:(?:(?-u:\b)(?:{prefix_cap})|(?-u:\b)ul\.|(?-u:\b)c/|(?-u:\b)rúa|(?-u:\b)str\.)[ \t]*)?{name}(?:[ \t]+(?:{name}|{link})){{0,5}},?[ \t]+(?:n[º°o]\.?[ \t]*)?\d{{1,5}}[A-Za-z]?(?:[-/][0-9A-Za-z]{{1,4}})?(?-u:\b)\.?"
            )),
            unit: compile(
                r"^[ \t]*,?[ \t\n]*(?i:apt\.?|apartment|suite|ste\.?|unit|flat|floor|fl\.?|piso|planta|etage|stock|#|no\.?|bus|bte|interno|int\.?|escalera|esc\.?|puerta|pta\.?)[ \t]*[0-9A-Za-z]{1,6}(?-u:\b)\.?",
            ),
            postal: compile(
                r"^[ \t]*,?[ \t\n]*(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|\d{4}[ \t]?[A-Z]{2}|(?:D|A|CH|F|I|NL|B|L|DK|S|N|FIN|E|P|PL|CZ|SK|H)-\d{4,5}|\d{4}-\d{3}|\d{2}-\d{3}|\d{4,5}(?:-\d{4})?|\d{3}[ \t]\d{2})(?-u:\b)",
            ),
            // Unicode word boundaries here ("Malmö" whole), affordable
            // because it runs anchored on a short window.
            place: super::compile_with(
                r"^[ \t]*,?[ \t]*\n?[ \t]*,?[ \t]*(?:[\p{Lu}][\p{L}'’.\-]*\b|[\p{Lu}]{2}\b)(?:[ \t]+(?:[\p{Lu}][\p{L}'’.\-]*\b|de|la|le|del|am|an|der|sur|upon|on|in)){0,3}(?:[ \t]*\([\p{L} ]{2,20}\))?",
                Regex::config().backtrack(false),
            ),
        }
    }

    fn street_like(&self, candidate: &str) -> bool {
        let words = || {
            candidate
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
        };
        let mut buf = [0u8; 32];
        let mut owned = String::new();
        let mut street = false;
        for w in words() {
            let lw = lower_word(w, &mut buf, &mut owned);
            let mut bare = lw;
            while let [rest @ .., b'.'] = bare {
                bare = rest;
            }
            street = self.street_words.contains(bare)
                || self
                    .glued
                    .iter()
                    .any(|g| lw.len() > g.len() + 2 && lw.ends_with(g.as_bytes()));
            if street {
                break;
            }
        }
        // A leading street word ("Via Roma", "Calle Mayor") counts when it is
        // capitalized or follows a house number ("12 via Roma").
        let digit_first = candidate.starts_with(|c: char| c.is_ascii_digit());
        street
            || words().take(3).any(|w| {
                self.is_prefix(w)
                    // Abbreviations ("ul.", "c/") are written in lower case.
                    && (digit_first
                        || w.starts_with(|c: char| c.is_uppercase())
                        || w.ends_with('.')
                        || w.contains('/'))
            })
    }

    /// Extends a street match over unit, postcode, city and country parts.
    /// Returns the new end and how many unit or postcode parts it took,
    /// which vouch for a street that has no street word.
    fn extend(&self, text: &str, mut end: usize) -> (usize, usize) {
        let limit = (end + 120).min(text.len());
        let mut window = (end + 200).min(text.len());
        while !text.is_char_boundary(window) {
            window -= 1;
        }
        let mut parts = 0;
        let mut strong = 0;
        loop {
            if parts >= 8 || end >= limit {
                break;
            }
            // Bounded: a regex over the whole remainder costs as much as the
            // remainder is long, for every part of every address.
            let rest = &text[end..window.max(end)];
            // A blank line ends the address.
            if rest
                .trim_start_matches([' ', '\t', ','])
                .starts_with("\n\n")
            {
                break;
            }
            if !may_extend(rest) {
                break;
            }
            if let Some(m) = self.corner.find(rest) {
                end += m.end();
                parts += 1;
                continue;
            }
            let (m, is_strong) = match self.unit.find(rest).or_else(|| self.postal.find(rest)) {
                Some(m) => (Some(m), true),
                None => (
                    self.place
                        .find(rest)
                        .filter(|m| rest[m.range()].trim().chars().count() >= 2),
                    false,
                ),
            };
            match m {
                Some(m) if m.end() > 0 => {
                    end += m.end();
                    parts += 1;
                    strong += usize::from(is_strong);
                }
                _ => break,
            }
        }
        (end, strong)
    }
}

/// False when none of the patterns `extend` tries can match at the start
/// of `rest`: what comes after most numbers in prose ("95 USD or ...")
/// ends the address here, without four pattern searches.
fn may_extend(rest: &str) -> bool {
    let Some(c) = rest
        .bytes()
        .find(|b| !matches!(b, b' ' | b'\t' | b',' | b'\n'))
    else {
        return false;
    };
    // A postcode or place opens with a digit or a capital, a corner with
    // "and", a unit with a unit word (in any case) or "#".
    c >= 0x80
        || c.is_ascii_digit()
        || c.is_ascii_uppercase()
        || c == b'#'
        || UNIT_INITIALS.contains(&c)
}

/// The first letters of the unit words of the `unit` pattern, and of the
/// "and" of `corner`.
const UNIT_INITIALS: &[u8] = b"asufpenbi";

fn cued(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(32);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..start];
    let ends = |trimmed: &str, c: &str| {
        trimmed.len() >= c.len()
            && trimmed.as_bytes()[trimmed.len() - c.len()..].eq_ignore_ascii_case(c.as_bytes())
    };
    if window.is_ascii() {
        // No allocation for the usual case: ASCII compares without case.
        let trimmed = window.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        return CUES.iter().any(|c| ends(trimmed, c));
    }
    let before = window.to_lowercase();
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    CUES.iter().any(|c| trimmed.ends_with(c))
}

/// ISO 4217 codes of the currencies of US and European stores.
const CURRENCIES: &[&str] = &[
    "USD", "EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "ISK",
    "CAD", "AUD",
];

/// Lower-case words that may stand inside a street name.
const LINKS: &[&str] = &[
    "de", "du", "des", "la", "le", "del", "della", "delle", "dei", "degli", "di", "da", "do",
    "dos", "das", "of", "the", "am", "an", "der", "den", "van", "von", "y", "e", "d'",
];

/// True when `head` ends with spaces, an optional comma and a word that
/// holds a capital or is one of [`LINKS`]: how a street name meets its
/// house number.
fn named_before(head: &str) -> bool {
    let word_end = head.trim_end_matches([' ', '\t']);
    if word_end.len() == head.len() {
        return false;
    }
    let word_end = word_end.strip_suffix(',').unwrap_or(word_end);
    // ASCII words, the usual case, read on bytes.
    let b = word_end.as_bytes();
    let ascii = b
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic() || matches!(c, b'\'' | b'.' | b'-'))
        .count();
    if b.len() == ascii || b[b.len() - ascii - 1].is_ascii() {
        let word = &word_end[b.len() - ascii..];
        return word.bytes().any(|c| c.is_ascii_uppercase()) || LINKS.contains(&word);
    }
    let start = word_end
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || matches!(c, '\'' | '’' | '.' | '-'))
        .last()
        .map_or(word_end.len(), |(i, _)| i);
    let word = &word_end[start..];
    word.chars().any(char::is_uppercase) || LINKS.contains(&word)
}

impl AddressDetector {
    /// True unless the word after the house number ending at `end` rules
    /// out a `number_first` match: it must be a name (a capital), a
    /// linking word, a street word that comes first, or "bis"/"ter".
    /// Numbers in prose ("30 days") end here, before the pattern runs.
    fn number_first_possible(&self, text: &str, end: usize) -> bool {
        let suffix = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | ',');
        let mut rest = text[end..].trim_start_matches(suffix);
        // "12 34B Main Street": a second number belongs to the first.
        for _ in 0..2 {
            let spaced = rest.trim_start_matches([' ', '\t']);
            if spaced.len() == rest.len() {
                return false;
            }
            rest = spaced;
            if !rest.starts_with(|c: char| c.is_ascii_digit()) {
                break;
            }
            rest = rest.trim_start_matches(suffix);
        }
        let word = rest
            .split(|c: char| c.is_whitespace() || c == ',')
            .next()
            .unwrap_or("");
        // A price ("14.95 USD", "150 EUR") is the commonest number before
        // a capital in store text, and no street is named for a currency.
        if CURRENCIES.contains(&word.trim_end_matches(['.', ';', ')'])) {
            return false;
        }
        word.starts_with(char::is_uppercase)
            || word.starts_with("d'")
            || LINKS.contains(&word)
            || matches!(word, "bis" | "ter")
            || self.is_prefix(word)
    }

    /// True when `word`, lower-cased, is a street word that comes first
    /// ("rue", "via"). Runs for most numbers in a text: an ASCII word is
    /// lower-cased on the stack.
    fn is_prefix(&self, word: &str) -> bool {
        if !self.prefix_shapes.may_hold(word) {
            return false;
        }
        let mut buf = [0u8; 32];
        let mut owned = String::new();
        self.prefixes
            .contains(lower_word(word, &mut buf, &mut owned))
    }
}

/// The bytes of `word` lower-cased: on the stack when it is short and
/// ASCII, as most words are, or else in `owned`.
fn lower_word<'a>(word: &str, buf: &'a mut [u8; 32], owned: &'a mut String) -> &'a [u8] {
    if word.is_ascii() {
        if let Some(lower) = buf.get_mut(..word.len()) {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return lower;
        }
    }
    *owned = word.to_lowercase();
    owned.as_bytes()
}

/// The street words that come first, without their regex escapes.
fn prefixes() -> impl Iterator<Item = String> {
    PREFIX.split('|').map(|p| p.replace('\\', ""))
}

/// Where a `name_first` match ending at the house number `run` could
/// start: back over the characters a street name and its lead-in can
/// hold, or `None` when no capital stands there to start a name.
fn name_first_start(text: &str, run: usize) -> Option<usize> {
    let head = &text[..run];
    // The number follows a space, "nº", "n°", "no" or "no.".
    if !head.ends_with([' ', '\t', '.', 'º', '°', 'o']) {
        return None;
    }
    // The word before the number (and its "nº") is a name, so holds a
    // capital, or is a linking word: most numbers in prose ("within 30
    // days", "costs 14.95") fail here, before any pattern runs.
    let plain = named_before(head);
    let marked = || {
        let h = head.trim_end_matches([' ', '\t']);
        let h = h.strip_suffix('.').unwrap_or(h);
        h.strip_suffix(['º', '°', 'o'])
            .and_then(|h| h.strip_suffix('n'))
            .is_some_and(named_before)
    };
    if !(plain || marked()) {
        return None;
    }
    // A match holds at most seven words before its number (a leading
    // street word and six name words), so the search starts no further
    // back than the tenth gap between words.
    let mut start = run;
    let mut capital = false;
    let mut gaps = 0;
    let mut spaced = false;
    for (i, c) in head.char_indices().rev() {
        let space = matches!(c, ' ' | '\t');
        let fits = space
            || c.is_alphabetic()
            || matches!(c, '.' | '\'' | '’' | '-' | ',' | '/' | 'º' | '°');
        if space && !spaced {
            gaps += 1;
        }
        spaced = space;
        if !fits || run - i > 256 || gaps > 10 {
            break;
        }
        capital |= c.is_uppercase();
        start = i;
    }
    capital.then_some(start)
}

impl Detector for AddressDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let (text, b) = (t.s, t.s.as_bytes());
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut candidates: Vec<Match> = Vec::new();
        // Every street match holds a house number of at most five digits:
        // it opens a `number_first` match and closes a `name_first` one, so
        // each pattern runs only where such a number is.
        let mut from = 0;
        let mut windows: Vec<(usize, usize)> = Vec::new();
        for &(run, end) in t.runs() {
            if end - run > 5 {
                continue;
            }
            if run >= from
                && (run == 0 || !is_word(b[run - 1]))
                && self.number_first_possible(text, end)
            {
                let line = memchr::memchr(b'\n', &b[run..]).map_or(b.len(), |n| run + n);
                if let Some(m) = t.match_at(&self.number_first, run, line.min(run + 320)) {
                    from = m.end();
                    candidates.push(m);
                }
            }
            if let Some(start) = name_first_start(text, run) {
                let window = (start, ceil(text, end + 8));
                match windows.last_mut() {
                    Some(last) if window.0 <= last.1 => last.1 = last.1.max(window.1),
                    _ => windows.push(window),
                }
            }
        }
        for w in windows {
            candidates.extend(t.find_in(&self.name_first, w));
        }
        for m in candidates {
            let s = &text[m.range()];
            if !s.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let (end, strong) = self.extend(text, m.end());
            // Without a street word, a name and a number ("Tylova 285")
            // count only when a flat, suite or postcode follows, or when
            // the text announces an address.
            if !self.street_like(s) && strong == 0 && !cued(text, m.start()) {
                continue;
            }
            spans.push((m.start(), end));
        }
        // A PO box ends with its number after its label, a military
        // address with a five-digit ZIP after "AA", "AE" or "AP".
        for &(run, end) in t.runs() {
            let head = text[..run].trim_end_matches([' ', '\t']);
            // Each label below ends with one of these letters.
            if head.len() == run || !head.ends_with(['x', 'h', 'o', 's', 'e', 'P', 'A', 'E']) {
                continue;
            }
            let boxed = end - run <= 6
                && [
                    "Box", "Postfach", "Apartado", "correos", "ostale", "BP", "Postbus",
                ]
                .iter()
                .any(|l| head.ends_with(l));
            if boxed {
                for m in t.find_in(&self.po_box, (floor(text, run.saturating_sub(64)), end)) {
                    let (end, _) = self.extend(text, m.end());
                    spans.push((m.start(), end));
                }
            }
            if end - run == 5 && ["AA", "AE", "AP"].iter().any(|l| head.ends_with(l)) {
                let span = (floor(text, run.saturating_sub(160)), end);
                for m in t.find_in(&self.military, span) {
                    spans.push((m.start(), m.end()));
                }
            }
        }
        spans.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (s, e) in spans {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        for (mut start, end) in merged {
            // "at the corner of X and Y": the corner phrase belongs to it.
            for lead in ["the corner of ", "corner of "] {
                let head = &text.as_bytes()[..start];
                if head.len() >= lead.len()
                    && head[head.len() - lead.len()..].eq_ignore_ascii_case(lead.as_bytes())
                {
                    start -= lead.len();
                    break;
                }
            }
            let trimmed = text[start..end].trim_end_matches([' ', '\t', '\n', ',', '.']);
            out.push(Finding {
                entity: EntityType::Location,
                start,
                end: start + trimmed.len(),
                score: 0.85,
                detector: "postal-address",
                source: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        AddressDetector::new().detect(t, &mut out);
        out.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn shapes_of_several_countries() {
        assert_eq!(
            found("Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500 please"),
            vec!["1600 Pennsylvania Avenue NW, Washington, DC 20500"]
        );
        assert_eq!(
            found("Lieferadresse: Hauptstraße 5, 10115 Berlin."),
            vec!["Hauptstraße 5, 10115 Berlin"]
        );
        assert_eq!(
            found("Adresse : 12 rue de la Paix, 75002 Paris"),
            vec!["12 rue de la Paix, 75002 Paris"]
        );
        assert_eq!(
            found("Envío a Calle Mayor, 5, 28013 Madrid"),
            vec!["Calle Mayor, 5, 28013 Madrid"]
        );
        assert_eq!(
            found("Indirizzo: Via Roma 131, 00184 Roma (RM)"),
            vec!["Via Roma 131, 00184 Roma (RM)"]
        );
        assert_eq!(
            found("Adres: Keizersgracht 123, 1015 CJ Amsterdam"),
            vec!["Keizersgracht 123, 1015 CJ Amsterdam"]
        );
        assert_eq!(
            found("221B Baker Street\nLondon NW1 6XE"),
            vec!["221B Baker Street\nLondon NW1 6XE"]
        );
    }

    #[test]
    fn quiet_on_numbers_with_capitals() {
        assert!(found("Order 15 Linen Sheets in Size 42 by Friday").is_empty());
        assert!(found("We shipped 3 Items via DHL Express 2 days ago").is_empty());
        assert!(found("Upgrade to Windows 11 and iPhone 15 today").is_empty());
        // Prices: a currency code is no street name.
        assert!(found("It costs 14.95 USD or 12.95 EUR.").is_empty());
        assert!(found("Refund 687.53 EUR SKU HX-7158-XL EAN 5972203271127").is_empty());
    }

    #[test]
    fn streets_without_street_words_need_a_postcode_or_unit() {
        assert_eq!(
            found("Tylova 285, 301 00 Plzeň"),
            vec!["Tylova 285, 301 00 Plzeň"]
        );
        assert_eq!(
            found("P.O. Box 242, Anchorage, AK 99501"),
            vec!["P.O. Box 242, Anchorage, AK 99501"]
        );
    }
}
