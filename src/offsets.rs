//! UTF-8 byte offsets to character (code point) offsets, the unit Python strings index by.
//!
//! The core works in byte offsets; bindings convert each document's offsets once, in one
//! forward pass over the text. ASCII text needs no conversion at all.

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

/// Bytes per block of [`CharIndex`]: an offset costs at most this many bytes read.
const BLOCK: usize = 64;

/// The code point offset of any byte offset of one text, from the count of characters before
/// each 64-byte block: one pass over the text, however many offsets and in whatever order they
/// come. ASCII text needs no table at all.
///
/// ```
/// use quotehound::offsets::CharIndex;
/// let text = "Zoë said “yes”.";
/// let index = CharIndex::new(text);
/// assert_eq!([16, 0, 5, 13].map(|b| index.chars(b)), [13, 0, 4, 10]);
/// ```
pub struct CharIndex<'t> {
    bytes: &'t [u8],
    /// Characters before each block; empty for ASCII text.
    blocks: Vec<usize>,
}

impl<'t> CharIndex<'t> {
    /// The index of `text`: a table of `text.len() / 64 + 1` counts, none for ASCII text.
    ///
    /// ```
    /// let index = quotehound::offsets::CharIndex::new("plain ASCII needs no table");
    /// assert_eq!(index.chars(6), 6);
    /// ```
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::new();
        if !text.is_ascii() {
            blocks.reserve(bytes.len() / BLOCK + 1);
            let mut chars = 0;
            for block in bytes.chunks(BLOCK) {
                blocks.push(chars);
                chars += starts(block);
            }
            if bytes.len().is_multiple_of(BLOCK) {
                blocks.push(chars); // for the offset at the very end
            }
        }
        CharIndex { bytes, blocks }
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
        if self.blocks.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        let before = self.blocks.get(block).copied().unwrap_or(0);
        let from = (block * BLOCK).min(self.bytes.len());
        before + starts(&self.bytes[from..byte.max(from)])
    }

    /// Converts byte offsets into the text to code point offsets, in place, in any order.
    ///
    /// ```
    /// let mut offsets = [5, 0];
    /// quotehound::offsets::CharIndex::new("Zoë said").convert(&mut offsets);
    /// assert_eq!(offsets, [4, 0]);
    /// ```
    pub fn convert(&self, offsets: &mut [usize]) {
        offsets.iter_mut().for_each(|offset| *offset = self.chars(*offset));
    }
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
