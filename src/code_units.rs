//! UTF-8 from the fixed-width code units a string is stored in: Latin-1 bytes, UCS-2 or UCS-4,
//! the three forms of a CPython `str`.
//!
//! Python strings may hold lone surrogates, which UTF-8 cannot carry: each becomes U+FFFD, whose
//! three bytes are the three a surrogate would take, so every offset stays that of the original.
//! ASCII, most of any news text, is copied 64 units at a time, or 16 at a time around a wider
//! character; the wider characters are noted as they are written, so that offsets into the UTF-8
//! convert back without a second pass.
//!
//! The one module of the core with `unsafe` code: bytes are stored through a raw pointer into
//! room made beforehand, and the result is taken as UTF-8 unchecked, since each byte was written
//! from a code point. Written with safe `Vec::extend_from_slice` and `String::from_utf8`, the
//! conversion of news took two thirds longer (a sixth without the final check), so the unsafe
//! stays: each block says why it holds, the tests compare every width at every position with the
//! standard library's encoder, and the `code_units` fuzz target does the same on arbitrary
//! units under AddressSanitizer.

use crate::offsets::WideChars;

/// One fixed-width code unit: a whole code point (`u8` Latin-1, `u16` UCS-2, `u32` UCS-4).
pub trait CodeUnit: Copy + PartialOrd + std::ops::BitOr<Output = Self> + From<u8> {
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

/// Units looked at together for a run of ASCII: most 64-unit chunks of news are all ASCII.
const CHUNK: usize = 64;

/// Units looked at together inside a chunk that is not all ASCII: most of it still is.
const RUN: usize = 16;

/// The most UTF-8 bytes one code unit can take.
const WIDEST: usize = 4;

/// Room in the buffer for a whole chunk at its widest, made before each chunk is written.
const ROOM: usize = CHUNK * WIDEST;

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
    // Room for the ASCII, a few wider characters and one chunk at its widest.
    bytes.reserve(units.len() + units.len() / 16 + ROOM);
    let mut wide = WideChars::new(units.len());
    // Bytes written so far; a local, so that it stays in a register.
    let mut len = 0;
    let mut chunks = units.chunks_exact(CHUNK);
    for chunk in chunks.by_ref() {
        make_room(&mut bytes, len);
        let (chunk, to): (&[U; CHUNK], *mut u8) = (chunk.try_into().expect("chunks of CHUNK units"), bytes.as_mut_ptr());
        // SAFETY: `make_room` left `ROOM` bytes writable past `len`: a chunk at its widest.
        len = unsafe {
            if all_ascii(chunk) {
                write_ascii(chunk, to, len)
            } else {
                chunk.chunks_exact(RUN).fold(len, |len, run| write_run(run.try_into().expect("runs of RUN units"), to, len, &mut wide))
            }
        };
    }
    make_room(&mut bytes, len);
    let to = bytes.as_mut_ptr();
    // SAFETY: as above; the remainder is shorter than a chunk, so it fits in `ROOM` bytes.
    len = chunks.remainder().iter().fold(len, |len, unit| unsafe { write_unit(unit.code_point(), to, len, &mut wide) });
    // SAFETY: `len` is within the capacity (room was made for every byte written), and the
    // first `len` bytes were all written.
    unsafe { bytes.set_len(len) };
    // SAFETY: those bytes are whole UTF-8 sequences, each written from an ASCII unit or encoded
    // from a code point by `write_wide` (a surrogate or out-of-range value as U+FFFD).
    *out = unsafe { String::from_utf8_unchecked(bytes) };
    wide
}

/// Makes sure `bytes` has [`ROOM`] bytes past its first `len`, which are written; it at least
/// doubles when it grows.
#[inline(always)]
fn make_room(bytes: &mut Vec<u8>, len: usize) {
    if bytes.capacity() - len < ROOM {
        // SAFETY: the first `len` bytes are written, and `len` is within the capacity.
        unsafe { bytes.set_len(len) };
        bytes.reserve(ROOM);
    }
}

