//! The placeholder grammar: `[` NAME `_` DIGITS `]`, where NAME is upper-case
//! letters, digits and underscores starting with a letter, e.g. `[EMAIL_ADDRESS_1]`.
//!
//! Hand-written rather than a regex because the streaming restorer needs to
//! know whether a cut-off text could still *become* a placeholder.

/// The longest placeholder the restorer waits for before giving up.
pub(crate) const MAX_LEN: usize = 64;

/// What the text at a `[` is.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A whole placeholder of this many bytes.
    Full(usize),
    /// The text ends while it could still become a placeholder.
    Partial,
    /// Not a placeholder.
    No,
}

/// Classifies `s`, which starts with `[`.
pub(crate) fn classify(s: &[u8]) -> Shape {
    debug_assert_eq!(s.first(), Some(&b'['));
    for (j, &b) in s.iter().enumerate().skip(1) {
        if j >= MAX_LEN {
            return Shape::No;
        }
        match b {
            b'A'..=b'Z' | b'_' => {}
            b'0'..=b'9' if j > 1 => {}
            b']' => {
                return if is_body(&s[1..j]) {
                    Shape::Full(j + 1)
                } else {
                    Shape::No
                }
            }
            _ => return Shape::No,
        }
    }
    Shape::Partial
}

fn is_body(body: &[u8]) -> bool {
    let Some(us) = body.iter().rposition(|&b| b == b'_') else {
        return false;
    };
    let (name, num) = (&body[..us], &body[us + 1..]);
    !name.is_empty()
        && name[0].is_ascii_uppercase()
        && !num.is_empty()
        && num.iter().all(u8::is_ascii_digit)
}

/// Formats the `n`th placeholder for a type name.
pub(crate) fn format(name: &str, n: u32) -> String {
    format!("[{name}_{n}]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar() {
        assert_eq!(classify(b"[EMAIL_ADDRESS_12] x"), Shape::Full(18));
        assert_eq!(classify(b"[EMAIL_ADD"), Shape::Partial);
        assert_eq!(classify(b"["), Shape::Partial);
        assert_eq!(classify(b"[EMAIL_ADDRESS]"), Shape::No);
        assert_eq!(classify(b"[email_1]"), Shape::No);
        assert_eq!(classify(b"[1_2]"), Shape::No);
        assert_eq!(classify(b"[ x"), Shape::No);
    }
}
