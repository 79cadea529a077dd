//! Invariants that every result keeps, whatever the text, checked over regression inputs, the
//! small hostile files of `tests/data/hostile/` and a generated set of hostile inputs.
//!
//! The checker ([`check`]) is the one statement of the invariants: the fuzz targets of
//! `fuzz/fuzz_targets/` include this file and run the same functions on arbitrary text.
//! Inputs the fuzz targets once broke belong in [`regressions`], so they stay fixed.

#![allow(dead_code)] // The fuzz targets use the checker without the tests and generators.

use std::cell::RefCell;
use std::sync::Once;

/// The invariants, one function per stage; each returns what it found broken.
pub mod check {
    use quotehound::attribution::Attribution;
    use quotehound::marks::{is_quote_char, mark_at, may_start_mark, side};
    use quotehound::offsets::bytes_to_chars;
    use quotehound::paragraphs::Paragraph;
    use quotehound::quotes::QuoteSpan;
    use quotehound::sentences::Sentence;
    use quotehound::text::is_space;
    use quotehound::{Document, Quote};

    /// `Err` tells which invariant broke, and where.
    pub type Checked = Result<(), String>;

    macro_rules! ensure {
        ($cond:expr, $($message:tt)+) => {
            if !$cond {
                return Err(format!($($message)+));
            }
        };
    }

    /// A byte span of `text`: in bounds, on character boundaries, not reversed.
    pub fn span(text: &str, what: &str, start: usize, end: usize) -> Checked {
        ensure!(start <= end, "{what}: start {start} > end {end}");
        ensure!(end <= text.len(), "{what}: end {end} past the text's {} bytes", text.len());
        ensure!(text.is_char_boundary(start), "{what}: start {start} inside a character");
        ensure!(text.is_char_boundary(end), "{what}: end {end} inside a character");
        Ok(())
    }

    /// A span that holds something and neither starts nor ends with white space.
    fn trimmed(text: &str, what: &str, start: usize, end: usize) -> Checked {
        span(text, what, start, end)?;
        ensure!(start < end, "{what}: empty at {start}");
        let inner = &text[start..end];
        ensure!(!inner.starts_with(is_space), "{what}: starts with white space at {start}");
        ensure!(!inner.ends_with(is_space), "{what}: ends with white space at {end}");
        Ok(())
    }

    /// The first character outside every span of `spans` (sorted, disjoint) that is not
    /// white space, between `from` and `to`.
    fn uncovered(text: &str, from: usize, to: usize, spans: impl Iterator<Item = (usize, usize)>) -> Option<usize> {
        let mut at = from;
        let gap = |at: usize, until: usize| text[at..until].char_indices().find(|&(_, c)| !is_space(c)).map(|(i, _)| at + i);
        for (start, end) in spans {
            if let Some(i) = gap(at, start.max(at)) {
                return Some(i);
            }
            at = at.max(end);
        }
        gap(at, to.max(at))
    }

    /// Words that no speaker's name of more than one word holds in lower case: auxiliaries,
    /// modals, negation and the words that open a clause. Written out here rather than taken
    /// from the core's lexicon, so that a word dropped from the core's list still fails the check.
    pub const CLAUSE_WORDS: &[&str] = &[
        "am", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "has", "have", "had", "having", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "not", "never", "that", "whether", "if", "because", "although",
        "though", "while", "when", "whereas", "unless", "until", "who", "whom", "whose", "which",
    ];

    /// The words of `name`, as the tokenizer reads a word: the words of Unicode's word boundaries
    /// (UAX #29: `What0is`, `O'Brien`, `1,000`, `Zoë` are one word each), two of them joined
    /// when a hyphen or an apostrophe alone separates them (`well-being`, `FOX13's`).
    pub fn name_words(name: &str) -> Vec<&str> {
        use unicode_segmentation::UnicodeSegmentation;
        let mut words: Vec<(usize, usize)> = Vec::new();
        for (at, word) in name.unicode_word_indices() {
            match words.last_mut() {
                Some((_, end)) if matches!(&name[*end..at], "-" | "\u{2010}" | "\u{2011}" | "'" | "’") => *end = at + word.len(),
                _ => words.push((at, at + word.len())),
            }
        }
        words.into_iter().map(|(start, end)| &name[start..end]).collect()
    }

    /// White space that no name runs over: line breaks, tabs and the other control characters
    /// of white space, and the line and paragraph separators; a plain or no-break space joins
    /// the words of a name.
    pub fn breaks_a_name(c: char) -> bool {
        matches!(c, '\n' | '\r' | '\t' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
    }

    /// A speaker's name is a name: on one line, with no tab or other white space that sets
    /// apart fields, and, unless it is a single word, free of the auxiliaries, negations and
    /// clause openers that no name holds in lower case (`did`, `not`, `that`, `who`): a name
    /// that holds one has run on into a clause.
    pub fn name_is_a_name(name: &str) -> Checked {
        if let Some(c) = name.chars().find(|&c| breaks_a_name(c)) {
            return Err(format!("name {name:?} runs over the white space {c:?}"));
        }
        let words = name_words(name);
        if let Some(word) = words.iter().find(|w| words.len() > 1 && CLAUSE_WORDS.contains(w)) {
            return Err(format!("name {name:?} holds the clause word {word:?}"));
        }
        Ok(())
    }

    /// Paragraphs: trimmed, in order, disjoint, and every character that is not white space
    /// lies in one.
    pub fn paragraphs(text: &str, paragraphs: &[Paragraph]) -> Checked {
        for (i, p) in paragraphs.iter().enumerate() {
            trimmed(text, &format!("paragraph {i}"), p.start, p.end)?;
            if i > 0 {
                ensure!(
                    paragraphs[i - 1].end < p.start,
                    "paragraph {i} at {} overlaps or touches the one before, ending at {}",
                    p.start,
                    paragraphs[i - 1].end
                );
            }
        }
        if let Some(i) = uncovered(text, 0, text.len(), paragraphs.iter().map(|p| (p.start, p.end))) {
            return Err(format!("character at byte {i} lies in no paragraph"));
        }
        Ok(())
    }

    /// Sentences: trimmed, in order, disjoint, each inside the paragraph it names; paragraph
    /// numbers never go back; every character of a paragraph that is not white space lies in
    /// a sentence.
    pub fn sentences(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence]) -> Checked {
        for (i, s) in sentences.iter().enumerate() {
            trimmed(text, &format!("sentence {i}"), s.start, s.end)?;
            let p =
                paragraphs.get(s.paragraph).ok_or_else(|| format!("sentence {i}: paragraph {} of {}", s.paragraph, paragraphs.len()))?;
            ensure!(
                p.start <= s.start && s.end <= p.end,
                "sentence {i} {}..{} outside its paragraph {} {}..{}",
                s.start,
                s.end,
                s.paragraph,
                p.start,
                p.end
            );
            if i > 0 {
                let before = &sentences[i - 1];
                ensure!(before.end <= s.start, "sentence {i} at {} overlaps the one before, ending at {}", s.start, before.end);
                ensure!(before.paragraph <= s.paragraph, "sentence {i}: paragraph {} after {}", s.paragraph, before.paragraph);
            }
        }
        for (index, p) in paragraphs.iter().enumerate() {
            let first = sentences.partition_point(|s| s.paragraph < index);
            let inside = sentences[first..].iter().take_while(|s| s.paragraph == index).map(|s| (s.start, s.end));
            if let Some(i) = uncovered(text, p.start, p.end, inside) {
                return Err(format!("character at byte {i} of paragraph {index} lies in no sentence"));
            }
        }
        Ok(())
    }

