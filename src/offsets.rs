//! UTF-8 byte offsets to character (code point) offsets, the unit Python strings index by.
//!
//! The core works in byte offsets; bindings convert each document's offsets once. ASCII text
//! needs no conversion at all. Other text is converted from a count of the characters before
//! each 64-byte block, or, when it was written from code units and has few wider characters
//! (news, with its curly quotes and dashes), from the list of those characters that the writer
//! noted, which costs no pass over the text.

/// Converts byte offsets into `text` to code point offsets, in place.
///
/// Every offset must lie on a character boundary of `text` (at most `text.len()`). Offsets may
/// come in any order.
///
/// ```
/// let text = "Zoë said “yes”.";
/// let mut offsets = vec![0, 5, 13, 16];
/// quotehound::offsets::bytes_to_chars(text, &mut offsets);
/// assert_eq!(offsets, vec![0, 4, 10, 13]);
/// ```
pub fn bytes_to_chars(text: &str, offsets: &mut [usize]) {
    CharIndex::new(text).convert(offsets);
}

/// Bytes per block of a [`CharIndex`] of blocks: an offset costs at most this many bytes read.
const BLOCK: usize = 64;

/// The code point offset of any byte offset of one text, in whatever order offsets come.
///
/// ```
/// use quotehound::offsets::CharIndex;
/// let text = "Zoë said “yes”.";
/// let index = CharIndex::new(text);
/// assert_eq!([16, 0, 5, 13].map(|b| index.chars(b)), [13, 0, 4, 10]);
/// ```
pub struct CharIndex<'t> {
    bytes: &'t [u8],
    table: Table,
}

/// How a [`CharIndex`] finds the characters before a byte.
enum Table {
    /// Every byte is a character.
    Ascii,
    /// For each character wider than a byte, in text order: the byte just after it and the bytes
    /// beyond one that it and those before it take. Kept while it is no larger than [`Table::Blocks`].
    Wide(Vec<(usize, usize)>),
    /// Characters before each [`BLOCK`] of bytes.
    Blocks(Vec<usize>),
}

impl<'t> CharIndex<'t> {
    /// The index of `text`: nothing for ASCII, else a table of `text.len() / 64 + 1` counts, made
    /// in one pass. (A text written from code units gets its index from [`CharIndex::from_wide`].)
    ///
    /// ```
    /// let index = quotehound::offsets::CharIndex::new("plain ASCII needs no table");
    /// assert_eq!(index.chars(6), 6);
    /// ```
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let table = if text.is_ascii() { Table::Ascii } else { Table::Blocks(blocks(bytes)) };
        CharIndex { bytes, table }
    }

    /// The index of `text` from its wide characters, noted as it was written.
    ///
    /// ```
    /// use quotehound::offsets::{CharIndex, WideChars};
    /// let mut wide = WideChars::new(6);
    /// wide.note(3, 2); // the "é" of "Zoé", ending at byte 3
    /// assert_eq!(CharIndex::from_wide("Zoé go", wide).chars(4), 3);
    /// ```
    pub fn from_wide(text: &'t str, wide: WideChars) -> Self {
        let bytes = text.as_bytes();
        let table = match wide.ends {
            None => Table::Blocks(blocks(bytes)),
            Some(ends) if ends.is_empty() => Table::Ascii,
            Some(ends) => Table::Wide(ends),
        };
        CharIndex { bytes, table }
    }

    /// The code point offset of byte offset `byte` (a character boundary, at most the length).
    ///
    /// ```
    /// let text = "é".repeat(100);
    /// let index = quotehound::offsets::CharIndex::new(&text);
    /// assert_eq!(index.chars(130), 65); // two bytes a character, past the first block
    /// ```
    #[inline]
    pub fn chars(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        match &self.table {
            Table::Ascii => byte,
            Table::Wide(wide) => byte - extra_before(wide, passed_by(wide, byte)),
            Table::Blocks(blocks) => {
                let block = byte / BLOCK;
                let before = blocks.get(block).copied().unwrap_or(0);
                let from = (block * BLOCK).min(self.bytes.len());
                before + starts(&self.bytes[from..byte.max(from)])
            }
        }
    }

    /// Converts byte offsets into the text to code point offsets, in place, in any order;
    /// fastest when they ascend.
    ///
    /// ```
    /// let mut offsets = [5, 0];
    /// quotehound::offsets::CharIndex::new("Zoë said").convert(&mut offsets);
    /// assert_eq!(offsets, [4, 0]);
    /// ```
    pub fn convert(&self, offsets: &mut [usize]) {
        let Table::Wide(wide) = &self.table else {
            offsets.iter_mut().for_each(|offset| *offset = self.chars(*offset));
            return;
        };
        // Wide characters before the previous offset: an ascending offset starts looking there.
        let (mut passed, mut previous) = (0, 0);
        for offset in offsets {
            let byte = (*offset).min(self.bytes.len());
            if byte < previous {
                passed = passed_by(wide, byte);
            } else {
                // Mostly none or one to pass: step over a few, then search the rest.
                let before = passed;
                while wide.get(passed).is_some_and(|&(end, _)| end <= byte) {
                    passed += 1;
                    if passed - before == 4 {
                        passed += passed_by(&wide[passed..], byte);
                        break;
                    }
                }
            }
            previous = byte;
            *offset = byte - extra_before(wide, passed);
        }
    }
}

