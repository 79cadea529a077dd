//! Words and punctuation of a small window of text, for the attribution patterns.
//!
//! A word is a word of Unicode's word boundaries (UAX #29), as [`crate::words`] reads it: letters
//! and digits of any script with their marks, an inner `.`, `'` or `’` between letters (`U.S`,
//! `O’Brien`, `Russia’s`), an inner `,` or `.` between digits (`1,000`), and, the project's
//! conventions, an inner hyphen (`Jean-Luc`) or an apostrophe after a digit (`FOX13’s`). On top of UAX #29, a title, abbreviation or initial
//! keeps its final period (`Sen.`, `J.`, `U.S.`). Every other piece between two word boundaries
//! that is not white space is a punctuation token of its own: one character, with the marks and
//! joiners UAX #29 keeps with it (an emoji joined by U+200D is one token).

use crate::lexicon;
use crate::text::is_space;
use crate::words::{lone_mark, plain_at, words_and_numbers};
use unicode_segmentation::UnicodeSegmentation;

/// Tokens a reader makes room for at first: the words around a quotation, so that the list of a
/// document's reader seldom grows.
pub(crate) const WINDOW_TOKENS: usize = 64;

/// A word or punctuation mark and its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// Just past the last byte.
    pub end: usize,
    /// For a punctuation token, its character; `None` for a word.
    pub punct: Option<char>,
    /// A word whose first character is upper case.
    pub capitalized: bool,
    /// A word with no upper-case character.
    pub lower: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The word without a final period or possessive `’s`, for looking it up in word lists.
    pub fn stem<'t>(&self, text: &'t str) -> &'t str {
        let word = self.text(text).trim_end_matches('.');
        word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")).unwrap_or(word)
    }

    /// Whether this is a word.
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }

    /// Whether this is the punctuation mark `c`.
    pub fn is(&self, c: char) -> bool {
        self.punct == Some(c)
    }

    /// Whether the word ends in a possessive `’s`.
    pub fn possessive(&self, text: &str) -> bool {
        let word = self.text(text);
        word.ends_with("’s") || word.ends_with("'s")
    }
}

/// Appends the tokens of `text[start..end]` to `out`.
///
/// ```
/// let text = "Sen. Conan O’Brien, 52, said: “Yes.”";
/// let mut tokens = Vec::new();
/// quotehound::tokens::tokenize(text, 0, text.len(), &mut tokens);
/// let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
/// assert_eq!(words, ["Sen.", "Conan", "O’Brien", ",", "52", ",", "said", ":", "“", "Yes", ".", "”"]);
/// ```
pub fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    // Windows are measured in bytes from a quotation: widen them to whole characters.
    let end = text.floor_char_boundary(end.min(text.len()));
    let start = text.floor_char_boundary(start.min(end));
    let bytes = text.as_bytes();
    let mut at = start;
    for (word_start, word) in words_and_numbers(text, start, end) {
        if word_start < at {
            // The period a word kept starts this word: a mark UAX #29 keeps with the period
            // makes it a word of its own (`.` and U+11440). The period is this word's.
            if let Some(last) = out.last_mut() {
                last.end = word_start;
            }
            at = word_start;
        }
        punctuation(text, at, word_start, out);
        let mut word_end = word_start + word.len();
        let first = word.chars().next().unwrap_or(' ');
        let capitalized = first.is_uppercase();
        let lower = !word.bytes().any(|b| b.is_ascii_uppercase()) && (word.is_ascii() || !word.chars().any(char::is_uppercase));
        // A title, abbreviation or initial keeps its period: `Sen.`, `Jr.`, `J.`, `U.S.`.
        if word_end < end && bytes[word_end] == b'.' {
            let initial = capitalized && word.len() == first.len_utf8();
            // A number's final period is the sentence's (`rose 3.5.`).
            let number = !word.chars().any(char::is_alphabetic);
            if !number && (initial || word.contains('.') || lexicon::titles().contains(word) || lexicon::abbreviations().contains(word)) {
                word_end += 1;
            }
        }
        out.push(Token { start: word_start, end: word_end, punct: None, capitalized, lower });
        at = word_end;
    }
    punctuation(text, at, end, out);
}

