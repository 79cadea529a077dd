//! # quotehound
//!
//! Who said what, fast: sentences and quotations in English prose (above all news), with
//! exact byte offsets.
//!
//! ```
//! let text = "Russia recalled its envoy. “He will pay a price,” Sen. Warren said.";
//! let doc = quotehound::analyze(text);
//! let sentences: Vec<&str> = doc.sentences.iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(sentences, ["Russia recalled its envoy.", "“He will pay a price,” Sen. Warren said."]);
//! assert_eq!(&text[doc.quotes[0].start..doc.quotes[0].end], "He will pay a price,");
//! ```
#![deny(missing_docs)]
// Unsafe code is confined to the conversion from a Python string's code units (`code_units`,
// fuzzed under AddressSanitizer) and to the binding (`python`), which calls CPython's C API; every
// unsafe block there says why it holds.
#![deny(unsafe_code)]
#![deny(clippy::undocumented_unsafe_blocks)]

pub mod addressees;
pub mod attribution;
#[allow(unsafe_code)]
pub mod code_units;
pub mod informal;
pub mod kinds;
pub mod lexicon;
pub mod marks;
pub mod mentions;
pub mod name_genders;
pub mod offsets;
pub mod paragraphs;
pub mod quotes;
pub mod scan;
pub mod sentences;
pub mod speakers;
pub mod statements;
pub mod text;
pub mod tokens;
pub mod turns;
pub mod words;

#[cfg(feature = "python")]
#[allow(unsafe_code)]
mod python;

use serde::Serialize;
use std::sync::atomic::{AtomicUsize, Ordering};
use text::is_alphanumeric;

use attribution::Attribution;
pub use attribution::Rule;
pub use kinds::Kind;
pub use paragraphs::Paragraph;
pub use sentences::Sentence;
pub use speakers::{Speaker, SpeakerKind};

/// A quotation: words someone is reported to have said or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The opening quote mark's first byte.
    pub open: usize,
    /// The first byte of the quoted words.
    pub start: usize,
    /// Just past the quoted words.
    pub end: usize,
    /// Just past the closing mark (`end` when the quotation was never closed).
    pub close: usize,
    /// Direct or partial.
    pub kind: Kind,
    /// Index of the sentence the quotation opens in.
    pub sentence: usize,
    /// Index of the paragraph the quotation opens in.
    pub paragraph: usize,
    /// Index of the speaker in [`Document::speakers`], when one is credited.
    pub speaker: Option<usize>,
    /// Byte span of the words that name the speaker for this quotation.
    pub mention: Option<(usize, usize)>,
    /// Byte span of the cue: a reporting verb, a phrase, a dash or a colon.
    pub cue: Option<(usize, usize)>,
    /// The attribution rule that credited the speaker.
    pub rule: Option<Rule>,
    /// Index in [`Document::speakers`] of whom the quotation is spoken to, in dialogue where
    /// the text shows it (see [`addressees`]).
    pub addressee: Option<usize>,
}

/// Everything quotehound finds in one text. All offsets are UTF-8 byte offsets into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    /// Paragraphs, in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences, in text order, each inside one paragraph.
    pub sentences: Vec<Sentence>,
    /// Quotations, in text order.
    pub quotes: Vec<Quote>,
    /// Everyone credited with a quotation, in order of first quotation.
    pub speakers: Vec<Speaker>,
    /// Everything the text attributes to a source, quoted or reported, in text order.
    pub statements: Vec<statements::Statement>,
    /// The text's headline, when its first paragraph reads as one (see [`kinds::headline`]).
    /// Its quotations are in [`Document::quotes`] like any other; a headline mostly restates
    /// the article's own quotations, so counting who speaks may want to leave them out.
    pub headline: Option<Paragraph>,
}

/// Runs the whole pipeline on `text`.
///
/// ```
/// let doc = quotehound::analyze("Hello World. My name is Jonas.");
/// assert_eq!(doc.sentences.len(), 2);
/// ```
pub fn analyze(text: &str) -> Document {
    analyze_in_stages(text, |_| {})
}

