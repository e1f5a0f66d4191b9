//! Pasted tables: a CSV or TSV header names its columns ("first_name",
//! "Telefon", "shipping_address"), and every cell below is read as what its
//! column says, whatever its shape. Staff paste customer exports into
//! chats; column names are better evidence than any pattern.

use super::{Detector, Text};
use crate::{EntityType, Finding};

/// Column names, normalised (lower case, `_` for spaces, hyphens and
/// dots), by what their cells hold. One list gives both the `match` that
/// names a column and the shapes that rule out most fields before it.
macro_rules! columns {
    ($($entity:ident => $($name:literal)|+;)*) => {
        /// For each first letter, the lengths of the column names that
        /// start with it, as bits.
        const SHAPES: [u32; 26] = shapes(&[$($($name),+),*]);

        /// What a column of normalised name `n` holds.
        fn by_name(n: &str) -> Option<EntityType> {
            // One `match`: the compiler dispatches on length and bytes,
            // where a search of each list compared every entry.
            match n {
                $($($name)|+ => Some(EntityType::$entity),)*
                _ => None,
            }
        }
    };
}

columns! {
    Person => "first_name" | "firstname" | "first" | "last_name" | "lastname" | "last"
        | "surname" | "name" | "full_name" | "fullname" | "customer" | "customer_name"
        | "contact" | "contact_name" | "billing_name" | "shipping_name" | "billing_first_name"
        | "billing_last_name" | "shipping_first_name" | "shipping_last_name" | "recipient"
        | "vorname" | "nachname" | "nom" | "prénom" | "prenom" | "nombre" | "apellido"
        | "apellidos" | "nome" | "cognome" | "voornaam" | "achternaam" | "naam" | "given_name"
        | "family_name";
    PhoneNumber => "phone" | "phone_number" | "telephone" | "tel" | "mobile" | "cell"
        | "telefon" | "téléphone" | "telephone_number" | "telefono" | "teléfono" | "telefoon"
        | "handy" | "billing_phone" | "shipping_phone" | "mobile_phone" | "cellulare";
    Location => "address" | "address1" | "address_1" | "address2" | "address_2" | "street"
        | "street_address" | "billing_address" | "shipping_address" | "billing_address1"
        | "shipping_address1" | "billing_address_1" | "shipping_address_1" | "adresse"
        | "straße" | "strasse" | "dirección" | "direccion" | "indirizzo" | "adres"
        | "anschrift" | "domicilio";
    EmailAddress => "email" | "e_mail" | "mail" | "email_address" | "billing_email"
        | "customer_email";
}

/// The first letters and lengths of `names`, each of which starts with
/// an ASCII letter and is at most 31 bytes long.
const fn shapes(names: &[&str]) -> [u32; 26] {
    let mut out = [0u32; 26];
    let mut i = 0;
    while i < names.len() {
        let b = names[i].as_bytes();
        out[(b[0] - b'a') as usize] |= 1 << b.len();
        i += 1;
    }
    out
}

fn column_entity(name: &str) -> Option<EntityType> {
    // A prose field, long and with a letter or digit at each end, is
    // ruled out before any trimming.
    let b = name.as_bytes();
    if b.len() > 24
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let name = trim_name(name);
    // Every line of a text is tried as a header; prose cells are long and
    // must cost no allocation. The longest column name is 19 characters.
    if name.len() > 24 || name.is_empty() {
        return None;
    }
    // Most fields of prose have no column name's first letter and length.
    let first = name.as_bytes()[0].to_ascii_lowercase();
    if !first.is_ascii_lowercase() || SHAPES[usize::from(first - b'a')] & (1 << name.len()) == 0 {
        return None;
    }
    // Normalised on the stack. Only ASCII bytes change, so the result is
    // still UTF-8; accented names ("Prénom", "Téléphone") keep their
    // accented letters, which the lists hold in lower case.
    let mut buf = [0u8; 24];
    for (d, &c) in buf.iter_mut().zip(name.as_bytes()) {
        *d = match c {
            b' ' | b'-' | b'.' => b'_',
            c => c.to_ascii_lowercase(),
        };
    }
    let Ok(n) = std::str::from_utf8(&buf[..name.len()]) else {
        return None;
    };
    by_name(n)
}

