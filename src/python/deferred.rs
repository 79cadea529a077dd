//! Fields of the result types that are filled on first read, without a Python-level hook.
//!
//! A sentence built by the extension module holds `_spans` = (document text, sentence buffer)
//! instead of its `start`, `end` and `text`; a document holds `_sentences` = the sentence buffer
//! instead of its `sentences`: the `int64` bytes of each sentence's start, end and paragraph in
//! turn. [`DeferredField`] replaces those fields' slot descriptors on the classes: a set slot is
//! read as before, an empty one is filled from its source, which is then let go. A `__getattr__`
//! hook did the same at a cost of a raised and caught `AttributeError` per object, about 1.5 µs,
//! which made reading every sentence's text four times slower than building the sentences.

use pyo3::exceptions::{PyAttributeError, PyTypeError, PyValueError};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString, PyTuple, PyType};

use super::buffers::{int64_values, SENTENCE_VALUES};
use super::instances::{member_offset, slot};
use super::objects::sentence_tuple;
use super::strings::substring;

/// What a deferred field is filled from.
#[derive(Clone, Copy)]
enum Source {
    /// A sentence's start, end and text, from `_spans` and the sentence's own `index`.
    SentenceSpan { index: ffi::Py_ssize_t, start: ffi::Py_ssize_t, end: ffi::Py_ssize_t, text: ffi::Py_ssize_t },
    /// A document's sentences, from `_sentences` and the document's `text`.
    DocumentSentences { text: ffi::Py_ssize_t },
}

/// The descriptor of one deferred field of a slotted class.
#[pyclass(module = "quotehound._core", frozen)]
pub(crate) struct DeferredField {
    cls: Py<PyType>,
    name: Py<PyString>,
    /// Byte offset of the field's own slot in an instance.
    pub(crate) slot: ffi::Py_ssize_t,
    /// Byte offset of the slot holding what the field is filled from.
    source_slot: ffi::Py_ssize_t,
    source: Source,
}

/// Puts `value` in an empty slot; a slot another thread filled first keeps its value.
///
/// # Safety
/// As for [`slot`]; the GIL is held.
unsafe fn fill_empty(object: *mut ffi::PyObject, offset: ffi::Py_ssize_t, value: Bound<'_, PyAny>) {
    // SAFETY: the caller vouches for `offset` (see `slot`).
    let place = unsafe { slot(object, offset) };
    // SAFETY: `place` is an object slot of a live instance, read with the GIL held.
    if unsafe { (*place).is_null() } {
        // SAFETY: as above; the empty slot takes the new reference without releasing another.
        unsafe { *place = value.into_ptr() };
    }
}

/// Puts `value` (a new reference, or NULL) in a slot, letting go of what it held.
///
/// # Safety
/// As for [`slot`]; the GIL is held.
unsafe fn replace(object: *mut ffi::PyObject, offset: ffi::Py_ssize_t, value: *mut ffi::PyObject) {
    // SAFETY: the caller vouches for `offset` (see `slot`); the GIL is held, so no one else
    // touches the slot meanwhile.
    let old = std::mem::replace(unsafe { &mut *slot(object, offset) }, value);
    // SAFETY: `old` was the slot's reference (or NULL), which the slot no longer holds.
    unsafe { ffi::Py_XDECREF(old) };
}

impl DeferredField {
    /// Fails unless `instance` is of the class this field belongs to, whose slots it reads.
    fn check<'py>(&self, instance: &Bound<'py, PyAny>) -> PyResult<()> {
        if instance.is_instance(self.cls.bind(instance.py()))? {
            Ok(())
        } else {
            let expected = self.cls.bind(instance.py()).name()?;
            Err(PyTypeError::new_err(format!(
                "descriptor {} of '{expected}' does not apply to a '{}' object",
                self.name,
                instance.get_type().name()?
            )))
        }
    }

    /// Fills this field and its siblings from their source, if the source is still there.
    fn fill(&self, instance: &Bound<'_, PyAny>) -> PyResult<()> {
        let py = instance.py();
        let object = instance.as_ptr();
        // SAFETY: `check` made sure `object` has this class's slots.
        let source = unsafe { *slot(object, self.source_slot) };
        if source.is_null() {
            return Ok(());
        }
        // SAFETY: the source slot holds a reference, borrowed while the instance holds it.
        let source = unsafe { Bound::from_borrowed_ptr(py, source) };
        match self.source {
            Source::SentenceSpan { index, start, end, text } => {
                let source = source.cast_into::<PyTuple>()?;
                let (document, buffer) = (source.get_item(0)?.cast_into::<PyString>()?, source.get_item(1)?.cast_into::<PyBytes>()?);
                // SAFETY: a built sentence's `index` slot is set.
                let position: usize = unsafe { Bound::from_borrowed_ptr_or_err(py, *slot(object, index)) }?.extract()?;
                let row = position.saturating_mul(8 * SENTENCE_VALUES);
                let span = buffer
                    .as_bytes()
                    .get(row..row.saturating_add(16))
                    .ok_or_else(|| PyValueError::new_err("sentence offsets out of range"))?;
                let mut values = int64_values(span);
                let (first, last) = (values.next().unwrap_or(0), values.next().unwrap_or(0));
                let words = substring(&document, first as usize, last as usize)?;
                // SAFETY: these are this class's object slots.
                unsafe {
                    fill_empty(object, start, first.into_pyobject(py)?.into_any());
                    fill_empty(object, end, last.into_pyobject(py)?.into_any());
                    fill_empty(object, text, words);
                }
            }
            Source::DocumentSentences { text } => {
                // SAFETY: a built document's `text` slot is set.
                let document = unsafe { Bound::from_borrowed_ptr_or_err(py, *slot(object, text)) }?.cast_into::<PyString>()?;
                let sentences = sentence_tuple(&document, source.cast_into::<PyBytes>()?)?;
                // SAFETY: this class's object slot.
                unsafe { fill_empty(object, self.slot, sentences.into_any()) };
            }
        }
        // SAFETY: this class's object slot; every field it fills is set now.
        unsafe { replace(object, self.source_slot, std::ptr::null_mut()) };
        Ok(())
    }
}

