//! Attribution: the cue and the speaker's mention for each quotation, by named patterns.
//!
//! | rule | pattern |
//! |---|---|
//! | `quote_speaker_cue` | `“…,” X said.` |
//! | `quote_cue_speaker` | `“…,” said X.` |
//! | `speaker_cue_quote` | `X said: “…”`, `X said that “…”`, `X said … would “…”`, `X said, adding that “…”` |
//! | `according_to` | `according to X, “…”` |
//! | `quote_dash_speaker` | `“…” — X` |
//! | `colon_intro` | a paragraph ending `X said:` before a paragraph that opens with the quotation |
//! | `transcript_label` | `"WALLACE: …` |
//! | `continuation` | a quotation with no cue after an attributed one in the same or the next paragraph |
//!
//! Each quotation reads at most [`REACH`] bytes on either side, and never across its
//! neighbours, so the stage is linear in the text.

use crate::kinds::Kind;
use crate::lexicon;
use crate::mentions::{self, Mention, MentionKind};
use crate::paragraphs::Paragraph;
use crate::sentences::Sentence;
use crate::tokens::{tokenize, Token};
use crate::Quote;

/// How far, in bytes, attribution reads on either side of a quotation.
pub const REACH: usize = 400;

/// The attribution pattern that credited a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// `“…,” X said.`
    QuoteSpeakerCue,
    /// `“…,” said X.`
    QuoteCueSpeaker,
    /// `X said: “…”` and its partial forms.
    SpeakerCueQuote,
    /// `according to X, “…”`
    AccordingTo,
    /// `“…” — X`
    QuoteDashSpeaker,
    /// `X said:` ending the paragraph before.
    ColonIntro,
    /// `"NAME: …` in a transcript.
    TranscriptLabel,
    /// No cue of its own: continues the previous quotation's speaker.
    Continuation,
}

impl Rule {
    /// The rule's name, as in results.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::QuoteSpeakerCue => "quote_speaker_cue",
            Rule::QuoteCueSpeaker => "quote_cue_speaker",
            Rule::SpeakerCueQuote => "speaker_cue_quote",
            Rule::AccordingTo => "according_to",
            Rule::QuoteDashSpeaker => "quote_dash_speaker",
            Rule::ColonIntro => "colon_intro",
            Rule::TranscriptLabel => "transcript_label",
            Rule::Continuation => "continuation",
        }
    }
}

/// Who said a quotation, as the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    /// The words that name the speaker.
    pub mention: Mention,
    /// The cue's byte span: a verb, a phrase, a dash or a colon.
    pub cue: Option<(usize, usize)>,
    /// The pattern that matched.
    pub rule: Rule,
}

/// Attributes each quotation of a document; `None` where no pattern matches.
///
/// ```
/// let text = "“It is groundless,” Kremlin spokesperson Dmitry Peskov said.";
/// let doc = quotehound::analyze(text);
/// let a = quotehound::attribution::attribute(text, &doc.paragraphs, &doc.sentences, &doc.quotes);
/// let a = a[0].unwrap();
/// assert_eq!(&text[a.mention.name_start..a.mention.name_end], "Dmitry Peskov");
/// assert_eq!(a.rule.as_str(), "quote_speaker_cue");
/// ```
pub fn attribute(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence], quotes: &[Quote]) -> Vec<Option<Attribution>> {
    let mut found: Vec<Option<Attribution>> = Vec::with_capacity(quotes.len());
    let mut reader = Reader { text, tokens: Vec::new() };
    for (i, quote) in quotes.iter().enumerate() {
        let previous_close = i.checked_sub(1).map_or(0, |p| quotes[p].close);
        let next_open = quotes.get(i + 1).map_or(text.len(), |n| n.open);
        let close_paragraph = paragraphs.partition_point(|p| p.end < quote.close).min(paragraphs.len().saturating_sub(1));
        let after_end = next_open.min(quote.close + REACH).min(paragraphs.get(close_paragraph).map_or(text.len(), |p| p.end)).max(quote.close);
        let sentence_start = sentences.get(quote.sentence).map_or(0, |s| s.start);
        let before_start = previous_close.max(sentence_start).max(quote.open.saturating_sub(REACH)).min(quote.open);
        let attribution = transcript_label(text, quote)
            .or_else(|| {
                if quote.kind == Kind::Direct {
                    reader.after(quote.close, after_end).or_else(|| reader.before(before_start, quote.open))
                } else {
                    reader.before(before_start, quote.open).or_else(|| reader.after(quote.close, after_end))
                }
            })
            .or_else(|| reader.colon_intro(quote, paragraphs, previous_close))
            .or_else(|| continuation(&found, quotes, i));
        found.push(attribution);
    }
    found
}