/// How many of the wide characters `wide` end at or before `byte`.
#[inline]
fn passed_by(wide: &[(usize, usize)], byte: usize) -> usize {
    wide.partition_point(|&(end, _)| end <= byte)
}

/// The bytes beyond one per character taken by the first `passed` wide characters.
#[inline]
fn extra_before(wide: &[(usize, usize)], passed: usize) -> usize {
    passed.checked_sub(1).map_or(0, |last| wide[last].1)
}

/// The characters wider than a byte of a UTF-8 text, noted in text order as it is read or
/// written, from which [`CharIndex::from_wide`] makes an index. Past one per 64 bytes (and a
/// few), the list gives up: a table of blocks is then smaller.
///
/// ```
/// use quotehound::offsets::{CharIndex, WideChars};
/// let text = "“Hi,” Zoë said.";
/// let mut wide = WideChars::new(text.len());
/// for (start, c) in text.char_indices().filter(|(_, c)| c.len_utf8() > 1) {
///     wide.note(start + c.len_utf8(), c.len_utf8());
/// }
/// assert_eq!(CharIndex::from_wide(text, wide).chars(text.len()), text.chars().count());
/// ```
pub struct WideChars {
    /// For each character: the byte just after it, and the bytes beyond one per character that
    /// it and those before it take; `None` once there are too many.
    ends: Option<Vec<(usize, usize)>>,
    extra: usize,
    most: usize,
}

impl WideChars {
    /// An empty list for a text of about `bytes` bytes.
    ///
    /// ```
    /// use quotehound::offsets::{CharIndex, WideChars};
    /// assert_eq!(CharIndex::from_wide("plain", WideChars::new(5)).chars(3), 3);
    /// ```
    pub fn new(bytes: usize) -> Self {
        WideChars { ends: Some(Vec::new()), extra: 0, most: bytes / BLOCK + 8 }
    }

    /// Notes a character of `width` bytes (more than one) that ends just before byte `end`.
    ///
    /// ```
    /// use quotehound::offsets::{CharIndex, WideChars};
    /// let mut wide = WideChars::new(10);
    /// wide.note(5, 3); // "ab“c": the quote mark takes bytes 2 to 4
    /// assert_eq!(CharIndex::from_wide("ab“c", wide).chars(5), 3);
    /// ```
    #[inline(always)]
    pub fn note(&mut self, end: usize, width: usize) {
        let Some(ends) = &mut self.ends else { return };
        if ends.len() == self.most {
            self.ends = None;
            return;
        }
        if ends.len() == ends.capacity() {
            // News has a few dozen: start with room for them rather than grow four times.
            ends.reserve(ends.len().max(32).min(self.most));
        }
        self.extra += width - 1;
        ends.push((end, self.extra));
    }
}

