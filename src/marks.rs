//! Quotation marks: which characters are quote marks, and whether one opens or closes.
//!
//! Straight marks (`"`, `'`) and the newswire `''` look the same on both sides of a
//! quotation, and `’` doubles as the apostrophe; the side a mark stands on is read from its
//! neighbours (a mark after a space and before a word opens; one after a word and before a
//! space or punctuation closes), and only where they say nothing from what is open.

use crate::text::{char_at, char_before, is_alphanumeric, is_space};

/// Marks that pair only with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// “ ” " „ ‟ `` '' ＂ ❝ ❞ ⹂ 〝 〞 〟
    Double = 0,
    /// ‘ ’ ' ‚ ‛ ＇ ❛ ❜
    Single = 1,
    /// « »
    Angle = 2,
    /// ‹ ›
    SingleAngle = 3,
    /// 「 」
    Corner = 4,
    /// 『 』
    WhiteCorner = 5,
}

/// How many families there are, for tables indexed by family.
pub const FAMILIES: usize = 6;

/// Which way a glyph leans when its neighbours leave the side open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    /// An opening glyph: “ ‘ „ «.
    Open,
    /// A closing glyph: ” ’ ».
    Close,
    /// The same glyph on both sides: " ' ''.
    Either,
}

/// A quote mark found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// The family it pairs within.
    pub family: Family,
    /// Its glyph's lean.
    pub lean: Lean,
    /// Its length in bytes.
    pub len: usize,
}

/// The side a mark stands on, once read in context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// It opens a quotation.
    Open,
    /// It closes one.
    Close,
}

/// The quote mark starting at byte `i`, if any (`''` and ``` `` ``` count as one mark).
///
/// ```
/// use quotehound::marks::{mark_at, Family};
/// assert_eq!(mark_at("“a”".as_bytes(), 0).map(|m| m.family), Some(Family::Double));
/// assert_eq!(mark_at(b"''a''", 0).map(|m| m.len), Some(2));
/// assert_eq!(mark_at(b"a", 0), None);
/// ```
#[inline]
pub fn mark_at(bytes: &[u8], i: usize) -> Option<Mark> {
    use Family::*;
    use Lean::*;
    let m = |family, lean, len| Some(Mark { family, lean, len });
    match bytes[i] {
        b'"' => m(Double, Either, 1),
        b'\'' if bytes.get(i + 1) == Some(&b'\'') => m(Double, Either, 2),
        b'\'' => m(Single, Either, 1),
        b'`' if bytes.get(i + 1) == Some(&b'`') => m(Double, Open, 2),
        0xC2 => match bytes.get(i + 1) {
            Some(0xAB) => m(Angle, Open, 2),
            Some(0xBB) => m(Angle, Close, 2),
            _ => None,
        },
        0xE2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x80), Some(0x98 | 0x9A | 0x9B)) => m(Single, Open, 3),
            (Some(0x80), Some(0x99)) => m(Single, Close, 3),
            (Some(0x80), Some(0x9C | 0x9E | 0x9F)) => m(Double, Open, 3),
            (Some(0x80), Some(0x9D)) => m(Double, Close, 3),
            (Some(0x80), Some(0xB9)) => m(SingleAngle, Open, 3),
            (Some(0x80), Some(0xBA)) => m(SingleAngle, Close, 3),
            (Some(0x9D), Some(0x9B)) => m(Single, Open, 3),
            (Some(0x9D), Some(0x9C)) => m(Single, Close, 3),
            (Some(0x9D), Some(0x9D)) => m(Double, Open, 3),
            (Some(0x9D), Some(0x9E)) => m(Double, Close, 3),
            (Some(0xB9), Some(0x82)) => m(Double, Open, 3),
            _ => None,
        },
        0xE3 => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x80), Some(0x8C)) => m(Corner, Open, 3),
            (Some(0x80), Some(0x8D)) => m(Corner, Close, 3),
            (Some(0x80), Some(0x8E)) => m(WhiteCorner, Open, 3),
            (Some(0x80), Some(0x8F)) => m(WhiteCorner, Close, 3),
            (Some(0x80), Some(0x9D)) => m(Double, Open, 3),
            (Some(0x80), Some(0x9E | 0x9F)) => m(Double, Close, 3),
            _ => None,
        },
        0xEF => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0xBC), Some(0x82)) => m(Double, Either, 3),
            (Some(0xBC), Some(0x87)) => m(Single, Either, 3),
            _ => None,
        },
        _ => None,
    }
}

/// Whether byte `b` can start a quote mark: a cheap filter for scanning loops.
#[inline]
pub fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2 | 0xE3 | 0xEF)
}

/// Whether the character is a quote mark of any family.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '«'
            | '»'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‹'
            | '›'
            | '❛'
            | '❜'
            | '❝'
            | '❞'
            | '⹂'
            | '「'
            | '」'
            | '『'
            | '』'
            | '〝'
            | '〞'
            | '〟'
            | '＂'
            | '＇'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―' | '‒' | '‐')
}