/// Appends a punctuation token for each piece of `text[start..end]`, which holds no word, that is
/// not white space: an ASCII character, a mark that stands alone (a curly quote, a dash), or else
/// a piece between two word boundaries of UAX #29 (an emoji with its joiners).
fn punctuation(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    // Bytes up to `end` only, so that reading one needs no other bound check.
    let bytes = &text.as_bytes()[..end];
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        let (c, len) = if b < 0x80 {
            (b as char, 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = match lone_mark(bytes, i) {
                Some(len) if plain_at(bytes, i + len) => len,
                _ => text[i..end].split_word_bounds().next().map_or(c.len_utf8(), str::len),
            };
            (c, len)
        };
        if !is_space(c) {
            out.push(Token { start: i, end: i + len, punct: Some(c), capitalized: false, lower: false });
        }
        i += len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(text, 0, text.len(), &mut tokens);
        tokens.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn reads_words_of_every_script_as_uax_29_does() {
        // Accented Latin, precomposed and with a combining mark, Greek, Cyrillic, Arabic.
        assert_eq!(
            texts("Zoë and Rene\u{301} said “Ἀθῆναι”, Москва; مرحبا"),
            ["Zoë", "and", "Rene\u{301}", "said", "“", "Ἀθῆναι", "”", ",", "Москва", ";", "مرحبا"]
        );
        // An ideograph is a word of its own; a run of Katakana one word.
        assert_eq!(texts("東京タワー"), ["東", "京", "タワー"]);
        // A soft hyphen inside a word is part of it, as are Devanagari's vowel signs and virama.
        assert_eq!(texts("co\u{ad}operate नमस्ते"), ["co\u{ad}operate", "नमस्ते"]);
    }

    #[test]
    fn an_emoji_with_its_joiners_is_one_punctuation_token() {
        let text = "Lee 👩\u{200d}🚒 said 🇳🇴!";
        let mut tokens = Vec::new();
        tokenize(text, 0, text.len(), &mut tokens);
        let read: Vec<_> = tokens.iter().map(|t| (t.text(text), t.punct)).collect();
        assert_eq!(read, [("Lee", None), ("👩\u{200d}🚒", Some('👩')), ("said", None), ("🇳🇴", Some('🇳')), ("!", Some('!'))]);
    }

    #[test]
    fn keeps_the_project_s_conventions_on_top_of_uax_29() {
        // A title, an initial and an abbreviation keep their period; UAX #29 leaves it out.
        assert_eq!(texts("Sen. J. Lee of the U.S. left."), ["Sen.", "J.", "Lee", "of", "the", "U.S.", "left", "."]);
        // A hyphen joins (UAX #29 splits there); an apostrophe joins, after a digit too.
        assert_eq!(texts("Jean-Luc O’Brien, Russia’s FOX13’s"), ["Jean-Luc", "O’Brien", ",", "Russia’s", "FOX13’s"]);
        // A number keeps its inner comma and stop, but not the sentence's period.
        assert_eq!(texts("rose 1,000 to 3.5."), ["rose", "1,000", "to", "3.5", "."]);
    }

    #[test]
    fn tells_case_for_every_script() {
        let text = "Émile ÉTÉ été Москва";
        let mut tokens = Vec::new();
        tokenize(text, 0, text.len(), &mut tokens);
        let cases: Vec<_> = tokens.iter().map(|t| (t.capitalized, t.lower)).collect();
        assert_eq!(cases, [(true, false), (true, false), (false, true), (true, false)]);
    }

    #[test]
    fn a_period_that_starts_a_word_of_uax_29_is_that_word_s() {
        // A spacing mark after the period makes `.` and the mark a word of UAX #29: the title
        // gives its period up, so that no two tokens overlap.
        let text = "Sen.\u{11440}";
        let mut tokens = Vec::new();
        tokenize(text, 0, text.len(), &mut tokens);
        assert!(tokens.windows(2).all(|w| w[0].end <= w[1].start), "{tokens:?}");
        assert_eq!(tokens[0].text(text), "Sen");
    }

    #[test]
    fn a_window_cut_inside_a_character_widens_to_it() {
        let text = "añb c";
        let mut tokens = Vec::new();
        tokenize(text, 2, text.len(), &mut tokens);
        assert_eq!(tokens.iter().map(|t| t.text(text)).collect::<Vec<_>>(), ["ñb", "c"]);
    }
}
