//! The Python extension module `quotehound._core`: converts and nothing else.
//!
//! Each function reads a `str`, runs the core with the GIL released, converts byte offsets
//! to Python string indices in one pass, and builds the frozen dataclasses of
//! `quotehound.types` directly: allocated by their type and filled slot by slot, which costs
//! a fraction of calling their `__init__`. Spans' texts are cut from the caller's own string,
//! so they hold exactly what `text[start:end]` holds, lone surrogates included.

use pyo3::exceptions::PyUnicodeEncodeError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple, PyType};
use pyo3::{intern, IntoPyObjectExt};

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::lexicon::Fnv;
use crate::offsets::CharIndex;

/// The UTF-8 of a Python string, read without leaving a copy behind on the string.
pub(crate) enum Utf8<'py> {
    /// ASCII strings are read in place.
    InPlace(&'py str),
    /// Other strings through a temporary UTF-8 encoding, freed with this value.
    Encoded(Bound<'py, PyBytes>),
    /// Strings with lone surrogates, each replaced by U+FFFD (three bytes for three, so
    /// every offset stays that of the original).
    Repaired(String),
}

impl<'py> Utf8<'py> {
    pub(crate) fn read(text: &'py Bound<'py, PyString>) -> PyResult<Self> {
        let py = text.py();
        if unsafe { ffi::PyUnicode_IS_ASCII(text.as_ptr()) } != 0 {
            return Ok(Utf8::InPlace(text.to_str()?));
        }
        let encoded = unsafe { ffi::PyUnicode_AsEncodedString(text.as_ptr(), c"utf-8".as_ptr(), c"strict".as_ptr()) };
        match unsafe { Bound::from_owned_ptr_or_err(py, encoded) } {
            Ok(bytes) => Ok(Utf8::Encoded(bytes.cast_into::<PyBytes>()?)),
            Err(err) if err.is_instance_of::<PyUnicodeEncodeError>(py) => {
                let passed = unsafe { ffi::PyUnicode_AsEncodedString(text.as_ptr(), c"utf-8".as_ptr(), c"surrogatepass".as_ptr()) };
                let passed = unsafe { Bound::from_owned_ptr_or_err(py, passed) }?.cast_into::<PyBytes>()?;
                Ok(Utf8::Repaired(repair_surrogates(passed.as_bytes())))
            }
            Err(err) => Err(err),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        match self {
            Utf8::InPlace(text) => text,
            // SAFETY: Python's UTF-8 codec made these bytes in strict mode, so they are valid
            // UTF-8; checking them again on every read cost as much as a stage of the core.
            Utf8::Encoded(bytes) => unsafe { std::str::from_utf8_unchecked(bytes.as_bytes()) },
            Utf8::Repaired(text) => text,
        }
    }
}

/// Replaces each surrogate (`ED A0..BF xx` under `surrogatepass`) by U+FFFD (`EF BF BD`).
fn repair_surrogates(bytes: &[u8]) -> String {
    let mut out = bytes.to_vec();
    let mut i = 0;
    while i + 2 < out.len() {
        if out[i] == 0xED && (0xA0..=0xBF).contains(&out[i + 1]) {
            out[i..i + 3].copy_from_slice("\u{FFFD}".as_bytes());
            i += 3;
        } else {
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A slotted dataclass and where each of its fields lives in an instance.
pub(crate) struct Layout {
    cls: Py<PyType>,
    /// Field names and their byte offsets in an instance, as the type's member descriptors
    /// give them; `None` where a field is not a plain object slot.
    slots: Vec<(Py<PyString>, Option<ffi::Py_ssize_t>)>,
}

/// CPython's member descriptor (`PyMemberDescrObject`), the same in every 3.x release.
#[repr(C)]
struct MemberDescriptor {
    common: ffi::PyDescrObject,
    member: *const ffi::PyMemberDef,
}

/// The slot where sentences keep `(document text, offsets)` for the fields they fill on first
/// use (`quotehound.types._Deferred`).
const DEFERRED_SPANS: &str = "_spans";

/// `Py_T_OBJECT_EX`: a slot holding an object reference, NULL until set.
const OBJECT_SLOT: std::os::raw::c_int = 16;

impl Layout {
    fn of(cls: Bound<'_, PyType>) -> PyResult<Layout> {
        let py = cls.py();
        let mut slots = Vec::new();
        let mut names: Vec<Bound<'_, PyString>> = Vec::new();
        for name in cls.getattr("__slots__")?.try_iter()? {
            names.push(name?.cast_into::<PyString>()?);
        }
        if cls.hasattr(DEFERRED_SPANS)? {
            names.push(PyString::new(py, DEFERRED_SPANS)); // the slot of the `_Deferred` base
        }
        for name in names {
            let descriptor = cls.getattr(&name)?;
            let offset = if descriptor.get_type().name()?.to_str()? == "member_descriptor" {
                // SAFETY: a `member_descriptor` object is a PyMemberDescrObject, whose
                // `d_member` points at the static PyMemberDef of the slot.
                let member = unsafe { &*(*descriptor.as_ptr().cast::<MemberDescriptor>()).member };
                (member.type_code == OBJECT_SLOT && member.offset > 0).then_some(member.offset)
            } else {
                None
            };
            slots.push((PyString::intern(py, name.to_str()?).unbind(), offset));
        }
        Ok(Layout { cls: cls.unbind(), slots })
    }

    fn offset(&self, name: &Bound<'_, PyString>) -> Option<ffi::Py_ssize_t> {
        self.slots.iter().find(|(slot, _)| slot.as_ptr() == name.as_ptr()).and_then(|&(_, offset)| offset)
    }
}

/// The dataclasses of `quotehound.types`, fetched once.
pub(crate) struct Types {
    sentence: Layout,
    quote: Layout,
    mention: Layout,
    speaker: Layout,
    document: Layout,
}

static TYPES: PyOnceLock<Types> = PyOnceLock::new();

fn types(py: Python<'_>) -> PyResult<&Types> {
    TYPES.get_or_try_init(py, || {
        let module = py.import("quotehound.types")?;
        let get = |name: &str| -> PyResult<Layout> { Layout::of(module.getattr(name)?.cast_into::<PyType>()?) };
        Ok(Types {
            sentence: get("Sentence")?,
            quote: get("Quote")?,
            mention: get("Mention")?,
            speaker: get("Speaker")?,
            document: get("Document")?,
        })
    })
}

/// A new instance of the slotted dataclass `layout` with its fields set, bypassing
/// `__init__` and the frozen `__setattr__`: each value goes straight into its slot, as
/// `object.__setattr__` would put it (through `PyObject_GenericSetAttr` for any field that is
/// not a plain slot).
fn instance<'py>(py: Python<'py>, layout: &Layout, fields: &[(&Bound<'py, PyString>, Bound<'py, PyAny>)]) -> PyResult<Bound<'py, PyAny>> {
    unsafe {
        let object = Bound::from_owned_ptr_or_err(py, ffi::PyType_GenericAlloc(layout.cls.as_ptr().cast::<ffi::PyTypeObject>(), 0))?;
        for (name, value) in fields {
            match layout.offset(name) {
                Some(offset) => {
                    // SAFETY: `offset` is this type's slot for `name`; a fresh instance holds
                    // NULL there, so the slot takes the reference without releasing another.
                    let slot = object.as_ptr().cast::<u8>().offset(offset).cast::<*mut ffi::PyObject>();
                    *slot = value.clone().into_ptr();
                }
                None => {
                    if ffi::PyObject_GenericSetAttr(object.as_ptr(), name.as_ptr(), value.as_ptr()) < 0 {
                        return Err(PyErr::fetch(py));
                    }
                }
            }
        }
        Ok(object)
    }
}

/// Keeps Python's cyclic garbage collector from running while it lives, and then lets it run
/// again if it was enabled before.
///
/// Results are built of strings, numbers, tuples and results: they can hold no reference cycle,
/// yet each container made counts towards a collection, and every full collection walks all
/// the results made so far. On a text of a million quotations that was most of the time. No
/// Python code runs while results are built, so no other thread sees the collector paused.
struct CollectorPaused {
    was_enabled: bool,
}

impl CollectorPaused {
    /// Pauses the collector once the result types are fetched: the first time, fetching them
    /// runs Python code, which must not see the collector paused.
    fn new(py: Python<'_>) -> PyResult<Self> {
        types(py)?;
        // SAFETY: the GIL is held, as the token shows.
        Ok(CollectorPaused { was_enabled: unsafe { ffi::PyGC_Disable() } != 0 })
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

/// `text[start:end]` of the caller's string.
pub(crate) fn substring<'py>(text: &Bound<'py, PyString>, start: usize, end: usize) -> PyResult<Bound<'py, PyAny>> {
    unsafe {
        Bound::from_owned_ptr_or_err(text.py(), ffi::PyUnicode_Substring(text.as_ptr(), start as ffi::Py_ssize_t, end as ffi::Py_ssize_t))
    }
}

fn int<'py>(py: Python<'py>, value: usize) -> PyResult<Bound<'py, PyAny>> {
    value.into_bound_py_any(py)
}

fn optional_int<'py>(py: Python<'py>, value: Option<usize>) -> PyResult<Bound<'py, PyAny>> {
    value.into_bound_py_any(py)
}

