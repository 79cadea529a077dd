//! Skipping ahead to the next byte that matters, 32 bytes at a time.
//!
//! Each stage looks at a handful of byte values (line breaks, quote marks, final
//! punctuation); everything else is ordinary text to step over. Each block of 32 bytes is tested
//! for "any of these bytes" at once, by comparisons the compiler turns into vector instructions,
//! which keeps the per-byte loops of the stages off the hot path.
//!
//! Why not `memchr`: every set here holds either every non-ASCII byte or every control byte,
//! classes `memchr` (at most three bytes) cannot search for; searching the set's ASCII bytes
//! with `memchr3` and the rest of the set apart reads the text twice, and was slower at every
//! call site (`cargo bench --bench scan -- CORPUS` measures each way on each site).

/// A set of at most four ASCII bytes, plus, optionally, every non-ASCII byte and every ASCII
/// control byte.
#[derive(Clone, Copy)]
pub struct ByteSet {
    /// The members named one by one, padded by repeating the first.
    bytes: [u8; 4],
    non_ascii: bool,
    controls: bool,
}

/// Bytes tested together: two 16-byte vector registers.
const BLOCK: usize = 32;

impl ByteSet {
    /// The set of `ascii` (at most four bytes; padded by repeating its first byte), with
    /// non-ASCII and control bytes as asked.
    pub const fn new(ascii: &[u8], non_ascii: bool, controls: bool) -> ByteSet {
        let mut bytes = [ascii[0]; 4];
        let mut i = 0;
        while i < ascii.len() && i < 4 {
            bytes[i] = ascii[i];
            i += 1;
        }
        ByteSet { bytes, non_ascii, controls }
    }

    /// Whether `byte` is in the set, with no branch, so that a block's tests vectorise.
    #[inline(always)]
    fn contains(&self, byte: u8) -> bool {
        let [a, b, c, d] = self.bytes;
        (byte == a) | (byte == b) | (byte == c) | (byte == d) | (self.non_ascii & (byte >= 0x80)) | (self.controls & (byte < 0x20))
    }

    /// Whether any byte of `block` is in the set: the tests OR-ed together.
    #[inline(always)]
    fn block_contains(&self, block: &[u8; BLOCK]) -> bool {
        block.iter().fold(false, |seen, &byte| seen | self.contains(byte))
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
    #[inline(always)]
    pub fn find(&self, bytes: &[u8], mut i: usize, end: usize) -> usize {
        let end = end.min(bytes.len());
        if i < end {
            for block in bytes[i..end].chunks_exact(BLOCK) {
                if self.block_contains(block.try_into().expect("blocks of BLOCK bytes")) {
                    break;
                }
                i += BLOCK;
            }
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

    #[test]
    fn agrees_with_a_byte_by_byte_search_at_every_offset_and_end() {
        const SETS: [ByteSet; 3] =
            [ByteSet::new(b".?!)", true, false), ByteSet::new(b"\"'`<", true, false), ByteSet::new(&[0xC2, 0xE2], false, true)];
        // Members at every position of a block and across block edges, sparse and dense.
        let text = "plain ascii text without members, long enough to fill blocks \"a\" é.\n\u{2028}) <b> `x` \t?! «» and the end";
        let bytes = text.as_bytes();
        for set in SETS {
            for end in 0..=bytes.len() + 3 {
                for i in 0..=end.min(bytes.len()) {
                    let expected = (i..end.min(bytes.len())).find(|&k| set.contains(bytes[k])).unwrap_or(end.min(bytes.len()));
                    assert_eq!(set.find(bytes, i, end), expected, "from {i} to {end}");
                }
            }
        }
    }
}
