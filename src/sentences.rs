//! Sentences: boundaries inside each paragraph, aware of abbreviations, initials, numbers,
//! ellipses, lists, URLs and closing quotation marks.
//!
//! Every candidate boundary is a run of final punctuation (`.`, `?`, `!`, `…`, spaced
//! ellipses) with the closing quotes and brackets after it. Whether it ends the sentence is
//! decided from the word before it and the word after it:
//! - a lower-case next word never starts a sentence (`“Why?” she asked.`, `Yahoo! in`);
//! - `?` and `!` otherwise end the sentence;
//! - after an abbreviation or initial (`Co.`, `U.S.`, `J.`), only a common sentence opener
//!   (`It`, `The`, `However`) starts a new sentence: `the U.S. Government` stays whole;
//! - three spaced dots (`. . .`) mark an omission inside a sentence; four dots end it.

use serde::Serialize;

use crate::lexicon;
use crate::paragraphs::Paragraph;
use crate::scan::ByteSet;
use crate::text::{char_at, char_before, is_alphanumeric, skip_space, trim_back};

/// A sentence's byte span and the index of its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character (final punctuation and closers included).
    pub end: usize,
    /// Index of the paragraph the sentence lies in.
    pub paragraph: usize,
}

/// Splits each paragraph of `text` into sentences.
///
/// ```
/// use quotehound::{paragraphs, sentences};
/// let text = "Sen. Warren spoke in the U.S. Capitol. “Why?” she asked. It closed.";
/// let found = sentences::split(text, &paragraphs::split(text));
/// let spans: Vec<&str> = found.iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(spans, ["Sen. Warren spoke in the U.S. Capitol.", "“Why?” she asked.", "It closed."]);
/// ```
pub fn split(text: &str, paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let mut sentences = Vec::with_capacity(text.len() / 128 + 1);
    for (index, paragraph) in paragraphs.iter().enumerate() {
        Segmenter {
            text,
            bytes: text.as_bytes(),
            end: paragraph.end,
            index,
            start: paragraph.start,
            list: None,
            opening: None,
            out: &mut sentences,
        }
        .run(paragraph.start);
    }
    sentences
}

/// Bytes that may begin a boundary, a bullet or a list marker.
static SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'?' as usize] = true;
    table[b'!' as usize] = true;
    table[b')' as usize] = true;
    table[0xE2] = true; // … • ⁃ ‣ and other punctuation in U+2000–U+2FFF
    table[0xE3] = true; // 。
    table[0xEF] = true; // ！ ？
    table
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    Dot,      // 1.
    Paren,    // 1)
    DotParen, // 1.)
}

/// A list item marker: `1.`, `2)`, `3.)`, `a.`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    style: MarkerStyle,
    value: u32,
}

struct Segmenter<'t, 'o> {
    text: &'t str,
    bytes: &'t [u8],
    end: usize,
    index: usize,
    /// Where the sentence being read starts.
    start: usize,
    /// The last list marker seen at the start of a sentence of this paragraph.
    list: Option<Marker>,
    /// End of the bullets and white space that open the current sentence, once measured.
    opening: Option<usize>,
    out: &'o mut Vec<Sentence>,
}

impl Segmenter<'_, '_> {
    fn run(mut self, mut i: usize) {
        // Boundaries, bullets and list markers start with `.`, `?`, `!`, `)` or a non-ASCII byte.
        const CANDIDATES: ByteSet = ByteSet::new(b".?!)", true, false);
        loop {
            i = CANDIDATES.find(self.bytes, i, self.end);
            if i >= self.end {
                break;
            }
            if !SPECIAL[self.bytes[i] as usize] {
                i += 1;
                continue;
            }
            i = match self.bytes[i] {
                b'.' | b'?' | b'!' => self.terminator(i),
                b')' => self.paren(i),
                _ => match char_at(self.text, i) {
                    Some('…') => self.terminator(i),
                    Some('。' | '！' | '？') => {
                        let next = i + 3;
                        self.cut(next);
                        next
                    }
                    Some(c) if is_bullet(c) => {
                        if self.preceded_by_space(i) && !self.at_sentence_start(i) {
                            self.cut(i);
                        }
                        i + c.len_utf8()
                    }
                    Some(c) => i + c.len_utf8(),
                    None => i + 1,
                },
            };
        }
        let end = self.end;
        self.cut(end);
    }

