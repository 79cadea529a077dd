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
    /// Each ASCII member repeated in all eight bytes of a word.
    splats: [u64; 4],
    count: usize,
    non_ascii: bool,
    controls: bool,
}

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of every zero byte of `word` (and, past the first, perhaps of others: only
/// "none at all" is exact, which is all a skip needs).
#[inline]
fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(LOW) & !word & HIGH
}

impl ByteSet {
    /// The set of `ascii` (padded by repeating its first byte), with non-ASCII and control
    /// bytes as asked.
    pub const fn new(ascii: &[u8], non_ascii: bool, controls: bool) -> ByteSet {
        let mut set = [ascii[0]; 4];
        let mut splats = [0u64; 4];
        let mut i = 0;
        while i < ascii.len() && i < 4 {
            set[i] = ascii[i];
            splats[i] = LOW * ascii[i] as u64;
            i += 1;
        }
        ByteSet { ascii: set, splats, count: i, non_ascii, controls }
    }

    #[inline]
    fn contains(&self, b: u8) -> bool {
        self.ascii.contains(&b) || (self.non_ascii && b >= 0x80) || (self.controls && b < 0x20)
    }

    #[inline]
    fn word_may_contain(&self, word: u64) -> bool {
        let mut hits = if self.non_ascii { word & HIGH } else { 0 };
        if self.controls {
            // A byte below 0x20: subtracting 0x20 from it borrows into its high bit.
            hits |= word.wrapping_sub(LOW * 0x20) & !word & HIGH;
        }
        for &splat in &self.splats[..self.count] {
            hits |= zero_bytes(word ^ splat);
        }
        hits != 0
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
        while let Some(chunk) = bytes.get(i..i + 8).filter(|_| i + 8 <= end) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            if self.word_may_contain(word) {
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