/// The characters before each [`BLOCK`] of `bytes`, and before its end when that ends a block.
fn blocks(bytes: &[u8]) -> Vec<usize> {
    let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
    let mut chars = 0;
    for block in bytes.chunks(BLOCK) {
        blocks.push(chars);
        chars += starts(block);
    }
    if bytes.len().is_multiple_of(BLOCK) {
        blocks.push(chars); // for the offset at the very end
    }
    blocks
}

/// Characters starting in `bytes` (at most [`BLOCK`] of them): every byte but UTF-8
/// continuation bytes (`0b10xxxxxx`). Written as a byte-wide sum so that the compiler turns it
/// into vector compares on any x86-64 or AArch64, with no population-count instruction needed.
#[inline]
fn starts(bytes: &[u8]) -> usize {
    debug_assert!(bytes.len() <= BLOCK);
    bytes.iter().fold(0u8, |count, &b| count + ((b as i8) >= -0x40) as u8) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str, byte: usize) -> usize {
        text[..byte].chars().count()
    }

    #[test]
    fn every_boundary_of_texts_around_the_block_size() {
        for len in [1, 63, 64, 65, 127, 128, 129, 200] {
            for filler in ["é", "a", "😀", "a€"] {
                let text: String = filler.repeat(len).chars().take(len).collect();
                let index = CharIndex::new(&text);
                for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                    assert_eq!(index.chars(byte), reference(&text, byte), "{len} × {filler:?} at {byte}");
                }
            }
        }
    }

    #[test]
    fn few_wide_characters_and_many_in_every_order() {
        for every in [1, 2, 7, 40, 65, 300] {
            // A lone surrogate (0xD800) is written as U+FFFD.
            for wide in [0xE9, 0x201C, 0x1F600, 0xD800] {
                let code_points: Vec<u32> = (0..400).map(|i| if i % every == 0 { wide } else { 0x61 }).collect();
                let mut text = String::new();
                let noted = crate::code_units::utf8_into(&code_points, &mut text);
                let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
                let descending: Vec<usize> = boundaries.iter().rev().copied().collect();
                // Ascending runs broken by jumps back and forth, as a quotation's spans come.
                let jumping: Vec<usize> = boundaries.chunks(5).flat_map(|run| [run[0], run[run.len() - 1], run[run.len() / 2]]).collect();
                let (from_wide, from_text) = (CharIndex::from_wide(&text, noted), CharIndex::new(&text));
                for offsets in [boundaries.clone(), descending, jumping] {
                    let expected: Vec<usize> = offsets.iter().map(|&b| reference(&text, b)).collect();
                    for index in [&from_wide, &from_text] {
                        let mut converted = offsets.clone();
                        index.convert(&mut converted);
                        assert_eq!(converted, expected, "U+{wide:X} every {every}");
                        assert_eq!(offsets.iter().map(|&b| index.chars(b)).collect::<Vec<_>>(), expected);
                    }
                }
            }
        }
    }

    #[test]
    fn ascii_is_identity() {
        let mut offsets = vec![3, 0, 5];
        bytes_to_chars("hello", &mut offsets);
        assert_eq!(offsets, vec![3, 0, 5]);
    }

    #[test]
    fn matches_reference_in_any_order() {
        let text = "a€b😀c\u{301}d “e” 中文";
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let mut shuffled: Vec<usize> = boundaries.iter().rev().copied().collect();
        shuffled.swap(1, 4);
        let expected: Vec<usize> = shuffled.iter().map(|&b| reference(text, b)).collect();
        bytes_to_chars(text, &mut shuffled);
        assert_eq!(shuffled, expected);

        let mut sorted = boundaries.clone();
        let expected: Vec<usize> = sorted.iter().map(|&b| reference(text, b)).collect();
        bytes_to_chars(text, &mut sorted);
        assert_eq!(sorted, expected);
    }
}