/// Python objects built for one document's spans.
type Objects<'py> = Vec<Bound<'py, PyAny>>;

/// Byte offsets gathered for conversion, then read back in the same order.
struct Offsets {
    values: Vec<usize>,
    next: usize,
}

impl Offsets {
    fn new(capacity: usize) -> Self {
        Offsets { values: Vec::with_capacity(capacity), next: 0 }
    }

    fn push(&mut self, span: (usize, usize)) {
        self.values.extend([span.0, span.1]);
    }

    fn convert(&mut self, index: &CharIndex<'_>) {
        index.convert(&mut self.values);
    }

    /// The converted offsets as the native bytes of an `int64` array, for `_Deferred` objects.
    fn as_int64<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        int64(py, self.values.iter().map(|&v| v as i64))
    }

    fn take(&mut self) -> (usize, usize) {
        let span = (self.values[self.next], self.values[self.next + 1]);
        self.next += 2;
        span
    }
}

/// The native bytes of an `int64` array of `values`.
pub(crate) fn int64<'py>(py: Python<'py>, values: impl ExactSizeIterator<Item = i64>) -> PyResult<Bound<'py, PyBytes>> {
    PyBytes::new_with(py, values.len() * 8, |buffer| {
        for (bytes, value) in buffer.chunks_exact_mut(8).zip(values) {
            bytes.copy_from_slice(&value.to_ne_bytes());
        }
        Ok(())
    })
}

