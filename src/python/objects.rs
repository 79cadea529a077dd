//! The results of `sentences`, `quotes` and `analyze` as the frozen dataclasses of
//! `quotehound.types`: spans' texts cut from the caller's own string, so that they hold exactly
//! what `text[start:end]` holds, lone surrogates included, and a speaker's mention the very
//! object that the quotations and statements credited through it hold.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};
use pyo3::IntoPyObjectExt;

use super::buffers::{int64_values, sentence_bytes, SENTENCE_VALUES};
use super::instances::{instance, tuple, untracked, CollectorPaused, Layout};
use super::names::Names;
use super::spans::Offsets;
use super::strings::{run_core, substring};

/// The fields that a quotation and a statement share, in the order of both dataclasses (and of
/// the values of [`credited`]).
const CREDITED_FIELDS: [&str; 14] = [
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
];

/// The dataclasses of `quotehound.types`, fetched once, with the fields the binding sets.
struct Types {
    sentence: Layout<3>,
    quote: Layout<15>,
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
            // A quotation's fields are those it shares with a statement and then `addressee`.
            quote: Layout::of(&module, "Quote", std::array::from_fn(|i| CREDITED_FIELDS.get(i).copied().unwrap_or("addressee")))?,
            mention: Layout::of(&module, "Mention", ["start", "end", "text"])?,
            speaker: Layout::of(&module, "Speaker", ["id", "name", "kind", "mentions", "titles"])?,
            span: Layout::of(&module, "Span", ["start", "end", "text"])?,
            // A statement's fields are a quotation's and then `quotes`.
            statement: Layout::of(&module, "Statement", std::array::from_fn(|i| CREDITED_FIELDS.get(i).copied().unwrap_or("quotes")))?,
            document: Layout::of(&module, "Document", ["text", "_sentences", "quotes", "speakers", "statements", "headline"])?,
        })
    })
}

/// Pauses the cyclic garbage collector while results are built, once the result types are
/// fetched: the first time, fetching them runs Python code, which must not see it paused.
fn building(py: Python<'_>) -> PyResult<CollectorPaused> {
    types(py)?;
    Ok(CollectorPaused::new(py))
}

fn int<'py>(py: Python<'py>, value: usize) -> PyResult<Bound<'py, PyAny>> {
    value.into_bound_py_any(py)
}

fn optional_int<'py>(py: Python<'py>, value: Option<usize>) -> PyResult<Bound<'py, PyAny>> {
    value.into_bound_py_any(py)
}

/// Python objects built for one document's spans.
type Objects<'py> = Vec<Bound<'py, PyAny>>;

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

/// The sentences that a document built by `analyze` keeps as a buffer until first read (see
/// [`sentence_bytes`]), as a tuple.
pub(crate) fn sentence_tuple<'py>(text: &Bound<'py, PyString>, buffer: Bound<'py, PyBytes>) -> PyResult<Bound<'py, PyTuple>> {
    let _paused = building(text.py())?;
    Ok(untracked(PyTuple::new(text.py(), sentence_objects(text, buffer)?)?))
}

/// The `Mention` objects of the speakers of one document, made when first asked for: a
/// quotation's mention is the very object its speaker lists. (A mention of no speaker's is a
/// new object for each quotation that has it.)
struct Mentions<'py> {
    /// Every speaker's mentions in turn, as [`Offsets::mention`] counts them.
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
    fn of_speaker(&mut self, text: &Bound<'py, PyString>, offsets: &Offsets, id: usize, j: usize) -> PyResult<Bound<'py, PyAny>> {
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
        offsets: &Offsets,
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

/// What the quotations, statements and speakers of one document are built from, and share: the caller's
/// string, the converted offsets, the speakers' names and their mentions made so far.
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
        Attributed { text, doc, offsets, names, mentions: Mentions::new(doc) }
    }
}

/// What a quotation or a statement holds beyond its converted offsets.
struct Credit<'py> {
    kind: Bound<'py, PyAny>,
    sentence: usize,
    paragraph: usize,
    speaker: Option<usize>,
    /// Byte spans of the mention and the cue.
    mention: Option<(usize, usize)>,
    cue: Option<(usize, usize)>,
    rule: Bound<'py, PyAny>,
}

/// The values of the fields that a quotation and a statement share, [`CREDITED_FIELDS`].
fn credited<'py>(
    built: &mut Attributed<'_, 'py>,
    index: usize,
    [(start, end), mention, cue]: [(usize, usize); 3],
    credit: Credit<'py>,
) -> PyResult<[Bound<'py, PyAny>; 14]> {
    let Attributed { text, doc, offsets, names, mentions } = built;
    let py = text.py();
    let mention = mentions.of_credit(text, offsets, doc, (credit.mention, credit.speaker), mention)?;
    let (cue_text, cue_bounds) = match credit.cue {
        Some(_) => (substring(text, cue.0, cue.1)?, Some(cue)),
        None => (py.None().into_bound(py), None),
    };
    Ok([
        int(py, index)?,
        int(py, start)?,
        int(py, end)?,
        substring(text, start, end)?,
        credit.kind,
        int(py, credit.sentence)?,
        int(py, credit.paragraph)?,
        credit.speaker.map_or_else(|| py.None().into_bound(py), |id| names[id].clone()),
        optional_int(py, credit.speaker)?,
        mention,
        cue_text,
        optional_int(py, cue_bounds.map(|c| c.0))?,
        optional_int(py, cue_bounds.map(|c| c.1))?,
        credit.rule,
    ])
}

