//! Column-wise results for a list of texts: the binding behind `quotehound.quotes_frame` and
//! `quotehound.sentences_frame`.
//!
//! Each function reads every text while attached, then analyses them all and converts their
//! byte offsets to string indices with the GIL released, and only then builds Python objects:
//! integer columns as the native bytes of an `int64` array (`-1` where a value is missing),
//! categories as `int8` codes (`-1` for none), and text columns as lists of `str` cut from the
//! caller's own strings, or, for a short ASCII word that recurs in a call's speaker, mention and
//! cue columns, one `str` made once from its UTF-8 ([`Words`]). No per-row object is ever made.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};

use crate::lexicon::FxHasher;
use crate::offsets::CharIndex;
use crate::python::{int64, quote_spans, sentence_spans, substring, Units, QUOTE_VALUES};
use crate::{Kind, Rule};

/// The kinds of quotation, in the order of their category codes.
const KINDS: [Kind; 2] = [Kind::Direct, Kind::Partial];

/// The attribution rules, in the order of their category codes.
const RULES: [Rule; 11] = [
    Rule::QuoteSpeakerCue,
    Rule::QuoteCueSpeaker,
    Rule::SpeakerCueQuote,
    Rule::AccordingTo,
    Rule::QuoteDashSpeaker,
    Rule::ColonIntro,
    Rule::TranscriptLabel,
    Rule::Continuation,
    Rule::SentenceSubject,
    Rule::PreviousSentence,
    Rule::SignatureLine,
];

/// The position of `item` in `all`, or -1.
fn code<T: PartialEq>(all: &[T], item: T) -> i8 {
    all.iter().position(|x| *x == item).map_or(-1, |i| i as i8)
}

/// The category code of a quotation's kind.
fn kind_code(kind: Kind) -> i8 {
    match kind {
        Kind::Direct | Kind::Partial => code(&KINDS, kind),
        // Not quotations: never among a document's quotes.
        Kind::Title | Kind::Term => -1,
    }
}

/// The category code of an attribution rule, -1 for none.
fn rule_code(rule: Option<Rule>) -> i8 {
    use Rule::*;
    match rule {
        // Every rule is named, so that a new one does not compile until it has a place in RULES.
        Some(
            rule @ (QuoteSpeakerCue | QuoteCueSpeaker | SpeakerCueQuote | AccordingTo | QuoteDashSpeaker | ColonIntro | TranscriptLabel
            | Continuation | SentenceSubject | PreviousSentence | SignatureLine),
        ) => code(&RULES, rule),
        None => -1,
    }
}

/// The items of `texts`, each checked to be a `str`.
fn strings<'py>(texts: &Bound<'py, PyList>) -> PyResult<Vec<Bound<'py, PyString>>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, item)| match item.cast::<PyString>() {
            Ok(text) => Ok(text.clone()),
            Err(_) => Err(PyTypeError::new_err(format!("texts[{i}] must be str, not {}", item.get_type().name()?))),
        })
        .collect()
}

/// The bytes of an `int8` array.
fn int8<'py>(py: Python<'py>, values: &[i8]) -> Bound<'py, PyBytes> {
    let bytes: Vec<u8> = values.iter().map(|&v| v as u8).collect();
    PyBytes::new(py, &bytes)
}

fn index(value: usize) -> i64 {
    value as i64
}

/// `text[start:end]` when the span exists (`start` is not -1), else `None`; the word's one string
/// when it is one of `words` (`word` is not -1).
fn optional_substring<'py>(
    text: &Bound<'py, PyString>,
    start: i64,
    end: i64,
    word: i32,
    words: &[Bound<'py, PyAny>],
) -> PyResult<Bound<'py, PyAny>> {
    if start < 0 {
        return Ok(text.py().None().into_bound(text.py()));
    }
    match usize::try_from(word) {
        Ok(id) => Ok(words[id].clone()),
        Err(_) => substring(text, start as usize, end as usize),
    }
}

/// The short ASCII words of one call's mentions, cues and speakers' names (`said`, `he`,
/// `Donald Trump`), each kept once: such a cell of a column is the one string of its word, not a
/// copy made for its row. (A call is one chunk of texts, `_CHUNK_TEXTS` of `quotes_frame`.)
/// News repeats a few thousand of them over and over, so the columns take less memory, and
/// building and reading them touches fewer objects.
struct Words {
    ids: HashMap<Word, i32, BuildHasherDefault<FxHasher>>,
}

/// The longest word kept once, in bytes: a long name, or a title and a name.
const SHARED_WORD_BYTES: usize = 48;

/// A word of [`Words`], held in place: a chunk of news has some 1,500 of them, and a key of
/// its own on the heap would be one more allocation each.
#[derive(PartialEq, Eq)]
struct Word {
    len: u8,
    bytes: [u8; SHARED_WORD_BYTES],
}

impl Word {
    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
}

/// As its bytes, so that the table is searched with a word's bytes, without making a key.
impl std::hash::Hash for Word {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state);
    }
}