fn sentence_offsets(index: &CharIndex<'_>, sentences: &[crate::Sentence]) -> Offsets {
    let mut offsets = Offsets::new(sentences.len() * 2);
    sentences.iter().for_each(|s| offsets.push((s.start, s.end)));
    offsets.convert(index);
    offsets
}

/// The sentences, each with its index and paragraph; start, end and text are filled on first use
/// from the document text and the offsets they share.
fn sentence_objects<'py>(text: &Bound<'py, PyString>, offsets: Offsets, sentences: &[crate::Sentence]) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let py = text.py();
    let cls = &types(py)?.sentence;
    let spans = PyTuple::new(py, [text.clone().into_any(), offsets.as_int64(py)?.into_any()])?.into_any();
    sentences
        .iter()
        .enumerate()
        .map(|(index, s)| {
            instance(
                py,
                cls,
                &[
                    (intern!(py, "index"), int(py, index)?),
                    (intern!(py, "paragraph"), int(py, s.paragraph)?),
                    (intern!(py, DEFERRED_SPANS), spans.clone()),
                ],
            )
        })
        .collect()
}

fn kind_name<'py>(py: Python<'py>, kind: crate::Kind) -> &'py Bound<'py, PyString> {
    match kind {
        crate::Kind::Direct => intern!(py, "direct"),
        crate::Kind::Partial => intern!(py, "partial"),
        crate::Kind::Title => intern!(py, "title"),
        crate::Kind::Term => intern!(py, "term"),
        crate::Kind::Headline => intern!(py, "headline"),
    }
}

fn rule_name<'py>(py: Python<'py>, rule: Option<crate::Rule>) -> PyResult<Bound<'py, PyAny>> {
    use crate::Rule::*;
    let Some(rule) = rule else { return Ok(py.None().into_bound(py)) };
    let name = match rule {
        QuoteSpeakerCue => intern!(py, "quote_speaker_cue"),
        QuoteCueSpeaker => intern!(py, "quote_cue_speaker"),
        SpeakerCueQuote => intern!(py, "speaker_cue_quote"),
        AccordingTo => intern!(py, "according_to"),
        QuoteDashSpeaker => intern!(py, "quote_dash_speaker"),
        ColonIntro => intern!(py, "colon_intro"),
        TranscriptLabel => intern!(py, "transcript_label"),
        Continuation => intern!(py, "continuation"),
        SentenceSubject => intern!(py, "sentence_subject"),
        PreviousSentence => intern!(py, "previous_sentence"),
        SignatureLine => intern!(py, "signature_line"),
    };
    Ok(name.clone().into_any())
}

