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
//!
//! Informal writing (posts, e-mail, reviews) breaks these habits, and a few rules follow it:
//! - in a text that shows it is informal ([`crate::informal::evidence`]), a lower-case word
//!   after a stop that ends no abbreviation opens a sentence (`it rained. we left`), and a line
//!   inside a paragraph that is shorter than the paragraph's longest by more than the next
//!   word ends one before a lower-case word (a signature, a list item);
//! - a URL or e-mail address ends a sentence before another or a capitalised word, and opens
//!   one after a stop whatever its case;
//! - an emoticon after final punctuation belongs to the sentence (`Thanks! :)`, `Sure. <3`),
//!   and one that ends in `)` in its place ends it (`Loved it :-) Will be back`; `:D` and `:(`
//!   without a stop do not).

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
pub fn split<'t>(text: &'t str, paragraphs: &'t [Paragraph]) -> Vec<Sentence> {
    let mut sentences = Vec::with_capacity(text.len() / 128 + 1);
    let mut informal = Informal { known: None, hard_wrapped: None, paragraphs };
    for (index, paragraph) in paragraphs.iter().enumerate() {
        Segmenter {
            text,
            informal: &mut informal,
            bytes: text.as_bytes(),
            end: paragraph.end,
            index,
            start: paragraph.start,
            list: None,
            opening: None,
            plain_until: 0,
            line_width: None,
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
    table[b'\n' as usize] = true;
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

/// Whether the text is informal writing, found out the first time a boundary hangs on it.
struct Informal<'p> {
    known: Option<bool>,
    /// Whether the text is hard-wrapped ([`crate::paragraphs::hard_wrap_width`]), once measured.
    hard_wrapped: Option<bool>,
    paragraphs: &'p [Paragraph],
}

struct Segmenter<'t, 'o> {
    text: &'t str,
    informal: &'o mut Informal<'t>,
    bytes: &'t [u8],
    end: usize,
    index: usize,
    /// Where the sentence being read starts.
    start: usize,
    /// The last list marker seen at the start of a sentence of this paragraph.
    list: Option<Marker>,
    /// End of the bullets and white space that open the current sentence, once measured.
    opening: Option<usize>,
    /// Bytes before this are known to be in no URL or e-mail address.
    plain_until: usize,
    /// The paragraph's longest line in bytes, once measured ([`Segmenter::line_width`]).
    line_width: Option<usize>,
    out: &'o mut Vec<Sentence>,
}

impl Segmenter<'_, '_> {
    fn run(mut self, mut i: usize) {
        // Boundaries, bullets and list markers start with `.`, `?`, `!`, `)` or a non-ASCII
        // byte; a line break inside a paragraph (a control byte) may be a boundary too.
        const CANDIDATES: ByteSet = ByteSet::new(b".?!)", true, true);
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
                b'\n' => {
                    self.line_end(i);
                    i + 1
                }
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
        } else {
            self.emoticon_end(i + 1);
        }
        i + 1
    }

    /// A line break inside a paragraph, which the paragraph splitter read as wrapping: in
    /// informal text it ends a sentence when the line is short of the paragraph's longest line
    /// by more than the next word, since a writer who wraps lines only breaks one early when
    /// the next word does not fit: `thanks for the help⏎we got there fine`. A lower-case next
    /// word is asked for; a capitalised one after a line without final punctuation is a name
    /// or a line of verse as often as a new sentence.
    fn line_end(&mut self, i: usize) {
        if self.start >= i {
            return;
        }
        let line_start = self.bytes[self.start..i].iter().rposition(|&b| b == b'\n').map_or(self.start, |n| self.start + n + 1);
        let line_end = trim_back(self.text, line_start, i);
        if line_end <= line_start || line_end < i.saturating_sub(1) || self.at_sentence_start(i) {
            return; // a flowed line (it ends in a space), or nothing on it yet
        }
        if matches!(self.bytes[line_end - 1], b',' | b'-' | b';' | b':') {
            return; // the punctuation says the sentence goes on
        }
        let next = skip_space(self.text, i + 1, self.end);
        if !char_at(self.text, next).is_some_and(char::is_lowercase) {
            return;
        }
        let word = self.bytes[next..self.end.min(next + 64)].iter().position(u8::is_ascii_whitespace).unwrap_or(64);
        if self.is_informal() && (line_end - line_start) + 1 + word <= self.line_width() {
            self.cut(i);
        }
    }

    /// The width of the paragraph's lines in bytes, measured once (and only in informal text,
    /// which news seldom is): its longest line, or 0 in a hard-wrapped text
    /// ([`crate::paragraphs::hard_wrap_width`]), where no line break is the writer's own. The
    /// paragraph's own width, not the text's: a box of text wrapped by a page (an editor's
    /// note) sits beside paragraphs that are one long line each.
    fn line_width(&mut self) -> usize {
        if let Some(width) = self.line_width {
            return width;
        }
        let informal = &mut *self.informal;
        let text = self.text;
        // A hard-wrapped text's short lines are verse or headings, not a writer's breaks.
        let hard_wrapped = *informal.hard_wrapped.get_or_insert_with(|| crate::paragraphs::hard_wrap_width(text).is_some());
        let paragraph_start = informal.paragraphs[self.index].start;
        let width = if hard_wrapped { 0 } else { text[paragraph_start..self.end].split('\n').map(str::len).max().unwrap_or(0) };
        self.line_width = Some(width);
        width
    }

    /// `Loved it :-) Will be back`: an emoticon ending in `)` and standing for final
    /// punctuation ends the sentence before a capitalised word, or before a lower-case one in
    /// informal text. Only `)` is read as a candidate boundary, which keeps the scan of edited
    /// text to the bytes it already stops at.
    fn emoticon_end(&mut self, after: usize) {
        if !self.bytes.get(after).is_some_and(u8::is_ascii_whitespace) {
            return;
        }
        let Some(start) = crate::informal::emoticon_before(self.text, self.start, after) else { return };
        if start == self.start || !self.preceded_by_space(start) {
            return;
        }
        let next = skip_space(self.text, after, self.end);
        let Some(c) = char_at(self.text, next).filter(|_| next < self.end) else { return };
        if c.is_uppercase() || (c.is_lowercase() && self.is_informal()) {
            self.cut(after);
        }
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
                } else if i >= self.plain_until {
                    // One look per token: a long token with no space is read once, not once
                    // for each of its full stops.
                    let (address, token_end) = self.address_token(i);
                    if address {
                        return self.address_end(i);
                    }
                    self.plain_until = token_end;
                }
                return after.max(i + 1);
            }
        }
        let mut after = after;
        let mut next = skip_space(self.text, after, self.end);
        if next >= self.end {
            return self.end;
        }
        // `Thanks! :) See you`: an emoticon after final punctuation belongs to the sentence.
        while let Some(emoticon_end) = crate::informal::emoticon_at(self.text, next, self.end) {
            after = emoticon_end;
            next = skip_space(self.text, after, self.end);
            if next >= self.end {
                return self.end;
            }
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
        if self.address_starts(next) && !self.ends_in_abbreviation(i) {
            // `Worth a visit. http://…`: an address opens a sentence, whatever its case.
            self.cut(after);
            return after;
        }
        if run.dots <= 1 && matches!(char_before(self.text, i), Some(':' | ';' | ',')) {
            // `Phone:? 555`, `Fax:. sam`: a mark left where a character was lost; no sentence
            // ends in a colon, a semicolon or a comma. (An ellipsis may: `we waited,... Then`.)
            return after;
        }
        if next_word.lowercase {
            if self.lower_case_opens(i, &run, after) {
                self.cut(after);
            }
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
        if run.dots == 2 && next_word.capitalized {
            // `Acme Co.. Then`: an abbreviation's stop and the sentence's.
            self.cut(after);
            return after;
        }
        if self.ends_in_abbreviation(i) {
            // `P.S. I will`, `NB. The`: a written-out abbreviation alone is no sentence (but
            // `No. I will not` is two: `No` is a word too).
            let word = self.word_before(i);
            let abbreviation_only = word.contains('.') || word.bytes().all(|b| b.is_ascii_uppercase());
            if abbreviation_only && word.len() > 1 && self.at_sentence_start(i - word.len()) {
                return after;
            }
            if !next_word.starter && !self.place_or_time_ends(i, &next_word) {
                return after;
            }
        }
        self.cut(after);
        after
    }

    /// Whether the lower-case word after the final punctuation `run` at `i` opens a sentence:
    /// in informal text, after a full stop that ends no abbreviation or after `?`/`!` outside
    /// quotation marks (`“Why?” she asked` stays whole), and never after an ellipsis.
    fn lower_case_opens(&mut self, i: usize, run: &Run, after: usize) -> bool {
        if run.dots > 1 || self.text[run.closers_start..after].chars().any(crate::marks::is_quote_char) {
            return false;
        }
        let before = char_before(self.text, i);
        let after_word = before.is_some_and(|c| is_alphanumeric(c) || matches!(c, '"' | '”' | '’' | '\'' | ')' | ']'));
        if !run.strong && (!after_word || self.ends_in_abbreviation(i)) {
            return false;
        }
        self.is_informal()
    }

    /// Whether the text is informal writing ([`crate::informal::evidence`]), looked for once.
    fn is_informal(&mut self) -> bool {
        let informal = &mut *self.informal;
        *informal.known.get_or_insert_with(|| crate::informal::evidence(self.text, informal.paragraphs))
    }

    /// Whether a URL or an e-mail address starts at byte `i`: `http://`, `https://`, `www.`.
    fn address_starts(&self, i: usize) -> bool {
        let rest = &self.bytes[i..self.end];
        rest.starts_with(b"http://") || rest.starts_with(b"https://") || rest.starts_with(b"www.")
    }

    /// Skips the URL or e-mail address around byte `i` to its end, which ends the sentence
    /// when another address or a capitalised word follows (`mail me at a@b.org Thanks`, a list
    /// of links); returns where scanning goes on.
    fn address_end(&mut self, i: usize) -> usize {
        let end = self.bytes[i..self.end].iter().position(u8::is_ascii_whitespace).map_or(self.end, |n| i + n);
        let next = skip_space(self.text, end, self.end);
        if next >= self.end || !(end..next).any(|j| self.bytes[j] == b' ' || self.bytes[j] == b'\t') {
            return end;
        }
        if self.address_starts(next) || char_at(self.text, next).is_some_and(char::is_uppercase) {
            self.cut(end);
        }
        end
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
        self.address_token(i).0
    }

    /// Whether the token around byte `i` is a URL or an e-mail address, and where the part
    /// of it read ends.
    fn address_token(&self, i: usize) -> (bool, usize) {
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
        (token.contains(&b'@') || token.windows(3).any(|w| w == b"://") || token.starts_with(b"www."), end)
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
    fn lower_case_opens_a_sentence_only_in_informal_text() {
        // The lower-case pronoun `i` shows the text is informal.
        assert_eq!(split_text("i got there late. the bus broke down."), ["i got there late.", "the bus broke down."]);
        assert_eq!(split_text("was it good? i think so"), ["was it good?", "i think so"]);
        // Edited text: a lower-case word carries the sentence on.
        assert_eq!(
            split_text("The shares of Acme Co. fell. Yahoo! in turn rose."),
            ["The shares of Acme Co. fell.", "Yahoo! in turn rose."]
        );
        // Never after an abbreviation, an ellipsis or a quoted question.
        assert_eq!(split_text("i like fruit, e.g. apples... and pears"), ["i like fruit, e.g. apples... and pears"]);
        assert_eq!(split_text("i asked “why?” she said no"), ["i asked “why?” she said no"]);
        assert_eq!(split_text("i wrote \"done\". then i left"), ["i wrote \"done\".", "then i left"]);
        // Nor after a colon, a semicolon or a comma: no sentence ends there.
        assert_eq!(split_text("i called. Mail:? sam"), ["i called.", "Mail:? sam"]);
        assert_eq!(split_text("Phone:? Ask Sam. Fax:? None."), ["Phone:? Ask Sam.", "Fax:? None."]);
        assert_eq!(split_text("i called. Fax:. sam"), ["i called.", "Fax:. sam"]);
        // An ellipsis after a comma still ends a sentence.
        assert_eq!(split_text("i waited for hours,... Then he came."), ["i waited for hours,...", "Then he came."]);
        // Nor after an abbreviation of money.
        assert_eq!(split_text("i sold it for $3 bn. last year"), ["i sold it for $3 bn. last year"]);
    }

    #[test]
    fn addresses_at_sentence_ends() {
        // An edited text: the lower-case address opens a sentence all the same.
        assert_eq!(
            split_text("The report is online. https://example.org/a.html has the tables."),
            ["The report is online.", "https://example.org/a.html has the tables."]
        );
        assert_eq!(
            split_text("Links: http://a.example/x.html http://b.example/y.html"),
            ["Links: http://a.example/x.html", "http://b.example/y.html"]
        );
        assert_eq!(split_text("Mail me at sam@mail.example.com Thanks"), ["Mail me at sam@mail.example.com", "Thanks"]);
        assert_eq!(split_text("Write to sam@mail.example.com or call."), ["Write to sam@mail.example.com or call."]);
    }

    #[test]
    fn emoticons_end_sentences_or_belong_to_them() {
        assert_eq!(split_text("Loved the soup! :) The bread too."), ["Loved the soup! :)", "The bread too."]);
        assert_eq!(split_text("Loved the soup :-) The bread too."), ["Loved the soup :-)", "The bread too."]);
        assert_eq!(split_text("so good :) we will be back"), ["so good :)", "we will be back"]);
        assert_eq!(split_text("He wrote f(x) Then stopped."), ["He wrote f(x) Then stopped."]);
    }

    #[test]
    fn short_lines_in_informal_text_end_sentences() {
        // The first line is far shorter than the longest: its break was the writer's.
        let text = "thanks again for all of the help with the move\nsee you at the party next weekend, it will be fun for all of us";
        assert_eq!(
            split_text(text),
            ["thanks again for all of the help with the move", "see you at the party next weekend, it will be fun for all of us"]
        );
        // A line that ends in a comma goes on, however short.
        let comma = "thanks for the help,\nsee you at the party next weekend, it will be fun for all of us";
        assert_eq!(split_text(comma), [comma]);
        // The width is the paragraph's own: a box of text wrapped at a width, beside a paragraph
        // that is one long line, keeps its lines whole.
        let boxed = format!(
            "i read {}.\n\nnote: the figures in this table were revised\nin march after the audit found two errors in\nthe sums of the second and the third columns.",
            "the whole of the long report on the long train ride home ".repeat(3)
        );
        assert_eq!(split_text(&boxed).len(), 2, "{:?}", split_text(&boxed));
        // Hard-wrapped prose of even lines stays whole.
        let wrapped = "the lines of this paragraph were wrapped at a fixed\nwidth so that each of them is about as long as the\nothers";
        assert_eq!(split_text(wrapped), [wrapped]);
        // In a text filled to a width, a short line is verse or a heading: no break of the writer's.
        let filled = "i went down to the shore in the morning and the tide was\n\
                      out so far that the boats lay on the sand like toys left\n\
                      by a child, and the gulls walked between them\n\
                      and the wind came off the water cold enough to sting the\n\
                      face, so that by noon i had had enough of it and went back\n\
                      up the hill to the house where the fire was lit and warm.";
        assert_eq!(split_text(filled), [filled]);
    }

    #[test]
    fn abbreviation_alone_and_double_stop() {
        assert_eq!(split_text("See you then. P.S. I found the keys."), ["See you then.", "P.S. I found the keys."]);
        assert_eq!(split_text("Was it you? No. I was out."), ["Was it you?", "No.", "I was out."]);
        // After a double stop even a word that seldom opens a sentence opens one.
        assert_eq!(split_text("It was sold to Acme Inc.. Smith bought it."), ["It was sold to Acme Inc..", "Smith bought it."]);
        assert_eq!(split_text("It was sold to Acme Inc. Smith bought it."), ["It was sold to Acme Inc. Smith bought it."]);
    }

    #[test]
    fn long_tokens_are_read_in_linear_time() {
        let url = format!("See http://{} Then", "a.example/b".repeat(50_000));
        assert_eq!(split_text(&url).len(), 2);
        let dotted = "a.".repeat(200_000);
        assert_eq!(split_text(&dotted).len(), 1);
    }

    #[test]
    fn no_punctuation_is_one_sentence() {
        let text = "a".repeat(10_000);
        assert_eq!(split_text(&text).len(), 1);
    }
}
