//! Words and punctuation of a small window of text, for the attribution patterns.
//!
//! A word is a run of letters and digits, with inner `.`, `'`, `’` and `-` (`U.S.`,
//! `O’Brien`, `Jean-Luc`, `Russia’s`); a title or initial keeps its final period (`Sen.`,
//! `J.`). Every other character that is not white space is a punctuation token of its own.

use crate::lexicon;
use crate::text::is_space;

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
    let mut chars = text[start..end].char_indices().map(|(i, c)| (start + i, c)).peekable();
    while let Some((i, c)) = chars.next() {
        if is_space(c) {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token { start: i, end: i + c.len_utf8(), punct: Some(c), capitalized: false, lower: false });
            continue;
        }
        let mut word_end = i + c.len_utf8();
        let mut lower = !c.is_uppercase();
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                lower &= !d.is_uppercase();
                word_end = j + d.len_utf8();
                chars.next();
            } else if joins(d) && text[j + d.len_utf8()..end].chars().next().is_some_and(char::is_alphanumeric) {
                word_end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        // A title, abbreviation or initial keeps its period: `Sen.`, `Jr.`, `J.`, `U.S.`.
        if text[word_end..end].starts_with('.') {
            let word = &text[i..word_end];
            let initial = word.chars().count() == 1 && c.is_uppercase();
            if initial || word.contains('.') || lexicon::titles().contains(word) || lexicon::abbreviations().contains(word) {
                word_end += 1;
                chars.next();
            }
        }
        out.push(Token { start: i, end: word_end, punct: None, capitalized: c.is_uppercase(), lower });
    }
}