    /// Every quote mark the lexer reports is a whole quotation character that the scanning
    /// filter lets through, and reading its side never fails.
    pub fn marks(text: &str) -> Checked {
        let bytes = text.as_bytes();
        for (i, c) in text.char_indices() {
            let Some(mark) = mark_at(bytes, i) else { continue };
            span(text, &format!("quote mark {c:?}"), i, i + mark.len)?;
            ensure!(mark.len > 0, "quote mark at {i}: no length");
            ensure!(may_start_mark(bytes[i]), "quote mark {c:?} at {i}: the scanning filter skips it");
            ensure!(is_quote_char(c), "quote mark {c:?} at {i}: not a quotation character");
            let _ = (side(text, i, mark, false), side(text, i, mark, true));
        }
        Ok(())
    }

    /// One quoted span: its marks around its words (`open < start <= end <= close`), the
    /// opening mark a real mark of the right length, and so the closing one when closed.
    fn quoted(text: &str, what: &str, open: usize, start: usize, end: usize, close: usize) -> Checked {
        span(text, what, open, close)?;
        span(text, what, start, end)?;
        ensure!(
            open < start && start <= end && end <= close,
            "{what}: marks and words out of order: open {open}, start {start}, end {end}, close {close}"
        );
        let opening = mark_at(text.as_bytes(), open).map(|m| m.len);
        ensure!(opening == Some(start - open), "{what}: {:?} at {open} is no opening mark of {} bytes", &text[open..start], start - open);
        if close > end {
            let closing = mark_at(text.as_bytes(), end).map(|m| m.len);
            ensure!(closing == Some(close - end), "{what}: {:?} at {end} is no closing mark of {} bytes", &text[end..close], close - end);
        }
        Ok(())
    }

    /// Quotation spans: well formed, each opening in the paragraph it names, in text order
    /// and disjoint (only the outermost are reported).
    pub fn quote_spans(text: &str, paragraphs: &[Paragraph], spans: &[QuoteSpan]) -> Checked {
        for (i, q) in spans.iter().enumerate() {
            let what = format!("quoted span {i}");
            quoted(text, &what, q.open, q.start, q.end, q.close)?;
            let p = paragraphs.get(q.paragraph).ok_or_else(|| format!("{what}: paragraph {} of {}", q.paragraph, paragraphs.len()))?;
            ensure!(
                p.start <= q.open && q.open < p.end,
                "{what}: opens at {} outside its paragraph {} {}..{}",
                q.open,
                q.paragraph,
                p.start,
                p.end
            );
            if i > 0 {
                ensure!(spans[i - 1].close <= q.open, "{what} at {} overlaps the one before, closing at {}", q.open, spans[i - 1].close);
            }
        }
        Ok(())
    }

    /// Attributions as the attribution stage returns them, one per quotation.
    pub fn attributions(text: &str, quotes: &[Quote], found: &[Option<Attribution>]) -> Checked {
        ensure!(found.len() == quotes.len(), "{} attributions for {} quotations", found.len(), quotes.len());
        for (i, a) in found.iter().enumerate() {
            let Some(a) = a else { continue };
            let m = &a.mention;
            span(text, &format!("attribution {i}: mention"), m.start, m.end)?;
            span(text, &format!("attribution {i}: name"), m.name_start, m.name_end)?;
            ensure!(m.start < m.end, "attribution {i}: empty mention at {}", m.start);
            ensure!(
                m.start <= m.name_start && m.name_end <= m.end,
                "attribution {i}: name {}..{} outside its mention {}..{}",
                m.name_start,
                m.name_end,
                m.start,
                m.end
            );
            if let Some((start, end)) = a.cue {
                span(text, &format!("attribution {i}: cue"), start, end)?;
            }
        }
        Ok(())
    }

