//! The conversion from a Python string's code units to UTF-8 (`code_units::utf8_into`), the one
//! part of the core with `unsafe` code, run under AddressSanitizer: arbitrary units of each width
//! (lone surrogates and values past U+10FFFF included) give what the standard library's encoder
//! gives, written into a buffer that held something before, and the wide characters it notes map
//! every byte offset back to the unit it came from.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotehound::code_units::utf8_into;
use quotehound::offsets::CharIndex;

/// The UTF-8 the standard library makes of `code_points`, each invalid one as U+FFFD.
fn reference(code_points: impl Iterator<Item = u32>) -> String {
    code_points.map(|c| char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// Converts `units` into `buffer` and checks the text and its offsets against the reference.
fn check<U: quotehound::code_units::CodeUnit>(units: &[U], buffer: &mut String) {
    let wide = utf8_into(units, buffer);
    let expected = reference(units.iter().map(|u| u.code_point()));
    assert_eq!(*buffer, expected, "text of {} units", units.len());
    let index = CharIndex::from_wide(buffer, wide);
    for (unit, (byte, _)) in expected.char_indices().enumerate() {
        assert_eq!(index.chars(byte), unit, "unit at byte {byte}");
    }
    assert_eq!(index.chars(expected.len()), units.len(), "units at the end");
}

fuzz_target!(|data: &[u8]| {
    // The first byte chooses the width and how much the buffer held before, so that growing a
    // buffer of any size and capacity is tried; the rest are the units, little-endian.
    let Some((&choice, rest)) = data.split_first() else { return };
    let mut buffer = "x".repeat(usize::from(choice >> 2) * 7);
    match choice & 3 {
        0 => check(rest, &mut buffer),
        1 => check(&rest.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect::<Vec<_>>(), &mut buffer),
        2 => {
            // Most values of four arbitrary bytes lie past U+10FFFF: fold most into range, so that
            // every width is common.
            let units: Vec<u32> = rest
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .map(|u| if u & 0x8000_0000 == 0 { u % 0x11_0000 } else { u })
                .collect();
            check(&units, &mut buffer);
        }
        _ => {
            // Mostly ASCII with a few wider characters, as news is: each byte is ASCII below
            // 0x80, else one of a palette of every width.
            const PALETTE: [u32; 8] = [0xE9, 0x201C, 0x2014, 0xD83D, 0xDC00, 0x4E2D, 0x1F600, 0x10_FFFF];
            let units: Vec<u32> = rest.iter().map(|&b| if b < 0x80 { u32::from(b) } else { PALETTE[usize::from(b & 7)] }).collect();
            check(&units, &mut buffer);
        }
    }
});