#[pymethods]
impl DeferredField {
    fn __get__(slf: Bound<'_, Self>, instance: Option<Bound<'_, PyAny>>, _owner: Option<Bound<'_, PyAny>>) -> PyResult<Py<PyAny>> {
        let field = slf.get();
        let Some(instance) = instance.filter(|i| !i.is_none()) else { return Ok(slf.into_any().unbind()) };
        field.check(&instance)?;
        // SAFETY: `check` made sure `instance` has this class's slots.
        let mut value = unsafe { *slot(instance.as_ptr(), field.slot) };
        if value.is_null() {
            field.fill(&instance)?;
            // SAFETY: as above.
            value = unsafe { *slot(instance.as_ptr(), field.slot) };
        }
        if value.is_null() {
            let cls = field.cls.bind(instance.py()).name()?;
            return Err(PyAttributeError::new_err(format!("'{cls}' object has no attribute '{}'", field.name)));
        }
        // SAFETY: a set slot holds a reference; the new one is the caller's.
        Ok(unsafe { Bound::from_borrowed_ptr(instance.py(), value) }.unbind())
    }

    fn __set__(&self, instance: Bound<'_, PyAny>, value: Bound<'_, PyAny>) -> PyResult<()> {
        self.check(&instance)?;
        // SAFETY: `check` made sure `instance` has this class's slots.
        unsafe { replace(instance.as_ptr(), self.slot, value.into_ptr()) };
        Ok(())
    }

    fn __delete__(&self, instance: Bound<'_, PyAny>) -> PyResult<()> {
        self.check(&instance)?;
        // A field not read yet still has a value to delete.
        self.fill(&instance)?;
        // SAFETY: as in `__set__`.
        if unsafe { (*slot(instance.as_ptr(), self.slot)).is_null() } {
            return Err(PyAttributeError::new_err(self.name.clone_ref(instance.py())));
        }
        // SAFETY: as in `__set__`.
        unsafe { replace(instance.as_ptr(), self.slot, std::ptr::null_mut()) };
        Ok(())
    }
}

/// _defer(cls, source) -> None
///
/// Makes the fields that `source` stands in for deferred on the slotted dataclass `cls`:
/// `"_spans"` for a sentence's start, end and text, `"_sentences"` for a document's sentences.
#[pyfunction]
fn _defer(cls: &Bound<'_, PyType>, source: &str) -> PyResult<()> {
    let py = cls.py();
    let offset = |name: &str| -> PyResult<ffi::Py_ssize_t> {
        let descriptor = cls.getattr(name)?;
        member_offset(&descriptor).ok_or_else(|| {
            PyTypeError::new_err(format!("{name} is not an object slot of {}", cls.name().map(|n| n.to_string()).unwrap_or_default()))
        })
    };
    let source_slot = offset(source)?;
    let (fields, kind): (&[&str], Source) = match source {
        "_spans" => (
            &["start", "end", "text"],
            Source::SentenceSpan { index: offset("index")?, start: offset("start")?, end: offset("end")?, text: offset("text")? },
        ),
        "_sentences" => (&["sentences"], Source::DocumentSentences { text: offset("text")? }),
        _ => return Err(PyValueError::new_err(format!("no deferred fields are filled from {source:?}"))),
    };
    let mut made = Vec::new();
    for &name in fields {
        let field = DeferredField {
            cls: cls.clone().unbind(),
            name: PyString::intern(py, name).unbind(),
            slot: offset(name)?,
            source_slot,
            source: kind,
        };
        made.push((name, Py::new(py, field)?));
    }
    for (name, field) in made {
        cls.setattr(name, field)?;
    }
    Ok(())
}

/// Adds `_defer` to the module `_core`, out of its `__all__`: it is the package's, not its users'.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.setattr("_defer", wrap_pyfunction!(_defer, m)?)
}
