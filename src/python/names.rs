//! The values of the results' category fields (kinds and rules), as the core names them: each
//! one's position in its list is its code in a frame's `category` column, and each one is a
//! single Python string, made once and shared by every result that holds it.

use std::sync::LazyLock;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyTuple};

use crate::statements::{Sieve, Statement, StatementKind, SIEVES};
use crate::{Kind, Rule, SpeakerKind};

/// The kinds of quotation, in the order of their codes.
pub(crate) const QUOTE_KINDS: [Kind; 2] = [Kind::Direct, Kind::Partial];

/// The attribution rules of quotations, in the order of their codes.
pub(crate) const RULES: [Rule; 12] = [
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
    Rule::Turn,
];

/// The kinds of statement, in the order of their codes.
pub(crate) const STATEMENT_KINDS: [StatementKind; 3] = [StatementKind::Direct, StatementKind::Mixed, StatementKind::Indirect];

/// The kinds of speaker, in the order of their codes.
const SPEAKER_KINDS: [SpeakerKind; 3] = [SpeakerKind::Person, SpeakerKind::Organization, SpeakerKind::Unknown];

/// The names a statement's rule can take ([`Statement::rule_name`]), in the order of their
/// codes: the rules of quotations, then the sieves of reported speech in the order they are
/// tried, each name once (`according_to` is both). A direct statement is named by its
/// quotation's rule, never by the sieve [`Sieve::Quotation`].
pub(crate) static STATEMENT_RULES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut names: Vec<&'static str> = RULES.iter().map(|r| r.as_str()).collect();
    for sieve in SIEVES {
        if sieve != Sieve::Quotation && !names.contains(&sieve.as_str()) {
            names.push(sieve.as_str());
        }
    }
    names
});

/// The position of `item` in `all`, or -1.
fn code<T: PartialEq>(all: &[T], item: T) -> i8 {
    all.iter().position(|x| *x == item).map_or(-1, |i| i as i8)
}

/// The code of a quotation's kind (-1 for the kinds of quoted words that are no quotation).
pub(crate) fn kind_code(kind: Kind) -> i8 {
    match kind {
        Kind::Direct | Kind::Partial => code(&QUOTE_KINDS, kind),
        Kind::Title | Kind::Term => -1,
    }
}

/// The code of a quotation's attribution rule, -1 for none.
pub(crate) fn rule_code(rule: Option<Rule>) -> i8 {
    use Rule::*;
    match rule {
        // Every rule is named, so that a new one does not compile until it has a place in RULES.
        Some(
            rule @ (QuoteSpeakerCue | QuoteCueSpeaker | SpeakerCueQuote | AccordingTo | QuoteDashSpeaker | ColonIntro | TranscriptLabel
            | Continuation | SentenceSubject | PreviousSentence | SignatureLine | Turn),
        ) => code(&RULES, rule),
        None => -1,
    }
}

/// The code of a statement's kind.
pub(crate) fn statement_kind_code(kind: StatementKind) -> i8 {
    code(&STATEMENT_KINDS, kind)
}

/// The code of a statement's rule, among [`STATEMENT_RULES`].
pub(crate) fn statement_rule_code(statement: &Statement) -> i8 {
    code(&STATEMENT_RULES, statement.rule_name())
}

/// The code of a speaker's kind.
fn speaker_kind_code(kind: SpeakerKind) -> i8 {
    code(&SPEAKER_KINDS, kind)
}

/// One Python string per value of each category, in the order of their codes.
struct Strings {
    quote_kinds: Vec<Py<PyString>>,
    rules: Vec<Py<PyString>>,
    statement_kinds: Vec<Py<PyString>>,
    statement_rules: Vec<Py<PyString>>,
    speaker_kinds: Vec<Py<PyString>>,
}

static STRINGS: PyOnceLock<Strings> = PyOnceLock::new();

/// The category values as Python strings, made the first time they are asked for.
pub(crate) struct Names<'a>(&'a Strings);

impl Names<'_> {
    pub(crate) fn get(py: Python<'_>) -> Names<'_> {
        Names(STRINGS.get_or_init(py, || Strings {
            quote_kinds: interned(py, QUOTE_KINDS.map(Kind::as_str)),
            rules: interned(py, RULES.map(Rule::as_str)),
            statement_kinds: interned(py, STATEMENT_KINDS.map(StatementKind::as_str)),
            statement_rules: interned(py, STATEMENT_RULES.iter().copied()),
            speaker_kinds: interned(py, SPEAKER_KINDS.map(SpeakerKind::as_str)),
        }))
    }

    pub(crate) fn quote_kind<'py>(&self, py: Python<'py>, kind: Kind) -> Bound<'py, PyAny> {
        value(py, &self.0.quote_kinds, kind_code(kind))
    }

    pub(crate) fn rule<'py>(&self, py: Python<'py>, rule: Option<Rule>) -> Bound<'py, PyAny> {
        value(py, &self.0.rules, rule_code(rule))
    }

    pub(crate) fn statement_kind<'py>(&self, py: Python<'py>, kind: StatementKind) -> Bound<'py, PyAny> {
        value(py, &self.0.statement_kinds, statement_kind_code(kind))
    }

    pub(crate) fn statement_rule<'py>(&self, py: Python<'py>, statement: &Statement) -> Bound<'py, PyAny> {
        value(py, &self.0.statement_rules, statement_rule_code(statement))
    }

    pub(crate) fn speaker_kind<'py>(&self, py: Python<'py>, kind: SpeakerKind) -> Bound<'py, PyAny> {
        value(py, &self.0.speaker_kinds, speaker_kind_code(kind))
    }
}

/// One interned Python string per name.
fn interned(py: Python<'_>, names: impl IntoIterator<Item = &'static str>) -> Vec<Py<PyString>> {
    names.into_iter().map(|name| PyString::intern(py, name).unbind()).collect()
}

/// The string of code `code` among `strings`; `None` for -1.
fn value<'py>(py: Python<'py>, strings: &[Py<PyString>], code: i8) -> Bound<'py, PyAny> {
    match usize::try_from(code) {
        Ok(code) => strings[code].bind(py).clone().into_any(),
        Err(_) => py.None().into_bound(py),
    }
}

/// Adds every category's values, in the order of their codes, to the module `_core`.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("QUOTE_KINDS", PyTuple::new(py, QUOTE_KINDS.map(Kind::as_str))?)?;
    m.add("RULES", PyTuple::new(py, RULES.map(Rule::as_str))?)?;
    m.add("STATEMENT_KINDS", PyTuple::new(py, STATEMENT_KINDS.map(StatementKind::as_str))?)?;
    m.add("STATEMENT_RULES", PyTuple::new(py, STATEMENT_RULES.iter())?)?;
    Ok(())
}
