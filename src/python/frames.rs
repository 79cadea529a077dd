//! Column-wise results for a list of texts: the binding behind `quotehound.quotes_frame`,
//! `quotehound.statements_frame` and `quotehound.sentences_frame`.
//!
//! Each function reads every text while attached, then analyses them all and converts their
//! byte offsets to string indices with the GIL released, and only then builds Python objects:
//! integer columns as the native bytes of an `int64` array (`-1` where a value is missing),
//! categories as `int8` codes (`-1` for none, see [`super::names`]), and text columns as lists of
//! `str` cut from the caller's own strings, or, for a short ASCII word that recurs in a call's
//! speaker, mention and cue columns, one `str` made once from its UTF-8 ([`Words`]). No per-row
//! object is ever made, but the tuple of a statement's quotations.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use super::buffers::{int64, int8};
use super::instances::tuple;
use super::names::{kind_code, rule_code, statement_kind_code, statement_rule_code};
use super::spans::{quote_spans, sentence_spans, span_parts, statement_spans, SPAN_VALUES};
use super::strings::{strings, substring, Units};
use super::words::{optional_substring, Name, Words};
use crate::offsets::CharIndex;

fn index(value: usize) -> i64 {
    value as i64
}

/// What a row of quotations or statements holds beyond its converted offsets.
struct Credit {
    kind: i8,
    sentence: usize,
    paragraph: usize,
    speaker: Option<usize>,
    /// Byte spans of the mention and the cue, for their [`Words`].
    mention: Option<(usize, usize)>,
    cue: Option<(usize, usize)>,
    rule: i8,
}

/// One row per quotation or per statement, in document and then text order, with character
/// offsets: the columns the two frames share.
#[derive(Default)]
struct Attributed {
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

impl Attributed {
    /// Appends the `i`th span of the `doc`th text, whose converted offsets are `offsets`.
    fn push(&mut self, doc: usize, i: usize, text: &str, offsets: &[usize], credit: Credit) {
        let [(start, end), mention, cue] = span_parts(offsets);
        let present = |span: Option<(usize, usize)>, value: usize| if span.is_some() { index(value) } else { -1 };
        self.doc.push(index(doc));
        self.index.push(index(i));
        self.start.push(index(start));
        self.end.push(index(end));
        self.kind.push(credit.kind);
        self.sentence.push(index(credit.sentence));
        self.paragraph.push(index(credit.paragraph));
        self.speaker_id.push(credit.speaker.map_or(-1, index));
        self.mention_start.push(present(credit.mention, mention.0));
        self.mention_end.push(present(credit.mention, mention.1));
        self.cue_start.push(present(credit.cue, cue.0));
        self.cue_end.push(present(credit.cue, cue.1));
        self.rule.push(credit.rule);
        self.mention_word.push(credit.mention.map_or(-1, |(start, end)| self.words.id(&text[start..end])));
        self.cue_word.push(credit.cue.map_or(-1, |(start, end)| self.words.id(&text[start..end])));
    }

    /// Keeps the names of a document's speakers, after its rows.
    fn push_speakers(&mut self, speakers: Vec<crate::Speaker>) {
        let words = &mut self.words;
        self.names.push(speakers.into_iter().map(|s| Name::of(s.name, words)).collect());
    }

