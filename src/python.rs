//! The Python extension module `quotehound._core`: converts and nothing else.
//!
//! Each function reads a `str`, runs the core with the GIL released, converts byte offsets
//! to Python string indices in one pass, and builds the frozen dataclasses of
//! `quotehound.types` directly: allocated by their type and filled slot by slot, which costs
//! a fraction of calling their `__init__`. Spans' texts are cut from the caller's own string,
//! so they hold exactly what `text[start:end]` holds, lone surrogates included.

use pyo3::exceptions::PyValueError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple, PyType};
use pyo3::{intern, IntoPyObjectExt};

use crate::code_units::utf8_into;
use crate::deferred::DeferredField;
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
    fn of(module: &Bound<'_, PyModule>, name: &str, names: [&str; N]) -> PyResult<Self> {
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

/// The dataclasses of `quotehound.types`, fetched once, with the fields the binding sets.
pub(crate) struct Types {
    sentence: Layout<3>,
    quote: Layout<14>,
    mention: Layout<3>,
    speaker: Layout<5>,
    span: Layout<3>,
    statement: Layout<15>,
    document: Layout<6>,
}

static TYPES: PyOnceLock<Types> = PyOnceLock::new();

fn types(py: Python<'_>) -> PyResult<&Types> {
    TYPES.get_or_try_init(py, || {
        let module = py.import("quotehound.types")?;
        Ok(Types {
            sentence: Layout::of(&module, "Sentence", ["index", "paragraph", "_spans"])?,
            quote: Layout::of(
                &module,
                "Quote",
                [
                    "index",
                    "start",
                    "end",
                    "text",
                    "kind",
                    "sentence",
                    "paragraph",
                    "speaker",
                    "speaker_id",
                    "mention",
                    "cue",
                    "cue_start",
                    "cue_end",
                    "rule",
                ],
            )?,
            mention: Layout::of(&module, "Mention", ["start", "end", "text"])?,
            speaker: Layout::of(&module, "Speaker", ["id", "name", "kind", "mentions", "titles"])?,
            span: Layout::of(&module, "Span", ["start", "end", "text"])?,
            statement: Layout::of(
                &module,
                "Statement",
                [
                    "index",
                    "start",
                    "end",
                    "text",
                    "kind",
                    "sentence",
                    "paragraph",
                    "speaker",
                    "speaker_id",
                    "mention",
                    "cue",
                    "cue_start",
                    "cue_end",
                    "rule",
                    "quotes",
                ],
            )?,
            document: Layout::of(&module, "Document", ["text", "_sentences", "quotes", "speakers", "statements", "headline"])?,
        })
    })
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
fn instance<'py, const N: usize>(py: Python<'py>, layout: &Layout<N>, values: [Bound<'py, PyAny>; N]) -> PyResult<Bound<'py, PyAny>> {
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
fn untracked<T>(object: Bound<'_, T>) -> Bound<'_, T> {
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
fn tuple<'py, T: IntoPyObject<'py>>(
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
    // SAFETY: `text` is a live `str` and the GIL is held; CPython checks the bounds and returns
    // a new reference, or NULL with an exception set, which `from_owned_ptr_or_err` takes.
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

/// The character offsets of a document's spans: per quotation its words, mention and cue (zero
/// where there is none), then the mentions of each speaker in turn.
struct QuoteOffsets {
    values: Vec<usize>,
    quotes: usize,
}

/// Offsets per quotation in [`QuoteOffsets`] and [`quote_spans`].
pub(crate) const QUOTE_VALUES: usize = 6;

/// The byte offsets of a quotation's words, mention and cue, zero where there is none.
pub(crate) fn quote_spans(q: &crate::Quote) -> [usize; QUOTE_VALUES] {
    let (mention, cue) = (q.mention.unwrap_or((0, 0)), q.cue.unwrap_or((0, 0)));
    [q.start, q.end, mention.0, mention.1, cue.0, cue.1]
}

/// The start and end of each sentence in turn, converted to character offsets.
pub(crate) fn sentence_spans(index: &CharIndex<'_>, sentences: &[crate::Sentence]) -> Vec<usize> {
    let mut offsets: Vec<usize> = sentences.iter().flat_map(|s| [s.start, s.end]).collect();
    index.convert(&mut offsets);
    offsets
}

impl QuoteOffsets {
    /// The words, mention and cue of the `i`th quotation.
    fn quote(&self, i: usize) -> [(usize, usize); 3] {
        let o = &self.values[i * QUOTE_VALUES..(i + 1) * QUOTE_VALUES];
        [(o[0], o[1]), (o[2], o[3]), (o[4], o[5])]
    }

    /// The `k`th mention of all the speakers' mentions, in order.
    fn mention(&self, k: usize) -> (usize, usize) {
        let at = self.quotes * QUOTE_VALUES + 2 * k;
        (self.values[at], self.values[at + 1])
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

/// Values per sentence in [`sentence_bytes`]: start, end, paragraph.
pub(crate) const SENTENCE_VALUES: usize = 3;

/// The sentences as the native bytes of an `int64` array: the start, end and paragraph of each
/// sentence in turn, offsets converted.
fn sentence_bytes<'py>(py: Python<'py>, index: &CharIndex<'_>, sentences: &[crate::Sentence]) -> PyResult<Bound<'py, PyBytes>> {
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

/// The sentences of `buffer` (made by [`sentence_bytes`]), each with its index and
/// paragraph; its start, end and text are filled on first use from the document text and the
/// buffer, which all the sentences share.
fn sentence_objects<'py>(text: &Bound<'py, PyString>, buffer: Bound<'py, PyBytes>) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let py = text.py();
    let values = buffer.as_bytes();
    if values.len() % (8 * SENTENCE_VALUES) != 0 {
        return Err(PyValueError::new_err("a sentence buffer must hold three int64 values per sentence"));
    }
    let cls = &types(py)?.sentence;
    let spans = tuple(py, [text.clone().into_any(), buffer.clone().into_any()])?;
    let paragraphs = int64_values(values).skip(2).step_by(SENTENCE_VALUES);
    let mut sentences = Vec::with_capacity(paragraphs.len());
    for (index, paragraph) in paragraphs.enumerate() {
        sentences.push(instance(py, cls, [int(py, index)?, paragraph.into_bound_py_any(py)?, spans.clone()])?);
    }
    Ok(sentences)
}

/// The values of the native bytes of an `int64` array.
pub(crate) fn int64_values(bytes: &[u8]) -> impl ExactSizeIterator<Item = i64> + '_ {
    bytes.chunks_exact(8).map(|b| i64::from_ne_bytes(b.try_into().expect("eight bytes")))
}

/// The sentences that a document built by `analyze` keeps as a buffer until first read (see
/// [`sentence_bytes`]), as a tuple.
pub(crate) fn sentence_tuple<'py>(text: &Bound<'py, PyString>, buffer: Bound<'py, PyBytes>) -> PyResult<Bound<'py, PyTuple>> {
    let _paused = CollectorPaused::new(text.py())?;
    Ok(untracked(PyTuple::new(text.py(), sentence_objects(text, buffer)?)?))
}

fn kind_name<'py>(py: Python<'py>, kind: crate::Kind) -> &'py Bound<'py, PyString> {
    match kind {
        crate::Kind::Direct => intern!(py, "direct"),
        crate::Kind::Partial => intern!(py, "partial"),
        crate::Kind::Title => intern!(py, "title"),
        crate::Kind::Term => intern!(py, "term"),
    }
}

fn statement_kind_name<'py>(py: Python<'py>, kind: crate::statements::StatementKind) -> &'py Bound<'py, PyString> {
    use crate::statements::StatementKind::*;
    match kind {
        Direct => intern!(py, "direct"),
        Mixed => intern!(py, "mixed"),
        Indirect => intern!(py, "indirect"),
    }
}

/// The name of the pattern of reported speech that found a statement.
fn sieve_name<'py>(py: Python<'py>, sieve: crate::statements::Sieve) -> &'py Bound<'py, PyString> {
    use crate::statements::Sieve::*;
    match sieve {
        Quotation => intern!(py, "quotation"),
        AccordingTo => intern!(py, "according_to"),
        SpeakerCueContent => intern!(py, "speaker_cue_content"),
        ContentSpeakerCue => intern!(py, "content_speaker_cue"),
        ContentCueSpeaker => intern!(py, "content_cue_speaker"),
        SpeechNoun => intern!(py, "speech_noun"),
        PartialQuotation => intern!(py, "partial_quotation"),
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

/// The offsets of quotations (span, mention, cue) and then of speakers' mentions, converted.
fn quote_offsets(index: &CharIndex<'_>, doc: &crate::Document) -> QuoteOffsets {
    let mentions: usize = doc.speakers.iter().map(|s| s.mentions.len()).sum();
    let mut values = Vec::with_capacity(doc.quotes.len() * QUOTE_VALUES + 2 * mentions);
    values.extend(doc.quotes.iter().flat_map(quote_spans));
    for s in &doc.speakers {
        values.extend(s.mentions.iter().flat_map(|&(start, end)| [start, end]));
    }
    index.convert(&mut values);
    QuoteOffsets { values, quotes: doc.quotes.len() }
}

/// The `Mention` objects of the speakers of one document, made when first asked for: a
/// quotation's mention is the very object its speaker lists. (A mention of no speaker's is a
/// new object for each quotation that has it.)
struct Mentions<'py> {
    /// Every speaker's mentions in turn, as [`QuoteOffsets::mention`] counts them.
    made: Vec<Option<Bound<'py, PyAny>>>,
    /// Where each speaker's mentions begin in `made`.
    first: Vec<usize>,
}

impl<'py> Mentions<'py> {
    fn new(doc: &crate::Document) -> Self {
        let mut first = Vec::with_capacity(doc.speakers.len());
        let mut count = 0;
        for s in &doc.speakers {
            first.push(count);
            count += s.mentions.len();
        }
        Mentions { made: vec![None; count], first }
    }

    /// The `j`th mention of speaker `id`.
    fn of_speaker(&mut self, text: &Bound<'py, PyString>, offsets: &QuoteOffsets, id: usize, j: usize) -> PyResult<Bound<'py, PyAny>> {
        let k = self.first[id] + j;
        if let Some(made) = &self.made[k] {
            return Ok(made.clone());
        }
        let made = mention(text, offsets.mention(k))?;
        self.made[k] = Some(made.clone());
        Ok(made)
    }

    /// The mention of a quotation or a statement credited to `speaker` through the words at
    /// byte span `bytes` (converted: `span`): its speaker's own, found among the speaker's
    /// mentions (sorted, without repeats) by the core's byte span.
    fn of_credit(
        &mut self,
        text: &Bound<'py, PyString>,
        offsets: &QuoteOffsets,
        doc: &crate::Document,
        (bytes, speaker): (Option<(usize, usize)>, Option<usize>),
        span: (usize, usize),
    ) -> PyResult<Bound<'py, PyAny>> {
        let Some(bytes) = bytes else { return Ok(text.py().None().into_bound(text.py())) };
        match speaker.map(|id| (id, doc.speakers[id].mentions.binary_search(&bytes))) {
            Some((id, Ok(j))) => self.of_speaker(text, offsets, id, j),
            _ => mention(text, span),
        }
    }
}

/// A new `Mention` of `text[span.0:span.1]`.
fn mention<'py>(text: &Bound<'py, PyString>, span: (usize, usize)) -> PyResult<Bound<'py, PyAny>> {
    let py = text.py();
    instance(py, &types(py)?.mention, [int(py, span.0)?, int(py, span.1)?, substring(text, span.0, span.1)?])
}

/// What the quotations and the speakers of one document are built from, and share: the caller's
/// string, the converted offsets, the speakers' names and their mentions made so far.
struct Attributed<'a, 'py> {
    text: &'a Bound<'py, PyString>,
    doc: &'a crate::Document,
    offsets: QuoteOffsets,
    names: Vec<Bound<'py, PyAny>>,
    mentions: Mentions<'py>,
}

impl<'a, 'py> Attributed<'a, 'py> {
    fn new(text: &'a Bound<'py, PyString>, doc: &'a crate::Document, offsets: QuoteOffsets) -> Self {
        let py = text.py();
        let names = doc.speakers.iter().map(|s| PyString::new(py, &s.name).into_any()).collect();
        Attributed { text, doc, offsets, names, mentions: Mentions::new(doc) }
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
        let [(start, end), mention, cue] = offsets.quote(index);
        let mention = mentions.of_credit(text, offsets, doc, (q.mention, q.speaker), mention)?;
        let (cue_text, cue_bounds) = match q.cue {
            Some(_) => (substring(text, cue.0, cue.1)?, Some(cue)),
            None => (py.None().into_bound(py), None),
        };
        quotes.push(instance(
            py,
            cls,
            [
                int(py, index)?,
                int(py, start)?,
                int(py, end)?,
                substring(text, start, end)?,
                kind_name(py, q.kind).clone().into_any(),
                int(py, q.sentence)?,
                int(py, q.paragraph)?,
                q.speaker.map_or_else(|| py.None().into_bound(py), |id| names[id].clone()),
                optional_int(py, q.speaker)?,
                mention,
                cue_text,
                optional_int(py, cue_bounds.map(|c| c.0))?,
                optional_int(py, cue_bounds.map(|c| c.1))?,
                rule_name(py, q.rule)?,
            ],
        )?);
    }
    Ok(quotes)
}

/// The character offsets of each statement's content, mention and cue (zero where there is
/// none), six a statement.
fn statement_offsets(index: &CharIndex<'_>, doc: &crate::Document) -> Vec<usize> {
    let mut values: Vec<usize> = doc
        .statements
        .iter()
        .flat_map(|s| {
            let cue = s.cue.unwrap_or((0, 0));
            [s.start, s.end, s.source.start, s.source.end, cue.0, cue.1]
        })
        .collect();
    index.convert(&mut values);
    values
}

/// The statements of the document, after its speakers.
fn statement_objects<'py>(built: &mut Attributed<'_, 'py>, offsets: &[usize]) -> PyResult<Objects<'py>> {
    let Attributed { text, doc, offsets: quote_offsets, names, mentions } = built;
    let py = text.py();
    let cls = &types(py)?.statement;
    let mut statements = Vec::with_capacity(doc.statements.len());
    for (index, (s, o)) in doc.statements.iter().zip(offsets.chunks_exact(6)).enumerate() {
        let (cue_text, cue_start, cue_end) = match s.cue {
            Some(_) => (substring(text, o[4], o[5])?, Some(o[4]), Some(o[5])),
            None => (py.None().into_bound(py), None, None),
        };
        let rule = match s.rule {
            Some(rule) => rule_name(py, Some(rule))?,
            None => sieve_name(py, s.sieve).clone().into_any(),
        };
        let mention = mentions.of_credit(text, quote_offsets, doc, (Some(s.mention()), s.speaker), (o[2], o[3]))?;
        statements.push(instance(
            py,
            cls,
            [
                int(py, index)?,
                int(py, o[0])?,
                int(py, o[1])?,
                substring(text, o[0], o[1])?,
                statement_kind_name(py, s.kind).clone().into_any(),
                int(py, s.sentence)?,
                int(py, s.paragraph)?,
                s.speaker.map_or_else(|| py.None().into_bound(py), |id| names[id].clone()),
                optional_int(py, s.speaker)?,
                mention,
                cue_text,
                optional_int(py, cue_start)?,
                optional_int(py, cue_end)?,
                rule,
                tuple(py, &s.quotes)?,
            ],
        )?);
    }
    Ok(statements)
}

/// The speakers of the document, after its quotations.
fn speaker_objects<'py>(built: &mut Attributed<'_, 'py>) -> PyResult<Objects<'py>> {
    let Attributed { text, doc, offsets, names, mentions } = built;
    let py = text.py();
    let cls = &types(py)?.speaker;
    let mut speakers = Vec::with_capacity(doc.speakers.len());
    for (id, s) in doc.speakers.iter().enumerate() {
        let spans = (0..s.mentions.len()).map(|j| mentions.of_speaker(text, offsets, id, j)).collect::<PyResult<Vec<_>>>()?;
        let kind = match s.kind {
            crate::SpeakerKind::Person => intern!(py, "person"),
            crate::SpeakerKind::Organization => intern!(py, "organization"),
            crate::SpeakerKind::Unknown => intern!(py, "unknown"),
        };
        speakers.push(instance(
            py,
            cls,
            [int(py, id)?, names[id].clone(), kind.clone().into_any(), tuple(py, spans)?, tuple(py, &s.titles)?],
        )?);
    }
    Ok(speakers)
}

/// Runs `core` on the UTF-8 of `text` with the GIL released, then `offsets` on that UTF-8's
/// character index and the core's result. The UTF-8 copy's room is kept for the thread's next
/// call ([`UTF8_BUFFER`]).
fn run_core<T: Send, O>(
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

/// sentences(text) -> list[Sentence]
#[pyfunction]
fn sentences<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let (_, buffer) = run_core(text, crate::sentences, |index, found| sentence_bytes(py, index, found))?;
    let _paused = CollectorPaused::new(py)?;
    PyList::new(py, sentence_objects(text, buffer?)?)
}

/// quotes(text) -> list[Quote]
#[pyfunction]
fn quotes<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let (doc, offsets) = run_core(text, crate::analyze, quote_offsets)?;
    let _paused = CollectorPaused::new(py)?;
    let quotes = quote_objects(&mut Attributed::new(text, &doc, offsets))?;
    PyList::new(py, quotes)
}

/// analyze(text) -> Document
#[pyfunction]
fn analyze<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyAny>> {
    let py = text.py();
    // Sentences stay a buffer until first read (`Document.sentences`): many uses never read them.
    let (mut doc, (sentences, quote_offsets, statement_offsets, headline)) = run_core(text, crate::analyze, |index, doc| {
        let mut headline = doc.headline.map(|p| [p.start, p.end]);
        if let Some(span) = &mut headline {
            index.convert(span);
        }
        (sentence_bytes(py, index, &doc.sentences), quote_offsets(index, doc), statement_offsets(index, doc), headline)
    })?;
    let sentences = sentences?;
    let headline = match headline {
        Some([start, end]) => instance(
            py,
            &types(py)?.span,
            [start.into_pyobject(py)?.into_any(), end.into_pyobject(py)?.into_any(), substring(text, start, end)?],
        )?,
        None => py.None().into_bound(py),
    };
    // Each part of the core's result is let go once converted, before the objects take its room.
    drop(std::mem::take(&mut doc.paragraphs));
    drop(std::mem::take(&mut doc.sentences));
    let _paused = CollectorPaused::new(py)?;
    let mut attributed = Attributed::new(text, &doc, quote_offsets);
    let quotes = quote_objects(&mut attributed)?;
    let speakers = speaker_objects(&mut attributed)?;
    let statements = statement_objects(&mut attributed, &statement_offsets)?;
    instance(
        py,
        &types(py)?.document,
        [text.clone().into_any(), sentences.into_any(), tuple(py, quotes)?, tuple(py, speakers)?, tuple(py, statements)?, headline],
    )
}

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
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(quotes, m)?)?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.setattr("_guards_fired", wrap_pyfunction!(_guards_fired, m)?)?; // for tests: out of `__all__`
    crate::deferred::register(m)?;
    crate::frames::register(m)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