    /// A whole document: every stage's invariants, and the quotations' links to sentences,
    /// paragraphs and speakers.
    pub fn document(text: &str, doc: &Document) -> Checked {
        paragraphs(text, &doc.paragraphs)?;
        sentences(text, &doc.paragraphs, &doc.sentences)?;
        let mut credits: Vec<(usize, usize)> = Vec::new();
        for (i, q) in doc.quotes.iter().enumerate() {
            let what = format!("quotation {i}");
            quoted(text, &what, q.open, q.start, q.end, q.close)?;
            ensure!(q.kind.is_quotation(), "{what}: kind {:?} is no quotation", q.kind);
            if i > 0 {
                let before = &doc.quotes[i - 1];
                ensure!(before.close <= q.open, "{what} at {} overlaps the one before, closing at {}", q.open, before.close);
                ensure!(before.sentence <= q.sentence, "{what}: sentence {} after {}", q.sentence, before.sentence);
            }
            let p =
                doc.paragraphs.get(q.paragraph).ok_or_else(|| format!("{what}: paragraph {} of {}", q.paragraph, doc.paragraphs.len()))?;
            ensure!(
                p.start <= q.open && q.open < p.end,
                "{what}: opens at {} outside its paragraph {} {}..{}",
                q.open,
                q.paragraph,
                p.start,
                p.end
            );
            let s = doc.sentences.get(q.sentence).ok_or_else(|| format!("{what}: sentence {} of {}", q.sentence, doc.sentences.len()))?;
            ensure!(
                s.start <= q.open && q.open < s.end,
                "{what}: opens at {} outside its sentence {} {}..{}",
                q.open,
                q.sentence,
                s.start,
                s.end
            );
            ensure!(s.paragraph == q.paragraph, "{what}: paragraph {} but its sentence's is {}", q.paragraph, s.paragraph);
            if let Some((start, end)) = q.mention {
                span(text, &format!("{what}: mention"), start, end)?;
                ensure!(start < end, "{what}: empty mention at {start}");
            }
            if let Some((start, end)) = q.cue {
                span(text, &format!("{what}: cue"), start, end)?;
            }
            ensure!(q.rule.is_some() == q.mention.is_some(), "{what}: rule {:?} with mention {:?}", q.rule, q.mention);
            ensure!(q.speaker.is_none() || q.rule.is_some(), "{what}: a speaker but no rule");
            if let Some(id) = q.speaker {
                let speaker = doc.speakers.get(id).ok_or_else(|| format!("{what}: speaker {id} of {}", doc.speakers.len()))?;
                let mention = q.mention.ok_or_else(|| format!("{what}: a speaker but no mention"))?;
                ensure!(speaker.mentions.contains(&mention), "{what}: mention {mention:?} not among speaker {id}'s");
                credits.push((q.open, id));
            }
            if let Some(id) = q.addressee {
                ensure!(id < doc.speakers.len(), "{what}: addressee {id} of {} speakers", doc.speakers.len());
                ensure!(q.speaker != Some(id), "{what}: spoken to its own speaker {id}");
            }
        }
        statements(text, doc, &mut credits)?;
        // Speakers come in the order of their first credit, a quotation's or a statement's.
        credits.sort_unstable();
        let mut first_credited: Vec<usize> = Vec::new();
        for (at, id) in credits {
            if !first_credited.contains(&id) {
                ensure!(id == first_credited.len(), "speaker {id} first credited at {at}, after {} others", first_credited.len());
                first_credited.push(id);
            }
        }
        ensure!(first_credited.len() == doc.speakers.len(), "{} speakers, {} of them credited", doc.speakers.len(), first_credited.len());
        for (id, speaker) in doc.speakers.iter().enumerate() {
            ensure!(!speaker.name.trim().is_empty(), "speaker {id}: no name");
            name_is_a_name(&speaker.name).map_err(|broken| format!("speaker {id}: {broken}"))?;
            ensure!(!speaker.mentions.is_empty(), "speaker {id}: no mentions");
            for (k, &(start, end)) in speaker.mentions.iter().enumerate() {
                span(text, &format!("speaker {id}: mention {k}"), start, end)?;
                ensure!(start < end, "speaker {id}: empty mention {k} at {start}");
            }
            ensure!(speaker.mentions.windows(2).all(|w| w[0] <= w[1]), "speaker {id}: mentions out of text order: {:?}", speaker.mentions);
        }
        Ok(())
    }