/// `name` without surrounding whitespace, then without surrounding quotes.
/// Every field of every line with a delimiter comes here, mostly prose:
/// fields with ASCII at both ends, the usual case, are trimmed on bytes
/// without decoding characters.
fn trim_name(name: &str) -> &str {
    // The ASCII characters that `char::is_whitespace` accepts.
    let space = |c: &u8| matches!(c, b'\t'..=b'\r' | b' ');
    let quote = |c: &u8| matches!(c, b'"' | b'\'');
    let b = name.as_bytes();
    let lead = b.iter().take_while(|c| space(c)).count();
    let b = &b[lead..];
    let tail = b.iter().rev().take_while(|c| space(c)).count();
    let b = &b[..b.len() - tail];
    // Other whitespace is not ASCII: only then are characters decoded.
    if !(b.first().is_none_or(u8::is_ascii) && b.last().is_none_or(u8::is_ascii)) {
        return name.trim().trim_matches(['"', '\'']);
    }
    let lead_q = b.iter().take_while(|c| quote(c)).count();
    let b = &b[lead_q..];
    let tail_q = b.iter().rev().take_while(|c| quote(c)).count();
    let start = lead + lead_q;
    // Only ASCII bytes were cut, so both ends are character boundaries.
    name.get(start..start + b.len() - tail_q).unwrap_or("")
}

/// Byte spans of the fields of `line` (quotes respected), relative to the line.
fn fields(line: &str, delim: u8) -> Vec<(usize, usize)> {
    each_field(line, delim).collect()
}

/// The byte ranges of the fields of `line`, one at a time; a delimiter
/// inside double quotes does not split. Delimiters and quotes are ASCII,
/// so the bytes are searched without decoding characters, by one vector
/// search for the whole line rather than one for each field.
fn each_field(line: &str, delim: u8) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = line.as_bytes();
    let mut hits = memchr::memchr2_iter(delim, b'"', b);
    let mut start = Some(0);
    let mut quoted = false;
    std::iter::from_fn(move || {
        let from = start?;
        for i in hits.by_ref() {
            if b[i] == b'"' {
                quoted = !quoted;
            } else if !quoted {
                start = Some(i + 1);
                return Some((from, i));
            }
        }
        start = None;
        Some((from, line.len()))
    })
}

/// The delimiter of `header` and what each of its columns holds, when it
/// is the header of a table: some column is named for what it holds.
fn header(header: &str) -> Option<(u8, Vec<Option<EntityType>>)> {
    // Every line of every text is tried as a header, and most lines are
    // short: one loop counts all four delimiters, where a vector search per
    // delimiter paid its set-up four times a line. Byte-wide sums over
    // chunks of at most 255 bytes cannot overflow and compile to vector
    // code sixteen bytes at a time.
    let mut counts = [0usize; 4];
    for chunk in header.as_bytes().chunks(255) {
        let mut sums = [0u8; 4];
        for &c in chunk {
            sums[0] += u8::from(c == b',');
            sums[1] += u8::from(c == b';');
            sums[2] += u8::from(c == b'\t');
            sums[3] += u8::from(c == b'|');
        }
        for (n, s) in counts.iter_mut().zip(sums) {
            *n += usize::from(s);
        }
    }
    let (d, _) = counts
        .iter()
        .enumerate()
        .filter(|(_, &c)| c > 0)
        .max_by_key(|(_, &c)| c)?;
    let delim = [b',', b';', b'\t', b'|'][d];
    // Most lines with commas are prose: no column name among their
    // fields, found without collecting them.
    if !each_field(header, delim).any(|(s, e)| column_entity(&header[s..e]).is_some()) {
        return None;
    }
    let cols: Vec<Option<EntityType>> = each_field(header, delim)
        .map(|(s, e)| column_entity(&header[s..e]))
        .collect();
    (cols.len() >= 2).then_some((delim, cols))
}

