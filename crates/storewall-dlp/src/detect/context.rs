//! Context words: whether a label such as "SSN" or "routing number" stands
//! just before a candidate. Digit runs without such a label are too often
//! order numbers, SKUs or tracking numbers to report.

/// How far back, in bytes, a label may stand.
const WINDOW: usize = 48;

/// True when any of `words` (lower case) occurs in the `WINDOW` bytes before `start`.
pub(crate) fn before(text: &str, start: usize, words: &[&str]) -> bool {
    let mut from = start.saturating_sub(WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = text[from..start].to_ascii_lowercase();
    words.iter().any(|w| window.contains(w))
}

/// True when the character before `start` or at `end` continues a token
/// (a letter, digit or one of `joiners` followed by a digit), so the
/// candidate is part of something longer.
pub(crate) fn glued(text: &str, start: usize, end: usize) -> bool {
    let prev = text[..start].chars().next_back();
    let next = text[end..].chars().next();
    let joins = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    if joins(prev) || joins(next) {
        return true;
    }
    // "12-345-6789-0" or "1.234.567.890,00": separators between digits.
    let sep_digit_before = matches!(prev, Some('-' | '.' | '/' | ','))
        && text[..start]
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| c.is_ascii_digit());
    let sep_digit_after = matches!(next, Some('-' | '/' | ',') | Some('.'))
        && text[end..]
            .chars()
            .nth(1)
            .is_some_and(|c| c.is_ascii_digit());
    sep_digit_before || sep_digit_after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_and_glue() {
        let t = "My SSN is 123-45-6789.";
        let s = t.find("123").unwrap();
        assert!(before(t, s, &["ssn"]));
        assert!(!before(t, s, &["routing"]));
        assert!(!glued(t, s, s + 11));
        let t = "ref A123-45-6789";
        let s = t.find("123").unwrap();
        assert!(glued(t, s, s + 11));
    }
}