/// `"WALLACE: Why?` — a transcript turn names its speaker inside the quotation.
fn transcript_label(text: &str, quote: &Quote) -> Option<Attribution> {
    let head = &text.as_bytes()[quote.start..quote.end.min(quote.start + 40)];
    let len = head.iter().take_while(|b| b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'\'' | b'-')).count();
    if len < 2 || head.get(len) != Some(&b':') || !head[0].is_ascii_uppercase() {
        return None;
    }
    let end = quote.start + text[quote.start..quote.start + len].trim_end().len();
    let mention = Mention { start: quote.start, end, name_start: quote.start, name_end: end, kind: MentionKind::Name, gender: lexicon::Gender::Any, titled: false };
    Some(Attribution { mention, cue: Some((quote.start + len, quote.start + len + 1)), rule: Rule::TranscriptLabel })
}

/// A quotation with no cue of its own continues the speaker of the quotation just before it,
/// when that one was attributed and ends in the same or the previous paragraph.
fn continuation(found: &[Option<Attribution>], quotes: &[Quote], i: usize) -> Option<Attribution> {
    let previous = i.checked_sub(1)?;
    let attribution = found[previous]?;
    let (earlier, current) = (&quotes[previous], &quotes[i]);
    let close_paragraph = earlier.paragraph + usize::from(earlier.close > earlier.start && current.paragraph > earlier.paragraph);
    (current.paragraph <= close_paragraph + 1).then_some(Attribution { rule: Rule::Continuation, ..attribution })
}

fn is_dash(token: &Token) -> bool {
    matches!(token.punct, Some('—' | '―' | '–'))
}

/// Reads the words around quotations, reusing one token buffer.
struct Reader<'t> {
    text: &'t str,
    tokens: Vec<Token>,
}

