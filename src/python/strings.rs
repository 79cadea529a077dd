//! Python strings read as UTF-8 for the core, and cut again for results: the one place where the
//! binding reads a `str`'s code units.

use pyo3::exceptions::PyTypeError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use crate::code_units::utf8_into;
use crate::offsets::{CharIndex, WideChars};

/// The code units of a Python string, found with the GIL held and turned into UTF-8 later, with
/// or without it, leaving no copy behind on the string. It borrows the caller's reference to the
/// string for `'s`, so the string outlives it.
#[derive(Clone, Copy)]
pub(crate) struct Units<'s> {
    data: *const std::ffi::c_void,
    length: usize,
    kind: std::os::raw::c_uint,
    ascii: bool,
    string: std::marker::PhantomData<&'s PyString>,
}

// SAFETY: `Units` only reads the units of a `str` that the borrowed reference keeps alive for
// `'s`. A ready `str` never changes: CPython resizes one in place (`s += t`) only when a single
// reference to it exists, and the borrowed one is not it, or no other thread could reach the
// string. So its units can be read from any thread, with or without the GIL.
unsafe impl Send for Units<'_> {}
// SAFETY: as for `Send`: reading is all that can be done through a shared `Units`.
unsafe impl Sync for Units<'_> {}

impl<'s> Units<'s> {
    pub(crate) fn of(text: &'s Bound<'_, PyString>) -> PyResult<Self> {
        let op = text.as_ptr();
        // SAFETY: `op` is a live `str` (the GIL is held, as `text` shows); once ready, its kind,
        // length and data stay fixed.
        unsafe {
            if ffi::PyUnicode_READY(op) < 0 {
                return Err(PyErr::fetch(text.py()));
            }
            Ok(Units {
                data: ffi::PyUnicode_DATA(op),
                length: ffi::PyUnicode_GET_LENGTH(op) as usize,
                kind: ffi::PyUnicode_KIND(op),
                ascii: ffi::PyUnicode_IS_ASCII(op) != 0,
                string: std::marker::PhantomData,
            })
        }
    }

    /// The string as UTF-8 and its index back to the string's own offsets: ASCII in place,
    /// anything else written into `buffer`, each lone surrogate as U+FFFD, three bytes for three,
    /// so that every offset stays that of the original.
    pub(crate) fn utf8<'b>(&self, buffer: &'b mut String) -> (&'b str, CharIndex<'b>)
    where
        's: 'b,
    {
        // SAFETY: `data` holds `length` units of `kind`, alive for `'s` (see `Units::of`). An
        // ASCII string's units are its bytes, each below 0x80, so they are UTF-8 as they stand.
        unsafe {
            if self.ascii {
                let text = std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.data.cast::<u8>(), self.length));
                return (text, CharIndex::from_wide(text, WideChars::new(0)));
            }
            let wide = match self.kind {
                ffi::PyUnicode_1BYTE_KIND => utf8_into(std::slice::from_raw_parts(self.data.cast::<u8>(), self.length), buffer),
                ffi::PyUnicode_2BYTE_KIND => utf8_into(std::slice::from_raw_parts(self.data.cast::<u16>(), self.length), buffer),
                _ => utf8_into(std::slice::from_raw_parts(self.data.cast::<u32>(), self.length), buffer),
            };
            (buffer, CharIndex::from_wide(buffer, wide))
        }
    }
}

/// Runs `core` on the UTF-8 of `text` with the GIL released, then `offsets` on that UTF-8's
/// character index and the core's result. The UTF-8 copy's room is kept for the thread's next
/// call ([`UTF8_BUFFER`]).
pub(crate) fn run_core<T: Send, O>(
    text: &Bound<'_, PyString>,
    core: impl FnOnce(&str) -> T + Send,
    offsets: impl FnOnce(&CharIndex<'_>, &T) -> O,
) -> PyResult<(T, O)> {
    let units = Units::of(text)?;
    let mut buffer = UTF8_BUFFER.take();
    let (index, found) = text.py().detach(|| {
        let (utf8, index) = units.utf8(&mut buffer);
        (index, core(utf8))
    });
    let converted = offsets(&index, &found);
    drop(index);
    if buffer.capacity() <= KEPT_BUFFER_BYTES {
        UTF8_BUFFER.set(buffer);
    }
    Ok((found, converted))
}

thread_local! {
    /// The room of the last UTF-8 copy made on this thread, which the next one reuses: a text
    /// a call would otherwise allocate and free again, and fault its pages in afresh.
    static UTF8_BUFFER: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
}

/// The largest UTF-8 copy kept for the next call: a text of a few hundred pages. A longer one's
/// room goes back to the allocator, so that one huge text does not hold its size for good.
const KEPT_BUFFER_BYTES: usize = 1 << 20;

/// `text[start:end]` of the caller's string.
pub(crate) fn substring<'py>(text: &Bound<'py, PyString>, start: usize, end: usize) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: `text` is a live `str` and the GIL is held; CPython checks the bounds and returns
    // a new reference, or NULL with an exception set, which `from_owned_ptr_or_err` takes.
    unsafe {
        Bound::from_owned_ptr_or_err(text.py(), ffi::PyUnicode_Substring(text.as_ptr(), start as ffi::Py_ssize_t, end as ffi::Py_ssize_t))
    }
}

/// The items of `texts`, each checked to be a `str`.
pub(crate) fn strings<'py>(texts: &Bound<'py, PyList>) -> PyResult<Vec<Bound<'py, PyString>>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, item)| match item.cast::<PyString>() {
            Ok(text) => Ok(text.clone()),
            Err(_) => Err(PyTypeError::new_err(format!("texts[{i}] must be str, not {}", item.get_type().name()?))),
        })
        .collect()
}