    /// Ends the current sentence at `at` (white space before it trimmed) and starts the next
    /// at the first non-space character after it.
    fn cut(&mut self, at: usize) {
        let end = trim_back(self.text, self.start, at);
        if end > self.start {
            self.out.push(Sentence { start: self.start, end, paragraph: self.index });
        }
        self.start = skip_space(self.text, at, self.end);
        self.opening = None;
    }

    fn preceded_by_space(&self, i: usize) -> bool {
        char_before(self.text, i).is_some_and(crate::text::is_space)
    }

    /// Whether only white space and bullets lie between the sentence start and `i`.
    fn at_sentence_start(&mut self, i: usize) -> bool {
        let start = self.start;
        let opening = *self.opening.get_or_insert_with(|| {
            let head = &self.text[start..self.end];
            head.find(|c: char| !(crate::text::is_space(c) || is_bullet(c))).map_or(self.end, |n| start + n)
        });
        i <= opening
    }

    /// A `)` closing a list marker such as `2)`.
    fn paren(&mut self, i: usize) -> usize {
        if let Some((token_start, value)) = self.marker_token(i) {
            self.list_marker(token_start, Marker { style: MarkerStyle::Paren, value }, i + 1);
        }
        i + 1
    }

    /// Handles a list marker token; returns whether it was taken as one.
    fn list_marker(&mut self, token_start: usize, marker: Marker, after: usize) -> bool {
        // A marker is followed by a space and the item's first word.
        let next = skip_space(self.text, after, self.end);
        if next == after || !char_at(self.text, next).is_some_and(is_alphanumeric) {
            return false;
        }
        if self.at_sentence_start(token_start) {
            self.list = Some(marker);
            return true;
        }
        match self.list {
            Some(last) if last.style == marker.style && last.value + 1 == marker.value && self.preceded_by_space_or_bullet(token_start) => {
                self.cut(token_start);
                self.list = Some(marker);
                true
            }
            _ => false,
        }
    }

    fn preceded_by_space_or_bullet(&self, i: usize) -> bool {
        char_before(self.text, i).is_some_and(|c| crate::text::is_space(c) || is_bullet(c))
    }

