//! # quotehound
//!
//! Who said what, fast: sentence segmentation of English prose (above all news), with exact
//! byte offsets.
//!
//! ```
//! let text = "Russia recalled its envoy. Sen. Warren spoke in the U.S. Capitol.";
//! let doc = quotehound::analyze(text);
//! let sentences: Vec<&str> = doc.sentences.iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(sentences, ["Russia recalled its envoy.", "Sen. Warren spoke in the U.S. Capitol."]);
//! ```
#![deny(missing_docs)]

pub mod lexicon;
pub mod offsets;
pub mod paragraphs;
pub mod sentences;
pub mod text;

#[cfg(feature = "python")]
mod python;

use serde::Serialize;

pub use paragraphs::Paragraph;
pub use sentences::Sentence;

/// Everything quotehound finds in one text. All offsets are UTF-8 byte offsets into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    /// Paragraphs, in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences, in text order, each inside one paragraph.
    pub sentences: Vec<Sentence>,
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
    Document { paragraphs, sentences }
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