impl std::borrow::Borrow<[u8]> for Word {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl Default for Words {
    /// Room for the words of a chunk of news, so that the table is not rebuilt as it grows.
    fn default() -> Self {
        Words { ids: HashMap::with_capacity_and_hasher(2048, BuildHasherDefault::default()) }
    }
}

impl Words {
    /// The id of `word` when it is short and ASCII, whose UTF-8 is the caller's own text; -1 for
    /// anything else (and for new words past `i32::MAX` of them), cut from the caller's string
    /// instead.
    fn id(&mut self, word: &str) -> i32 {
        if word.len() > SHARED_WORD_BYTES || !word.is_ascii() {
            return -1;
        }
        if let Some(&id) = self.ids.get(word.as_bytes()) {
            return id;
        }
        let Ok(id) = i32::try_from(self.ids.len()) else { return -1 };
        let mut key = Word { len: word.len() as u8, bytes: [0; SHARED_WORD_BYTES] };
        key.bytes[..word.len()].copy_from_slice(word.as_bytes());
        self.ids.insert(key, id);
        id
    }

    /// One `str` per word, in the order of their ids.
    fn strings<'py>(&self, py: Python<'py>) -> Vec<Bound<'py, PyAny>> {
        let mut strings = vec![py.None().into_bound(py); self.ids.len()];
        for (word, &id) in &self.ids {
            // A word is kept only when it is ASCII; checking it again is nothing next to making the
            // `str`, once per word of a call.
            let word = std::str::from_utf8(word.as_bytes()).expect("a kept word is ASCII");
            strings[id as usize] = PyString::new(py, word).into_any();
        }
        strings
    }
}

/// A speaker's name: one of the call's [`Words`], or a string of its own.
enum Name {
    Word(usize),
    Own(String),
}

impl Name {
    fn of(name: String, words: &mut Words) -> Name {
        match usize::try_from(words.id(&name)) {
            Ok(id) => Name::Word(id),
            Err(_) => Name::Own(name),
        }
    }

