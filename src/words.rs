//! Words, read by hand for ASCII and the marks news is full of, and by Unicode's word boundaries
//! (UAX #29, through the `unicode-segmentation` crate) for any word that holds another character.
//!
//! A word of [`words`] is a run of ASCII letters with inner hyphens and apostrophes (`so-called`,
//! `don't`); digits, ASCII punctuation, white space and the marks of [`lone_mark`] (the no-break
//! space, curly quotes and apostrophes, dashes, `…`) separate words. That is the reader the stages
//! were tuned with, and nearly every word of news is made of nothing else.
//!
//! A word that meets any other character beyond ASCII (`Zoë`, `cafe\u{301}`, `Ἀθῆναι`, `中`) is
//! handed to the crate, which finds its extent as UAX #29 says: letters and digits of any script
//! with their combining marks, joiners and format characters, an apostrophe or a full stop between
//! letters, each ideograph a word of its own, emoji no word. On top of it, the project's
//! convention: two words that a hyphen or an apostrophe alone separates are one (`Jean-Zoë`), as
//! UAX #29 splits at a hyphen where English joins names and compounds.
//!
//! Speed (`make bench-revisions A=5ff7613 B=HEAD`, `docs/speed.md`, "Words"): the crate read for
//! every word took 2.20 times the instructions of `analyze` on the news corpus, as nearly every
//! sentence is read for its words; a hand-written re-implementation of UAX #29 for ASCII beside
//! it, 1.32 times. The hand-written reader of ASCII words, with the crate only beyond it, costs
//! 1.0% more than that reader alone in the same tree (1,219 M instructions against 1,206 M;
//! 1.036 times 5ff7613, which lacks stages merged since).

use crate::text::is_alphanumeric;
use unicode_segmentation::UnicodeSegmentation;

/// The words of `text[start..end]` with their byte offsets: runs of ASCII letters, with
/// inner hyphens and apostrophes (`so-called`, `don't`), and words of UAX #29 where a character
/// beyond ASCII and the marks of news meets a word. Other characters separate words. A bound
/// inside a character moves back to its start, and bounds past the text to its end.
///
/// ```
/// let text = "So-called “experts” in Zürich, 1,000 of them, said: 中文";
/// let words: Vec<_> = quotehound::words::words(text, 0, text.len()).map(|(_, w)| w).collect();
/// assert_eq!(words, ["So-called", "experts", "in", "Zürich", "of", "them", "said", "中", "文"]);
/// ```
pub fn words(text: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, &str)> + '_ {
    // Bounds inside a character are left to the readers beyond ASCII, so that reading ASCII
    // costs no more than it did.
    Words { text, end: end.min(text.len()), i: start }
}

/// The iterator of [`words`]: the loop of the hand-written reader of ASCII words, kept small and
/// inlined where words are read; what is beyond ASCII goes to functions of their own.
struct Words<'t> {
    text: &'t str,
    end: usize,
    i: usize,
}

impl<'t> Iterator for Words<'t> {
    type Item = (usize, &'t str);

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, &'t str)> {
        let text = self.text;
        // Bytes up to `end` only, so that reading one needs no other bound check.
        let bytes = &text.as_bytes()[..self.end];
        let mut i = self.i;
        loop {
            while bytes.get(i).is_some_and(|&b| WORD_BYTES[b as usize] & (LETTER | HIGH) == 0) {
                i += 1;
            }
            let Some(&b) = bytes.get(i) else {
                self.i = i;
                return None;
            };
            if WORD_BYTES[b as usize] == LETTER {
                break;
            }
            if common_mark(bytes, i) {
                i += 3;
                continue;
            }
            match beyond_ascii(text, i, self.end) {
                Ok(word) => {
                    self.i = word.0 + word.1.len();
                    return Some(word);
                }
                Err(next) => i = next,
            }
        }
        let word_start = i;
        while let Some(&b) = bytes.get(i) {
            match WORD_BYTES[b as usize] {
                LETTER => i += 1,
                INNER if bytes.get(i + 1).is_some_and(|&n| WORD_BYTES[n as usize] == LETTER) => i += 2,
                HIGH if common_mark(bytes, i) && bytes.get(i + 3).is_none_or(|&n| n < 0x80) => break,
                INNER | HIGH if meets_other(bytes, i) => {
                    i = unicode_word_end(text, word_start, text.floor_char_boundary(self.end));
                    break;
                }
                _ => break,
            }
        }
        self.i = i;
        // A word that starts with an ASCII letter: a word, even where UAX #29 read it on.
        Some((word_start, &text[word_start..i]))
    }
}