/// The quotations of the document, every field set: a quotation is often kept long after its
/// document, and should then hold its own words, not the whole text.
fn quote_objects<'py>(built: &mut Attributed<'_, 'py>) -> PyResult<Objects<'py>> {
    let (py, doc) = (built.text.py(), built.doc);
    let cls = &types(py)?.quote;
    let categories = Names::get(py);
    let mut quotes = Vec::with_capacity(doc.quotes.len());
    for (index, q) in doc.quotes.iter().enumerate() {
        let credit = Credit {
            kind: categories.quote_kind(py, q.kind),
            sentence: q.sentence,
            paragraph: q.paragraph,
            speaker: q.speaker,
            mention: q.mention,
            cue: q.cue,
            rule: categories.rule(py, q.rule),
        };
        let offsets = built.offsets.quote(index);
        let mut fields = credited(built, index, offsets, credit)?.into_iter().chain([optional_int(py, q.addressee)?]);
        quotes.push(instance(py, cls, std::array::from_fn(|_| fields.next().expect("a quotation's 15 fields")))?);
    }
    Ok(quotes)
}

/// The statements of the document, after its speakers.
fn statement_objects<'py>(built: &mut Attributed<'_, 'py>) -> PyResult<Objects<'py>> {
    let (py, doc) = (built.text.py(), built.doc);
    let cls = &types(py)?.statement;
    let categories = Names::get(py);
    let mut statements = Vec::with_capacity(doc.statements.len());
    for (index, s) in doc.statements.iter().enumerate() {
        let credit = Credit {
            kind: categories.statement_kind(py, s.kind),
            sentence: s.sentence,
            paragraph: s.paragraph,
            speaker: s.speaker,
            mention: Some(s.mention()),
            cue: s.cue,
            rule: categories.statement_rule(py, s),
        };
        let offsets = built.offsets.statement(index);
        let mut fields = credited(built, index, offsets, credit)?.into_iter().chain([tuple(py, &s.quotes)?]);
        statements.push(instance(py, cls, std::array::from_fn(|_| fields.next().expect("a statement's 15 fields")))?);
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
        speakers.push(instance(
            py,
            cls,
            [int(py, id)?, names[id].clone(), Names::get(py).speaker_kind(py, s.kind), tuple(py, spans)?, tuple(py, &s.titles)?],
        )?);
    }
    Ok(speakers)
}

/// sentences(text) -> list[Sentence]
#[pyfunction]
fn sentences<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let (_, buffer) = run_core(text, crate::sentences, |index, found| sentence_bytes(py, index, found))?;
    let _paused = building(py)?;
    PyList::new(py, sentence_objects(text, buffer?)?)
}

/// quotes(text) -> list[Quote]
#[pyfunction]
fn quotes<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let (doc, offsets) = run_core(text, crate::analyze, |index, doc| Offsets::of(index, doc, false))?;
    let _paused = building(py)?;
    let quotes = quote_objects(&mut Attributed::new(text, &doc, offsets))?;
    PyList::new(py, quotes)
}

/// analyze(text) -> Document
#[pyfunction]
fn analyze<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyAny>> {
    let py = text.py();
    // Sentences stay a buffer until first read (`Document.sentences`): many uses never read them.
    let (mut doc, (sentences, offsets, headline)) = run_core(text, crate::analyze, |index, doc| {
        let mut headline = doc.headline.map(|p| [p.start, p.end]);
        if let Some(span) = &mut headline {
            index.convert(span);
        }
        (sentence_bytes(py, index, &doc.sentences), Offsets::of(index, doc, true), headline)
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
    let _paused = building(py)?;
    let mut attributed = Attributed::new(text, &doc, offsets);
    let quotes = quote_objects(&mut attributed)?;
    let speakers = speaker_objects(&mut attributed)?;
    let statements = statement_objects(&mut attributed)?;
    instance(
        py,
        &types(py)?.document,
        [text.clone().into_any(), sentences.into_any(), tuple(py, quotes)?, tuple(py, speakers)?, tuple(py, statements)?, headline],
    )
}

/// Adds `sentences`, `quotes` and `analyze` to the module `_core`.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(quotes, m)?)?;
    m.add_function(wrap_pyfunction!(analyze, m)?)
}