    /// The token ending at `i` if it is a list marker's number or letter: `12` or `b`.
    fn marker_token(&self, i: usize) -> Option<(usize, u32)> {
        let mut start = i;
        while start > self.start.min(i) && i - start <= 3 && self.bytes[start - 1].is_ascii_alphanumeric() {
            start -= 1;
        }
        let token = &self.bytes[start..i];
        if start > 0 && !(self.preceded_by_space_or_bullet(start) || start == self.start) {
            return None;
        }
        match token {
            [c] if c.is_ascii_lowercase() => Some((start, u32::from(c - b'a') + 1)),
            digits if (1..=3).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit) => {
                Some((start, digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'))))
            }
            _ => None,
        }
    }

    /// A run of final punctuation starting at `i`; returns where scanning goes on.
    fn terminator(&mut self, i: usize) -> usize {
        let run = self.punctuation_run(i);
        let after = run.end;
        let next_char = char_at(self.text, after).filter(|_| after < self.end);
        if let Some(c) = next_char {
            if !crate::text::is_space(c) {
                if self.glued_boundary(i, &run, c) {
                    self.cut(after);
                }
                return after.max(i + 1);
            }
        }
        let next = skip_space(self.text, after, self.end);
        if next >= self.end {
            return self.end;
        }
        if self.bytes[i] == b'.' && run.dots == 1 && !run.strong {
            if let Some((token_start, value)) = self.marker_token(i) {
                let style = if run.closers_start < after && self.bytes[run.closers_start] == b')' {
                    MarkerStyle::DotParen
                } else {
                    MarkerStyle::Dot
                };
                if self.list_marker(token_start, Marker { style, value }, after) {
                    return after;
                }
            }
        }
        let next_word = NextWord::read(self.text, next, self.end);
        if next_word.lowercase {
            return after;
        }
        if run.strong {
            // `“What happens next?” Smith asked.`: a name and a verb of saying after a
            // quoted question carry the sentence on.
            let quoted = self.text[run.closers_start..after].chars().any(crate::marks::is_quote_char);
            if !(quoted && speaker_and_cue_follow(self.text, next, self.end)) {
                self.cut(after);
            }
            return after;
        }
        if run.dots >= 4 {
            // A period closing the sentence, then a spaced ellipsis opening the next.
            let attached = char_before(self.text, i).is_some_and(is_alphanumeric);
            let split_at = if attached && self.bytes.get(i + 1) == Some(&b' ') && run.spaced { i + 1 } else { after };
            self.cut(split_at);
            return after;
        }
        if run.dots == 3 {
            // `[...]` marks an omission made by the writer, never the end of a sentence.
            let bracketed = char_before(self.text, i) == Some('[') && char_at(self.text, run.closers_start) == Some(']');
            if !run.spaced && !bracketed {
                self.cut(after);
            }
            return after;
        }
        if self.ends_in_abbreviation(i) && !next_word.starter && !self.place_or_time_ends(i, &next_word) {
            return after;
        }
        self.cut(after);
        after
    }

    /// `world.Today` or `1,000.That`: a period between a word and a capitalised word with no
    /// space, which ends a sentence unless it is part of a URL, e-mail address or abbreviation.
    fn glued_boundary(&self, i: usize, run: &Run, next: char) -> bool {
        if run.dots != 1 || run.strong || run.closers_start != run.end || self.bytes[i] != b'.' || !next.is_uppercase() {
            return false;
        }
        let after = run.end + next.len_utf8();
        if !char_at(self.text, after).is_some_and(char::is_lowercase) {
            return false;
        }
        let Some(before) = char_before(self.text, i) else { return false };
        if !(before.is_lowercase() || before.is_ascii_digit()) {
            return false;
        }
        if self.in_address(i) || self.ends_in_abbreviation(i) {
            return false;
        }
        let word = self.word_before(i);
        word.is_empty() || word.len() >= 2
    }

    /// Whether the token around byte `i` is a URL or an e-mail address. Only the nearest
    /// `ADDRESS_REACH` bytes on each side are read, which keeps the scan linear on text with
    /// no spaces.
    fn in_address(&self, i: usize) -> bool {
        const ADDRESS_REACH: usize = 256;
        let mut start = i;
        while start > self.start && i - start < ADDRESS_REACH && !self.bytes[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        let mut end = i;
        while end < self.end && end - i < ADDRESS_REACH && !self.bytes[end].is_ascii_whitespace() {
            end += 1;
        }
        let token = &self.bytes[start..end];
        token.contains(&b'@') || token.windows(3).any(|w| w == b"://") || token.starts_with(b"www.")
    }

    /// The ASCII letters, periods and `°` just before byte `i`: `Calif`, `U.S`, `N°`; empty
    /// when that run is longer than any abbreviation.
    fn word_before(&self, i: usize) -> &str {
        const LONGEST: usize = 24;
        let mut start = i;
        while start > self.start {
            if i - start > LONGEST {
                return "";
            }
            let b = self.bytes[start - 1];
            if b.is_ascii_alphabetic() || b == b'.' {
                start -= 1;
            } else if start >= 2 && self.bytes[start - 2..start] == [0xC2, 0xB0] {
                start -= 2;
            } else {
                break;
            }
        }
        self.text[start..i].trim_start_matches('.')
    }

    /// `Paradise, Calif. Firefighters …` and `at 8 p.m. Voters …`: a state after a place
    /// name and a comma, or a time of day, ends the sentence before a capitalised word
    /// (but not before a title or a word of time: `5 a.m. Mr. Smith`, `8 p.m. Eastern`).
    fn place_or_time_ends(&self, i: usize, next: &NextWord) -> bool {
        if !next.capitalized || next.title || next.time {
            return false;
        }
        let word = self.word_before(i);
        if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
            return true;
        }
        let before_word = trim_back(self.text, self.start, i - word.len());
        lexicon::us_states().contains(word) && char_before(self.text, before_word) == Some(',')
    }

    /// Whether the period at byte `i` closes an abbreviation or an initial.
    fn ends_in_abbreviation(&self, i: usize) -> bool {
        let word = self.word_before(i);
        if word.is_empty() || self.in_address(i) {
            return false;
        }
        // A word glued to letters we did not read (`Zoë`) is no abbreviation.
        let word_start = i - word.len();
        if char_before(self.text, word_start).is_some_and(is_alphanumeric) {
            return false;
        }
        if word.len() == 1 {
            return true; // An initial: `J. R. R. Tolkien`, `p. 55`.
        }
        if word.contains('.') {
            // `U.S`, `e.g`, `a.m`, `Ph.D`: short letter groups joined by periods.
            return word.split('.').all(|part| (1..=2).contains(&part.len()));
        }
        lexicon::abbreviations().contains(word)
    }

    fn punctuation_run(&self, i: usize) -> Run {
        let mut run = Run { dots: 0, strong: false, spaced: false, closers_start: i, end: i };
        let mut j = i;
        while j < self.end {
            match self.bytes[j] {
                b'.' => {
                    run.dots += 1;
                    j += 1;
                }
                b'?' | b'!' => {
                    run.strong = true;
                    j += 1;
                }
                b' ' if run.dots > 0 && self.bytes.get(j + 1) == Some(&b'.') && self.spaced_dot_follows(j + 1) => {
                    run.spaced = true;
                    j += 1;
                }
                0xE2 if self.bytes[j..].starts_with("…".as_bytes()) => {
                    run.dots += 3;
                    j += 3;
                }
                _ => break,
            }
        }
        run.closers_start = j;
        while j < self.end {
            let Some(c) = char_at(self.text, j) else { break };
            let closes = match c {
                ')' | ']' | '}' | '”' | '»' | '›' => true,
                '"' | '\'' | '’' => !char_at(self.text, j + 1).is_some_and(is_alphanumeric),
                _ => false,
            };
            if !closes {
                break;
            }
            j += c.len_utf8();
        }
        run.end = j;
        run
    }

    /// Whether the `.` at `j` is part of a spaced ellipsis rather than the start of a word
    /// such as `.NET`.
    fn spaced_dot_follows(&self, j: usize) -> bool {
        !self.bytes.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
    }
}

/// A run of final punctuation and the closers after it.
struct Run {
    dots: usize,
    strong: bool,
    spaced: bool,
    closers_start: usize,
    end: usize,
}

/// What the word after a candidate boundary says about it.
struct NextWord {
    lowercase: bool,
    capitalized: bool,
    starter: bool,
    /// A title written before names: `Mr.`, `Sen.`.
    title: bool,
    /// A day, a month or a time zone: `Monday`, `Eastern`, `ET`.
    time: bool,
}

impl NextWord {
    fn read(text: &str, mut i: usize, end: usize) -> NextWord {
        // Opening quotes and brackets do not count: `... the U.S. “We` opens a sentence.
        while let Some(c) = char_at(text, i).filter(|_| i < end) {
            if matches!(c, '“' | '‘' | '"' | '\'' | '(' | '[' | '«' | '‹' | '¿' | '¡' | '„') {
                i += c.len_utf8();
            } else {
                break;
            }
        }
        let Some(first) = char_at(text, i).filter(|_| i < end) else {
            return NextWord { lowercase: false, capitalized: false, starter: false, title: false, time: false };
        };
        // Sentence openers are short: reading a few bytes keeps long words cheap.
        let reach = (i + 16).min(end);
        let word_end = text[i..]
            .char_indices()
            .take_while(|&(n, c)| i + n < reach && c.is_alphabetic())
            .last()
            .map_or(i, |(n, c)| i + n + c.len_utf8());
        let word = &text[i..word_end];
        // `A.` or `I.` followed by a period is another initial, not a sentence opener.
        let initial = text.as_bytes().get(word_end) == Some(&b'.') && word.len() == 1;
        NextWord {
            lowercase: first.is_lowercase(),
            capitalized: first.is_uppercase(),
            starter: first.is_uppercase() && !initial && lexicon::sentence_starters().contains(word),
            title: lexicon::titles().contains(word),
            time: lexicon::calendar().contains(word)
                || matches!(
                    word,
                    "Eastern" | "Central" | "Pacific" | "Mountain" | "ET" | "EST" | "EDT" | "CT" | "PT" | "PST" | "PDT" | "GMT" | "UTC"
                ),
        }
    }
}

/// Whether up to four capitalised words and then a verb of saying follow byte `i`:
/// `Smith asked`, `President Barack Obama said`.
fn speaker_and_cue_follow(text: &str, i: usize, end: usize) -> bool {
    let mut names = 0;
    for (_, word) in crate::text::words(text, i, end.min(i + 120)) {
        if word.as_bytes()[0].is_ascii_uppercase() && names < 4 {
            names += 1;
            continue;
        }
        return names > 0 && lexicon::cue_verbs().contains(word) && !word.as_bytes()[0].is_ascii_uppercase();
    }
    false
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '‣' | '◦' | '▪' | '●' | '∙')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paragraphs;

