//! Words, as Unicode's word boundaries give them (UAX #29, through the `unicode-segmentation`
//! crate), with the project's conventions on top.
//!
//! UAX #29 keeps together what a reader of any script takes for one word: letters and digits
//! with their combining marks, joiners and format characters (`cafe\u{301}`, `हिन्दी`,
//! `co\u{ad}operate`), an apostrophe or a full stop between letters (`O’Brien`, `Russia’s`,
//! `U.S`), a comma or full stop between digits (`1,000`, `3.5`), runs of Katakana; it cuts
//! between ideographs (`中`, `文`) and between the letters of scripts written without spaces,
//! for which it has no dictionary (Thai). Emoji, with their zero-width joiners, are no words.
//!
//! On top of it, two words that a hyphen or an apostrophe alone separates are one: UAX #29
//! splits at a hyphen, where English joins names and compounds (`Jean-Luc`, `so-called`,
//! `COVID-19`), and at an apostrophe after a digit (`FOX13’s`, `the 1990's`). The tokenizer
//! ([`crate::tokens`]) adds the final period of a title (`Sen.`). [`words`] gives the words that
//! hold a letter, which the stages look up in word lists; numbers are tokens, but no such words.
//!
//! Speed: the crate alone took 2.2 times the instructions of `analyze` on the news corpus
//! (`make bench-revisions`, `docs/speed.md`, "Words"), as nearly every sentence is read for its
//! words. So ASCII and the marks news is full of are read by hand (`Segments`), with the rules
//! UAX #29 has for them, and the crate reads any other character and what stands next to one: a
//! test checks that both give the same words.

use unicode_segmentation::{UnicodeSegmentation, UnicodeWordIndices};

/// Whether `text[end..next]`, between two words, joins them: a hyphen alone (`-`, `‐` U+2010,
/// the non-breaking `‑` U+2011) or an apostrophe alone (`'`, `’`).
#[inline]
fn joined(text: &str, end: usize, next: usize) -> bool {
    // `‐`, `‑` and `’` are E2 80 90, E2 80 91 and E2 80 99 in UTF-8.
    matches!(text.as_bytes().get(end..next), Some([b'-' | b'\''] | [0xE2, 0x80, 0x90 | 0x91 | 0x99]))
}

/// Whether `word` holds a letter: a word, not a number.
#[inline]
fn has_letter(word: &str) -> bool {
    // A word nearly always starts with an ASCII letter.
    word.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) || word.chars().any(char::is_alphabetic)
}

/// The words of `text[start..end]` that hold a letter, with their byte offsets in `text`, as
/// [`words_and_numbers`] reads them.
///
/// ```
/// let text = "So-called “experts” in Zürich, 1,000 of them, said: 中文 O’Brien’s";
/// let words: Vec<_> = quotehound::words::words(text, 0, text.len()).map(|(_, w)| w).collect();
/// assert_eq!(words, ["So-called", "experts", "in", "Zürich", "of", "them", "said", "中", "文", "O’Brien’s"]);
/// ```
pub fn words(text: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, &str)> + '_ {
    words_and_numbers(text, start, end).filter(|(_, w)| has_letter(w))
}

/// The words of `text[start..end]` that hold a letter, from last to first, as [`words`] reads them.
///
/// ```
/// let text = "the well-known 2 “Dune”";
/// let back: Vec<_> = quotehound::words::words_back(text, 0, text.len()).map(|(_, w)| w).collect();
/// assert_eq!(back, ["Dune", "well-known", "the"]);
/// ```
pub fn words_back(text: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, &str)> + '_ {
    let (start, end) = bounds(text, start, end);
    WordsBack { text, base: start, inner: text[start..end].unicode_word_indices(), pending: None }.filter(|(_, w)| has_letter(w))
}

/// The words and numbers of `text[start..end]` with their byte offsets in `text`: the words of
/// UAX #29 (those holding a letter or a digit), two of them joined when a hyphen or an
/// apostrophe alone separates them. A bound inside a character moves back to its start, and
/// bounds past the text to its end.
///
/// ```
/// let text = "So-called “experts” in Zürich, 1,000 of them";
/// let words: Vec<_> = quotehound::words::words_and_numbers(text, 0, text.len()).map(|(_, w)| w).collect();
/// assert_eq!(words, ["So-called", "experts", "in", "Zürich", "1,000", "of", "them"]);
/// ```
pub fn words_and_numbers(text: &str, start: usize, end: usize) -> Words<'_> {
    let (start, end) = bounds(text, start, end);
    Words { text, inner: Segments { text, pos: start, end }, pending: None }
}

