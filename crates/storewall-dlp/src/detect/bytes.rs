//! Byte searches shared by the detectors: the next digit, the next byte
//! that may start a capitalized word, the end of a run of letters.
//!
//! Written out because every scan starts with them, over text that mostly
//! has none of what they look for, and `memchr` covers only one to three
//! exact bytes. Blocks of sixteen bytes without a hit are passed over by a
//! check with no early exit, which the compiler turns into a few vector
//! instructions. In the block that has one, eight bytes at a time as one
//! `u64`, whose bit tricks give the position of the first hit directly,
//! where a byte loop went back over the block.

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The first byte at or after `from` for which `pred` holds. `word` gives
/// the same answer for eight bytes at once, little-endian: the top bit of
/// each byte of its result set where `pred` holds for that byte.
#[inline]
pub(crate) fn find(
    b: &[u8],
    mut from: usize,
    pred: impl Fn(u8) -> bool,
    word: impl Fn(u64) -> u64,
) -> Option<usize> {
    while let Some(block) = b.get(from..from + 16) {
        let block: &[u8; 16] = block.try_into().ok()?;
        let mut any = false;
        for &c in block {
            any |= pred(c);
        }
        if any {
            break;
        }
        from += 16;
    }
    find_by_words(b, from, pred, word)
}

/// [`find`] without the block check: for searches that usually stop
/// within a few bytes, such as the end of a word.
#[inline]
pub(crate) fn find_by_words(
    b: &[u8],
    mut from: usize,
    pred: impl Fn(u8) -> bool,
    word: impl Fn(u64) -> u64,
) -> Option<usize> {
    while let Some(chunk) = b.get(from..from + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let hits = word(u64::from_le_bytes(w)) & HIGH;
        if hits != 0 {
            return Some(from + (hits.trailing_zeros() / 8) as usize);
        }
        from += 8;
    }
    b.get(from..)?
        .iter()
        .position(|&c| pred(c))
        .map(|k| from + k)
}

/// ASCII digits among eight bytes, for [`find`]. Per byte, with no carries
/// between bytes: the low seven bits plus 0x50 reach the top bit from '0'
/// (0x30) on, plus 0x46 from ':' (0x3a) on; ASCII bytes only.
#[inline]
pub(crate) fn digits(x: u64) -> u64 {
    let low = x & LOW7;
    (low + 0x5050_5050_5050_5050) & !(low + 0x4646_4646_4646_4646) & !x
}

/// ASCII capitals and first bytes of non-ASCII characters among eight
/// bytes, for [`find`]. Per byte: the low seven bits plus 0x3f reach the
/// top bit from 'A' (0x41) on, plus 0x25 from '[' (0x5b) on, for ASCII
/// bytes; bytes from 0xc0 have both top bits set.
#[inline]
pub(crate) fn capitals(x: u64) -> u64 {
    let low = x & LOW7;
    let capital = (low + 0x3f3f_3f3f_3f3f_3f3f) & !(low + 0x2525_2525_2525_2525) & !x;
    capital | (x & (x << 1))
}

/// ASCII letters among eight bytes, for [`find`]. Per byte: with bit 5 set
/// (lower case), the low seven bits plus 0x1f reach the top bit from 'a'
/// (0x61) on, plus 0x05 from '{' (0x7b) on; ASCII bytes only.
#[inline]
pub(crate) fn letters(x: u64) -> u64 {
    let low = (x | 0x2020_2020_2020_2020) & LOW7;
    (low + 0x1f1f_1f1f_1f1f_1f1f) & !(low + 0x0505_0505_0505_0505) & !x
}
