//! Arrays handed to Python as the native bytes of `int64` and `int8` arrays: the columns of the
//! frames, and the sentences a document keeps unbuilt until they are read.

use pyo3::prelude::*;
use pyo3::types::PyBytes;

use super::spans::sentence_spans;
use crate::offsets::CharIndex;

/// The native bytes of an `int64` array of `values`.
pub(crate) fn int64<'py>(py: Python<'py>, values: impl ExactSizeIterator<Item = i64>) -> PyResult<Bound<'py, PyBytes>> {
    PyBytes::new_with(py, values.len() * 8, |buffer| {
        for (bytes, value) in buffer.chunks_exact_mut(8).zip(values) {
            bytes.copy_from_slice(&value.to_ne_bytes());
        }
        Ok(())
    })
}

/// The values of the native bytes of an `int64` array.
pub(crate) fn int64_values(bytes: &[u8]) -> impl ExactSizeIterator<Item = i64> + '_ {
    bytes.chunks_exact(8).map(|b| i64::from_ne_bytes(b.try_into().expect("eight bytes")))
}

/// The bytes of an `int8` array.
pub(crate) fn int8<'py>(py: Python<'py>, values: &[i8]) -> Bound<'py, PyBytes> {
    let bytes: Vec<u8> = values.iter().map(|&v| v as u8).collect();
    PyBytes::new(py, &bytes)
}

/// Values per sentence in [`sentence_bytes`]: start, end, paragraph.
pub(crate) const SENTENCE_VALUES: usize = 3;

/// The sentences as the native bytes of an `int64` array: the start, end and paragraph of each
/// sentence in turn, offsets converted.
pub(crate) fn sentence_bytes<'py>(py: Python<'py>, index: &CharIndex<'_>, sentences: &[crate::Sentence]) -> PyResult<Bound<'py, PyBytes>> {
    let offsets = sentence_spans(index, sentences);
    PyBytes::new_with(py, sentences.len() * 8 * SENTENCE_VALUES, |buffer| {
        for ((row, span), s) in buffer.chunks_exact_mut(8 * SENTENCE_VALUES).zip(offsets.chunks_exact(2)).zip(sentences) {
            for (bytes, value) in row.chunks_exact_mut(8).zip([span[0], span[1], s.paragraph]) {
                bytes.copy_from_slice(&(value as i64).to_ne_bytes());
            }
        }
        Ok(())
    })
}