    /// The columns as Python objects, the texts cut from `texts`.
    fn columns<'py>(&self, py: Python<'py>, texts: &[Bound<'py, PyString>]) -> PyResult<Bound<'py, PyDict>> {
        let words = self.words.strings(py);
        let names: Vec<Vec<Bound<'py, PyAny>>> =
            self.names.iter().map(|names| names.iter().map(|n| n.string(py, &words)).collect()).collect();
        let rows = self.doc.len();
        let (mut text, mut speaker) = (Vec::with_capacity(rows), Vec::with_capacity(rows));
        let (mut mention, mut cue) = (Vec::with_capacity(rows), Vec::with_capacity(rows));
        for row in 0..rows {
            let doc = self.doc[row] as usize;
            let source = &texts[doc];
            text.push(substring(source, self.start[row] as usize, self.end[row] as usize)?);
            speaker.push(match self.speaker_id[row] {
                -1 => py.None().into_bound(py),
                id => names[doc][id as usize].clone(),
            });
            mention.push(optional_substring(source, self.mention_start[row], self.mention_end[row], self.mention_word[row], &words)?);
            cue.push(optional_substring(source, self.cue_start[row], self.cue_end[row], self.cue_word[row], &words)?);
        }
        let columns = PyDict::new(py);
        for (name, values) in [
            ("doc", &self.doc),
            ("index", &self.index),
            ("start", &self.start),
            ("end", &self.end),
            ("sentence", &self.sentence),
            ("paragraph", &self.paragraph),
            ("speaker_id", &self.speaker_id),
            ("mention_start", &self.mention_start),
            ("mention_end", &self.mention_end),
            ("cue_start", &self.cue_start),
            ("cue_end", &self.cue_end),
        ] {
            columns.set_item(name, int64(py, values.iter().copied())?)?;
        }
        columns.set_item("kind", int8(py, &self.kind))?;
        columns.set_item("rule", int8(py, &self.rule))?;
        columns.set_item("text", PyList::new(py, text)?)?;
        columns.set_item("speaker", PyList::new(py, speaker)?)?;
        columns.set_item("mention", PyList::new(py, mention)?)?;
        columns.set_item("cue", PyList::new(py, cue)?)?;
        Ok(columns)
    }
}

/// One row per quotation, and whom each is spoken to.
#[derive(Default)]
struct QuoteColumns {
    rows: Attributed,
    addressee: Vec<i64>,
}

impl QuoteColumns {
    /// Analyses the `doc`th text and appends its quotations.
    fn add(&mut self, doc: usize, text: &str, chars: &CharIndex<'_>) {
        let found = crate::analyze(text);
        let mut offsets: Vec<usize> = found.quotes.iter().flat_map(quote_spans).collect();
        chars.convert(&mut offsets);
        for (i, (q, o)) in found.quotes.iter().zip(offsets.chunks_exact(SPAN_VALUES)).enumerate() {
            let credit = Credit {
                kind: kind_code(q.kind),
                sentence: q.sentence,
                paragraph: q.paragraph,
                speaker: q.speaker,
                mention: q.mention,
                cue: q.cue,
                rule: rule_code(q.rule),
            };
            self.rows.push(doc, i, text, o, credit);
            self.addressee.push(q.addressee.map_or(-1, index));
        }
        self.rows.push_speakers(found.speakers);
    }
}

/// One row per statement, and the indices of the quotations each holds.
#[derive(Default)]
struct StatementColumns {
    rows: Attributed,
    /// The quotations of every row in turn, and where each row's quotations end in `quotes`.
    quotes: Vec<usize>,
    quotes_end: Vec<usize>,
}

impl StatementColumns {
    /// Analyses the `doc`th text and appends its statements.
    fn add(&mut self, doc: usize, text: &str, chars: &CharIndex<'_>) {
        let found = crate::analyze(text);
        let mut offsets: Vec<usize> = found.statements.iter().flat_map(statement_spans).collect();
        chars.convert(&mut offsets);
        for (i, (s, o)) in found.statements.iter().zip(offsets.chunks_exact(SPAN_VALUES)).enumerate() {
            let credit = Credit {
                kind: statement_kind_code(s.kind),
                sentence: s.sentence,
                paragraph: s.paragraph,
                speaker: s.speaker,
                mention: Some(s.mention()),
                cue: s.cue,
                rule: statement_rule_code(s),
            };
            self.rows.push(doc, i, text, o, credit);
            self.quotes.extend(&s.quotes);
            self.quotes_end.push(self.quotes.len());
        }
        self.rows.push_speakers(found.speakers);
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
    let columns = c.rows.columns(py, &texts)?;
    columns.set_item("addressee", int64(py, c.addressee.iter().copied())?)?;
    Ok(columns)
}

/// statement_columns(texts) -> dict[str, bytes | list[str | None] | list[tuple[int, ...]]]
#[pyfunction]
fn statement_columns<'py>(texts: &Bound<'py, PyList>) -> PyResult<Bound<'py, PyDict>> {
    let py = texts.py();
    let texts = strings(texts)?;
    let c: StatementColumns = collect(py, &texts, StatementColumns::add)?;
    let columns = c.rows.columns(py, &texts)?;
    let mut start = 0;
    let mut quotes = Vec::with_capacity(c.quotes_end.len());
    for &end in &c.quotes_end {
        quotes.push(tuple(py, &c.quotes[start..end])?);
        start = end;
    }
    columns.set_item("quotes", PyList::new(py, quotes)?)?;
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

/// Adds the column functions to the module `_core`.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(quote_columns, m)?)?;
    m.add_function(wrap_pyfunction!(statement_columns, m)?)?;
    m.add_function(wrap_pyfunction!(sentence_columns, m)?)?;
    Ok(())
}
