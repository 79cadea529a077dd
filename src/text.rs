//! Character classes shared by the stages: white space, line breaks, and stepping over them.

/// White space as Python's `str.isspace` sees it: Unicode White_Space plus the ASCII
/// information separators U+001C–U+001F, so spans never start or end on a character Python
/// would strip.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `c.is_alphanumeric()`, answered at once for ASCII and for the General Punctuation block
/// (U+2000–U+206F: spaces, dashes, curly quotes, zero-width and bidi controls), which holds no
/// letter or digit. News is full of that block, and the standard library's answer for it is
/// two table searches.
///
/// ```
/// use quotehound::text::is_alphanumeric;
/// assert!(is_alphanumeric('a') && is_alphanumeric('é') && is_alphanumeric('٣'));
/// assert!(!is_alphanumeric('“') && !is_alphanumeric('\u{200b}') && !is_alphanumeric(' '));
/// ```
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphanumeric(),
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The length in bytes of the line break starting at byte `i`, or 0 when there is none.
/// `\r\n` counts as one break; so do `\n`, `\r`, `\x0b`, `\x0c`, `\x1c`–`\x1e`, NEL, LS and PS.
#[inline]
pub fn line_break_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
        b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e => 1,
        0xC2 if bytes.get(i + 1) == Some(&0x85) => 2,
        0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) => 3,
        _ => 0,
    }
}

/// `f` of `word` with its ASCII letters lower-cased: copied to the stack when it is short, as
/// words nearly always are, so that comparing a word without regard to case allocates nothing.
///
/// ```
/// use quotehound::text::with_ascii_lowercase;
/// assert!(with_ascii_lowercase("The", |w| w == "the"));
/// assert_eq!(with_ascii_lowercase("ÉTÉ Day", str::to_owned), "ÉtÉ day"); // only ASCII letters change
/// ```
#[inline]
pub fn with_ascii_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 32];
    match buffer.get_mut(..word.len()) {
        Some(lower) => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            // The bytes of a str with its ASCII letters lower-cased, which leaves every other
            // byte as it was: still UTF-8, which the check finds at once for a short word.
            f(std::str::from_utf8(lower).expect("a str with its ASCII letters lower-cased is UTF-8"))
        }
        None => f(&word.to_ascii_lowercase()),
    }
}

/// The character starting at byte `i` (which must be a character boundary), if any.
#[inline]
pub fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|rest| rest.chars().next())
}

/// The character ending at byte `i` (which must be a character boundary), if any.
#[inline]
pub fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|head| head.chars().next_back())
}

/// The first byte at or after `i`, and before `end`, that does not start a white-space
/// character; `end` when there is none.
#[inline]
pub fn skip_space(text: &str, mut i: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    while i < end {
        let b = bytes[i];
        if b < 0x80 {
            if b == b' ' || (b'\t'..=b'\r').contains(&b) || (0x1c..=0x1f).contains(&b) {
                i += 1;
                continue;
            }
            return i;
        }
        match char_at(text, i) {
            Some(c) if is_space(c) => i += c.len_utf8(),
            _ => return i,
        }
    }
    end
}

/// The byte just after the last non-space character before `i` and at or after `start`.
#[inline]
pub fn trim_back(text: &str, start: usize, mut i: usize) -> usize {
    while i > start {
        match char_before(text, i) {
            Some(c) if is_space(c) => i -= c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// The word readers, where the stages have always found them: see [`crate::words`].
pub use crate::words::{words, words_back};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_and_trims_unicode_space() {
        let text = " \u{a0}\u{2003}word\u{3000} \n";
        let start = skip_space(text, 0, text.len());
        assert_eq!(&text[start..trim_back(text, start, text.len())], "word");
        assert_eq!(skip_space("   ", 0, 3), 3);
    }

    #[test]
    fn finds_every_line_break() {
        for (text, len) in [("\r\n", 2), ("\n", 1), ("\r", 1), ("\u{85}", 2), ("\u{2028}", 3), ("\u{2029}", 3), ("a", 0)] {
            assert_eq!(line_break_len(text.as_bytes(), 0), len, "{text:?}");
        }
    }

    #[test]
    fn is_alphanumeric_agrees_with_the_standard_library_on_every_character() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