/// Trims spaces and quotes off a field span.
fn trim(line: &str, (s, e): (usize, usize)) -> (usize, usize) {
    let f = &line[s..e];
    let lead = f.len() - f.trim_start_matches([' ', '\t', '"']).len();
    let tail = f.len() - f.trim_end_matches([' ', '\t', '"', '\r']).len();
    if lead + tail >= f.len() {
        return (s, s);
    }
    (s + lead, e - tail)
}

/// Cells of tables whose header names them.
pub(crate) struct TableDetector;

impl Detector for TableDetector {
    fn find(&self, t: &Text, out: &mut Vec<Finding>) {
        let (text, b) = (t.s, t.s.as_bytes());
        if memchr::memchr(b'\n', b).is_none() {
            return;
        }
        let line_end = |at: usize| memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |n| at + n);
        // Line by line, as `text.split('\n')` cuts it: a text that ends
        // with a newline has an empty last line.
        let mut at = 0;
        while at <= b.len() {
            let end = line_end(at);
            let Some((delim, cols)) = header(&text[at..end]) else {
                at = end + 1;
                continue;
            };
            let mut row_at = end + 1;
            while row_at <= b.len() {
                let row_end = line_end(row_at);
                let row = &text[row_at..row_end];
                let spans = fields(row, delim);
                if row.trim().is_empty() || spans.len() != cols.len() {
                    break;
                }
                for (k, span) in spans.into_iter().enumerate() {
                    let Some(entity) = cols[k] else { continue };
                    let (s, e) = trim(row, span);
                    let cell = &row[s..e];
                    let plausible = match entity {
                        EntityType::PhoneNumber => {
                            cell.bytes().filter(u8::is_ascii_digit).count() >= 6
                        }
                        EntityType::EmailAddress => cell.contains('@'),
                        _ => cell.chars().any(char::is_alphabetic),
                    };
                    if plausible {
                        out.push(Finding {
                            entity,
                            start: row_at + s,
                            end: row_at + e,
                            score: 0.85,
                            detector: "table-column",
                            source: None,
                        });
                    }
                }
                row_at = row_end + 1;
            }
            // The line that ended the table may open the next one.
            at = row_at;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte trim agrees with the `str` one on any field.
        #[test]
        fn trim_name_matches_str_trim(name in "[ \t\r\u{a0}\u{2003}\"'a-zé,]{0,12}") {
            proptest::prop_assert_eq!(trim_name(&name), name.trim().trim_matches(['"', '\'']));
        }
    }

    fn found(t: &str) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        TableDetector.detect(t, &mut out);
        out.iter()
            .map(|f| (f.entity.as_str(), &t[f.start..f.end]))
            .collect()
    }

    #[test]
    fn accented_column_names() {
        let t = "Prénom;Nom;Téléphone\nÉlodie;Durand;+33 1 42 68 53 00\n";
        assert_eq!(
            found(t),
            vec![
                ("PERSON", "Élodie"),
                ("PERSON", "Durand"),
                ("PHONE_NUMBER", "+33 1 42 68 53 00"),
            ]
        );
    }

    #[test]
    fn columns_name_their_cells() {
        let t = "Here is the export:\nFirst Name;Last Name;Telefon;Total\nAnna;van Dijk;0612 345678;12,50\n\"Zoë\";Okafor;+44 20 7946 0958;3,00\n\nthanks";
        assert_eq!(
            found(t),
            vec![
                ("PERSON", "Anna"),
                ("PERSON", "van Dijk"),
                ("PHONE_NUMBER", "0612 345678"),
                ("PERSON", "Zoë"),
                ("PERSON", "Okafor"),
                ("PHONE_NUMBER", "+44 20 7946 0958"),
            ]
        );
    }
}
