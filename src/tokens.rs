//! Words and punctuation of a small window of text, for the attribution patterns.
//!
//! A word is a run of ASCII letters and digits, with inner `.`, `'`, `’` and `-` (`U.S.`,
//! `O’Brien`, `Jean-Luc`, `Russia’s`); a title or initial keeps its final period (`Sen.`,
//! `J.`). Every other character that is not white space is a punctuation token of its own.
//! Where a character beyond ASCII and the marks of news ([`lone_mark`]: curly quotes, dashes,
//! the no-break space) meets a word, Unicode's word boundaries (UAX #29) give the word's extent,
//! as [`crate::words`] explains: `Zoë`, `cafe\u{301}`, `Ἀθῆναι` are one word each, each ideograph
//! a word, and an emoji with its joiners one punctuation token. The period of a title is kept on
//! top of them as on ASCII words.

use crate::lexicon;
use crate::text::{is_alphanumeric, is_space};
use crate::words::{lone_mark, unicode_word_end};

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

fn joins(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '-')
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
    // Bytes up to `end` only, so that reading one needs no other bound check.
    let bytes = &text.as_bytes()[..end];
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        // ASCII is read byte by byte, through one table; anything else decodes one character.
        let class = CLASSES[b as usize];
        let (c, len) = if class & OTHER == 0 {
            if class & SPACE != 0 {
                i += 1;
                continue;
            }
            (b as char, 1)
        } else {
            let c = decode(text, i);
            if is_space(c) {
                i += c.len_utf8();
                continue;
            }
            if lone_mark(bytes, i).is_none() {
                // Beyond ASCII and the marks of news: a word of UAX #29, or a piece between two
                // word boundaries that is a punctuation token (an emoji with its joiners).
                let stop = unicode_word_end(text, i, end);
                if text[i..stop].chars().any(is_alphanumeric) {
                    i = unicode_word(text, i, stop, end, out);
                } else {
                    out.push(Token { start: i, end: stop, punct: Some(c), capitalized: false, lower: false });
                    i = stop;
                }
                continue;
            }
            (c, c.len_utf8())
        };
        if !is_alphanumeric(c) {
            out.push(Token { start: i, end: i + len, punct: Some(c), capitalized: false, lower: false });
            i += len;
            continue;
        }
        let word_start = i;
        let capitalized = c.is_uppercase();
        let mut lower = !capitalized;
        // The classes of the word's ASCII characters, or-ed: upper case among them if any.
        let mut seen = 0;
        // Whether a character beyond ASCII and the marks of news met the word.
        let mut unicode = false;
        i += len;
        while let Some(&b) = bytes.get(i) {
            let class = CLASSES[b as usize];
            if class & ALPHANUMERIC != 0 {
                seen |= class;
                i += 1;
                continue;
            }
            if class & OTHER == 0 {
                if class & JOINS == 0 || !alphanumeric_at(text, i + 1, end) {
                    break;
                }
                i += 1;
                continue;
            }
            if lone_mark(bytes, i).is_none() {
                unicode = true;
                break;
            }
            let d = decode(text, i);
            let len = d.len_utf8();
            if is_alphanumeric(d) {
                lower &= !d.is_uppercase();
                i += len;
            } else if joins(d) && alphanumeric_at(text, i + len, end) {
                i += len;
            } else {
                break;
            }
        }
        if unicode {
            i = unicode_word(text, word_start, unicode_word_end(text, word_start, end), end, out);
            continue;
        }
        lower &= seen & UPPER == 0;
        // A title, abbreviation or initial keeps its period: `Sen.`, `Jr.`, `J.`, `U.S.`.
        if bytes.get(i) == Some(&b'.') {
            let word = &text[word_start..i];
            let initial = capitalized && word.len() == len;
            if initial || word.contains('.') || lexicon::titles().contains(word) || lexicon::abbreviations().contains(word) {
                i += 1;
            }
        }
        out.push(Token { start: word_start, end: i, punct: None, capitalized, lower });
    }
}