/// The stages of [`analyze`], in the order they run.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Paragraphs, and the headline among them.
    Paragraphs,
    /// Sentences.
    Sentences,
    /// Quote marks found and paired into quoted spans.
    Marks,
    /// Each quoted span's kind: a quotation, or a title, a term, a name.
    Kinds,
    /// Each quotation's speaker, cue and rule.
    Attribution,
    /// The words of each attribution's mention that can name someone.
    Mentions,
    /// Statements: quotations with their speakers and reported speech.
    Statements,
    /// Speakers: mentions resolved to people, across the text.
    Speakers,
}

impl Stage {
    /// Every stage, in the order they run.
    pub const ALL: [Stage; 8] = [
        Stage::Paragraphs,
        Stage::Sentences,
        Stage::Marks,
        Stage::Kinds,
        Stage::Attribution,
        Stage::Mentions,
        Stage::Statements,
        Stage::Speakers,
    ];

    /// The stage's name, lower case.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Paragraphs => "paragraphs",
            Stage::Sentences => "sentences",
            Stage::Marks => "marks",
            Stage::Kinds => "kinds",
            Stage::Attribution => "attribution",
            Stage::Mentions => "mentions",
            Stage::Statements => "statements",
            Stage::Speakers => "speakers",
        }
    }
}

/// [`analyze`], calling `done` as each stage ends, so that a benchmark can time the stages
/// (`cargo bench --bench core_throughput -- stages CORPUS`). With `|_| {}` it is [`analyze`].
///
/// ```
/// let mut stages = Vec::new();
/// let doc = quotehound::analyze_in_stages("“Yes,” she said.", |stage| stages.push(stage));
/// assert_eq!(stages, quotehound::Stage::ALL);
/// assert_eq!(doc, quotehound::analyze("“Yes,” she said."));
/// ```
#[doc(hidden)]
pub fn analyze_in_stages(text: &str, mut done: impl FnMut(Stage)) -> Document {
    let paragraphs = guarded(|| paragraphs::split(text), Vec::new);
    let headline = kinds::headline(text, &paragraphs);
    done(Stage::Paragraphs);
    let sentences = guarded(|| sentences::split(text, &paragraphs), Vec::new);
    done(Stage::Sentences);
    let spans = guarded(|| quotes::find(text, &paragraphs), Vec::new);
    done(Stage::Marks);
    let mut quotes = guarded(|| quotations(text, spans, &sentences), Vec::new);
    done(Stage::Kinds);
    let attributions = guarded(|| attribution::attribute(text, &paragraphs, &sentences, &quotes), || vec![None; quotes.len()]);
    done(Stage::Attribution);
    // Whatever rule found it, a mention holds only words that can name someone.
    let count = attributions.len();
    let mut attributions: Vec<Option<Attribution>> = guarded(
        || attributions.into_iter().map(|a| a.and_then(|a| Some(Attribution { mention: a.mention.named_part(text)?, ..a }))).collect(),
        || vec![None; count],
    );
    let dialogue = guarded(|| turns::take_turns(text, &paragraphs, &quotes, &mut attributions), || false);
    for (quote, attribution) in quotes.iter_mut().zip(&attributions) {
        quote.mention = attribution.map(|a| (a.mention.start, a.mention.end));
        quote.cue = attribution.and_then(|a| a.cue);
        quote.rule = attribution.map(|a| a.rule);
    }
    done(Stage::Mentions);
    let mentions: Vec<_> = attributions.iter().map(|a| a.map(|a| a.mention)).collect();
    let mut statements = guarded(|| statements::find(text, &sentences, &quotes, &mentions), Vec::new);
    done(Stage::Statements);
    // Should resolving fail, what was attributed stays, credited to nobody.
    let (speakers, quote_speakers, statement_speakers) =
        guarded(|| speakers::resolve(text, &sentences, &quotes, &attributions, &statements, dialogue), Default::default);
    for (quote, speaker) in quotes.iter_mut().zip(quote_speakers) {
        quote.speaker = speaker;
    }
    for (statement, speaker) in statements.iter_mut().zip(statement_speakers) {
        statement.speaker = speaker;
    }
    let addressees = guarded(|| addressees::find(text, &quotes, &speakers, dialogue), || vec![None; quotes.len()]);
    for (quote, addressee) in quotes.iter_mut().zip(addressees) {
        quote.addressee = addressee;
    }
    done(Stage::Speakers);
    Document { paragraphs, sentences, quotes, speakers, statements, headline }
}

