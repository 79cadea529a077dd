//! The Python extension module `quotehound._core`: converts the core's results and nothing else.
//!
//! Each function reads its `str`s, runs the core with the GIL released, converts byte offsets to
//! Python string indices in one pass, and then builds Python objects:
//!
//! - [`objects`]: `sentences`, `quotes` and `analyze`, returning the dataclasses of
//!   `quotehound.types`, made by [`instances`] without calling them;
//! - [`frames`]: the columns of `quotes_frame`, `statements_frame` and `sentences_frame`, with
//!   the recurring words of a chunk of texts shared ([`words`]);
//! - [`deferred`]: the fields of those dataclasses that are filled when first read.
//!
//! Beneath them: reading Python strings ([`strings`]), the converted offsets of the results'
//! spans ([`spans`]), the category values and codes ([`names`]), and arrays handed over as
//! bytes ([`buffers`]).

mod buffers;
mod deferred;
mod frames;
mod instances;
mod names;
mod objects;
mod spans;
mod strings;
mod words;

use pyo3::prelude::*;

/// _guards_fired() -> int: how many times a stage of the core panicked in this process and had
/// its results given up ([`crate::guards_fired`]); for tests, which assert it stays put.
#[pyfunction]
fn _guards_fired() -> usize {
    crate::guards_fired()
}

// The module relies on the GIL: results are filled and the collector paused with no other
// Python thread running.
#[pymodule(gil_used = true)]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    objects::register(m)?;
    frames::register(m)?;
    names::register(m)?;
    deferred::register(m)?;
    m.setattr("_guards_fired", wrap_pyfunction!(_guards_fired, m)?)?; // for tests: out of `__all__`
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