/// Appends the word `text[start..stop]` that UAX #29 read, with the period of a title, an
/// abbreviation or an initial as [`tokenize`] keeps it, and gives the end of the token.
#[cold]
fn unicode_word(text: &str, start: usize, mut stop: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let word = &text[start..stop];
    let first = word.chars().next().unwrap_or(' ');
    let capitalized = first.is_uppercase();
    let lower = !word.chars().any(char::is_uppercase);
    if stop < end && text.as_bytes()[stop] == b'.' {
        let initial = capitalized && word.len() == first.len_utf8();
        if initial || word.contains('.') || lexicon::titles().contains(word) || lexicon::abbreviations().contains(word) {
            stop += 1;
        }
    }
    out.push(Token { start, end: stop, punct: None, capitalized, lower });
    stop
}

/// The classes of the bytes that [`tokenize`] tells apart, one bit each.
const SPACE: u8 = 1;
const ALPHANUMERIC: u8 = 2;
const UPPER: u8 = 4;
const JOINS: u8 = 8;
/// A byte of a character beyond ASCII, which is decoded to be read.
const OTHER: u8 = 16;

/// The class bits of each byte: for ASCII, white space as [`is_space`] sees it, letters and
/// digits, upper case, and the marks that join two parts of a word ([`joins`]).
const CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c >= 0x80 {
            OTHER
        } else if matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | 0x1c..=0x1f) {
            SPACE
        } else if c.is_ascii_uppercase() {
            ALPHANUMERIC | UPPER
        } else if c.is_ascii_alphanumeric() {
            ALPHANUMERIC
        } else if matches!(c, b'.' | b'\'' | b'-') {
            JOINS
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The character that starts at byte `i` of `text`, a character boundary.
#[inline]
fn decode(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// Whether a letter or digit starts at byte `i`, before `end`.
#[inline]
fn alphanumeric_at(text: &str, i: usize, end: usize) -> bool {
    if i >= end {
        return false;
    }
    let b = text.as_bytes()[i];
    if b < 0x80 {
        CLASSES[b as usize] & ALPHANUMERIC != 0
    } else {
        is_alphanumeric(decode(text, i))
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
    fn keeps_the_project_s_conventions_on_every_word() {
        // A title, an initial and an abbreviation keep their period.
        assert_eq!(texts("Sen. J. Lee of the U.S. left."), ["Sen.", "J.", "Lee", "of", "the", "U.S.", "left", "."]);
        assert_eq!(texts("Ž. Łoś said"), ["Ž.", "Łoś", "said"]);
        // A hyphen and an apostrophe join, beyond ASCII too.
        assert_eq!(texts("Jean-Luc O’Brien, Russia’s FOX13’s Zoë-Ann"), ["Jean-Luc", "O’Brien", ",", "Russia’s", "FOX13’s", "Zoë-Ann"]);
        // The marks of news stand alone.
        assert_eq!(texts("“No”—never…"), ["“", "No", "”", "—", "never", "…"]);
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
    fn no_two_tokens_overlap() {
        // A spacing mark after a title's period: UAX #29 keeps it with the period, the title
        // keeps its period, and the mark is a token of its own.
        for text in ["Sen.\u{11440}", "a.1é", "é.\u{301}x", "U.Sé. 👩\u{200d}"] {
            let mut tokens = Vec::new();
            tokenize(text, 0, text.len(), &mut tokens);
            assert!(tokens.windows(2).all(|w| w[0].end <= w[1].start), "{text:?} {tokens:?}");
        }
    }

    #[test]
    fn a_window_cut_inside_a_character_widens_to_it() {
        let text = "añb c";
        let mut tokens = Vec::new();
        tokenize(text, 2, text.len(), &mut tokens);
        assert_eq!(tokens.iter().map(|t| t.text(text)).collect::<Vec<_>>(), ["ñb", "c"]);
    }
}