/// Whether one of the marks news is full of starts at byte `i`: a dash, a curly quote or
/// apostrophe, `†`, `•`, `…` (U+2010–U+2026 but U+2024), which [`lone_mark`] also knows. Read
/// where words are read, without a call.
#[inline(always)]
fn common_mark(bytes: &[u8], i: usize) -> bool {
    matches!(bytes.get(i..i + 3), Some([0xE2, 0x80, c]) if (0x90..=0xA6).contains(c) && *c != 0xA4)
}

/// What [`words`] reads at byte `i`, the start of a character beyond ASCII between two words:
/// the word of UAX #29 that starts there, or else the byte to go on from (past a mark of news,
/// or past a piece between two word boundaries that holds no letter).
#[inline(never)]
fn beyond_ascii(text: &str, i: usize, end: usize) -> Result<(usize, &str), usize> {
    let end = text.floor_char_boundary(end);
    // A reading that starts inside a character, or a character cut by the end, is no word.
    if !text.is_char_boundary(i) || i >= end {
        return Err(i + 1);
    }
    if let Some(len) = lone_mark(text.as_bytes(), i) {
        return Err(i + len);
    }
    let stop = unicode_word_end(text, i, end);
    let word = &text[i..stop];
    if has_letter(word) {
        Ok((i, word))
    } else {
        Err(stop)
    }
}

/// Whether an ASCII word that reaches byte `i` (an inner `-` or `'`, or a byte beyond ASCII)
/// meets a character beyond ASCII and the marks of news there, directly or past the inner mark
/// or a hyphen or apostrophe beyond ASCII: then UAX #29 says where the word ends.
#[inline(never)]
fn meets_other(bytes: &[u8], i: usize) -> bool {
    let next = match joiner(&bytes[i..]) {
        Some(len) if bytes[i] < 0x80 || lone_mark(bytes, i).is_some() => i + len,
        _ if bytes[i] < 0x80 => return false,
        _ => return lone_mark(bytes, i).is_none(),
    };
    bytes.get(next).is_some_and(|&b| b >= 0x80) && lone_mark(bytes, next).is_none()
}

/// The words of `text[start..end]` from last to first, as [`words`] reads them.
///
/// ```
/// let text = "the well-known 2 “Dune” Zoë’s";
/// let back: Vec<_> = quotehound::words::words_back(text, 0, text.len()).map(|(_, w)| w).collect();
/// assert_eq!(back, ["Zoë’s", "Dune", "well-known", "the"]);
/// ```
pub fn words_back(text: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, &str)> + '_ {
    let (start, end) = bounds(text, start, end);
    let bytes = text.as_bytes();
    let mut i = end;
    // Whether the character before byte `at` (past `start`) is beyond ASCII and no mark of news.
    let other_before = move |at: usize| {
        let c = text.floor_char_boundary(at - 1);
        c >= start && lone_mark(bytes, c).is_none()
    };
    std::iter::from_fn(move || loop {
        let mut other = false;
        while i > start {
            let b = bytes[i - 1];
            if b.is_ascii_alphabetic() {
                break;
            }
            if b < 0x80 {
                i -= 1;
            } else if other_before(i) {
                other = true;
                break;
            } else {
                i = text.floor_char_boundary(i - 1);
            }
        }
        if i <= start {
            return None;
        }
        let word_end = i;
        if !other {
            while i > start {
                let b = bytes[i - 1];
                if b.is_ascii_alphabetic() || (matches!(b, b'-' | b'\'') && i >= start + 2 && bytes[i - 2].is_ascii_alphabetic()) {
                    i -= 1;
                } else if (b >= 0x80 && other_before(i))
                    || (matches!(b, b'-' | b'\'') && i >= start + 2 && bytes[i - 2] >= 0x80 && other_before(i - 1))
                    || (i >= start + 4 && joiner(&bytes[i - 3..i]).is_some() && bytes[i - 4] >= 0x80 && other_before(i - 3))
                {
                    other = true;
                    break;
                } else {
                    break;
                }
            }
        }
        if !other {
            return Some((i, &text[i..word_end]));
        }
        match unicode_word_before(text, start, end, word_end) {
            Ok((word_start, word_end)) => {
                i = word_start;
                let word = &text[word_start..word_end];
                if has_letter(word) {
                    return Some((word_start, word));
                }
            }
            Err(from) => i = from,
        }
    })
}