    /// Statements, as `statements.rs` promises them: contents in bounds, on character
    /// boundaries, non-empty and in text order, each starting in the sentence it names (whose
    /// paragraph it names); `quotes` exactly the quotations inside the content, in order; the
    /// kind as the quotations say (a statement of quotations is direct and runs from its first
    /// quotation's start to its last one's end; a partial quotation's own statement is mixed and
    /// ends with it; reported speech is indirect without quoted words, direct when they make
    /// nearly all of it, mixed otherwise); its mention and cue in bounds and non-empty, neither
    /// cut by an end of the content, and the cue of reported speech in no quotation; its speaker
    /// one of the document's, named there by its mention, or (for a statement of quotations)
    /// its first quotation's. Adds each reported statement's credit, `(start, speaker)`.
    pub fn statements(text: &str, doc: &Document, credits: &mut Vec<(usize, usize)>) -> Checked {
        use quotehound::statements::{Sieve, StatementKind};
        for (i, s) in doc.statements.iter().enumerate() {
            let what = format!("statement {i}");
            span(text, &what, s.start, s.end)?;
            ensure!(s.start < s.end, "{what}: empty at {}", s.start);
            if i > 0 {
                let before = &doc.statements[i - 1];
                ensure!((before.start, before.end) <= (s.start, s.end), "{what} at {} before the one before, at {}", s.start, before.start);
            }
            let sentence =
                doc.sentences.get(s.sentence).ok_or_else(|| format!("{what}: sentence {} of {}", s.sentence, doc.sentences.len()))?;
            ensure!(sentence.paragraph == s.paragraph, "{what}: paragraph {} but its sentence's is {}", s.paragraph, sentence.paragraph);
            // A quotation's words can begin with the white space after its mark, before the
            // sentence they belong to (`‟⏎“…`): the content starts in its sentence or in the
            // white space right before it.
            let leading_space = s.start < sentence.start && text[s.start..sentence.start].chars().all(char::is_whitespace);
            ensure!(
                (sentence.start <= s.start || leading_space) && s.start < sentence.end,
                "{what}: starts at {} outside its sentence {} {}..{}",
                s.start,
                s.sentence,
                sentence.start,
                sentence.end
            );
            // The mention and the cue: in bounds, and no end of the content falls inside one.
            let parts = [("mention", Some(s.mention())), ("cue", s.cue)];
            for (part, (start, end)) in parts.into_iter().filter_map(|(part, at)| Some((part, at?))) {
                span(text, &format!("{what}: {part}"), start, end)?;
                ensure!(start < end, "{what}: empty {part} at {start}");
                let cut = |at: usize| start < at && at < end;
                ensure!(!cut(s.start) && !cut(s.end), "{what}: its content {}..{} cuts its {part} {start}..{end}", s.start, s.end);
            }
            ensure!(s.quotes.windows(2).all(|w| w[0] < w[1]), "{what}: quotations out of order: {:?}", s.quotes);
            for &q in &s.quotes {
                let quote = doc.quotes.get(q).ok_or_else(|| format!("{what}: quotation {q} of {}", doc.quotes.len()))?;
                ensure!(s.start <= quote.start && quote.end <= s.end, "{what}: quotation {q} outside its content");
            }
            let inside: Vec<usize> =
                (0..doc.quotes.len()).filter(|&q| s.start <= doc.quotes[q].start && doc.quotes[q].end <= s.end).collect();
            ensure!(s.quotes == inside, "{what}: lists quotations {:?}, but {inside:?} are inside its content", s.quotes);
            let quoted: usize = s.quotes.iter().map(|&q| doc.quotes[q].end - doc.quotes[q].start).sum();
            match s.sieve {
                Sieve::Quotation => {
                    let (first, last) = match (s.quotes.first(), s.quotes.last()) {
                        (Some(&first), Some(&last)) => (&doc.quotes[first], &doc.quotes[last]),
                        _ => return Err(format!("{what}: a statement of quotations without one")),
                    };
                    ensure!(s.kind == StatementKind::Direct, "{what}: a statement of quotations of kind {:?}", s.kind);
                    ensure!((s.start, s.end) == (first.start, last.end), "{what}: {}..{} is not its quotations' span", s.start, s.end);
                    ensure!(s.rule.is_some() && s.rule == first.rule, "{what}: rule {:?}, its quotation's {:?}", s.rule, first.rule);
                    ensure!(Some(s.mention()) == first.mention, "{what}: mention {:?}, its quotation's {:?}", s.mention(), first.mention);
                    ensure!(s.speaker == first.speaker, "{what}: speaker {:?} not its quotation's", s.speaker);
                }
                sieve => {
                    if sieve == Sieve::PartialQuotation {
                        let quote = s.quotes.last().map(|&q| &doc.quotes[q]);
                        ensure!(s.kind == StatementKind::Mixed, "{what}: a partial quotation's statement of kind {:?}", s.kind);
                        ensure!(quote.is_some_and(|q| q.end == s.end), "{what}: a partial quotation's statement ends without it");
                    } else {
                        let kind = match quoted {
                            0 => StatementKind::Indirect,
                            q if q * 10 >= (s.end - s.start) * 9 => StatementKind::Direct,
                            _ => StatementKind::Mixed,
                        };
                        ensure!(s.kind == kind, "{what}: kind {:?}, its quotations make it {kind:?}", s.kind);
                    }
                    ensure!(s.rule.is_none(), "{what}: reported speech with the rule {:?}", s.rule);
                    if let Some((start, _)) = s.cue {
                        let holds = doc.quotes.iter().position(|q| q.open <= start && start < q.close);
                        ensure!(holds.is_none(), "{what}: its cue at {start} is inside quotation {holds:?}");
                    }
                    if let Some(id) = s.speaker {
                        let speaker = doc.speakers.get(id).ok_or_else(|| format!("{what}: speaker {id} of {}", doc.speakers.len()))?;
                        ensure!(speaker.mentions.contains(&s.mention()), "{what}: mention {:?} not among speaker {id}'s", s.mention());
                        credits.push((s.start, id));
                    }
                }
            }
        }
        Ok(())
    }

    /// Every offset of a document, converted to code points, agrees with counting them.
    pub fn code_points(text: &str, doc: &Document) -> Checked {
        let mut offsets: Vec<usize> = Vec::new();
        doc.sentences.iter().for_each(|s| offsets.extend([s.start, s.end]));
        for q in &doc.quotes {
            offsets.extend([q.open, q.start, q.end, q.close]);
            q.mention.iter().chain(&q.cue).for_each(|&(a, b)| offsets.extend([a, b]));
        }
        doc.speakers.iter().flat_map(|s| &s.mentions).for_each(|&(a, b)| offsets.extend([a, b]));
        let mut converted = offsets.clone();
        bytes_to_chars(text, &mut converted);
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        order.sort_unstable_by_key(|&i| offsets[i]);
        let (mut byte, mut chars) = (0, 0);
        for i in order {
            chars += text[byte..offsets[i]].chars().count();
            byte = offsets[i];
            ensure!(converted[i] == chars, "byte offset {byte} converted to {}, not code point {chars}", converted[i]);
        }
        Ok(())
    }

    /// Every stage on its own and the whole pipeline, twice: the results agree and repeat.
    pub fn all(text: &str) -> Checked {
        marks(text)?;
        let paras = quotehound::paragraphs::split(text);
        paragraphs(text, &paras)?;
        let sents = quotehound::sentences::split(text, &paras);
        sentences(text, &paras, &sents)?;
        quote_spans(text, &paras, &quotehound::quotes::find(text, &paras))?;
        let doc = quotehound::analyze(text);
        document(text, &doc)?;
        attributions(text, &doc.quotes, &quotehound::attribution::attribute(text, &doc.paragraphs, &doc.sentences, &doc.quotes))?;
        code_points(text, &doc)?;
        ensure!(doc.paragraphs == paras, "analyze found other paragraphs than paragraphs::split");
        ensure!(doc.sentences == sents, "analyze found other sentences than sentences::split");
        ensure!(quotehound::sentences(text) == doc.sentences, "sentences() differs from analyze()");
        ensure!(quotehound::quotes(text) == doc.quotes, "quotes() differs from analyze()");
        ensure!(quotehound::analyze(text) == doc, "a second analysis differs from the first");
        Ok(())
    }
}

