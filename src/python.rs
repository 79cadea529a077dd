//! The Python extension module `quotehound._core`: converts and nothing else.
//!
//! Each function takes a `str`, runs the core with the GIL released, converts byte offsets to
//! Python string indices in one pass, and returns plain columns (lists of ints) that the
//! Python package turns into dataclasses or DataFrame columns.

use pyo3::prelude::*;

use crate::offsets::bytes_to_chars;

/// Sentence columns: starts, ends and paragraph indices, as Python string indices.
type SentenceColumns = (Vec<usize>, Vec<usize>, Vec<usize>);

/// Quotation columns: starts, ends, kinds, sentence and paragraph indices.
type QuoteColumns = (Vec<usize>, Vec<usize>, Vec<&'static str>, Vec<usize>, Vec<usize>);

/// Converts spans that follow each other in text order (each start after the previous end)
/// to Python string indices, in one pass; returns (starts, ends).
fn char_spans(text: &str, spans: impl Iterator<Item = (usize, usize)>) -> (Vec<usize>, Vec<usize>) {
    let mut bounds: Vec<usize> = spans.flat_map(|(start, end)| [start, end]).collect();
    bytes_to_chars(text, &mut bounds);
    (bounds.iter().step_by(2).copied().collect(), bounds.iter().skip(1).step_by(2).copied().collect())
}

fn sentence_columns(text: &str, sentences: &[crate::Sentence]) -> SentenceColumns {
    let (starts, ends) = char_spans(text, sentences.iter().map(|s| (s.start, s.end)));
    (starts, ends, sentences.iter().map(|s| s.paragraph).collect())
}

fn quote_columns(text: &str, quotes: &[crate::Quote]) -> QuoteColumns {
    let (starts, ends) = char_spans(text, quotes.iter().map(|q| (q.start, q.end)));
    (
        starts,
        ends,
        quotes.iter().map(|q| q.kind.as_str()).collect(),
        quotes.iter().map(|q| q.sentence).collect(),
        quotes.iter().map(|q| q.paragraph).collect(),
    )
}

/// sentences(text) -> (starts, ends, paragraphs)
#[pyfunction]
fn sentences(py: Python<'_>, text: &str) -> SentenceColumns {
    py.detach(|| sentence_columns(text, &crate::sentences(text)))
}

/// paragraphs(text) -> (starts, ends)
#[pyfunction]
fn paragraphs(py: Python<'_>, text: &str) -> (Vec<usize>, Vec<usize>) {
    py.detach(|| {
        let found = crate::paragraphs::split(text);
        let mut bounds: Vec<usize> = found.iter().flat_map(|p| [p.start, p.end]).collect();
        bytes_to_chars(text, &mut bounds);
        (bounds.iter().step_by(2).copied().collect(), bounds.iter().skip(1).step_by(2).copied().collect())
    })
}

/// quotes(text) -> (starts, ends, kinds, sentences, paragraphs)
#[pyfunction]
fn quotes(py: Python<'_>, text: &str) -> QuoteColumns {
    py.detach(|| quote_columns(text, &crate::quotes(text)))
}

/// analyze(text) -> (sentence columns, quote columns)
#[pyfunction]
fn analyze(py: Python<'_>, text: &str) -> (SentenceColumns, QuoteColumns) {
    py.detach(|| {
        let doc = crate::analyze(text);
        (sentence_columns(text, &doc.sentences), quote_columns(text, &doc.quotes))
    })
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(paragraphs, m)?)?;
    m.add_function(wrap_pyfunction!(quotes, m)?)?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