/// What a byte is to [`words`]: an ASCII letter, a mark that joins two letters of a word (`-`,
/// `'`), a byte of a character beyond ASCII, or none of these.
const LETTER: u8 = 1;
const INNER: u8 = 2;
const HIGH: u8 = 4;
const WORD_BYTES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c == b'-' || c == b'\'' {
            INNER
        } else if c >= 0x80 {
            HIGH
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Whether `word` holds a letter: a word, not a number.
#[inline]
fn has_letter(word: &str) -> bool {
    word.chars().any(char::is_alphabetic)
}

/// The length of the mark of news starting at byte `pos`, which the hand-written readers read
/// themselves, if one does: the no-break space, the dashes, curly quotes and apostrophes, `…`
/// and the other marks of General Punctuation (U+2010–U+2026, U+2030–U+205E), but for those
/// UAX #29 joins to a word (U+2024, U+2027, U+2040, U+2044, U+2054). They need no table.
///
/// ```
/// let text = "a—b";
/// assert_eq!(quotehound::words::lone_mark(text.as_bytes(), 1), Some(3));
/// assert_eq!(quotehound::words::lone_mark("é".as_bytes(), 0), None);
/// ```
#[inline]
pub fn lone_mark(bytes: &[u8], pos: usize) -> Option<usize> {
    let lone = match *bytes.get(pos..)? {
        [0xC2, 0xA0, ..] => return Some(2),
        [0xE2, 0x80, c, ..] => ((0x90..=0xA6).contains(&c) && c != 0xA4) || (0xB0..=0xBE).contains(&c),
        [0xE2, 0x81, c, ..] => c <= 0x9E && !matches!(c, 0x80 | 0x84 | 0x94),
        _ => false,
    };
    lone.then_some(3)
}

/// The length of the hyphen or apostrophe that joins two words at the start of `bytes`, if one
/// does: `-`, `'`, `‐` U+2010, the non-breaking `‑` U+2011, `’`.
#[inline]
fn joiner(bytes: &[u8]) -> Option<usize> {
    match bytes {
        [b'-' | b'\'', ..] => Some(1),
        [0xE2, 0x80, 0x90 | 0x91 | 0x99, ..] => Some(3),
        _ => None,
    }
}

/// The end of the word of UAX #29 that starts at `from`, a word boundary before `end`, with the
/// words that a hyphen or an apostrophe alone joins to it; just past the piece between two word
/// boundaries that starts there when that holds no letter or digit (an emoji with its joiners).
///
/// ```
/// let text = "Zoë-Ann, 👩\u{200d}🚒";
/// assert_eq!(quotehound::words::unicode_word_end(text, 0, text.len()), "Zoë-Ann".len());
/// assert_eq!(quotehound::words::unicode_word_end(text, 10, text.len()), text.len());
/// ```
pub fn unicode_word_end(text: &str, mut from: usize, end: usize) -> usize {
    loop {
        let Some(piece) = text[from..end].split_word_bounds().next() else { return from };
        let stop = from + piece.len();
        let Some(len) = joiner(&text.as_bytes()[stop..end]) else { return stop };
        // The hyphen or apostrophe must be a piece of its own, with a word after it.
        if !alphanumeric(piece)
            || text[stop..end].split_word_bounds().next().map(str::len) != Some(len)
            || !text[stop + len..end].split_word_bounds().next().is_some_and(alphanumeric)
        {
            return stop;
        }
        from = stop + len;
    }
}

/// The last word of UAX #29 in `text[start..end]` that starts before `to`, with the words that a
/// hyphen or an apostrophe alone joins to it, as [`unicode_word_end`] reads it forwards; or where
/// the reading started, when no word is there. The crate reads forwards from the last ASCII white
/// space (within [`LOOK_BACK`] bytes): read backwards, it ends some words elsewhere than forwards
/// (a Hebrew letter before `'`, an apostrophe before an emoji joiner).
fn unicode_word_before(text: &str, start: usize, end: usize, to: usize) -> Result<(usize, usize), usize> {
    let bytes = text.as_bytes();
    let floor = text.floor_char_boundary(to.saturating_sub(LOOK_BACK).max(start));
    let from = bytes[floor..to].iter().rposition(u8::is_ascii_whitespace).map_or(floor, |at| floor + at + 1);
    let (mut pos, mut last) = (from, Err(from));
    while pos < to {
        let next = unicode_word_end(text, pos, end);
        if alphanumeric(&text[pos..next]) {
            last = Ok((pos, next));
        }
        pos = next;
    }
    last
}

/// How far back [`unicode_word_before`] looks for a place to start reading: longer than any word,
/// and short enough that a text with no space reads in linear time.
const LOOK_BACK: usize = 128;

/// Whether `piece` holds a letter or a digit: a word of UAX #29.
#[inline]
fn alphanumeric(piece: &str) -> bool {
    piece.chars().any(is_alphanumeric)
}

/// `start..end` within `text`, each on a character boundary.
#[inline]
fn bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let end = text.floor_char_boundary(end.min(text.len()));
    (text.floor_char_boundary(start.min(end)), end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<&str> {
        words(text, 0, text.len()).map(|(_, w)| w).collect()
    }

    #[test]
    fn reads_the_words_of_every_script_as_uax_29_does() {
        // Accented Latin, precomposed and with a combining mark; Greek; Cyrillic; Arabic.
        assert_eq!(
            all("Zoë naïve cafe\u{301}, Ἀθῆναι и Москва؛ مرحبا بكم"),
            ["Zoë", "naïve", "cafe\u{301}", "Ἀθῆναι", "и", "Москва", "مرحبا", "بكم"]
        );
        // Devanagari keeps its virama and vowel signs; Hebrew its points.
        assert_eq!(all("नमस्ते दुनिया"), ["नमस्ते", "दुनिया"]);
        assert_eq!(all("שָׁלוֹם"), ["שָׁלוֹם"]);
        // Each ideograph and each Hiragana is a word; a run of Katakana is one.
        assert_eq!(all("東京タワーへ"), ["東", "京", "タワー", "へ"]);
        // Emoji, joined or not, and flags are no words; a soft hyphen or joiner inside a word is.
        assert_eq!(all("ok 👩\u{200d}🚒 🇳🇴 co\u{ad}operate"), ["ok", "co\u{ad}operate"]);
        // Beyond ASCII, an apostrophe or a stop between letters is inside the word, as UAX #29 says.
        assert_eq!(all("Zoë’s Ré.union"), ["Zoë’s", "Ré.union"]);
    }

    #[test]
    fn ascii_words_are_runs_of_letters_with_inner_hyphens_and_apostrophes() {
        assert_eq!(
            all("Jean-Luc so-called don't O’Brien U.S. G7 1,000 a--b -c d-"),
            ["Jean-Luc", "so-called", "don't", "O", "Brien", "U", "S", "G", "a", "b", "c", "d"]
        );
        // The marks of news separate words and are no part of them.
        assert_eq!(all("“Yes”—no\u{a0}way…"), ["Yes", "no", "way"]);
    }

    #[test]
    fn a_hyphen_alone_joins_a_word_beyond_ascii_to_the_next() {
        assert_eq!(all("Jean-Zoë Zoë-Ann a\u{2011}é é - b a\u{2011}b"), ["Jean-Zoë", "Zoë-Ann", "a\u{2011}é", "é", "b", "a", "b"]);
        let text = "Jean-Zoë Zoë-Ann";
        assert_eq!(words_back(text, 0, text.len()).map(|(_, w)| w).collect::<Vec<_>>(), ["Zoë-Ann", "Jean-Zoë"]);
    }

    /// The word reader of the hand-written core before the crate came in, for ASCII letters:
    /// what [`words`] must still give wherever no other character meets a word.
    fn ascii_reader(text: &str) -> Vec<(usize, &str)> {
        let bytes = text.as_bytes();
        let (mut out, mut i) = (Vec::new(), 0);
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_alphabetic()
                    || (matches!(bytes[i], b'-' | b'\'') && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic)))
            {
                i += if bytes[i].is_ascii_alphabetic() { 1 } else { 2 };
            }
            out.push((start, &text[start..i]));
        }
        out
    }

    /// The words of UAX #29 that hold a letter, two joined when a hyphen or an apostrophe alone
    /// separates them.
    fn uax_29(text: &str) -> Vec<(usize, &str)> {
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for (at, word) in text.unicode_word_indices() {
            match spans.last_mut() {
                Some((_, end)) if joiner(&text.as_bytes()[*end..at]).is_some_and(|len| *end + len == at) => *end = at + word.len(),
                _ => spans.push((at, at + word.len())),
            }
        }
        spans.into_iter().map(|(s, e)| (s, &text[s..e])).filter(|(_, w)| has_letter(w)).collect()
    }

    /// Random strings of the given pieces.
    fn strings(pieces: &'static [&'static str]) -> impl Iterator<Item = String> {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        (0..30_000).map(move |_| {
            let mut out = String::new();
            for _ in 0..1 + state % 12 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                out.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            out
        })
    }

    fn both_ways(text: &str) -> Vec<(usize, &str)> {
        let forward: Vec<_> = words(text, 0, text.len()).collect();
        let mut back: Vec<_> = words_back(text, 0, text.len()).collect();
        back.reverse();
        assert_eq!(forward, back, "{text:?}");
        forward
    }

    #[test]
    fn ascii_and_the_marks_of_news_read_as_the_hand_written_reader_did() {
        const PIECES: &[&str] = &["a", "Z", "9", "_", ".", ",", "'", "-", " ", "\n", "’", "‘", "“", "”", "–", "—", "…", "\u{a0}", "x"];
        for text in strings(PIECES) {
            assert_eq!(both_ways(&text), ascii_reader(&text), "{text:?}");
        }
    }

    #[test]
    fn words_beyond_ascii_are_those_of_uax_29() {
        // No digit, `.` nor `’`, where the ASCII reader and UAX #29 part ways on purpose; no
        // Hebrew, whose letter keeps an apostrophe after it, so that a second apostrophe joins
        // an ASCII word (`ש''a`) the ASCII reader reads backwards as its own.
        const PIECES: &[&str] =
            &["a", "Z", "é", "\u{301}", "中", "Ж", "ж", "カ", " ", "-", "'", "“", "—", "\u{a0}", "\u{ad}", "👩", "\u{200d}", "🇳", "x"];
        for text in strings(PIECES) {
            assert_eq!(both_ways(&text), uax_29(&text), "{text:?}");
        }
    }

    #[test]
    fn gives_offsets_in_the_whole_text() {
        let text = "xx Lee-Ann yy";
        assert_eq!(words(text, 2, 11).collect::<Vec<_>>(), [(3, "Lee-Ann")]);
        assert_eq!(words_back(text, 2, 11).collect::<Vec<_>>(), [(3, "Lee-Ann")]);
        // A bound inside a character, or past the end, is no error.
        let text = "añb c";
        assert_eq!(words(text, 0, 2).collect::<Vec<_>>(), [(0, "a")]);
        assert_eq!(words_back(text, 2, 99).collect::<Vec<_>>(), [(5, "c"), (1, "ñb")]);
    }
}
