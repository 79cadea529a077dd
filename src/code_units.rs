//! UTF-8 from the fixed-width code units a string is stored in: Latin-1 bytes, UCS-2 or UCS-4,
//! the three forms of a CPython `str`.
//!
//! Python strings may hold lone surrogates, which UTF-8 cannot carry: each becomes U+FFFD, whose
//! three bytes are the three a surrogate would take, so every offset stays that of the original.
//! Runs of ASCII, most of any news text, are copied sixteen units at a time; the wider characters
//! are noted as they are written, so that offsets into the UTF-8 convert back without a second pass.

use crate::offsets::WideChars;

/// One fixed-width code unit: a whole code point (`u8` Latin-1, `u16` UCS-2, `u32` UCS-4).
pub trait CodeUnit: Copy {
    /// The code point.
    fn code_point(self) -> u32;
}

impl CodeUnit for u8 {
    #[inline]
    fn code_point(self) -> u32 {
        self.into()
    }
}

impl CodeUnit for u16 {
    #[inline]
    fn code_point(self) -> u32 {
        self.into()
    }
}

impl CodeUnit for u32 {
    #[inline]
    fn code_point(self) -> u32 {
        self
    }
}

/// The UTF-8 of U+FFFD, the replacement character.
const REPLACEMENT: [u8; 3] = [0xEF, 0xBF, 0xBD];

/// Units looked at together for a run of ASCII.
const RUN: usize = 16;

/// The UTF-8 of a string of code points, each lone surrogate (or value past U+10FFFF) replaced
/// by U+FFFD.
///
/// ```
/// use quotehound::code_units::utf8_of;
/// assert_eq!(utf8_of(&[0x5A_u16, 0x6F, 0xEB, 0x201C]), "Zoë“");
/// assert_eq!(utf8_of(&[0x61_u32, 0xD800, 0x1F600]), "a\u{FFFD}😀");
/// assert_eq!(utf8_of(&[0xD800_u16]).len(), 3); // a surrogate's width, kept
/// ```
pub fn utf8_of<U: CodeUnit>(units: &[U]) -> String {
    let mut out = String::new();
    utf8_into(units, &mut out);
    out
}

/// [`utf8_of`] written into `out`, replacing what it held (one buffer can serve many strings),
/// with the characters that took more than a byte, from which a
/// [`CharIndex`](crate::offsets::CharIndex) converts the text's byte offsets back to units.
///
/// ```
/// use quotehound::offsets::CharIndex;
/// let mut buffer = String::from("old");
/// let wide = quotehound::code_units::utf8_into(&[0x4E2D_u16, 0x41], &mut buffer);
/// assert_eq!(buffer, "中A");
/// assert_eq!(CharIndex::from_wide(&buffer, wide).chars(4), 2);
/// ```
pub fn utf8_into<U: CodeUnit>(units: &[U], out: &mut String) -> WideChars {
    let mut bytes = std::mem::take(out).into_bytes();
    bytes.clear();
    // Room for the ASCII and a few wider characters; the buffer grows only for texts with many.
    bytes.reserve(units.len() + units.len() / 16 + 4);
    let mut wide = WideChars::new(units.len());
    let mut rest = units;
    while !rest.is_empty() {
        let (ascii, after) = rest.split_at(ascii_prefix(rest));
        bytes.extend(ascii.iter().map(|u| u.code_point() as u8)); // one copy for the whole run
        let (wider, after) = after.split_at(after.iter().take_while(|u| u.code_point() >= 0x80).count());
        bytes.reserve(wider.len() * 3); // three bytes each for most; more room is made if needed
        for unit in wider {
            let start = bytes.len();
            push_wide(&mut bytes, unit.code_point());
            wide.note(bytes.len(), bytes.len() - start);
        }
        rest = after;
    }
    // SAFETY: every byte was written above from a code point or an ASCII unit.
    *out = unsafe { String::from_utf8_unchecked(bytes) };
    wide
}

/// Appends the UTF-8 of a code point from U+0080 up, a surrogate (or a value past U+10FFFF)
/// as U+FFFD. Each width writes a fixed number of bytes, which compiles to plain stores.
#[inline]
fn push_wide(out: &mut Vec<u8>, code_point: u32) {
    debug_assert!(code_point >= 0x80);
    let tail = |shift: u32| 0x80 | (code_point >> shift & 0x3F) as u8;
    match code_point {
        0x80..=0x7FF => out.extend_from_slice(&[0xC0 | (code_point >> 6) as u8, tail(0)]),
        0xD800..=0xDFFF | 0x11_0000.. => out.extend_from_slice(&REPLACEMENT),
        0x800..=0xFFFF => out.extend_from_slice(&[0xE0 | (code_point >> 12) as u8, tail(6), tail(0)]),
        _ => out.extend_from_slice(&[0xF0 | (code_point >> 18) as u8, tail(12), tail(6), tail(0)]),
    }
}

/// How many units at the start of `units` are ASCII, looked at [`RUN`] at a time.
#[inline]
fn ascii_prefix<U: CodeUnit>(units: &[U]) -> usize {
    let whole = units.chunks_exact(RUN).take_while(|run| run.iter().fold(0, |seen, u| seen | u.code_point()) < 0x80).count() * RUN;
    whole + units[whole..].iter().take_while(|u| u.code_point() < 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(code_points: &[u32]) -> String {
        code_points.iter().map(|&c| char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
    }

    #[test]
    fn every_width_at_every_position_of_a_run() {
        for special in [0x7F, 0x80, 0xFF, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x1_0000, 0x10_FFFF] {
            for at in 0..20 {
                let mut code_points = vec![0x61_u32; 19];
                code_points.insert(at, special);
                assert_eq!(utf8_of(&code_points), reference(&code_points), "U+{special:X} at {at}");
                if special <= 0xFFFF {
                    let narrow: Vec<u16> = code_points.iter().map(|&c| c as u16).collect();
                    assert_eq!(utf8_of(&narrow), reference(&code_points), "UCS-2 U+{special:X} at {at}");
                }
                if special <= 0xFF {
                    let latin1: Vec<u8> = code_points.iter().map(|&c| c as u8).collect();
                    assert_eq!(utf8_of(&latin1), reference(&code_points), "Latin-1 U+{special:X} at {at}");
                }
            }
        }
    }

    #[test]
    fn a_surrogate_keeps_its_width() {
        let text = utf8_of(&[0x61_u16, 0xDC00, 0xD83D, 0x62]);
        assert_eq!(text, "a\u{FFFD}\u{FFFD}b");
        assert_eq!(text.len(), 1 + 3 + 3 + 1);
    }

    #[test]
    fn runs_of_every_width_mixed() {
        let palette = [0x41, 0x20, 0xE9, 0x201C, 0xD83D, 0x4E2D, 0x1F600, 0x7F, 0x80];
        let mut state = 12345_u32;
        let code_points: Vec<u32> = (0..5000)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                // Mostly ASCII, in runs, as in news.
                if state >> 16 & 7 == 0 {
                    palette[(state >> 20) as usize % palette.len()]
                } else {
                    0x61
                }
            })
            .collect();
        assert_eq!(utf8_of(&code_points), reference(&code_points));
    }

    #[test]
    fn empty() {
        assert_eq!(utf8_of::<u8>(&[]), "");
    }
}
