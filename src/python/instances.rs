//! Instances of the slotted dataclasses of `quotehound.types`, made without calling them: each
//! allocated by its type and filled slot by slot, which costs a fraction of calling `__init__`,
//! and kept out of the cyclic garbage collector, which results, frozen and acyclic, never need.

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple, PyType};

use super::deferred::DeferredField;

/// A slotted dataclass and where the `N` fields that the binding sets live in an instance.
pub(crate) struct Layout<const N: usize> {
    cls: Py<PyType>,
    /// The fields, in the order their values are given to [`instance`], with their byte offsets
    /// in an instance; `None` where a field is not a plain object slot.
    fields: [(Py<PyString>, Option<ffi::Py_ssize_t>); N],
}

/// CPython's member descriptor (`PyMemberDescrObject`), the same in every 3.x release.
#[repr(C)]
struct MemberDescriptor {
    common: ffi::PyDescrObject,
    member: *const ffi::PyMemberDef,
}

/// `Py_T_OBJECT_EX`: a slot holding an object reference, NULL until set.
const OBJECT_SLOT: std::os::raw::c_int = 16;

impl<const N: usize> Layout<N> {
    /// The layout of the class `name` of `module` for the fields `names`, in that order.
    pub(crate) fn of(module: &Bound<'_, PyModule>, name: &str, names: [&str; N]) -> PyResult<Self> {
        let cls = module.getattr(name)?.cast_into::<PyType>()?;
        let py = cls.py();
        let fields = names.map(|field| {
            let offset = cls.getattr(field).ok().and_then(|descriptor| member_offset(&descriptor));
            (PyString::intern(py, field).unbind(), offset)
        });
        Ok(Layout { cls: cls.unbind(), fields })
    }
}

/// The byte offset of an object slot in an instance, from the class attribute that serves it: a
/// slot's member descriptor, or the [`DeferredField`] that replaced it; `None` for anything else.
pub(crate) fn member_offset(descriptor: &Bound<'_, PyAny>) -> Option<ffi::Py_ssize_t> {
    if let Ok(field) = descriptor.cast::<DeferredField>() {
        return Some(field.get().slot);
    }
    if descriptor.get_type().name().ok()?.to_str().ok()? != "member_descriptor" {
        return None;
    }
    // SAFETY: a `member_descriptor` object is a PyMemberDescrObject, whose `d_member` points at
    // the static PyMemberDef of the slot.
    let member = unsafe { &*(*descriptor.as_ptr().cast::<MemberDescriptor>()).member };
    (member.type_code == OBJECT_SLOT && member.offset > 0).then_some(member.offset)
}

/// The object slot at byte `offset` of `object`.
///
/// # Safety
/// `offset` must be an object slot of `object`'s type.
pub(crate) unsafe fn slot(object: *mut ffi::PyObject, offset: ffi::Py_ssize_t) -> *mut *mut ffi::PyObject {
    // SAFETY: the caller vouches that `offset` lies inside `object`, at a slot.
    unsafe { object.cast::<u8>().offset(offset).cast::<*mut ffi::PyObject>() }
}

/// A new instance of the slotted dataclass `layout` with its fields set to `values`, bypassing
/// `__init__` and the frozen `__setattr__`: each value goes straight into its slot, as
/// `object.__setattr__` would put it (through `PyObject_GenericSetAttr` for any field that is
/// not a plain slot).
///
/// The instance is left out of the cyclic garbage collector's lists, as CPython leaves tuples
/// that hold no container: a result holds strings, numbers, tuples and other results, frozen,
/// so it can be part of no reference cycle, and a corpus of them kept in memory would otherwise
/// make every full collection walk millions of objects.
pub(crate) fn instance<'py, const N: usize>(
    py: Python<'py>,
    layout: &Layout<N>,
    values: [Bound<'py, PyAny>; N],
) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: the GIL is held (`py`) and `layout.cls` is a type object: `PyType_GenericAlloc`
    // returns a new reference, or NULL with an exception set, which `from_owned_ptr_or_err`
    // takes; `PyObject_GenericSetAttr` is `object.__setattr__` on the live instance. The slot
    // writes are explained where they are made.
    unsafe {
        let object = Bound::from_owned_ptr_or_err(py, ffi::PyType_GenericAlloc(layout.cls.as_ptr().cast::<ffi::PyTypeObject>(), 0))?;
        for ((name, offset), value) in layout.fields.iter().zip(values) {
            match offset {
                Some(offset) => {
                    // SAFETY: `offset` is this type's slot for `name`; a fresh instance holds
                    // NULL there, so the slot takes the reference without releasing another.
                    *slot(object.as_ptr(), *offset) = value.into_ptr();
                }
                None => {
                    if ffi::PyObject_GenericSetAttr(object.as_ptr(), name.as_ptr(), value.as_ptr()) < 0 {
                        return Err(PyErr::fetch(py));
                    }
                }
            }
        }
        Ok(untracked(object))
    }
}

/// `object`, a container the binding built that can hold no cycle, taken out of the cyclic
/// garbage collector's lists (see [`instance`]).
pub(crate) fn untracked<T>(object: Bound<'_, T>) -> Bound<'_, T> {
    // SAFETY: `object` is alive; untracking a tracked object is always allowed.
    unsafe {
        if ffi::PyObject_GC_IsTracked(object.as_ptr()) != 0 {
            ffi::PyObject_GC_UnTrack(object.as_ptr().cast());
        }
    }
    object
}

/// A tuple of `items`, which the binding built or which hold no container, out of the cyclic
/// garbage collector's lists (see [`instance`]).
pub(crate) fn tuple<'py, T: IntoPyObject<'py>>(
    py: Python<'py>,
    items: impl IntoIterator<Item = T, IntoIter: ExactSizeIterator>,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(untracked(PyTuple::new(py, items)?.into_any()))
}

/// Keeps Python's cyclic garbage collector from running while it lives, and then lets it run
/// again if it was enabled before.
///
/// Results are built of strings, numbers, tuples and results: they can hold no reference cycle,
/// yet each container made counts towards a collection, and every full collection walks all
/// the results made so far. On a text of a million quotations that was most of the time. No
/// Python code runs while results are built, so no other thread sees the collector paused.
pub(crate) struct CollectorPaused {
    was_enabled: bool,
}

impl CollectorPaused {
    /// Pauses the collector. Whatever Python code is to run first (fetching the result types,
    /// the first time) must run before: it must not see the collector paused.
    pub(crate) fn new(_py: Python<'_>) -> Self {
        // SAFETY: the GIL is held, as the token shows.
        CollectorPaused { was_enabled: unsafe { ffi::PyGC_Disable() } != 0 }
    }
}

impl Drop for CollectorPaused {
    fn drop(&mut self) {
        if self.was_enabled {
            // SAFETY: dropped in the scope that made it, where the GIL is still held.
            unsafe { ffi::PyGC_Enable() };
        }
    }
}
