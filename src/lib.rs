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

pub mod kinds;
pub mod lexicon;
pub mod marks;
pub mod offsets;
pub mod paragraphs;
pub mod quotes;
pub mod sentences;
pub mod text;

#[cfg(feature = "python")]
mod python;

use serde::Serialize;

pub use kinds::Kind;
pub use paragraphs::Paragraph;
pub use sentences::Sentence;

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
}

/// Runs the whole pipeline on `text`.
///
/// ```
/// let doc = quotehound::analyze("Hello World. My name is Jonas.");
/// assert_eq!(doc.sentences.len(), 2);
/// ```
pub fn analyze(text: &str) -> Document {
    let paragraphs = paragraphs::split(text);
    let sentences = sentences::split(text, &paragraphs);
    let quotes = quotations(text, &paragraphs, &sentences);
    Document { paragraphs, sentences, quotes }
}

/// The quoted spans of `text` that are quotations, each placed in its sentence.
fn quotations(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence]) -> Vec<Quote> {
    let mut sentence = 0;
    quotes::find(text, paragraphs)
        .into_iter()
        .filter_map(|span| {
            let in_headline = span.paragraph == 0 && kinds::is_headline(text, paragraphs, 0);
            // Spans come in text order, so the sentence index only moves forward.
            while sentence + 1 < sentences.len() && sentences[sentence].end <= span.open {
                sentence += 1;
            }
            let kind = kinds::classify(text, &span, sentences.get(sentence)?, in_headline);
            kind.is_quotation().then_some(Quote {
                open: span.open,
                start: span.start,
                end: span.end,
                close: span.close,
                kind,
                sentence,
                paragraph: span.paragraph,
            })
        })
        .collect()
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
