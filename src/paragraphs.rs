//! Paragraphs: runs of text between blank lines or hard line breaks.
//!
//! A blank line always ends a paragraph. A single line break ends one too (headlines,
//! datelines, one-paragraph-per-line scraped text, lists), except where the line was merely
//! wrapped: it ends in a space (flowed text), in a hyphen or comma, or is long and carries on
//! in lower case without final punctuation.
//!
//! A hard-wrapped text (a book or an e-mail filled to a width of 60 or 70 characters, its
//! paragraphs apart by blank lines) wraps every line of a paragraph but the last, whatever the
//! next line starts with: there a line that reaches near the text's width runs on. Such a text
//! is told by its lines: nearly every line followed by another is about as long as the longest
//! lines, which are short ([`hard_wrap_width`]). News puts a paragraph on a line, and its lines'
//! lengths spread far wider.

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

/// Lines of a hard-wrapped text fall short of its width by at most this many bytes where they
/// wrap: a word too long for the rest of the line moves to the next.
const WRAP_SLACK: usize = 20;

/// The widths texts are hard-wrapped to (bytes of the longest lines): 30 for narrow columns, 100
/// for the widest fills; a text whose lines run longer puts its paragraphs on lines.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 30..=100;

/// Lines followed by another that a text needs before it can be told hard-wrapped.
const WRAPPED_LINES_MIN: u32 = 5;

/// The share of the lines followed by another that reach near the width, in a hard-wrapped text,
/// in tenths: the others are verse, headings, or short lines of letters.
const WRAPPED_SHARE_TENTHS: u32 = 7;

/// Splits `text` into paragraphs.
///
/// ```
/// let text = "Headline\nFirst line of a paragraph.\n\nSecond paragraph.";
/// let spans: Vec<&str> = quotehound::paragraphs::split(text).iter().map(|p| &text[p.start..p.end]).collect();
/// assert_eq!(spans, ["Headline", "First line of a paragraph.", "Second paragraph."]);
/// ```
pub fn split(text: &str) -> Vec<Paragraph> {
    let bytes = text.as_bytes();
    let width = hard_wrap_width(text);
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
            let ends_paragraph =
                blank || i == bytes.len() || !(reaches_width(text, line_start, i, width) || is_wrapped(text, line_start, i, next_line));
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

/// Whether the line `[line_start, line_end)` of a text hard-wrapped to `width` (if it is) is
/// long enough to have been wrapped.
fn reaches_width(text: &str, line_start: usize, line_end: usize, width: Option<usize>) -> bool {
    width.is_some_and(|width| trim_back(text, line_start, line_end) - line_start + WRAP_SLACK >= width)
}

/// The width a text is hard-wrapped to, in bytes, or `None` where it is not hard-wrapped: the
/// length that 95% of its lines do not exceed, where that is in [`WRAP_WIDTHS`] and at least
/// [`WRAPPED_SHARE_TENTHS`] of the lines followed by another (at least [`WRAPPED_LINES_MIN`] of
/// them) come within [`WRAP_SLACK`] of it.
///
/// ```
/// use quotehound::paragraphs::hard_wrap_width;
/// let filled = "The rain had not stopped since the morning, and the road to the\n\
///               village was a river of mud that no cart would try before the\n\
///               frost. Martha watched it from the window of the kitchen, her\n\
///               hands in the flour, and thought of the letter that had not\n\
///               come. Her brother had promised to write when the ship reached\n\
///               the harbour, and the ship was a week late.\n\n\"Tomorrow,\" she said.";
/// assert!(hard_wrap_width(filled).is_some_and(|width| (55..=65).contains(&width)));
/// assert_eq!(hard_wrap_width("One paragraph on a line.\nAnother, a little longer than the first one.\nA third."), None);
/// ```
pub fn hard_wrap_width(text: &str) -> Option<usize> {
    const LONGEST: usize = 255;
    // Lines counted by length (capped), all of them and those followed by another line.
    let (mut all, mut inner) = ([0u32; LONGEST + 1], [0u32; LONGEST + 1]);
    let (mut lines, mut inner_lines) = (0u32, 0u32);
    let mut previous: Option<usize> = None;
    // The line breaks are found by `memchr`: `str::split` reads news, a paragraph to a line, at
    // seven instructions a byte, `memchr` at a fraction of one (`benches/profile.py`).
    let bytes = text.as_bytes();
    let ends = memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()));
    let mut line_start = 0;
    for line_end in ends {
        let line = &text[line_start..line_end];
        line_start = line_end + 1;
        let length = line.trim_end().len();
        if length == 0 {
            previous = None;
            continue;
        }
        let capped = length.min(LONGEST);
        all[capped] += 1;
        lines += 1;
        if let Some(before) = previous {
            inner[before] += 1;
            inner_lines += 1;
        }
        previous = Some(capped);
    }
    if inner_lines < WRAPPED_LINES_MIN {
        return None;
    }
    let mut seen = 0;
    let width = (0..=LONGEST).find(|&n| {
        seen += all[n];
        20 * seen >= 19 * lines
    })?;
    if !WRAP_WIDTHS.contains(&width) {
        return None;
    }
    let near: u32 = inner[width.saturating_sub(WRAP_SLACK)..].iter().sum();
    (10 * near >= WRAPPED_SHARE_TENTHS * inner_lines).then_some(width)
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
    fn a_hard_wrapped_text_runs_its_lines_on_to_the_blank_line() {
        let line = "the words of a book filled to its width run on to the next";
        let quoted = format!("\"{}", &line[1..]); // a quotation that opens on a full line
        let text = format!("{line}\nLine, and the next.\n\n{line}\n{line}\n{quoted}\nLine,\" she said.\n\n{line}\n{line}.\n\nThe End");
        // The width is that of the longest lines but one in twenty: the full lines here.
        assert!(hard_wrap_width(&text).is_some_and(|width| width >= line.len() && width <= line.len() + 1));
        assert_eq!(
            spans(&text),
            [
                format!("{line}\nLine, and the next."),
                format!("{line}\n{line}\n{quoted}\nLine,\" she said."),
                format!("{line}\n{line}."),
                "The End".to_string(),
            ]
        );
    }

    #[test]
    fn a_short_line_in_a_hard_wrapped_text_ends_its_paragraph() {
        let line = "the words of a book filled to its width run on to the next";
        let text = format!("{line}\n{line}\n{line}\nYours truly,\nAnn\n\n{line}\n{line}\n{line}\nend.");
        assert_eq!(spans(&text)[0], format!("{line}\n{line}\n{line}\nYours truly,"));
        assert_eq!(spans(&text)[1], "Ann");
    }

    #[test]
    fn lines_of_one_paragraph_each_are_no_hard_wrap() {
        let news = "Lead paragraph of the story, which runs long as the opening of a news article often does.\n\
                    Short one.\nA second paragraph says something more about it, quoting the mayor.\n\
                    Third.\nThe fourth goes on for a while about what happened next and why it matters to the town.\n\
                    Fifth.\nSixth and last.";
        assert_eq!(hard_wrap_width(news), None);
        assert_eq!(spans(news).len(), 7);
        let short = "Headline\nA short text.\nOf three lines.";
        assert_eq!(hard_wrap_width(short), None);
    }

    #[test]
    fn empty_and_blank_text_has_no_paragraphs() {
        assert!(spans("").is_empty());
        assert!(spans(" \n\t\r\n ").is_empty());
    }
}