/// Runs one stage of the pipeline. Should a stage ever panic on some text (a bug: fuzzing
/// looks for them), its results are given up for `fallback` and the stages before it are kept,
/// so no text can take the whole analysis, or the Python process, down with it. Each time that
/// happens is counted in [`GUARDS_FIRED`], so tests can tell a caught panic from a clean run.
fn guarded<T>(stage: impl FnOnce() -> T, fallback: impl FnOnce() -> T) -> T {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(stage)).unwrap_or_else(|_| {
        GUARDS_FIRED.fetch_add(1, Ordering::Relaxed);
        fallback()
    })
}

/// How many stages have panicked, and had their results given up, in this process. It only
/// counts: nothing in the pipeline reads it, so results never depend on it or on other threads.
static GUARDS_FIRED: AtomicUsize = AtomicUsize::new(0);

/// How many times a stage of the pipeline has panicked in this process (on any thread) and had
/// its results replaced by an empty fallback. Zero unless the core has a bug: tests read it before
/// and after an analysis to make sure that a result is the pipeline's and not a fallback's.
///
/// ```
/// let before = quotehound::guards_fired();
/// quotehound::analyze("“We will win,” she said.");
/// assert_eq!(quotehound::guards_fired(), before);
/// ```
#[doc(hidden)]
pub fn guards_fired() -> usize {
    GUARDS_FIRED.load(Ordering::Relaxed)
}

/// The quoted `spans` of `text` that are quotations, each placed in its sentence.
fn quotations(text: &str, spans: Vec<quotes::QuoteSpan>, sentences: &[Sentence]) -> Vec<Quote> {
    let mut found: Vec<Quote> = Vec::new();
    let mut sentence = 0;
    let mut cues = kinds::SentenceCues::default();
    for span in spans {
        // Spans come in text order, so the sentence index only moves forward.
        while sentence + 1 < sentences.len() && sentences[sentence].end <= span.open {
            sentence += 1;
        }
        if !text[span.start..span.end].chars().any(is_alphanumeric) {
            continue; // `“”`: marks with no words between them quote nothing.
        }
        let Some(in_sentence) = sentences.get(sentence) else { continue };
        let mut kind = kinds::classify(text, &span, in_sentence, &mut cues);
        if kind == Kind::Partial && continues_direct(text, found.last(), &span, sentence) {
            kind = Kind::Direct; // `“We will win,” she said, “and soon.”`
        }
        if kind.is_quotation() {
            found.push(Quote {
                open: span.open,
                start: span.start,
                end: span.end,
                close: span.close,
                kind,
                sentence,
                paragraph: span.paragraph,
                speaker: None,
                mention: None,
                cue: None,
                rule: None,
                addressee: None,
            });
        }
    }
    found
}

/// Whether `span` goes on with the direct quotation `previous` of the same sentence after a
/// short cue and a comma: `“…,” she said, “and …”`.
fn continues_direct(text: &str, previous: Option<&Quote>, span: &quotes::QuoteSpan, sentence: usize) -> bool {
    const SHORT_CUE: usize = 80;
    previous.is_some_and(|p| {
        p.kind == Kind::Direct
            && p.sentence == sentence
            && span.open.saturating_sub(p.close) <= SHORT_CUE
            && text[p.close..span.open].trim_end().ends_with(',')
    })
}

/// The quotations of `text`.
///
/// ```
/// let text = "She called it “a disaster” and left.";
/// let found = quotehound::quotes(text);
/// assert_eq!(&text[found[0].start..found[0].end], "a disaster");
/// ```
pub fn quotes(text: &str) -> Vec<Quote> {
    analyze(text).quotes
}

/// The sentences of `text`.
///
/// ```
/// let found = quotehound::sentences("She has $100.00. It is in her bag.");
/// assert_eq!(found.len(), 2);
/// ```
pub fn sentences(text: &str) -> Vec<Sentence> {
    sentences::split(text, &paragraphs::split(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_stage_is_counted_and_replaced_by_its_fallback() {
        let before = guards_fired();
        let found: Vec<usize> = guarded(|| panic!("a stage's bug, meant for this test"), Vec::new);
        assert!(found.is_empty());
        assert!(guards_fired() > before);
    }
}
