//! The Python extension module `quotehound._core`: converts and nothing else.
//!
//! Each function takes a `str`, runs the core with the GIL released, converts byte offsets to
//! Python string indices in one pass, and returns plain columns (lists of ints) that the
//! Python package turns into dataclasses or DataFrame columns.

use pyo3::prelude::*;

use crate::offsets::bytes_to_chars;

/// Sentence columns: starts, ends and paragraph indices, as Python string indices.
type SentenceColumns = (Vec<usize>, Vec<usize>, Vec<usize>);

fn sentence_columns(text: &str, sentences: &[crate::Sentence]) -> SentenceColumns {
    // Starts and ends interleave in text order, so one sorted pass converts both.
    let mut bounds: Vec<usize> = sentences.iter().flat_map(|s| [s.start, s.end]).collect();
    bytes_to_chars(text, &mut bounds);
    let starts = bounds.iter().step_by(2).copied().collect();
    let ends = bounds.iter().skip(1).step_by(2).copied().collect();
    let paragraphs = sentences.iter().map(|s| s.paragraph).collect();
    (starts, ends, paragraphs)
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

/// analyze(text) -> sentence columns
#[pyfunction]
fn analyze(py: Python<'_>, text: &str) -> SentenceColumns {
    py.detach(|| {
        let doc = crate::analyze(text);
        sentence_columns(text, &doc.sentences)
    })
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(paragraphs, m)?)?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