    fn string<'py>(&self, py: Python<'py>, words: &[Bound<'py, PyAny>]) -> Bound<'py, PyAny> {
        match self {
            Name::Word(id) => words[*id].clone(),
            Name::Own(name) => PyString::new(py, name).into_any(),
        }
    }
}

/// One row per quotation, in document and then text order, with character offsets.
#[derive(Default)]
struct QuoteColumns {
    doc: Vec<i64>,
    index: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
    kind: Vec<i8>,
    sentence: Vec<i64>,
    paragraph: Vec<i64>,
    speaker_id: Vec<i64>,
    mention_start: Vec<i64>,
    mention_end: Vec<i64>,
    cue_start: Vec<i64>,
    cue_end: Vec<i64>,
    rule: Vec<i8>,
    /// The speakers' names of each document.
    names: Vec<Vec<Name>>,
    /// For each row, the [`Words`] id of its mention and of its cue, or -1.
    mention_word: Vec<i32>,
    cue_word: Vec<i32>,
    words: Words,
}

impl QuoteColumns {
    /// Analyses the `doc`th text and appends its quotations.
    fn add(&mut self, doc: usize, text: &str, chars: &CharIndex<'_>) {
        let found = crate::analyze(text);
        let mut offsets: Vec<usize> = found.quotes.iter().flat_map(quote_spans).collect();
        chars.convert(&mut offsets);
        for (i, (q, o)) in found.quotes.iter().zip(offsets.chunks_exact(QUOTE_VALUES)).enumerate() {
            let missing = |present: bool, value: usize| if present { index(value) } else { -1 };
            self.doc.push(index(doc));
            self.index.push(index(i));
            self.start.push(index(o[0]));
            self.end.push(index(o[1]));
            self.kind.push(kind_code(q.kind));
            self.sentence.push(index(q.sentence));
            self.paragraph.push(index(q.paragraph));
            self.speaker_id.push(q.speaker.map_or(-1, index));
            self.mention_start.push(missing(q.mention.is_some(), o[2]));
            self.mention_end.push(missing(q.mention.is_some(), o[3]));
            self.cue_start.push(missing(q.cue.is_some(), o[4]));
            self.cue_end.push(missing(q.cue.is_some(), o[5]));
            self.rule.push(rule_code(q.rule));
            self.mention_word.push(q.mention.map_or(-1, |(start, end)| self.words.id(&text[start..end])));
            self.cue_word.push(q.cue.map_or(-1, |(start, end)| self.words.id(&text[start..end])));
        }
        let words = &mut self.words;
        self.names.push(found.speakers.into_iter().map(|s| Name::of(s.name, words)).collect());
    }
}

/// One row per sentence, in document and then text order, with character offsets.
#[derive(Default)]
struct SentenceColumns {
    doc: Vec<i64>,
    index: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
    paragraph: Vec<i64>,
}

impl SentenceColumns {
    /// Splits the `doc`th text and appends its sentences.
    fn add(&mut self, doc: usize, text: &str, chars: &CharIndex<'_>) {
        let found = crate::sentences(text);
        let offsets = sentence_spans(chars, &found);
        for (i, (s, o)) in found.iter().zip(offsets.chunks_exact(2)).enumerate() {
            self.doc.push(index(doc));
            self.index.push(index(i));
            self.start.push(index(o[0]));
            self.end.push(index(o[1]));
            self.paragraph.push(index(s.paragraph));
        }
    }
}

/// Runs `add` on every text of `texts` with the GIL released, reading each text's UTF-8 then too.
fn collect<'py, C: Default + Send>(
    py: Python<'py>,
    texts: &[Bound<'py, PyString>],
    add: fn(&mut C, usize, &str, &CharIndex<'_>),
) -> PyResult<C> {
    let units = texts.iter().map(Units::of).collect::<PyResult<Vec<_>>>()?;
    Ok(py.detach(|| {
        let mut columns = C::default();
        // One buffer for the UTF-8 of every text in turn: no text's copy outlives its analysis.
        let mut buffer = String::new();
        for (doc, units) in units.iter().enumerate() {
            let (text, chars) = units.utf8(&mut buffer);
            add(&mut columns, doc, text, &chars);
        }
        columns
    }))
}

/// quote_columns(texts) -> dict[str, bytes | list[str | None]]
#[pyfunction]
fn quote_columns<'py>(texts: &Bound<'py, PyList>) -> PyResult<Bound<'py, PyDict>> {
    let py = texts.py();
    let texts = strings(texts)?;
    let c: QuoteColumns = collect(py, &texts, QuoteColumns::add)?;
    let words = c.words.strings(py);
    let names: Vec<Vec<Bound<'py, PyAny>>> = c.names.iter().map(|names| names.iter().map(|n| n.string(py, &words)).collect()).collect();
    let rows = c.doc.len();
    let (mut text, mut speaker) = (Vec::with_capacity(rows), Vec::with_capacity(rows));
    let (mut mention, mut cue) = (Vec::with_capacity(rows), Vec::with_capacity(rows));
    for row in 0..rows {
        let doc = c.doc[row] as usize;
        let source = &texts[doc];
        text.push(substring(source, c.start[row] as usize, c.end[row] as usize)?);
        speaker.push(match c.speaker_id[row] {
            -1 => py.None().into_bound(py),
            id => names[doc][id as usize].clone(),
        });
        mention.push(optional_substring(source, c.mention_start[row], c.mention_end[row], c.mention_word[row], &words)?);
        cue.push(optional_substring(source, c.cue_start[row], c.cue_end[row], c.cue_word[row], &words)?);
    }
    let columns = PyDict::new(py);
    for (name, values) in [
        ("doc", &c.doc),
        ("index", &c.index),
        ("start", &c.start),
        ("end", &c.end),
        ("sentence", &c.sentence),
        ("paragraph", &c.paragraph),
        ("speaker_id", &c.speaker_id),
        ("mention_start", &c.mention_start),
        ("mention_end", &c.mention_end),
        ("cue_start", &c.cue_start),
        ("cue_end", &c.cue_end),
    ] {
        columns.set_item(name, int64(py, values.iter().copied())?)?;
    }
    columns.set_item("kind", int8(py, &c.kind))?;
    columns.set_item("rule", int8(py, &c.rule))?;
    columns.set_item("text", PyList::new(py, text)?)?;
    columns.set_item("speaker", PyList::new(py, speaker)?)?;
    columns.set_item("mention", PyList::new(py, mention)?)?;
    columns.set_item("cue", PyList::new(py, cue)?)?;
    Ok(columns)
}

/// sentence_columns(texts) -> dict[str, bytes | list[str]]
#[pyfunction]
fn sentence_columns<'py>(texts: &Bound<'py, PyList>) -> PyResult<Bound<'py, PyDict>> {
    let py = texts.py();
    let texts = strings(texts)?;
    let c: SentenceColumns = collect(py, &texts, SentenceColumns::add)?;
    let text = (0..c.doc.len())
        .map(|row| substring(&texts[c.doc[row] as usize], c.start[row] as usize, c.end[row] as usize))
        .collect::<PyResult<Vec<_>>>()?;
    let columns = PyDict::new(py);
    for (name, values) in [("doc", &c.doc), ("index", &c.index), ("start", &c.start), ("end", &c.end), ("paragraph", &c.paragraph)] {
        columns.set_item(name, int64(py, values.iter().copied())?)?;
    }
    columns.set_item("text", PyList::new(py, text)?)?;
    Ok(columns)
}

/// Adds the column functions and the category names to the module `_core`.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_function(wrap_pyfunction!(quote_columns, m)?)?;
    m.add_function(wrap_pyfunction!(sentence_columns, m)?)?;
    m.add("QUOTE_KINDS", PyTuple::new(py, KINDS.map(Kind::as_str))?)?;
    m.add("RULES", PyTuple::new(py, RULES.map(Rule::as_str))?)?;
    Ok(())
}
