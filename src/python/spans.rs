//! The byte offsets of the core's results, turned into Python string indices: each span's
//! words, mention and cue, six values a span, and all of a document's converted in one pass.

use crate::offsets::CharIndex;

/// Offsets per quotation or statement: its words, mention and cue, each a start and an end.
pub(crate) const SPAN_VALUES: usize = 6;

/// The byte offsets of a quotation's words, mention and cue, zero where there is none.
pub(crate) fn quote_spans(q: &crate::Quote) -> [usize; SPAN_VALUES] {
    let (mention, cue) = (q.mention.unwrap_or((0, 0)), q.cue.unwrap_or((0, 0)));
    [q.start, q.end, mention.0, mention.1, cue.0, cue.1]
}

/// The byte offsets of a statement's content, the words naming its source, and its cue (zero
/// where there is none).
pub(crate) fn statement_spans(s: &crate::statements::Statement) -> [usize; SPAN_VALUES] {
    let (mention, cue) = (s.mention(), s.cue.unwrap_or((0, 0)));
    [s.start, s.end, mention.0, mention.1, cue.0, cue.1]
}

/// The words, mention and cue of one span's converted offsets (a chunk of [`SPAN_VALUES`]).
pub(crate) fn span_parts(o: &[usize]) -> [(usize, usize); 3] {
    [(o[0], o[1]), (o[2], o[3]), (o[4], o[5])]
}

/// The start and end of each sentence in turn, converted to character offsets.
pub(crate) fn sentence_spans(index: &CharIndex<'_>, sentences: &[crate::Sentence]) -> Vec<usize> {
    let mut offsets: Vec<usize> = sentences.iter().flat_map(|s| [s.start, s.end]).collect();
    index.convert(&mut offsets);
    offsets
}

/// The character offsets of a document's attributed spans: its quotations', then its
/// statements', then the mentions of each speaker in turn.
pub(crate) struct Offsets {
    values: Vec<usize>,
    quotes: usize,
    statements: usize,
}

impl Offsets {
    /// The offsets of the quotations, of the statements when `statements` is true, and of the
    /// speakers' mentions of `doc`, converted.
    pub(crate) fn of(index: &CharIndex<'_>, doc: &crate::Document, statements: bool) -> Offsets {
        let statements = if statements { doc.statements.len() } else { 0 };
        let mentions: usize = doc.speakers.iter().map(|s| s.mentions.len()).sum();
        let mut values = Vec::with_capacity((doc.quotes.len() + statements) * SPAN_VALUES + 2 * mentions);
        values.extend(doc.quotes.iter().flat_map(quote_spans));
        values.extend(doc.statements[..statements].iter().flat_map(statement_spans));
        for s in &doc.speakers {
            values.extend(s.mentions.iter().flat_map(|&(start, end)| [start, end]));
        }
        index.convert(&mut values);
        Offsets { values, quotes: doc.quotes.len(), statements }
    }

    /// The words, mention and cue of the `i`th quotation.
    pub(crate) fn quote(&self, i: usize) -> [(usize, usize); 3] {
        span_parts(&self.values[i * SPAN_VALUES..(i + 1) * SPAN_VALUES])
    }

    /// The content, mention and cue of the `i`th statement.
    pub(crate) fn statement(&self, i: usize) -> [(usize, usize); 3] {
        let at = (self.quotes + i) * SPAN_VALUES;
        span_parts(&self.values[at..at + SPAN_VALUES])
    }

    /// The `k`th mention of all the speakers' mentions, in order.
    pub(crate) fn mention(&self, k: usize) -> (usize, usize) {
        let at = (self.quotes + self.statements) * SPAN_VALUES + 2 * k;
        (self.values[at], self.values[at + 1])
    }
}