/// Characters after which a quotation may open: `(“`, `—“`, `: “`.
fn opens_after(c: Option<char>) -> bool {
    c.is_none_or(|c| is_space(c) || is_dash(c) || is_quote_char(c) || matches!(c, '(' | '[' | '{' | '/' | ':' | '¿' | '¡'))
}

/// Characters before which a quotation may close: `”,`, `”)`, `” `.
fn closes_before(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        is_space(c) || is_dash(c) || is_quote_char(c) || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '/' | '…')
    })
}

/// Characters that can come before the first word of a quotation: an apostrophe (`'Tis`), a
/// dash or hyphen (`—Wait`), dots (`...and`).
fn leads_words(c: char) -> bool {
    is_dash(c) || matches!(c, '\'' | '’' | '‘' | '.' | '…')
}

/// Words written with a leading apostrophe: `’em`, `’til`, `rock ’n’ roll`.
fn is_elision(word: &str) -> bool {
    const ELISIONS: [&str; 10] = ["em", "til", "tis", "twas", "cause", "bout", "n", "round", "nuff", "ol"];
    ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(word))
}

/// Reads the side of the mark at byte `i` from its neighbours. `open_in_family` says whether
/// a quotation of the mark's family is open. `None`: an apostrophe or a stray mark.
///
/// ```
/// use quotehound::marks::{mark_at, side, Side};
/// let text = "He said “no” and didn't.";
/// let at = |i: usize| side(text, i, mark_at(text.as_bytes(), i).unwrap(), false);
/// assert_eq!(at(8), Some(Side::Open));
/// assert_eq!(side(text, 13, mark_at(text.as_bytes(), 13).unwrap(), true), Some(Side::Close));
/// assert_eq!(at(text.find('\'').unwrap()), None); // the apostrophe of didn't
/// ```
pub fn side(text: &str, i: usize, mark: Mark, open_in_family: bool) -> Option<Side> {
    let before = char_before(text, i);
    let after = char_at(text, i + mark.len);
    if before == Some('=') {
        return None; // A markup attribute's value: author="@someone".
    }
    if mark.family == Family::Single {
        if let Some(verdict) = apostrophe(text, i, mark, before, after, open_in_family) {
            return verdict;
        }
    }
    let open = opens_after(before);
    let close = closes_before(after);
    match (open, close) {
        (true, false) => Some(Side::Open),
        (false, true) => Some(Side::Close),
        // `"'Tis`, `"—Wait`, `"...and`: between a space and an apostrophe, a dash or dots, a
        // straight mark with nothing open opens.
        (true, true) if mark.lean == Lean::Either && !open_in_family && after.is_some_and(leads_words) => Some(Side::Open),
        (true, true) if mark.lean == Lean::Either => open_in_family.then_some(Side::Close),
        _ => match mark.lean {
            Lean::Open => Some(Side::Open),
            Lean::Close => Some(Side::Close),
            Lean::Either if open_in_family => Some(Side::Close),
            Lean::Either => Some(Side::Open),
        },
    }
}

/// Tells apostrophes from single quote marks: `Some(None)` for an apostrophe, `Some(side)`
/// when the context settles it as a mark, `None` when it is for the general rules to say.
fn apostrophe(text: &str, i: usize, mark: Mark, before: Option<char>, after: Option<char>, single_open: bool) -> Option<Option<Side>> {
    let letter_before = before.is_some_and(is_alphanumeric);
    let letter_after = after.is_some_and(is_alphanumeric);
    if letter_before && letter_after {
        return Some(None); // don't, O’Brien, rock’n’roll
    }
    if after.is_some_and(|c| c.is_ascii_digit()) && !letter_before {
        // ’90s, '16: a year or decade, unless a quotation plainly opens with a number.
        let rest = &text[i + mark.len..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 2 && !rest.as_bytes().get(2).is_some_and(u8::is_ascii_alphanumeric) || rest[digits..].starts_with('s') {
            return Some(None);
        }
    }
    if letter_after && opens_after(before) {
        let rest = &text[i + mark.len..];
        let word_end = rest.char_indices().take_while(|(_, c)| c.is_alphabetic()).take(8).last().map_or(0, |(n, c)| n + c.len_utf8());
        if is_elision(&rest[..word_end]) && !single_open {
            return Some(None);
        }
    }
    if letter_before && closes_before(after) {
        // players’ union, goin’: a closing mark only when a single quotation is open.
        return Some(single_open.then_some(Side::Close));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side_of_first(text: &str) -> Option<Side> {
        side(text, 0, mark_at(text.as_bytes(), 0).unwrap(), false)
    }

    #[test]
    fn a_straight_mark_before_an_apostrophe_a_dash_or_dots_opens() {
        for text in ["\"'Tis late,\" she said.", "\"—Wait,\" he said.", "\"-- and then?\"", "\"...and we will win,\" he said.", "\"…so\""]
        {
            assert_eq!(side_of_first(text), Some(Side::Open), "{text}");
        }
        // With a quotation open, the same mark closes it: `"Go," she said, "-- now."`
        let text = "\"--";
        assert_eq!(side(text, 0, mark_at(text.as_bytes(), 0).unwrap(), true), Some(Side::Close));
    }
}