/// The `Mention` objects of one document, one per span: a quotation's mention is the very object
/// its speaker lists.
struct Mentions<'py> {
    made: HashMap<(usize, usize), Bound<'py, PyAny>, BuildHasherDefault<Fnv>>,
}

impl<'py> Mentions<'py> {
    fn with_capacity(capacity: usize) -> Self {
        Mentions { made: HashMap::with_capacity_and_hasher(capacity, BuildHasherDefault::default()) }
    }

    fn get(&mut self, text: &Bound<'py, PyString>, span: (usize, usize)) -> PyResult<Bound<'py, PyAny>> {
        if let Some(made) = self.made.get(&span) {
            return Ok(made.clone());
        }
        let py = text.py();
        let mention = instance(
            py,
            &types(py)?.mention,
            &[
                (intern!(py, "start"), int(py, span.0)?),
                (intern!(py, "end"), int(py, span.1)?),
                (intern!(py, "text"), substring(text, span.0, span.1)?),
            ],
        )?;
        self.made.insert(span, mention.clone());
        Ok(mention)
    }
}

/// The offsets of quotations (span, mention, cue) and then of speakers' mentions.
fn quote_offsets(index: &CharIndex<'_>, doc: &crate::Document) -> Offsets {
    let mut offsets = Offsets::new(doc.quotes.len() * 6);
    for q in &doc.quotes {
        offsets.push((q.start, q.end));
        offsets.push(q.mention.unwrap_or((0, 0)));
        offsets.push(q.cue.unwrap_or((0, 0)));
    }
    for s in &doc.speakers {
        s.mentions.iter().for_each(|&m| offsets.push(m));
    }
    offsets.convert(index);
    offsets
}

/// What the quotations and the speakers of one document are built from, and share: the caller's
/// string, the offsets of [`quote_offsets`] (read in order: the quotations', then the speakers'
/// mentions'), the speakers' names and the mentions made so far.
struct Attributed<'a, 'py> {
    text: &'a Bound<'py, PyString>,
    doc: &'a crate::Document,
    offsets: Offsets,
    names: Vec<Bound<'py, PyAny>>,
    mentions: Mentions<'py>,
}

impl<'a, 'py> Attributed<'a, 'py> {
    fn new(text: &'a Bound<'py, PyString>, doc: &'a crate::Document, offsets: Offsets) -> Self {
        let py = text.py();
        let names = doc.speakers.iter().map(|s| PyString::new(py, &s.name).into_any()).collect();
        let mentions = Mentions::with_capacity(doc.speakers.iter().map(|s| s.mentions.len()).sum::<usize>() + doc.quotes.len());
        Attributed { text, doc, offsets, names, mentions }
    }
}

/// The quotations of the document, every field set: a quotation is often kept long after its
/// document, and should then hold its own words, not the whole text.
fn quote_objects<'py>(built: &mut Attributed<'_, 'py>) -> PyResult<Objects<'py>> {
    let Attributed { text, doc, offsets, names, mentions } = built;
    let py = text.py();
    let cls = &types(py)?.quote;
    let mut quotes = Vec::with_capacity(doc.quotes.len());
    for (index, q) in doc.quotes.iter().enumerate() {
        let (start, end) = offsets.take();
        let mention = offsets.take();
        let cue = offsets.take();
        let mention = match q.mention {
            Some(_) => mentions.get(text, mention)?,
            None => py.None().into_bound(py),
        };
        let (cue_text, cue_bounds) = match q.cue {
            Some(_) => (substring(text, cue.0, cue.1)?, Some(cue)),
            None => (py.None().into_bound(py), None),
        };
        quotes.push(instance(
            py,
            cls,
            &[
                (intern!(py, "index"), int(py, index)?),
                (intern!(py, "start"), int(py, start)?),
                (intern!(py, "end"), int(py, end)?),
                (intern!(py, "text"), substring(text, start, end)?),
                (intern!(py, "kind"), kind_name(py, q.kind).clone().into_any()),
                (intern!(py, "sentence"), int(py, q.sentence)?),
                (intern!(py, "paragraph"), int(py, q.paragraph)?),
                (intern!(py, "speaker"), q.speaker.map_or_else(|| py.None().into_bound(py), |id| names[id].clone())),
                (intern!(py, "speaker_id"), optional_int(py, q.speaker)?),
                (intern!(py, "mention"), mention),
                (intern!(py, "cue"), cue_text),
                (intern!(py, "cue_start"), optional_int(py, cue_bounds.map(|c| c.0))?),
                (intern!(py, "cue_end"), optional_int(py, cue_bounds.map(|c| c.1))?),
                (intern!(py, "rule"), rule_name(py, q.rule)?),
            ],
        )?);
    }
    Ok(quotes)
}

/// The speakers of the document, after its quotations.
fn speaker_objects<'py>(built: &mut Attributed<'_, 'py>) -> PyResult<Objects<'py>> {
    let Attributed { text, doc, offsets, names, mentions } = built;
    let py = text.py();
    let cls = &types(py)?.speaker;
    let mut speakers = Vec::with_capacity(doc.speakers.len());
    for (id, s) in doc.speakers.iter().enumerate() {
        let spans: Vec<Bound<'py, PyAny>> = s.mentions.iter().map(|_| mentions.get(text, offsets.take())).collect::<PyResult<_>>()?;
        let kind = match s.kind {
            crate::SpeakerKind::Person => intern!(py, "person"),
            crate::SpeakerKind::Organization => intern!(py, "organization"),
            crate::SpeakerKind::Unknown => intern!(py, "unknown"),
        };
        speakers.push(instance(
            py,
            cls,
            &[
                (intern!(py, "id"), int(py, id)?),
                (intern!(py, "name"), names[id].clone()),
                (intern!(py, "kind"), kind.clone().into_any()),
                (intern!(py, "mentions"), PyTuple::new(py, spans)?.into_any()),
                (intern!(py, "titles"), PyTuple::new(py, &s.titles)?.into_any()),
            ],
        )?);
    }
    Ok(speakers)
}

/// sentences(text) -> list[Sentence]
#[pyfunction]
fn sentences<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let utf8 = Utf8::read(text)?;
    let found = {
        let utf8 = utf8.as_str();
        py.detach(|| crate::sentences(utf8))
    };
    let offsets = sentence_offsets(&CharIndex::new(utf8.as_str()), &found);
    drop(utf8); // Free the UTF-8 copy before the objects take its room.
    let _paused = CollectorPaused::new(py)?;
    PyList::new(py, sentence_objects(text, offsets, &found)?)
}