/// Whether every unit of `units` is ASCII, looked at all at once: an OR of them, which compiles
/// to a few vector instructions.
#[inline(always)]
fn all_ascii<U: CodeUnit, const N: usize>(units: &[U; N]) -> bool {
    units.iter().fold(U::from(0), |seen, &unit| seen | unit) < U::from(0x80)
}

/// Writes `units`, all ASCII, one byte each at `to + len`; returns the new length.
///
/// # Safety
/// There must be room for `N` bytes there.
#[inline(always)]
unsafe fn write_ascii<U: CodeUnit, const N: usize>(units: &[U; N], to: *mut u8, len: usize) -> usize {
    let narrow: [u8; N] = units.map(|unit| unit.code_point() as u8);
    // SAFETY: the caller made room; the source is a local array.
    unsafe { std::ptr::copy_nonoverlapping(narrow.as_ptr(), to.add(len), N) };
    len + N
}

/// Writes a run of [`RUN`] units at `to + len`, at once if all are ASCII, else one by one;
/// returns the new length.
///
/// # Safety
/// There must be room for the run at its widest there.
#[inline(always)]
unsafe fn write_run<U: CodeUnit>(units: &[U; RUN], to: *mut u8, len: usize, wide: &mut WideChars) -> usize {
    if all_ascii(units) {
        // SAFETY: the caller made room for the run at its widest, more than its ASCII takes.
        unsafe { write_ascii(units, to, len) }
    } else {
        // SAFETY: the caller made room for the run at its widest: `WIDEST` bytes per unit.
        units.iter().fold(len, |len, unit| unsafe { write_unit(unit.code_point(), to, len, wide) })
    }
}

/// Writes one code point at `to + len`; returns the new length.
///
/// # Safety
/// There must be room for [`WIDEST`] bytes there.
#[inline(always)]
unsafe fn write_unit(code_point: u32, to: *mut u8, len: usize, wide: &mut WideChars) -> usize {
    if code_point < 0x80 {
        // SAFETY: the caller made room.
        unsafe { *to.add(len) = code_point as u8 };
        len + 1
    } else {
        // SAFETY: the caller made room for `WIDEST` bytes.
        unsafe { write_wide(code_point, to, len, wide) }
    }
}

/// Writes a code point from U+0080 up at `to + len`, a surrogate (or a value past U+10FFFF) as
/// U+FFFD, with a fixed number of stores for each width, and notes it; returns the new length.
/// Kept out of line: news has a few dozen, and the ASCII around them stays fast.
///
/// # Safety
/// There must be room for [`WIDEST`] bytes there.
#[inline(never)]
unsafe fn write_wide(code_point: u32, to: *mut u8, len: usize, wide: &mut WideChars) -> usize {
    let tail = |shift: u32| 0x80 | (code_point >> shift & 0x3F) as u8;
    let (encoded, width): ([u8; WIDEST], usize) = match code_point {
        0x80..=0x7FF => ([0xC0 | (code_point >> 6) as u8, tail(0), 0, 0], 2),
        0xD800..=0xDFFF | 0x11_0000.. => ([REPLACEMENT[0], REPLACEMENT[1], REPLACEMENT[2], 0], 3),
        0x800..=0xFFFF => ([0xE0 | (code_point >> 12) as u8, tail(6), tail(0), 0], 3),
        _ => ([0xF0 | (code_point >> 18) as u8, tail(12), tail(6), tail(0)], 4),
    };
    // SAFETY: the caller made room for the widest; only `width` bytes count as written.
    unsafe { std::ptr::copy_nonoverlapping(encoded.as_ptr(), to.add(len), WIDEST) };
    wide.note(len + width, width);
    len + width
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
            // Two chunks and a remainder: every position of a chunk, of a run and after them.
            for at in 0..150 {
                let mut code_points = vec![0x61_u32; 149];
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
