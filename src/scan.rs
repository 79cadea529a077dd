//! Skipping ahead to the next byte that matters, eight bytes at a time.
//!
//! Each stage looks at a handful of byte values (line breaks, quote marks, final
//! punctuation); everything else is ordinary text to step over. Testing a whole 64-bit word for
//! "any of these bytes" at once keeps the per-byte loops of the stages off the hot path.

/// A set of at most four ASCII bytes, plus, optionally, every non-ASCII byte and every ASCII
/// control byte.
#[derive(Clone, Copy)]
pub struct ByteSet {
    ascii: [u8; 4],
    non_ascii: bool,
    controls: bool,
}

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

#[inline]
fn has_zero_byte(word: u64) -> bool {
    word.wrapping_sub(LOW) & !word & HIGH != 0
}

impl ByteSet {
    /// The set of `ascii` (padded by repeating its first byte), with non-ASCII and control
    /// bytes as asked.
    pub const fn new(ascii: &[u8], non_ascii: bool, controls: bool) -> ByteSet {
        let mut set = [ascii[0]; 4];
        let mut i = 0;
        while i < ascii.len() && i < 4 {
            set[i] = ascii[i];
            i += 1;
        }
        ByteSet { ascii: set, non_ascii, controls }
    }

    #[inline]
    fn contains(&self, b: u8) -> bool {
        self.ascii.contains(&b) || (self.non_ascii && b >= 0x80) || (self.controls && b < 0x20)
    }

    #[inline]
    fn word_may_contain(&self, word: u64) -> bool {
        (self.non_ascii && word & HIGH != 0)
            // A byte below 0x20: subtracting 0x20 from it borrows into its high bit.
            || (self.controls && word.wrapping_sub(LOW * 0x20) & !word & HIGH != 0)
            || self.ascii.iter().any(|&b| has_zero_byte(word ^ (LOW * u64::from(b))))
    }

    /// The first index at or after `i`, and before `end`, whose byte is in the set; `end`
    /// when there is none.
    ///
    /// ```
    /// use quotehound::scan::ByteSet;
    /// const QUOTES: ByteSet = ByteSet::new(b"\"'", true, false);
    /// let text = "plain words then a \"quote\" and “curly”";
    /// assert_eq!(QUOTES.find(text.as_bytes(), 0, text.len()), 19);
    /// assert_eq!(QUOTES.find(text.as_bytes(), 26, text.len()), 31);
    /// ```
    #[inline]
    pub fn find(&self, bytes: &[u8], mut i: usize, end: usize) -> usize {
        let end = end.min(bytes.len());
        while i + 8 <= end {
            let mut chunk = [0u8; 8];
            chunk.copy_from_slice(&bytes[i..i + 8]);
            if self.word_may_contain(u64::from_le_bytes(chunk)) {
                break;
            }
            i += 8;
        }
        while i < end && !self.contains(bytes[i]) {
            i += 1;
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_member_wherever_it_stands() {
        const SET: ByteSet = ByteSet::new(b".?!", true, true);
        let text = "abcdefghijklmnopqrstuvwxyz.ABCDEFGH?é\n!";
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            i = SET.find(bytes, i, bytes.len());
            if i < bytes.len() {
                found.push(bytes[i]);
                i += 1;
            }
        }
        assert_eq!(found, [b'.', b'?', 0xC3, 0xA9, b'\n', b'!']);
        assert_eq!(SET.find(b"no members here", 0, 15), 15);
    }
}