impl Reader<'_> {
    fn load(&mut self, start: usize, end: usize) {
        self.tokens.clear();
        tokenize(self.text, start, end, &mut self.tokens);
    }

    /// A verb of saying (or, next to a quotation, a verb that reports it) at token `i`.
    fn is_cue(&self, i: usize, next_to_quote: bool) -> bool {
        let t = &self.tokens[i];
        let word = t.text(self.text);
        t.is_word() && t.lower && (lexicon::cue_verbs().contains(word) || (next_to_quote && lexicon::cue_verbs_in_context().contains(word)))
    }

    /// `“…,” X said.`, `“…,” said X.`, `“…” — X`: the words right after the closing mark.
    fn after(&mut self, close: usize, end: usize) -> Option<Attribution> {
        self.load(close, end);
        let (text, tokens) = (self.text, &self.tokens);
        let mut i = usize::from(tokens.first().is_some_and(|t| t.is(',')));
        let first = tokens.get(i)?;
        if is_dash(first) {
            let mention = mentions::after(text, tokens, i + 1, tokens.len())?;
            return Some(Attribution { mention, cue: Some((first.start, first.end)), rule: Rule::QuoteDashSpeaker });
        }
        if self.is_cue(i, true) {
            let mention = mentions::after(text, tokens, i + 1, tokens.len())?;
            return Some(Attribution { mention, cue: Some((first.start, first.end)), rule: Rule::QuoteCueSpeaker });
        }
        let mention = mentions::after(text, tokens, i, tokens.len())?;
        i = tokens.partition_point(|t| t.start < mention.end);
        i = self.skip_apposition(i);
        let cue = tokens.get(i).filter(|_| self.is_cue(i, true))?;
        Some(Attribution { mention, cue: Some((cue.start, cue.end)), rule: Rule::QuoteSpeakerCue })
    }

    /// Steps forward over an apposition (`, a former aide,`), a parenthesis and adverbs.
    fn skip_apposition(&self, mut i: usize) -> usize {
        let (text, tokens) = (self.text, &self.tokens);
        if tokens.get(i).is_some_and(|t| t.is('(')) {
            if let Some(close) = tokens[i..].iter().take(12).position(|t| t.is(')')) {
                i += close + 1;
            }
        }
        if tokens.get(i).is_some_and(|t| t.is(',')) {
            if let Some(next) = tokens[i + 1..].iter().take(30).position(|t| t.is(',')) {
                i += next + 2;
            }
        }
        while tokens.get(i).is_some_and(|t| t.lower && !self.is_cue(i, true) && matches!(t.text(text), "also" | "later" | "then" | "has" | "had" | "once" | "again" | "further" | "simply" | "just")) {
            i += 1;
        }
        i
    }

    /// `X said: “…”`, `X said that “…”`, `according to X, “…”`: the nearest cue before the
    /// opening mark, in the same sentence, with its subject.
    fn before(&mut self, start: usize, open: usize) -> Option<Attribution> {
        self.load(start, open);
        self.cue_and_subject(true)
    }

    /// Finds, from the last token back, a cue with its speaker. `next_to_quote`: the tokens
    /// end at an opening mark, so verbs that report only there count.
    fn cue_and_subject(&self, next_to_quote: bool) -> Option<Attribution> {
        let (text, tokens) = (self.text, &self.tokens);
        let adjacent = |c: usize| tokens[c + 1..].iter().all(|t| t.is(':') || t.is(',') || t.text(text) == "that");
        for c in (0..tokens.len()).rev() {
            let cue = &tokens[c];
            if cue.text(text) == "according" && tokens.get(c + 1).is_some_and(|t| t.text(text) == "to") {
                if let Some(mention) = mentions::after(text, tokens, c + 2, tokens.len()) {
                    return Some(Attribution { mention, cue: Some((cue.start, tokens[c + 1].end)), rule: Rule::AccordingTo });
                }
                continue;
            }
            if !self.is_cue(c, next_to_quote && adjacent(c)) || self.passive(c) {
                continue;
            }
            if let Some(mention) = mentions::before(text, tokens, 0, c) {
                return Some(Attribution { mention, cue: Some((cue.start, cue.end)), rule: Rule::SpeakerCueQuote });
            }
            // `Peskov said, adding that …`, `noted the move and said …`: the subject is an
            // earlier cue's, looked for further back.
        }
        None
    }

    /// `was asked`, `were told`: a passive cue, whose subject is the one spoken to.
    fn passive(&self, c: usize) -> bool {
        c > 0 && matches!(self.tokens[c - 1].text(self.text), "was" | "were" | "been" | "being" | "be" | "is" | "are" | "get" | "got")
    }

    /// A paragraph that opens with the quotation, after one that ends `X said:`.
    fn colon_intro(&mut self, quote: &Quote, paragraphs: &[Paragraph], previous_close: usize) -> Option<Attribution> {
        let paragraph = paragraphs.get(quote.paragraph)?;
        let before = paragraphs.get(quote.paragraph.checked_sub(1)?)?;
        if quote.open != paragraph.start || !self.text[..before.end].ends_with(':') {
            return None;
        }
        let start = before.start.max(before.end.saturating_sub(REACH)).max(previous_close).min(before.end);
        self.load(start, before.end);
        let mut attribution = self.cue_and_subject(true)?;
        attribution.rule = Rule::ColonIntro;
        Some(attribution)
    }
}
