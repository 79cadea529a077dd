//! UTF-8 byte offsets to character (code point) offsets, the unit Python strings index by.
//!
//! The core works in byte offsets; bindings convert each document's offsets once, in one
//! forward pass over the text. ASCII text needs no conversion at all.

/// Converts byte offsets into `text` to code point offsets, in place.
///
/// Every offset must lie on a character boundary of `text` (at most `text.len()`). Offsets may
/// come in any order; sorted input is converted in a single forward pass without allocating.
///
/// ```
/// let text = "Zoë said “yes”.";
/// let mut offsets = vec![0, 5, 13, 16];
/// quotehound::offsets::bytes_to_chars(text, &mut offsets);
/// assert_eq!(offsets, vec![0, 4, 10, 13]);
/// ```
pub fn bytes_to_chars(text: &str, offsets: &mut [usize]) {
    if text.is_ascii() {
        return;
    }
    if offsets.windows(2).all(|w| w[0] <= w[1]) {
        let mut cursor = Cursor::new(text);
        for offset in offsets.iter_mut() {
            *offset = cursor.advance_to(*offset);
        }
        return;
    }
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut cursor = Cursor::new(text);
    for i in order {
        offsets[i] = cursor.advance_to(offsets[i]);
    }
}

/// Walks forward through a text, counting code points up to each requested byte offset.
struct Cursor<'a> {
    bytes: &'a [u8],
    byte: usize,
    chars: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Cursor { bytes: text.as_bytes(), byte: 0, chars: 0 }
    }

    /// The code point offset of byte offset `target`, which must not lie behind the cursor.
    fn advance_to(&mut self, target: usize) -> usize {
        let target = target.min(self.bytes.len());
        if target > self.byte {
            // A code point starts at every byte that is not a UTF-8 continuation byte.
            let starts = self.bytes[self.byte..target].iter().filter(|&&b| (b as i8) >= -0x40).count();
            self.chars += starts;
            self.byte = target;
        }
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str, byte: usize) -> usize {
        text[..byte].chars().count()
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