/// The words of UAX #29 in `text[pos..end]`: the pieces between two word boundaries that hold a
/// letter or a digit, as `unicode_word_indices` gives them. ASCII, and the curly quotes, dashes
/// and apostrophes of news, are read by hand with the rules UAX #29 has for them; any other
/// character, and a word or mark next to one, by the crate. `pos` is always a word boundary,
/// where the crate can start afresh.
struct Segments<'t> {
    text: &'t str,
    pos: usize,
    end: usize,
}

impl Iterator for Segments<'_> {
    /// The word's first byte and the byte just past it.
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        // Bytes up to `end` only, so that reading one needs no other bound check.
        let bytes = &self.text.as_bytes()[..self.end];
        loop {
            // Marks and spaces: ASCII ones, and the marks of [`lone_mark`] before ASCII or another.
            let mut pos = self.pos;
            while let Some(&b) = bytes.get(pos) {
                let class = CLASSES[b as usize];
                if class & (CORE | HIGH) == 0 {
                    pos += 1;
                    continue;
                }
                if class & HIGH != 0 {
                    if let Some(len) = lone_mark(bytes, pos).filter(|&len| plain_at(bytes, pos + len)) {
                        pos += len;
                        continue;
                    }
                }
                break;
            }
            let Some(&b) = bytes.get(pos) else {
                self.pos = pos;
                return None;
            };
            if CLASSES[b as usize] & CORE != 0 {
                if let Some(stop) = ascii_word_end(bytes, pos) {
                    self.pos = stop;
                    // Only a word that starts with `_` can lack a letter or a digit.
                    if b != b'_' || bytes[pos..stop].iter().any(u8::is_ascii_alphanumeric) {
                        return Some((pos, stop));
                    }
                    continue;
                }
            } else if pos > self.pos {
                // UAX #29 may keep a character beyond ASCII with the mark or the spaces before it
                // (a combining mark): the crate starts at that mark, or at those spaces.
                pos = self.text.floor_char_boundary(pos - 1);
                while pos > self.pos && bytes[pos] == b' ' && bytes[pos - 1] == b' ' {
                    pos -= 1;
                }
            }
            let (_, piece) = self.text[pos..self.end].split_word_bound_indices().next()?;
            self.pos = pos + piece.len();
            if piece.chars().any(crate::text::is_alphanumeric) {
                return Some((pos, self.pos));
            }
        }
    }
}

/// The classes of bytes that [`Segments`] tells apart, one bit each: what ASCII words are made
/// of (letters, digits, `_`), letters, digits, the marks UAX #29 keeps between two letters
/// (`.`, `:`, `'`) or two digits (`.`, `,`, `;`, `'`), and the bytes of characters beyond ASCII.
const CORE: u8 = 1;
const LETTER: u8 = 2;
const DIGIT: u8 = 4;
const MID_LETTER: u8 = 8;
const MID_NUM: u8 = 16;
const HIGH: u8 = 32;
const CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = match c {
            b'a'..=b'z' | b'A'..=b'Z' => CORE | LETTER,
            b'0'..=b'9' => CORE | DIGIT,
            b'_' => CORE,
            b'\'' | b'.' => MID_LETTER | MID_NUM,
            b':' => MID_LETTER,
            b',' | b';' => MID_NUM,
            0x80..=0xFF => HIGH,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// Whether the character at `i` is ASCII or a mark of [`lone_mark`], or the text ends there:
/// nothing that UAX #29 keeps with the character before it.
#[inline]
pub(crate) fn plain_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_none_or(|&b| b < 0x80) || lone_mark(bytes, i).is_some()
}