/// Inputs that broke an invariant, each with what it broke.
pub fn regressions() -> Vec<(&'static str, String)> {
    vec![
        ("attribution read 400 bytes back from a quotation into the middle of a character", accented_window()),
        ("a quotation nested in one carried into the next paragraph came out before it, inside it", NESTED_IN_CARRIED.into()),
        ("a quoted span nested in one carried into the next paragraph came out before it", NESTED_SPAN_IN_CARRIED.into()),
        ("a quoted span nested in a carried one, shortest form", "„＇a'\n“".into()),
        ("a speaker's mentions out of text order", "“a”report P\"\"a".into()),
        ("a speaker made for a pronoun it did not fit was kept, credited with nothing", PRONOUN_NOT_FITTING.into()),
        ("speakers out of the order of their first quotations", "Mr S\nShe a〝a a\nSa.\"a a".into()),
        ("spans out of order made `span.open - p.close` in continues_direct overflow", "a\"a,'T' said\n〞a".into()),
        ("a quoted span nested in a carried one, angle marks", "»a'\u{FFFD}'\n»a".into()),
        ("a quotation placed in a sentence it does not open in", "〞a\n“'a'\n“".into()),
        ("a sentence opening with a verb of saying sent the search for a comma before it below zero", "said the mayor.".into()),
        ("a speaker's name ran over a tab into the headline before it", NAME_AFTER_TAB.into()),
        ("reported speech's source ran back over a line break of hard-wrapped prose", SOURCE_OVER_LINE_BREAK.into()),
        ("a first paragraph of nothing but a byte order mark read as a headline", "\u{feff}\r\n\n“a” she said".into()),
        (
            "a partial quotation's statement listed only its own quotation, not the one before it in its content",
            "Lee’s warning of “a slow siege of the valley” and “a long winter for all” drew a sharp reply.".into(),
        ),
        (
            "a partial quotation's statement, its cue in the sentence before, started in that sentence",
            "“We lost,” Lee said. The result was “a fluke of the weather” in her view.".into(),
        ),
        (
            "reported speech whose cue is inside a quotation, its source the statement's before",
            "The clinic issued a note saying that “as the records show, the staff argued that the wing should close.”".into(),
        ),
    ]
}

/// 200 two-byte letters before the quotation: a window of 400 bytes back from it.
fn accented_window() -> String {
    "é".repeat(200) + " \"a\" she said"
}
const NESTED_IN_CARRIED: &str = "“He said: ‘We will win.’ Then he left.\n\n“It will last,” she said.";
const NESTED_SPAN_IN_CARRIED: &str = "“He told me, ‘We will win, whatever it takes,’ and left.\n\n“It will last,” she said.";
const PRONOUN_NOT_FITTING: &str = "Mr S 'a' she said";
const NAME_AFTER_TAB: &str = "Pier Repairs Begin\tAnn Lee said: “We are ready.”";
const SOURCE_OVER_LINE_BREAK: &str = "The ferry would stay in port all week, the\nmother said.";

/// A quotation's words, and the words naming its speaker.
type Quoted = (&'static str, Option<&'static str>);

/// What the regression inputs that read as prose should give, beyond the invariants: the words of
/// each quotation, the words naming its speaker, and the speakers listed. (The others are
/// fuzzers' shrunk inputs, of which the invariants alone say what is right.)
fn expected_results() -> Vec<(String, Vec<Quoted>, Vec<&'static str>)> {
    vec![
        // The pronoun is found through the window, but it has no one to stand for.
        (accented_window(), vec![("a", Some("she"))], vec![]),
        // The opening mark of the next paragraph goes on with the quotation; the nested one is
        // part of it, not a quotation of its own.
        (NESTED_IN_CARRIED.into(), vec![("He said: ‘We will win.’ Then he left.\n\n“It will last,", Some("she"))], vec![]),
        (
            NESTED_SPAN_IN_CARRIED.into(),
            vec![("He told me, ‘We will win, whatever it takes,’ and left.\n\n“It will last,", Some("she"))],
            vec![],
        ),
        // `she` cannot be `Mr S`: nobody is credited, and no speaker is made for the pronoun.
        (PRONOUN_NOT_FITTING.into(), vec![("a", Some("she"))], vec![]),
        // A tab sets the headline's words apart from the name, as a line break would.
        (NAME_AFTER_TAB.into(), vec![("We are ready.", Some("Ann Lee"))], vec!["Ann Lee"]),
        // A name holds no line break: the source is what follows the last one.
        (SOURCE_OVER_LINE_BREAK.into(), vec![], vec!["mother"]),
    ]
}
/// Hostile inputs, generated. The sizes suit an unoptimised test build: 100,000 quote marks,
/// 10,000 levels of nesting, lines of 128 kB (the Python tests take 5 MB through a release build).
pub mod hostile {
    /// Every character with the Unicode Quotation_Mark property, and the other initial and
    /// final punctuation (Pi, Pf) and ornaments used as quotation marks.
    pub const QUOTATION_MARKS: &[char] = &[
        '"', '\'', '«', '»', '‘', '’', '‚', '‛', '“', '”', '„', '‟', '‹', '›', '⹂', '「', '」', '『', '』', '〝', '〞', '〟', '﹁', '﹂',
        '﹃', '﹄', '＂', '＇', '｢', '｣', '⸂', '⸃', '⸄', '⸅', '⸉', '⸊', '⸌', '⸍', '⸜', '⸝', '⸠', '⸡', '❛', '❜', '❝', '❞', '🙶', '🙷', '🙸',
        '`', '´', '〃',
    ];

    /// Zero-width characters, bidirectional controls, and other invisible format characters.
    pub const INVISIBLE: &[char] = &[
        '\u{200B}',
        '\u{200C}',
        '\u{200D}',
        '\u{200E}',
        '\u{200F}',
        '\u{202A}',
        '\u{202B}',
        '\u{202C}',
        '\u{202D}',
        '\u{202E}',
        '\u{2060}',
        '\u{2061}',
        '\u{2066}',
        '\u{2067}',
        '\u{2068}',
        '\u{2069}',
        '\u{FEFF}',
        '\u{180E}',
        '\u{00AD}',
        '\u{034F}',
        '\u{061C}',
        '\u{FFF9}',
        '\u{FFFB}',
        '\u{E0001}',
        '\u{E007F}',
    ];

