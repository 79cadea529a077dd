//! Quotation spans: quote marks paired, nested, carried across paragraphs, and recovered
//! from stray marks one paragraph at a time.
//!
//! Marks pair within their family with a stack, so nesting (single inside double and the
//! reverse) comes for free; a closing mark whose opener lies deeper drops the unclosed marks
//! above it. Only the outermost pairs are quotations; pairs left inside a mark that never
//! closed are outermost too. A quotation still open at the end of a paragraph carries on when
//! the next paragraph re-opens with a mark of its family (the news convention for long
//! quotations); otherwise it ends with its paragraph, so one bad mark costs at most the
//! paragraph it stands in.

use serde::Serialize;

use crate::marks::{mark_at, may_start_mark, side, Family, Side, FAMILIES};
use crate::paragraphs::Paragraph;
use crate::scan::ByteSet;

/// A quoted stretch of text and its marks, in byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct QuoteSpan {
    /// The opening mark's first byte.
    pub open: usize,
    /// The first byte of the quoted words, just after the opening mark.
    pub start: usize,
    /// Just past the quoted words, at the closing mark (or the paragraph's end).
    pub end: usize,
    /// Just past the closing mark; equal to `end` when the quotation was never closed.
    pub close: usize,
    /// Index of the paragraph the quotation opens in.
    pub paragraph: usize,
}

#[derive(Debug, Clone, Copy)]
struct OpenMark {
    family: Family,
    at: usize,
    len: usize,
    paragraph: usize,
}

/// Finds the outermost quoted spans of `text`, in text order.
///
/// ```
/// use quotehound::{paragraphs, quotes};
/// let text = "“It is ‘fine’,” she said.\n\n“It will last. \n\n“It did,” he said.";
/// let spans = quotes::find(text, &paragraphs::split(text));
/// let quoted: Vec<&str> = spans.iter().map(|q| &text[q.start..q.end]).collect();
/// assert_eq!(quoted, ["It is ‘fine’,", "It will last. \n\n“It did,"]);
/// ```
pub fn find(text: &str, paragraphs: &[Paragraph]) -> Vec<QuoteSpan> {
    let mut found = Vec::new();
    let mut pairs = Vec::new();
    let mut stack = Vec::new();
    let mut carried: Option<OpenMark> = None;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        pairs.clear();
        stack.clear();
        let mut open_count = [0usize; FAMILIES];
        let mut i = paragraph.start;
        if let Some(open) = carried.take() {
            // The paragraph re-opens the carried quotation: its mark is part of the quotation.
            i += mark_at(text.as_bytes(), i).map_or(0, |m| m.len);
            open_count[open.family as usize] += 1;
            stack.push(open);
        }
        pair_marks(text, index, i, paragraph.end, &mut stack, &mut open_count, &mut pairs);
        if let Some(&bottom) = stack.first() {
            // Well-formed pairs of its family after it show that an open mark was stray.
            let stray = pairs.iter().any(|p| p.open > bottom.at && family_at(text, p.open) == Some(bottom.family));
            if !stray && continues(text, bottom.family, paragraphs.get(index + 1)) {
                carried = Some(bottom);
                // Pairs inside the carried quotation are part of it, not quotations of their own.
                pairs.retain(|p| p.open < bottom.at);
            } else if recover_unclosed(&bottom, paragraph, stray) {
                let start = bottom.at + bottom.len;
                pairs.push(QuoteSpan {
                    open: bottom.at,
                    start,
                    end: paragraph.end.max(start),
                    close: paragraph.end.max(start),
                    paragraph: bottom.paragraph,
                });
            }
        }
        outermost(&mut pairs, &mut found);
    }
    found
}

/// Pairs the marks of one paragraph, from byte `i` to `end`.
fn pair_marks(
    text: &str,
    paragraph: usize,
    mut i: usize,
    end: usize,
    stack: &mut Vec<OpenMark>,
    open_count: &mut [usize; FAMILIES],
    pairs: &mut Vec<QuoteSpan>,
) {
    let bytes = text.as_bytes();
    let mut markup = MarkupSkipper::default();
    // Quote marks start with `"`, `'`, `` ` `` or a non-ASCII byte; tags with `<`.
    const MARKS: ByteSet = ByteSet::new(b"\"'`<", true, false);
    loop {
        i = MARKS.find(bytes, i, end);
        if i >= end {
            break;
        }
        if bytes[i] == b'<' {
            i = markup.skip_tag(bytes, i, end);
            continue;
        }
        if !may_start_mark(bytes[i]) {
            i += 1;
            continue;
        }
        let Some(mark) = mark_at(bytes, i) else {
            i += 1;
            continue;
        };
        let family = mark.family as usize;
        match side(text, i, mark, open_count[family] > 0) {
            Some(Side::Open) => {
                open_count[family] += 1;
                stack.push(OpenMark { family: mark.family, at: i, len: mark.len, paragraph });
            }
            Some(Side::Close) if open_count[family] > 0 => {
                // Marks opened after this family's opener and never closed were stray.
                while let Some(open) = stack.pop() {
                    open_count[open.family as usize] -= 1;
                    if open.family == mark.family {
                        let start = open.at + open.len;
                        pairs.push(QuoteSpan { open: open.at, start, end: i.max(start), close: i + mark.len, paragraph: open.paragraph });
                        break;
                    }
                }
            }
            _ => {}
        }
        i += mark.len;
    }
}

