//! The words that recur in the text columns of a frame (`said`, `he`, `Donald Trump`), each
//! made into one Python string per call, which every cell holding it shares.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use pyo3::prelude::*;
use pyo3::types::PyString;

use super::strings::substring;
use crate::lexicon::FxHasher;

/// `text[start:end]` when the span exists (`start` is not -1), else `None`; the word's one string
/// when it is one of `words` (`word` is not -1).
pub(crate) fn optional_substring<'py>(
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
pub(crate) struct Words {
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
    pub(crate) fn id(&mut self, word: &str) -> i32 {
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
    pub(crate) fn strings<'py>(&self, py: Python<'py>) -> Vec<Bound<'py, PyAny>> {
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
pub(crate) enum Name {
    Word(usize),
    Own(String),
}

impl Name {
    pub(crate) fn of(name: String, words: &mut Words) -> Name {
        match usize::try_from(words.id(&name)) {
            Ok(id) => Name::Word(id),
            Err(_) => Name::Own(name),
        }
    }

    pub(crate) fn string<'py>(&self, py: Python<'py>, words: &[Bound<'py, PyAny>]) -> Bound<'py, PyAny> {
        match self {
            Name::Word(id) => words[*id].clone(),
            Name::Own(name) => PyString::new(py, name).into_any(),
        }
    }
}