    /// A paragraph of news with every attribution pattern in it.
    pub const NEWS: &str = "WASHINGTON (AP) — Sen. Elizabeth Warren said on Tuesday that the U.S. would “pay a price.” \
“We are not going anywhere,” she told reporters. “It is ‘fine’,” said Kremlin spokesperson Dmitry Peskov. \
According to the report, “the talks failed.” \"Why?\" he asked. Mr. Smith said: ‘We won’t.’";

    /// Pieces of text that make the stages' rules fire, for the random mixes.
    const PIECES: &[&str] = &[
        "“",
        "”",
        "‘",
        "’",
        "\"",
        "'",
        "''",
        "``",
        "«",
        "»",
        "„",
        "‹",
        "›",
        "「",
        "」",
        "＂",
        "＇",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        "\u{85}",
        "\u{2028}",
        "\u{2029}",
        "\u{b}",
        "\u{c}",
        "\u{1c}",
        "\u{1f}",
        "\u{a0}",
        "\u{3000}",
        "\0",
        "\u{200B}",
        "\u{202E}",
        "\u{FEFF}",
        "\u{FFFD}",
        ".",
        "?",
        "!",
        "…",
        "...",
        ". . .",
        ",",
        ";",
        ":",
        "—",
        "–",
        "-",
        "(",
        ")",
        "[",
        "]",
        "<",
        ">",
        "</",
        "<p>",
        "=",
        "said",
        "says",
        "told",
        "asked",
        "added",
        "according to",
        "he",
        "she",
        "they",
        "it",
        "I",
        "we",
        "Mr.",
        "Sen.",
        "Dr.",
        "U.S.",
        "J.",
        "Inc.",
        "a.m.",
        "Smith",
        "Warren",
        "Dmitry Peskov",
        "Kremlin spokesperson",
        "the report",
        "the State Department",
        "ORTIZ:",
        "1.",
        "2)",
        "’90s",
        "don’t",
        "O’Brien",
        "rock ’n’ roll",
        "$4.99",
        "3.5",
        "e\u{301}",
        "😀",
        "👨‍👩‍👧",
        "中文",
        "。",
        "！",
        "？",
        "שלום",
        "مرحبا",
        "Ελλάδα",
        "Москва",
        "हिन्दी",
        "a",
        "The",
        "x",
    ];

    /// A small, fixed pseudo-random generator (xorshift64*), so the inputs are the same on
    /// every run.
    pub struct Rng(u64);

    impl Rng {
        /// A generator from `seed`.
        pub fn new(seed: u64) -> Self {
            Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
        }

        /// The next number below `n`.
        pub fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
        }

