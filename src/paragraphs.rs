//! Paragraphs: runs of text between blank lines or hard line breaks.
//!
//! A blank line always ends a paragraph. A single line break ends one too (headlines,
//! datelines, one-paragraph-per-line scraped text, lists), except where the line was merely
//! wrapped: it ends in a space (flowed text), in a hyphen or comma, or is long and carries on
//! in lower case without final punctuation.

use serde::Serialize;

use crate::scan::ByteSet;
use crate::text::{char_before, is_space, line_break_len, skip_space, trim_back};

/// A paragraph's byte span in the text, without its surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// A line that is at least this many bytes long and runs on in lower case was wrapped.
const WRAPPED_LINE_MIN: usize = 40;

/// A short news paragraph, in bytes: one or two sentences.
const NEWS_PARAGRAPH_BYTES: usize = 128;

/// Splits `text` into paragraphs.
///
/// ```
/// let text = "Headline\nFirst line of a paragraph.\n\nSecond paragraph.";
/// let spans: Vec<&str> = quotehound::paragraphs::split(text).iter().map(|p| &text[p.start..p.end]).collect();
/// assert_eq!(spans, ["Headline", "First line of a paragraph.", "Second paragraph."]);
/// ```
pub fn split(text: &str) -> Vec<Paragraph> {
    let bytes = text.as_bytes();
    // Room for paragraphs of news length, so that the list of an article seldom grows; no more
    // than a few pages' worth up front for a long text.
    let mut paragraphs = Vec::with_capacity((bytes.len() / NEWS_PARAGRAPH_BYTES + 4).min(4096));
    let mut para_start: Option<usize> = None;
    let mut line_start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        // Line breaks start with a control byte, or 0xC2 / 0xE2 (NEL, LS, PS).
        const BREAKS: ByteSet = ByteSet::new(&[0xC2, 0xE2], false, true);
        i = BREAKS.find(bytes, i, bytes.len());
        let brk = if i == bytes.len() { 1 } else { line_break_len(bytes, i) };
        if brk == 0 {
            i += 1;
            continue;
        }
        // A line [line_start, i) ends here.
        let content = skip_space(text, line_start, i);
        let blank = content == i;
        let next_line = (i + brk).min(bytes.len());
        match para_start {
            None if !blank => para_start = Some(content),
            _ => {}
        }
        if let Some(start) = para_start {
            let ends_paragraph = blank || i == bytes.len() || !is_wrapped(text, line_start, i, next_line);
            if ends_paragraph {
                let end = trim_back(text, start, i);
                if end > start {
                    paragraphs.push(Paragraph { start, end });
                }
                para_start = None;
            }
        }
        line_start = next_line;
        i += brk;
    }
    paragraphs
}

/// Whether the line break after the line `[line_start, line_end)` only wraps the line.
fn is_wrapped(text: &str, line_start: usize, line_end: usize, next_start: usize) -> bool {
    let next_end = text[next_start..].find(['\n', '\r']).map_or(text.len(), |n| next_start + n);
    let first = skip_space(text, next_start, next_end);
    let Some(next_char) = text[first..next_end].chars().next() else {
        return false; // A blank line follows: that ends the paragraph anyway.
    };
    if !next_char.is_lowercase() {
        return false;
    }
    let trimmed_end = trim_back(text, line_start, line_end);
    let Some(last) = char_before(text, trimmed_end) else {
        return false;
    };
    if matches!(last, '.' | '?' | '!' | ':' | ';' | '…') {
        return false;
    }
    let flowed = char_before(text, line_end).is_some_and(is_space);
    flowed || matches!(last, '-' | ',') || trimmed_end - line_start >= WRAPPED_LINE_MIN
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        split(text).iter().map(|p| &text[p.start..p.end]).collect()
    }

    #[test]
    fn blank_lines_and_line_breaks_end_paragraphs() {
        assert_eq!(spans("a\n\n  \nb\r\nc"), ["a", "b", "c"]);
        assert_eq!(spans("features\ncontact manager\nevents, activities\n"), ["features", "contact manager", "events, activities"]);
    }

    #[test]
    fn wrapped_lines_stay_together() {
        assert_eq!(spans("It was a cold \nnight in the city."), ["It was a cold \nnight in the city."]);
        let wrapped = "The committee met on Tuesday to discuss the budget and\nthe schedule for the coming year.";
        assert_eq!(spans(wrapped), [wrapped]);
    }

    #[test]
    fn empty_and_blank_text_has_no_paragraphs() {
        assert!(spans("").is_empty());
        assert!(spans(" \n\t\r\n ").is_empty());
    }
}