/// The end of the ASCII word starting at `pos`, by UAX #29's rules: letters, digits and `_`,
/// with `.`, `,`, `;` or an apostrophe (`'`, `’`, `‘`) between two digits (`1,000`) and `.`, `:`
/// or an apostrophe between two letters (`U.S`, `O’Brien`). `None` when a character beyond those
/// could change where it ends.
#[inline]
fn ascii_word_end(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut i = pos + 1;
    while let Some(&b) = bytes.get(i) {
        let class = CLASSES[b as usize];
        if class & CORE != 0 {
            i += 1;
            continue;
        }
        // The mark between two parts of a word and its length: ASCII, or a curly apostrophe.
        let (mid, len) = if class & HIGH == 0 {
            (class, 1)
        } else if matches!(bytes.get(i..i + 3), Some([0xE2, 0x80, 0x98 | 0x99])) {
            (MID_LETTER | MID_NUM, 3)
        } else {
            // Any other mark of [`lone_mark`] ends the word; anything else, the crate reads.
            return lone_mark(bytes, i).map(|_| i);
        };
        if mid & (MID_LETTER | MID_NUM) == 0 {
            break;
        }
        let Some(&after) = bytes.get(i + len) else { break };
        let (before, after) = (CLASSES[bytes[i - 1] as usize], CLASSES[after as usize]);
        if after & HIGH != 0 {
            return None;
        }
        if (mid & MID_LETTER != 0 && before & after & LETTER != 0) || (mid & MID_NUM != 0 && before & after & DIGIT != 0) {
            i += len;
            continue;
        }
        break;
    }
    Some(i)
}

/// The length of the mark starting at `pos` that UAX #29 never joins to the character after it
/// nor makes part of a word when it starts a piece, if one does: the no-break space, the dashes,
/// curly quotes, `…`, `‰` and other marks of General Punctuation (U+2010–U+2026,
/// U+2030–U+205E), but for the connectors that join the word after them (U+203F, U+2040,
/// U+2054) and the marks UAX #29 keeps between letters or digits (U+2024, U+2027, U+2044). A curly apostrophe
/// (U+2018, U+2019) ends no word that [`ascii_word_end`] reads, which looks at it first. News is
/// full of them, and they need no table.
#[inline]
pub(crate) fn lone_mark(bytes: &[u8], pos: usize) -> Option<usize> {
    let lone = match *bytes.get(pos..)? {
        [0xC2, 0xA0, ..] => return Some(2),
        [0xE2, 0x80, c, ..] => ((0x90..=0xA6).contains(&c) && c != 0xA4) || (0xB0..=0xBE).contains(&c),
        [0xE2, 0x81, c, ..] => c <= 0x9E && !matches!(c, 0x80 | 0x84 | 0x94),
        _ => false,
    };
    lone.then_some(3)
}

/// `start..end` within `text`, each on a character boundary.
#[inline]
fn bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let end = text.floor_char_boundary(end.min(text.len()));
    (text.floor_char_boundary(start.min(end)), end)
}

/// The iterator of [`words_and_numbers`].
pub struct Words<'t> {
    text: &'t str,
    inner: Segments<'t>,
    /// A word read ahead, to see whether a hyphen or an apostrophe joins it to the one before.
    pending: Option<(usize, usize)>,
}

impl<'t> Iterator for Words<'t> {
    type Item = (usize, &'t str);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let (start, mut end) = self.pending.take().or_else(|| self.inner.next())?;
        for (next, next_end) in self.inner.by_ref() {
            if !joined(self.text, end, next) {
                self.pending = Some((next, next_end));
                break;
            }
            end = next_end;
        }
        Some((start, &self.text[start..end]))
    }
}

/// The iterator of [`words_back`], before it leaves out the numbers.
struct WordsBack<'t> {
    text: &'t str,
    /// Where the text the crate reads starts in `text`.
    base: usize,
    inner: UnicodeWordIndices<'t>,
    /// A word read ahead (before), to see whether a hyphen joins it to the one after.
    pending: Option<(usize, &'t str)>,
}