        /// One of `items`.
        pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
            &items[self.below(items.len())]
        }
    }

    /// `count` random mixes of the pieces, each of up to `longest` pieces.
    pub fn mixes(seed: u64, count: usize, longest: usize) -> Vec<String> {
        let mut rng = Rng::new(seed);
        (0..count)
            .map(|_| {
                let n = rng.below(longest) + 1;
                (0..n)
                    .map(|_| match rng.below(10) {
                        0 => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{FFFD}').to_string(),
                        1 => rng.pick(QUOTATION_MARKS).to_string(),
                        _ => rng.pick(PIECES).to_string(),
                    })
                    .collect()
            })
            .collect()
    }

    /// Markup and scripts left in scraped text, around quotations.
    pub fn markup(repeat: usize) -> String {
        let page = r#"<html><head><script type="text/javascript">var s = "a" + 'b'; if (a < b && c > "d") { document.write('<div class="x">' + s + "</div>"); }
window.dataLayer = [{"event": "view", "title": "“Quoted” title"}];</script><style>p:before { content: "“"; } q:after { content: '”'; }</style></head>
<body><div class="article" data-author="@someone"><p>“It is groundless,” Kremlin spokesperson Dmitry Peskov said.</p>
<p>She said: <q>we won&rsquo;t</q> &ldquo;leave&rdquo; &#8220;now&#8221;.</p><img alt="A &quot;photo&quot;" src='x.jpg'><!-- "a comment --><br/>
<tweet tweet-id="7713" author="@x"></tweet>< not a tag "and a quote" > <a href="https://example.com/?q=%22x%22&amp;y='z'">link</a>
<p>Unclosed <b "tag with “quote marks and no end</p>
"#;
        page.repeat(repeat)
    }

    /// `n` copies of one mark, and other long runs of marks.
    pub fn mark_runs(n: usize) -> Vec<String> {
        let mut runs: Vec<String> =
            ["\"", "'", "“", "”", "‘", "’", "«", "»", "„", "''", "``", "＂", "「"].iter().map(|m| m.repeat(n)).collect();
        runs.push("“”".repeat(n / 2));
        runs.push("”“".repeat(n / 2));
        runs.push("\"a\" ".repeat(n / 2));
        runs.push("“a ".repeat(n / 2));
        runs.push("a” ".repeat(n / 2));
        runs.push("“a” said X. ".repeat(n / 4));
        runs.push("' ".repeat(n));
        runs.push(" \"".repeat(n));
        runs.push("“\n\n".repeat(n / 2));
        runs.push("\"\n".repeat(n / 2));
        runs
    }

    /// Quotations nested `depth` levels deep, closed and unclosed, alternating the families.
    pub fn nested(depth: usize) -> Vec<String> {
        let (opens, closes) = (["“", "‘", "«", "‹"], ["”", "’", "»", "›"]);
        let mut closed = String::new();
        for i in 0..depth {
            closed.push_str(opens[i % 2]);
            closed.push_str("he said ");
        }
        let unclosed = closed.clone();
        for i in (0..depth).rev() {
            closed.push_str(closes[i % 2]);
            closed.push_str(" she said");
        }
        let mut four = String::new();
        (0..depth).for_each(|i| four.push_str(opens[i % 4]));
        four.push('x');
        (0..depth).rev().for_each(|i| four.push_str(closes[i % 4]));
        let straight = format!("{}x{}", " \"a".repeat(depth), "b\" ".repeat(depth));
        vec![closed, unclosed, four, straight, "“".repeat(depth) + &"”".repeat(depth)]
    }

    /// Long single lines: words with no sentence end, one long word, many short sentences.
    pub fn long_lines(bytes: usize) -> Vec<String> {
        vec![
            "word ".repeat(bytes / 5),
            "x".repeat(bytes),
            "It rained. ".repeat(bytes / 11),
            "Mr. ".repeat(bytes / 4),
            "a.".repeat(bytes / 2),
            "“Yes,” he said ".repeat(bytes / 17),
            "–".repeat(bytes / 3),
        ]
    }

    /// Text full of cues of reported speech: one sentence of reports within reports, `that`
    /// clauses nested one in the next, `said` alone over and over, quotations and cues in one
    /// sentence.
    pub fn cues(bytes: usize) -> Vec<String> {
        let chain = "Ann said that Bo told Cy that Dee argued that Eli warned the court that Fay claimed that \
Gus wrote on Twitter that Hal believes that Ivy asked whether Jo added that according to Kim, ";
        let mut out: Vec<String> = vec![
            chain.repeat(bytes / chain.len()),
            "she said that he said that ".repeat(bytes / 27),
            "said ".repeat(bytes / 5),
            "Said said SAID, said ".repeat(bytes / 21),
            "“Yes,” Ann said that “no” and Bo told Cy ".repeat(bytes / 45),
            "her claim that his statement that the claim by Ann that ".repeat(bytes / 56),
        ];
        // The chain as the sentence before a quotation that opens its own: attribution reads it.
        out.push(format!("{}. “We are done here,” she said.", chain.repeat(bytes / chain.len() / 2)));
        out
    }

    /// Punctuation and nothing else.
    pub fn punctuation(n: usize) -> Vec<String> {
        let mut rng = Rng::new(7);
        let marks: Vec<char> = ".?!…,;:-—()[]{}<>/\\|@#$%^&*_+=~“”‘’\"'«»".chars().collect();
        let mut out: Vec<String> = [".", "?", "!", "…", ". ", "?!", ".\n", ")", "(", ":"].iter().map(|p| p.repeat(n)).collect();
        out.push((0..n).map(|_| *rng.pick(&marks)).collect());
        out.push((0..n).map(|_| if rng.below(3) == 0 { ' ' } else { *rng.pick(&marks) }).collect());
        out
    }

    /// Scripts mixed within words and sentences, with quotations in them.
    pub fn mixed_scripts(repeat: usize) -> String {
        let piece = "Путин сказал: «Мы победим». 習近平說：「我們會贏。」 قال الرئيس \"سننتصر\". הוא אמר ״כן״. \
Η Ελλάδα είπε «ναι». प्रधानमंत्री ने कहा, “हम जीतेंगे।” ผู้นำกล่าวว่า “เราจะชนะ” 😀 He said “naïve café Zoë ß İ ǅ”. ";
        piece.repeat(repeat)
    }

    /// News text with invisible characters between every character, and bidi controls around
    /// the quotations.
    pub fn invisible(repeat: usize) -> Vec<String> {
        let mut rng = Rng::new(11);
        let sprinkled: String = NEWS.chars().flat_map(|c| [c, *rng.pick(INVISIBLE)]).collect();
        let bidi = NEWS.replace('“', "\u{202E}“\u{2067}").replace('”', "”\u{2069}\u{202C}");
        let only: String = (0..2000).map(|_| *rng.pick(INVISIBLE)).collect();
        vec![sprinkled.repeat(repeat), bidi.repeat(repeat), only]
    }

    /// NUL bytes everywhere.
    pub fn nul(repeat: usize) -> Vec<String> {
        vec![
            "\0".repeat(repeat * 100),
            NEWS.replace(' ', "\0").repeat(repeat),
            NEWS.chars().flat_map(|c| [c, '\0']).collect::<String>().repeat(repeat),
        ]
    }

    /// Every quotation mark: alone, around a word, in a sentence, all in a row, all pairs.
    pub fn every_quotation_mark() -> Vec<String> {
        let mut out = Vec::new();
        for &m in QUOTATION_MARKS {
            out.push(m.to_string());
            out.push(format!("{m}word{m}"));
            out.push(format!("He said {m}yes{m} and {m}no{m}."));
            out.push(format!("{m}It is fine,{m} she said."));
        }
        let all: String = QUOTATION_MARKS.iter().collect();
        out.push(all.clone());
        out.push(all.chars().rev().collect());
        out.push(QUOTATION_MARKS.iter().flat_map(|&a| QUOTATION_MARKS.iter().map(move |&b| format!("{a}x{b} "))).collect());
        out
    }

    /// The whole hostile set, named.
    pub fn all() -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut add = |name: &str, texts: Vec<String>| out.extend(texts.into_iter().enumerate().map(|(i, t)| (format!("{name} {i}"), t)));
        add("markup", vec![markup(1), markup(100)]);
        add("100,000 marks", mark_runs(100_000));
        add("nested 10,000 levels", nested(10_000));
        add("long line", long_lines(1 << 17));
        add("cues", cues(1 << 17));
        add("punctuation", punctuation(100_000));
        add("mixed scripts", vec![mixed_scripts(1), mixed_scripts(250)]);
        add("invisible", invisible(50));
        add("NUL", nul(50));
        add("quotation marks", every_quotation_mark());
        add("random mix", mixes(1, 3000, 60));
        add("long random mix", mixes(2, 20, 20_000));
        out
    }
}

/// The text of every file in `tests/data/hostile/` (read as UTF-8, invalid bytes replaced).
fn hostile_files() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hostile");
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.display().to_string(), String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned()))
        .collect()
}

/// The message a panic carried.
fn panic_message(panic: Box<dyn std::any::Any + Send>) -> String {
    let message = panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()));
    format!("panicked: {}", message.unwrap_or_default())
}