/// Steps over markup tags left in scraped text (`<tweet author="@x">`), whose attribute
/// values are quoted but nobody's words.
#[derive(Default)]
struct MarkupSkipper {
    /// No `>` lies before this byte after the last `<` looked at: saves scanning again.
    no_close_until: usize,
}

impl MarkupSkipper {
    /// A tag is at most this long.
    const LONGEST_TAG: usize = 512;

    /// Where scanning goes on after the `<` at byte `i`: past its tag's `>`, or just past
    /// the `<` when it opens no tag.
    fn skip_tag(&mut self, bytes: &[u8], i: usize, end: usize) -> usize {
        let opens_tag = bytes.get(i + 1).is_some_and(|&b| b.is_ascii_alphabetic() || b == b'/' || b == b'!');
        if !opens_tag || i < self.no_close_until {
            return i + 1;
        }
        let reach = (i + Self::LONGEST_TAG).min(end);
        match bytes[i + 1..reach].iter().position(|&b| b == b'>' || b == b'<') {
            Some(n) if bytes[i + 1 + n] == b'>' => i + n + 2,
            Some(_) => i + 1,
            None => {
                self.no_close_until = reach;
                i + 1
            }
        }
    }
}

/// Whether a quotation of `family` still open at a paragraph's end carries on into `next`:
/// `next` opens with a mark of the same family that is not a transcript's speaker label
/// (`"ORTIZ: ...`), which starts a turn of its own.
fn continues(text: &str, family: Family, next: Option<&Paragraph>) -> bool {
    let Some(next) = next else { return false };
    if !matches!(family, Family::Double | Family::Angle) {
        return false;
    }
    let Some(mark) = mark_at(text.as_bytes(), next.start) else { return false };
    mark.family == family
        && side(text, next.start, mark, false) == Some(Side::Open)
        && !is_speaker_label(&text[next.start + mark.len..next.end])
}

/// `ORTIZ:` or `SEN. JOHN SMITH:` at the start of a transcript turn.
pub(crate) fn is_speaker_label(head: &str) -> bool {
    let label_len = head.bytes().take(40).take_while(|b| b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'\'' | b'-')).count();
    label_len >= 2 && head.as_bytes().get(label_len) == Some(&b':') && head.as_bytes()[0].is_ascii_uppercase()
}

/// Whether a double quotation left open at its paragraph's end is taken as running to that
/// end: when it was carried in, opens the paragraph, or was not `stray` (one missing
/// closing mark); a stray mark before well-formed quotations is dropped instead.
fn recover_unclosed(bottom: &OpenMark, paragraph: &Paragraph, stray: bool) -> bool {
    matches!(bottom.family, Family::Double | Family::Angle) && (bottom.at <= paragraph.start || !stray)
}

fn family_at(text: &str, i: usize) -> Option<Family> {
    mark_at(text.as_bytes(), i).map(|m| m.family)
}

/// Moves the pairs of one paragraph that no other pair encloses into `found`, in text order.
fn outermost(pairs: &mut [QuoteSpan], found: &mut Vec<QuoteSpan>) {
    pairs.sort_unstable_by_key(|p| (p.open, std::cmp::Reverse(p.close)));
    let mut reach = 0;
    for pair in pairs.iter() {
        if pair.open >= reach {
            found.push(*pair);
            reach = pair.close;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paragraphs;

    fn quoted(text: &str) -> Vec<&str> {
        find(text, &paragraphs::split(text)).iter().map(|q| &text[q.start..q.end]).collect()
    }

    #[test]
    fn straight_and_curly_marks() {
        assert_eq!(quoted(r#"He said "yes" and "no.""#), ["yes", "no."]);
        assert_eq!(quoted("''This cannot wait,'' he wrote."), ["This cannot wait,"]);
        assert_eq!(quoted("``Fine,'' she said."), ["Fine,"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(quoted("Don’t ask O’Brien about rock ’n’ roll in the ’90s or the players’ union.").is_empty());
        assert_eq!(quoted("She said ‘we won’t’ twice."), ["we won’t"]);
    }

    #[test]
    fn nesting_keeps_the_outer_quotation() {
        assert_eq!(quoted("“I said, ‘I know you,’ and left,” Biden said."), ["I said, ‘I know you,’ and left,"]);
        assert_eq!(quoted(r#""He shouted "stop!" twice," she said."#), [r#"He shouted "stop!" twice,"#]);
    }

    #[test]
    fn stray_marks_cost_only_their_paragraph() {
        assert_eq!(quoted("A stray “ mark “here” and “there”.\n\n“Fine,” she said."), ["here", "there", "Fine,"]);
        assert_eq!(quoted("He is 6'2\" tall.\n\n“Fine,” she said."), ["Fine,"]);
    }

    #[test]
    fn markup_attributes_are_not_quotations() {
        let text = r#"<tweet tweet-id="7713" author="@someone"><tweet/>. He said "yes" today."#;
        assert_eq!(quoted(text), ["yes"]);
        assert_eq!(quoted("a < b and \"c\" > d"), ["c"]);
    }

    #[test]
    fn transcript_turns_are_separate() {
        let text = "\"ORTIZ: Why?\n\n\"HALE: Because.\n\n\"ORTIZ: Thanks.";
        assert_eq!(quoted(text), ["ORTIZ: Why?", "HALE: Because.", "ORTIZ: Thanks."]);
    }
}