impl<'t> Iterator for WordsBack<'t> {
    type Item = (usize, &'t str);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let (at, word) = self.pending.take().or_else(|| self.inner.next_back())?;
        let end = self.base + at + word.len();
        let mut start = self.base + at;
        while let Some((at, word)) = self.inner.next_back() {
            let before_end = self.base + at + word.len();
            if !joined(self.text, before_end, start) {
                self.pending = Some((at, word));
                break;
            }
            start = self.base + at;
        }
        Some((start, &self.text[start..end]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<&str> {
        words_and_numbers(text, 0, text.len()).map(|(_, w)| w).collect()
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
    }

    #[test]
    fn joins_across_inner_apostrophes_and_stops_as_uax_29_does() {
        assert_eq!(all("O’Brien O'Neil Russia’s U.S. 3.5 1,000 e.g."), ["O’Brien", "O'Neil", "Russia’s", "U.S", "3.5", "1,000", "e.g"]);
        // A quotation mark around a word is no part of it.
        assert_eq!(all("‘Yes’ 'no'"), ["Yes", "no"]);
    }

    #[test]
    fn an_apostrophe_after_a_digit_joins_as_after_a_letter() {
        assert_eq!(all("FOX13’s the 1990's 5’ 6'"), ["FOX13’s", "the", "1990's", "5", "6"]);
    }

    #[test]
    fn words_leave_out_the_numbers() {
        let text = "Lee, 52, said 1,000 G7 3-2 times";
        assert_eq!(words(text, 0, text.len()).map(|(_, w)| w).collect::<Vec<_>>(), ["Lee", "said", "G7", "times"]);
        assert_eq!(words_back(text, 0, text.len()).map(|(_, w)| w).collect::<Vec<_>>(), ["times", "G7", "said", "Lee"]);
    }

    #[test]
    fn a_hyphen_alone_joins_two_words() {
        assert_eq!(
            all("Jean-Luc so-called well-to-do COVID-19 a\u{2011}b"),
            ["Jean-Luc", "so-called", "well-to-do", "COVID-19", "a\u{2011}b"]
        );
        assert_eq!(all("a - b -c d- e—f"), ["a", "b", "c", "d", "e", "f"]);
    }

    /// Strings of pieces that try every rule of the hand-written reader against the crate:
    /// ASCII words and their inner marks, marks UAX #29 keeps with the character before them,
    /// curly quotes and connectors, emoji, other scripts.
    fn mixed_strings() -> impl Iterator<Item = String> {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "9",
            "_",
            ".",
            ",",
            ";",
            ":",
            "'",
            "’",
            "‘",
            "-",
            " ",
            "\r\n",
            "“",
            "”",
            "—",
            "…",
            "‿",
            "⁔",
            "é",
            "\u{301}",
            "\u{200d}",
            "👩",
            "🇳",
            "中",
            "カ",
            "ש",
            "\"",
            "٣",
            "\u{ad}",
            "\u{11440}",
            "\u{2024}",
            "\u{2044}",
            "\u{202f}",
            "\u{a0}",
            "\u{2009}",
            "‰",
            "⁞",
            "x",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        (0..50_000).map(move |_| {
            let mut out = String::new();
            for _ in 0..1 + state % 12 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                out.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            out
        })
    }

    #[test]
    fn the_hand_written_ascii_reader_gives_the_crate_s_words() {
        for text in mixed_strings() {
            let fast: Vec<_> = Segments { text: &text, pos: 0, end: text.len() }.map(|(s, e)| (s, &text[s..e])).collect();
            let crate_words: Vec<_> = text.unicode_word_indices().collect();
            assert_eq!(fast, crate_words, "{text:?}");
        }
    }

    #[test]
    fn reads_backwards_what_it_reads_forwards() {
        for text in mixed_strings().take(2_000) {
            let mut back: Vec<_> = words_back(&text, 0, text.len()).collect();
            back.reverse();
            assert_eq!(back, words(&text, 0, text.len()).collect::<Vec<_>>(), "{text:?}");
        }
        for text in ["Jean-Luc said: “well-to-do” 1,000 мир 東京 a-b-c 4’s", "-x- y--z", "'a'' b’’c", "", "  "] {
            let mut back: Vec<_> = words_back(text, 0, text.len()).collect();
            back.reverse();
            assert_eq!(back, words(text, 0, text.len()).collect::<Vec<_>>(), "{text:?}");
            let mut back: Vec<_> = (WordsBack { text, base: 0, inner: text.unicode_word_indices(), pending: None }).collect();
            back.reverse();
            assert_eq!(back, words_and_numbers(text, 0, text.len()).collect::<Vec<_>>(), "{text:?}");
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