thread_local! {
    /// The panics of this thread, caught or not: the pipeline catches a stage's panic and
    /// gives up its results, which must not hide the panic from these tests.
    static PANICS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Records every panic in [`PANICS`], besides reporting it as usual.
fn record_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let report = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let payload = info.payload();
            let message = payload.downcast_ref::<String>().cloned().or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()));
            let location = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
            PANICS.with(|p| p.borrow_mut().push(format!("panicked{location}: {}", message.unwrap_or_default())));
            report(info);
        }));
    });
}

/// Runs the checker over named inputs; fails listing every input that broke an invariant or
/// panicked (even where the pipeline caught the panic). How long each takes is measured by
/// `benches/bench_hostile.py`, not here.
fn check_each(inputs: impl IntoIterator<Item = (String, String)>) {
    record_panics();
    let mut broken = Vec::new();
    let mut count = 0;
    for (name, text) in inputs {
        count += 1;
        let fired = quotehound::guards_fired();
        let checked = std::panic::catch_unwind(|| check::all(&text)).unwrap_or_else(|panic| Err(panic_message(panic)));
        let panics = PANICS.with(|p| p.take());
        // The pipeline's own count of the stages it gave up; other tests of this binary running
        // at the same time cannot raise it, as long as none of their inputs makes a stage panic.
        let given_up = quotehound::guards_fired() - fired;
        let why = match (checked, panics.is_empty(), given_up) {
            (Ok(()), true, 0) => continue,
            (Err(why), true, 0) => why,
            (_, false, _) => panics.join("; "),
            (_, true, n) => format!("{n} stage(s) panicked and had their results given up"),
        };
        let shown: String = text.chars().take(80).collect();
        broken.push(format!("{name} ({} bytes, {shown:?}): {why}", text.len()));
    }
    assert!(broken.is_empty(), "{} of {count} inputs broke an invariant:\n{}", broken.len(), broken.join("\n"));
}

#[test]
fn regressions_keep_the_invariants() {
    check_each(regressions().into_iter().map(|(why, text)| (why.to_string(), text)));
}

#[test]
fn regressions_give_the_expected_result() {
    let inputs: Vec<String> = regressions().into_iter().map(|(_, text)| text).collect();
    for (text, quotations, speakers) in expected_results() {
        assert!(inputs.contains(&text), "not a regression input: {text:?}");
        let text = text.as_str();
        let fired = quotehound::guards_fired();
        let doc = quotehound::analyze(text);
        assert_eq!(quotehound::guards_fired(), fired, "a stage panicked on {text:?}");
        let found: Vec<(&str, Option<&str>)> =
            doc.quotes.iter().map(|q| (&text[q.start..q.end], q.mention.map(|(s, e)| &text[s..e]))).collect();
        assert_eq!(found, quotations, "{text:?}");
        let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, speakers, "{text:?}");
    }
}

#[test]
fn hostile_files_keep_the_invariants() {
    let files = hostile_files();
    assert!(!files.is_empty());
    check_each(files);
}

#[test]
fn generated_hostile_inputs_keep_the_invariants() {
    check_each(hostile::all());
}

#[test]
fn news_keeps_the_invariants() {
    let article = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/seed_article.txt")).unwrap();
    check_each([("seed article".to_string(), article), ("news".to_string(), hostile::NEWS.to_string())]);
}

#[test]
fn the_checker_catches_broken_results() {
    let text = "“Yes,” he said.";
    let mut doc = quotehound::analyze(text);
    assert!(check::document(text, &doc).is_ok());
    doc.quotes[0].start = 1; // inside the opening mark
    assert!(check::document(text, &doc).is_err());
    let mut doc = quotehound::analyze(text);
    doc.quotes[0].speaker = Some(doc.speakers.len());
    assert!(check::document(text, &doc).is_err());
    let mut doc = quotehound::analyze(text);
    doc.sentences[0].end = text.len() + 1;
    assert!(check::document(text, &doc).is_err());
    for name in ["Ann Lee did", "Flood Warning\nAnn Lee", "that he paid", "Flood Warning\tAnn Lee", "Flood\u{2028}Ann Lee", "Ann Lee\u{b}"]
    {
        assert!(check::name_is_a_name(name).is_err(), "{name:?} passed for a name");
    }
    for name in ["Ann Lee", "the independent senator and candidate", "who", "Department of State", "Ann\u{a0}Lee", "the well-being officer"]
    {
        assert!(check::name_is_a_name(name).is_ok(), "{name:?} failed as a name");
    }
}

/// The checker states its own list of clause words: each of them, in lower case, makes a name
/// of several words no name, whatever the core's lexicon holds; and the core cuts a name at each
/// of them, so that a word dropped from the core's list fails here rather than passing unseen.
#[test]
fn the_checker_s_clause_words_are_its_own_and_the_core_cuts_at_each() {
    for word in check::CLAUSE_WORDS {
        assert!(check::name_is_a_name(&format!("Ann Lee {word}")).is_err(), "{word:?}");
        assert!(check::name_is_a_name(&format!("Ann Lee {}", word.to_uppercase())).is_ok(), "{word:?} in capitals");
        assert!(quotehound::lexicon::clause_words().contains(word), "the core's clause words lack {word:?}");
    }
    assert_eq!(check::name_words("Sen. O'Brien-Lee\tsaid, 3 times"), ["Sen", "O'Brien-Lee", "said", "3", "times"]);
    // A word with a digit inside is one word, as the tokenizer reads it: not a clause word.
    assert_eq!(check::name_words("What0is Lee"), ["What0is", "Lee"]);
    // Words of other scripts, with their marks, as UAX #29 reads them.
    assert_eq!(check::name_words("Zoë Rene\u{301} Ἀθηνᾶ 1,000 FOX13’s"), ["Zoë", "Rene\u{301}", "Ἀθηνᾶ", "1,000", "FOX13’s"]);
}

#[test]
fn the_quotation_marks_are_those_of_the_hostile_file() {
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/hostile/every_quotation_mark.txt")).unwrap();
    let mut listed: Vec<char> = hostile::QUOTATION_MARKS.to_vec();
    listed.sort_unstable();
    assert_eq!(file.lines().next().unwrap().chars().collect::<Vec<_>>(), listed);
}