    fn split_text(text: &str) -> Vec<&str> {
        split(text, &paragraphs::split(text)).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_end_sentences_only_before_openers() {
        assert_eq!(split_text("I live in the U.S. How about you?"), ["I live in the U.S.", "How about you?"]);
        assert_eq!(split_text("I work for the U.S. Government in Virginia."), ["I work for the U.S. Government in Virginia."]);
        assert_eq!(split_text("Sen. John McCain, R-Ariz. He spoke."), ["Sen. John McCain, R-Ariz.", "He spoke."]);
        assert_eq!(split_text("A fire near Paradise, Calif. Firefighters came."), ["A fire near Paradise, Calif.", "Firefighters came."]);
        assert_eq!(
            split_text("Polls close at 8 p.m. Voters wait. At 5 a.m. Mr. Smith left."),
            ["Polls close at 8 p.m.", "Voters wait.", "At 5 a.m. Mr. Smith left."]
        );
    }

    #[test]
    fn question_inside_quote_continued_by_cue() {
        assert_eq!(split_text("“Why?” she asked. “Because.” He left."), ["“Why?” she asked.", "“Because.”", "He left."]);
        assert_eq!(
            split_text("“What happens next?” Smith asked. “Wait!” Jones said."),
            ["“What happens next?” Smith asked.", "“Wait!” Jones said."]
        );
        assert_eq!(split_text("“Why?” He left."), ["“Why?”", "He left."]);
    }

    #[test]
    fn lists_and_bullets() {
        assert_eq!(split_text("1) The first item 2) The second item"), ["1) The first item", "2) The second item"]);
        assert_eq!(split_text("He was number 1. Then he fell to 2. The end."), ["He was number 1.", "Then he fell to 2.", "The end."]);
    }

    #[test]
    fn no_punctuation_is_one_sentence() {
        let text = "a".repeat(10_000);
        assert_eq!(split_text(&text).len(), 1);
    }
}