/// quotes(text) -> list[Quote]
#[pyfunction]
fn quotes<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let utf8 = Utf8::read(text)?;
    let doc = {
        let utf8 = utf8.as_str();
        py.detach(|| crate::analyze(utf8))
    };
    let offsets = quote_offsets(&CharIndex::new(utf8.as_str()), &doc);
    drop(utf8);
    let _paused = CollectorPaused::new(py)?;
    let quotes = quote_objects(&mut Attributed::new(text, &doc, offsets))?;
    PyList::new(py, quotes)
}

/// analyze(text) -> Document
#[pyfunction]
fn analyze<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyAny>> {
    let py = text.py();
    let utf8 = Utf8::read(text)?;
    let mut doc = {
        let utf8 = utf8.as_str();
        py.detach(|| crate::analyze(utf8))
    };
    let index = CharIndex::new(utf8.as_str());
    let (sentence_offsets, quote_offsets) = (sentence_offsets(&index, &doc.sentences), quote_offsets(&index, &doc));
    drop(index);
    drop(utf8);
    // Each part of the core's result is let go once converted, before the objects take its room.
    drop(std::mem::take(&mut doc.paragraphs));
    let _paused = CollectorPaused::new(py)?;
    let sentences = sentence_objects(text, sentence_offsets, &std::mem::take(&mut doc.sentences))?;
    let mut attributed = Attributed::new(text, &doc, quote_offsets);
    let quotes = quote_objects(&mut attributed)?;
    let speakers = speaker_objects(&mut attributed)?;
    instance(
        py,
        &types(py)?.document,
        &[
            (intern!(py, "text"), text.clone().into_any()),
            (intern!(py, "sentences"), PyTuple::new(py, sentences)?.into_any()),
            (intern!(py, "quotes"), PyTuple::new(py, quotes)?.into_any()),
            (intern!(py, "speakers"), PyTuple::new(py, speakers)?.into_any()),
        ],
    )
}

// The module relies on the GIL: results are filled and the collector paused with no other
// Python thread running.
#[pymodule(gil_used = true)]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(quotes, m)?)?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    crate::frames::register(m)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
