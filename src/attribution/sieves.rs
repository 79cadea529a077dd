//! The sieves of attribution, in the order they are tried: the one place that shows which
//! pattern is tried before which.
//!
//! A direct quotation (a sentence or more of someone's words) is credited first by the words
//! right after it (`“…,” she said.`); a partial one (a few words inside the writer's sentence)
//! first by a clause that closes the whole sentence (`… a “light touch,” the baker said.`) and by
//! a cue before it, and only then by the words right after it. The tables differ in that alone:
//! from `transcript_label` on they are the same.
//!
//! | # | [`DIRECT`] | [`PARTIAL`] |
//! |---:|---|---|
//! | 1 | `signature_line` | `signature_line` |
//! | 2 | `after_quotation` | `closing_clause` |
//! | 3 | `label` | `label` |
//! | 4 | `cue_before_or_relative` | `cue_before` |
//! | 5 | `transcript_label` | `after_quotation` |
//! | 6 | `later_in_sentence` | `cue_before_or_relative` |
//! | 7 | `colon_intro` | `transcript_label` |
//! | 8 | `previous_sentence` | `later_in_sentence` |
//! | 9 | `colon_clause` | `colon_intro` |
//! | 10 | `possessor` | `previous_sentence` |
//! | 11 | `sentence_subject` | `colon_clause` |
//! | 12 | `continuation` | `possessor` |
//! | 13 | | `sentence_subject` |
//! | 14 | | `continuation` |
//!
//! Each sieve is a function of one `Window`: the quotation, the attributions of the
//! quotations before it, and the stretches of text around it that attribution may read. The
//! first sieve that credits the quotation wins. After every quotation has been through its
//! table, one pass (`share_cues`) lets a quotation left without a cue, or credited only by
//! its sentence's subject or the sentence before, take the cue after the next quotation of its
//! sentence.
//!
//! Reported speech has its own ordered table, [`crate::statements::SIEVES`], whose first sieve
//! takes the quotations these tables credited.

use super::{transcript_label, Attribution, Reader, Rule, REACH};
use crate::kinds::Kind;
use crate::paragraphs::Paragraph;
use crate::sentences::Sentence;
use crate::Quote;

/// One named pattern of attribution, as the tables [`DIRECT`] and [`PARTIAL`] list them.
///
/// ```
/// use quotehound::attribution::sieves::{DIRECT, PARTIAL};
/// let names: Vec<&str> = DIRECT.iter().map(|s| s.name).collect();
/// assert_eq!(names[..2], ["signature_line", "after_quotation"]);
/// assert_eq!(PARTIAL.last().map(|s| s.name), Some("continuation"));
/// ```
#[derive(Clone, Copy)]
pub struct Sieve {
    /// The sieve's name; the [`Rule`] of what it finds says which form of its pattern matched.
    pub name: &'static str,
    /// Tries the pattern on one quotation.
    apply: fn(&mut Reader<'_>, &Window<'_>) -> Option<Attribution>,
}

impl std::fmt::Debug for Sieve {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// The sieves for a direct quotation, in the order they are tried.
///
/// ```
/// use quotehound::attribution::sieves::DIRECT;
/// assert!(DIRECT.iter().position(|s| s.name == "after_quotation") < DIRECT.iter().position(|s| s.name == "label"));
/// ```
pub const DIRECT: &[Sieve] = &[
    SIGNATURE_LINE,
    AFTER_QUOTATION,
    LABEL,
    CUE_BEFORE_OR_RELATIVE,
    TRANSCRIPT_LABEL,
    LATER_IN_SENTENCE,
    COLON_INTRO,
    PREVIOUS_SENTENCE,
    COLON_CLAUSE,
    POSSESSOR,
    SENTENCE_SUBJECT,
    CONTINUATION,
];

/// The sieves for a partial quotation, in the order they are tried.
///
/// ```
/// use quotehound::attribution::sieves::PARTIAL;
/// assert!(PARTIAL.iter().position(|s| s.name == "cue_before") < PARTIAL.iter().position(|s| s.name == "after_quotation"));
/// ```
pub const PARTIAL: &[Sieve] = &[
    SIGNATURE_LINE,
    CLOSING_CLAUSE,
    LABEL,
    CUE_BEFORE,
    AFTER_QUOTATION,
    CUE_BEFORE_OR_RELATIVE,
    TRANSCRIPT_LABEL,
    LATER_IN_SENTENCE,
    COLON_INTRO,
    PREVIOUS_SENTENCE,
    COLON_CLAUSE,
    POSSESSOR,
    SENTENCE_SUBJECT,
    CONTINUATION,
];

const SIGNATURE_LINE: Sieve = Sieve { name: "signature_line", apply: signature_line };
const AFTER_QUOTATION: Sieve = Sieve { name: "after_quotation", apply: after_quotation };
const CLOSING_CLAUSE: Sieve = Sieve { name: "closing_clause", apply: closing_clause };
const LABEL: Sieve = Sieve { name: "label", apply: label };
const CUE_BEFORE: Sieve = Sieve { name: "cue_before", apply: cue_before };
const CUE_BEFORE_OR_RELATIVE: Sieve = Sieve { name: "cue_before_or_relative", apply: cue_before_or_relative };
const TRANSCRIPT_LABEL: Sieve = Sieve { name: "transcript_label", apply: transcript };
const LATER_IN_SENTENCE: Sieve = Sieve { name: "later_in_sentence", apply: later_in_sentence };
const COLON_INTRO: Sieve = Sieve { name: "colon_intro", apply: colon_intro };
const PREVIOUS_SENTENCE: Sieve = Sieve { name: "previous_sentence", apply: previous_sentence };
const COLON_CLAUSE: Sieve = Sieve { name: "colon_clause", apply: colon_clause };
const POSSESSOR: Sieve = Sieve { name: "possessor", apply: possessor };
const SENTENCE_SUBJECT: Sieve = Sieve { name: "sentence_subject", apply: sentence_subject };
const CONTINUATION: Sieve = Sieve { name: "continuation", apply: continuation };

/// The table for a quotation of kind `kind`.
pub(super) fn table(kind: Kind) -> &'static [Sieve] {
    if kind == Kind::Direct {
        DIRECT
    } else {
        PARTIAL
    }
}

/// The first attribution that a sieve of `table` finds for the quotation of `window`.
pub(super) fn first(table: &[Sieve], reader: &mut Reader<'_>, window: &Window<'_>) -> Option<Attribution> {
    table.iter().find_map(|sieve| (sieve.apply)(reader, window))
}

/// One quotation, what was found for the quotations before it, and where the sieves may read.
/// Each quotation reads at most [`REACH`] bytes on either side, and never across its
/// neighbours, so the stage is linear in the text.
pub(super) struct Window<'a> {
    text: &'a str,
    paragraphs: &'a [Paragraph],
    sentences: &'a [Sentence],
    quotes: &'a [Quote],
    /// The attributions of the quotations before this one.
    found: &'a [Option<Attribution>],
    /// The quotation's index.
    index: usize,
    quote: &'a Quote,
    /// Where the quotation before closes (0 for the first).
    previous_close: usize,
    /// Where the words read before the opening mark start: in the sentence, after the
    /// quotation before, at most [`REACH`] back.
    before_start: usize,
    /// Where the words read after the closing mark end: before the next quotation, in the
    /// paragraph the quotation closes in, at most [`REACH`] on.
    after_end: usize,
    /// Where the quotation's sentence starts.
    sentence_start: usize,
    /// Where the words read after the closing mark end within the sentence it closes in.
    sentence_rest_end: usize,
    /// The quotation ends in `,`, `?`, `!` or a dash, or a comma follows it: a clause that
    /// attributes it may follow.
    closed: bool,
    /// The quotation ends its sentence: in a full stop (and is not `closed`), or in `?` or `!`
    /// right at the sentence's end (`“…!” Critics took it …`).
    ended: bool,
}

impl<'a> Window<'a> {
    /// The window of quotation `index` of `quotes`; `found` holds the attributions of those
    /// before it.
    pub(super) fn new(
        text: &'a str,
        paragraphs: &'a [Paragraph],
        sentences: &'a [Sentence],
        quotes: &'a [Quote],
        found: &'a [Option<Attribution>],
        index: usize,
    ) -> Window<'a> {
        let quote = &quotes[index];
        let previous_close = index.checked_sub(1).map_or(0, |p| quotes[p].close);
        let next_open = quotes.get(index + 1).map_or(text.len(), |n| n.open);
        let close_paragraph = paragraphs.partition_point(|p| p.end < quote.close).min(paragraphs.len().saturating_sub(1));
        let after_end =
            next_open.min(quote.close + REACH).min(paragraphs.get(close_paragraph).map_or(text.len(), |p| p.end)).max(quote.close);
        let sentence_start = sentences.get(quote.sentence).map_or(0, |s| s.start);
        let before_start = previous_close.max(sentence_start).max(quote.open.saturating_sub(REACH)).min(quote.open);
        let close_sentence_end = sentences.get(sentences.partition_point(|s| s.end < quote.close)).map_or(text.len(), |s| s.end);
        let sentence_rest_end = after_end.min(close_sentence_end).max(quote.close);
        let content = text[quote.start..quote.end].trim_end();
        let closed = content.ends_with([',', '?', '!', '—', '–', '-']) || text[quote.close..].trim_start().starts_with(',');
        let exclaimed = content.ends_with(['?', '!']) && close_sentence_end <= quote.close + 4;
        let ended = (content.ends_with('.') && !closed) || exclaimed;
        Window {
            text,
            paragraphs,
            sentences,
            quotes,
            found,
            index,
            quote,
            previous_close,
            before_start,
            after_end,
            sentence_start,
            sentence_rest_end,
            closed,
            ended,
        }
    }

    /// Whether the opening mark starts the quotation's sentence.
    fn opens_sentence(&self) -> bool {
        self.quote.open <= self.sentence_start
    }
}

/// `"… ⏎ Ann Lee, an economist."`: the quotation's last line signs it.
fn signature_line(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    reader.signature_line(w.quote)
}

/// `“…,” X said.`, `“…,” said X.`, `“…” — X`, `“…” according to X`: the words right after the
/// closing mark.
fn after_quotation(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    reader.after(w.quote.close, w.after_end, w.closed, w.ended)
}

/// `… a “light touch” with its suppliers, the baker said.`: a clause that only names a
/// speaker and a cue closes the sentence of a partial quotation.
fn closing_clause(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    reader.closing_attribution(w.quote.close, w.sentence_rest_end, w.closed)
}

/// `Roads closed by snow - Carl Lee: “…”`: a name alone before a colon.
fn label(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    reader.label(w.before_start, w.quote.open)
}

/// `X said: “…”`, `X said that “…”`, `according to X, “…”`: a cue before the opening mark,
/// whose subject is no relative pronoun.
fn cue_before(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    cue_before_with(reader, w, false)
}

/// As [`cue_before`], and else a cue whose subject is a relative pronoun (`Lee, who said
/// “…”`).
fn cue_before_or_relative(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    cue_before_with(reader, w, true)
}

/// The cue before the quotation, or the subject of a main clause without one (after an opening
/// subordinate clause), which gives way to a cue later in the sentence (`…, according to a
/// source`).
fn cue_before_with(reader: &mut Reader<'_>, w: &Window<'_>, relatives: bool) -> Option<Attribution> {
    let found = reader.before(w.before_start, w.quote.open, relatives)?;
    if found.rule == Rule::SentenceSubject {
        return reader.later_in_sentence(w.quote.close, w.sentence_rest_end).or(Some(found));
    }
    Some(found)
}

/// `"ORTIZ: Why?`: a transcript turn names its speaker inside the quotation.
fn transcript(_: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    transcript_label(w.text, w.quote)
}

/// `“…” are a disgrace, Lee said Sunday`: a cue later in the sentence, after a comma.
fn later_in_sentence(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    reader.later_in_sentence(w.quote.close, w.sentence_rest_end)
}

/// A paragraph that opens with the quotation, after one that ends `X said:`.
fn colon_intro(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    reader.colon_intro(w.quote, w.paragraphs, w.previous_close)
}

/// `…, Hale says. “If …”`: a quotation that opens its sentence, in the same paragraph as the
/// sentence before or the next, after one that ends in a cue or reports speech. When that
/// sentence holds the quotation before, credited by a cue after it (`“…,” Lee said after Cole
/// spoke. “…”`), the cue and the speaker are that quotation's.
fn previous_sentence(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    let previous = w.quote.sentence.checked_sub(1).and_then(|p| w.sentences.get(p))?;
    let near = previous.paragraph + 1 >= w.quote.paragraph;
    if !(w.opens_sentence() && near) {
        return None;
    }
    let previous_close = w.previous_close;
    let before = w.index.checked_sub(1).and_then(|p| w.found[p]).filter(|a| {
        previous_close > previous.start
            && previous_close <= previous.end
            && a.cue.is_some_and(|(start, _)| start >= previous.start && start < previous.end)
            && matches!(a.rule, Rule::QuoteSpeakerCue | Rule::QuoteCueSpeaker)
    });
    if let Some(a) = before {
        return Some(Attribution { rule: Rule::PreviousSentence, ..a });
    }
    reader.previous_sentence(previous.start.max(previous_close), previous.end)
}

/// `…, but Cole had one complaint: “…”`: a colon right before the quotation hands it to the
/// subject of the clause the colon ends.
fn colon_clause(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    reader.colon_clause(w.before_start, w.quote.open)
}

/// `Lee’s accusations of a “cosy cartel”`: a noun for something said speaks for its possessor.
fn possessor(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    reader.possessor(w.before_start, w.quote.open)
}

/// `Lee saw the toll as “a trap”`: with no cue, the subject of the sentence the quotation is
/// inside. Not after another quotation of the sentence: then the words read are not the
/// sentence's start, and the quotation before is the better guide.
fn sentence_subject(reader: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    if w.quote.open > w.sentence_start && w.previous_close <= w.sentence_start {
        reader.sentence_subject(w.before_start, w.quote.open)
    } else {
        None
    }
}

/// A quotation with no cue of its own continues the speaker of the quotation just before it,
/// when that one was attributed and ends in the same or the previous paragraph. In a later
/// paragraph only a quotation that opens its sentence goes on speaking: one inside a sentence
/// is the writer's own words about someone (`… called the plan “a disaster.”`), whoever spoke
/// before.
fn continuation(_: &mut Reader<'_>, w: &Window<'_>) -> Option<Attribution> {
    let previous = w.index.checked_sub(1)?;
    let attribution = w.found[previous]?;
    let (earlier, current) = (&w.quotes[previous], w.quote);
    // The paragraph the earlier quotation closes in: a quotation can run over several.
    let close_paragraph = w.paragraphs.partition_point(|p| p.end < earlier.close).max(earlier.paragraph);
    let reach = if w.opens_sentence() { close_paragraph + 1 } else { close_paragraph };
    (current.paragraph <= reach).then_some(Attribution { rule: Rule::Continuation, ..attribution })
}

/// `“A” -- an aside -- “B,” he says.`: a quotation left without a cue shares the cue that
/// follows the next quotation of its sentence. So does one credited only by the sentence before
/// it or by its sentence's subject: the cue after the next quotation is in its own sentence.
pub(super) fn share_cues(quotes: &[Quote], found: &mut [Option<Attribution>]) {
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        let weak = found[i].is_none_or(|a| matches!(a.rule, Rule::PreviousSentence | Rule::SentenceSubject));
        if weak && quotes[i + 1].sentence == quotes[i].sentence {
            let closing = |a: &Attribution| matches!(a.rule, Rule::QuoteSpeakerCue | Rule::QuoteCueSpeaker);
            found[i] = match found[i] {
                None => found[i + 1].filter(|a| a.rule != Rule::Continuation),
                Some(a) => Some(found[i + 1].filter(closing).unwrap_or(a)),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the sieve `name` finds for quotation `which` of `text`, the quotations before it
    /// attributed by their tables: the mention's words, the cue's and the rule.
    fn sieve(name: &str, text: &str, which: usize) -> Option<(String, Option<String>, &'static str)> {
        let sieve = DIRECT.iter().chain(PARTIAL).find(|s| s.name == name).unwrap_or_else(|| panic!("no sieve {name}"));
        let doc = crate::analyze(text);
        assert!(which < doc.quotes.len(), "{text:?} has {} quotations", doc.quotes.len());
        let mut reader = Reader { text, tokens: Vec::new(), cues: Vec::new() };
        let mut found = Vec::new();
        for i in 0..which {
            let window = Window::new(text, &doc.paragraphs, &doc.sentences, &doc.quotes, &found, i);
            found.push(first(table(doc.quotes[i].kind), &mut reader, &window));
        }
        let window = Window::new(text, &doc.paragraphs, &doc.sentences, &doc.quotes, &found, which);
        (sieve.apply)(&mut reader, &window).map(|a| {
            let cue = a.cue.map(|(start, end)| text[start..end].to_string());
            (text[a.mention.start..a.mention.end].to_string(), cue, a.rule.as_str())
        })
    }

    /// A case of one sieve: its name, a text, the quotation read, and what the sieve finds
    /// for it (the mention's words, the cue's and the rule), or `None`.
    type Case = (&'static str, &'static str, usize, Option<(&'static str, Option<&'static str>, &'static str)>);

    /// Each sieve's pattern, and a text where it finds nothing.
    const CASES: &[Case] = &[
        // signature_line: a name on the quotation's last line signs it.
        (
            "signature_line",
            "The pier will close.\n\n\"Fishing boats will feel the change first.\nMara Quill, Harbour Trust.\"\n\nThen it did.",
            0,
            Some(("Mara Quill", None, "signature_line")),
        ),
        ("signature_line", "“Snow closed every pass this week, and more will fall.”", 0, None),
        // after_quotation: the speaker and the cue right after the closing mark.
        ("after_quotation", "“The vote was fair,” the clerk said.", 0, Some(("the clerk", Some("said"), "quote_speaker_cue"))),
        ("after_quotation", "“The vote was fair,” said Tom Reyes.", 0, Some(("Tom Reyes", Some("said"), "quote_cue_speaker"))),
        ("after_quotation", "“We will rebuild the mill.” — Nora Vance", 0, Some(("Nora Vance", Some("—"), "quote_dash_speaker"))),
        // A full stop ends the quotation's sentence: what follows reports something else.
        ("after_quotation", "“The vote was fair.” Tom Reyes said that the count was slow.", 0, None),
        // closing_clause: a clause that only names a speaker and a cue ends the sentence.
        (
            "closing_clause",
            "The bakery kept a “light touch” with its suppliers, the owner said on Friday.",
            0,
            Some(("the owner", Some("said"), "quote_speaker_cue")),
        ),
        ("closing_clause", "The bakery kept a “light touch” with its suppliers, the owner said that prices would rise.", 0, None),
        // label: a name alone before a colon.
        (
            "label",
            "Flood warning - Carl Dunmore: “Stay off the river roads tonight.”",
            0,
            Some(("Carl Dunmore", Some(":"), "speaker_cue_quote")),
        ),
        ("label", "The county told Carl Dunmore: “Stay off the river roads tonight.”", 0, None),
        // cue_before and cue_before_or_relative: a cue and its subject before the opening mark;
        // only the second takes a relative pronoun for the subject.
        (
            "cue_before_or_relative",
            "The harbour master said: “No boat leaves before noon.”",
            0,
            Some(("The harbour master", Some("said"), "speaker_cue_quote")),
        ),
        (
            "cue_before",
            "The harbour master said the ferry was “in no shape to sail” that morning.",
            0,
            Some(("The harbour master", Some("said"), "speaker_cue_quote")),
        ),
        ("cue_before", "The ferry was “in no shape to sail” that morning.", 0, None),
        ("cue_before", "The hall filled with fishermen who said the quota was “a death sentence” for the port.", 0, None),
        (
            "cue_before_or_relative",
            "The hall filled with fishermen who said the quota was “a death sentence” for the port.",
            0,
            Some(("who", Some("said"), "speaker_cue_quote")),
        ),
        ("cue_before_or_relative", "The ferry was “in no shape to sail” that morning.", 0, None),
        // transcript_label: the name that opens a turn.
        ("transcript_label", "\"DUNMORE: Why would we close the bridge?\"", 0, Some(("DUNMORE", Some(":"), "transcript_label"))),
        ("transcript_label", "\"Why would we close the bridge?\"", 0, None),
        // later_in_sentence: a cue after a comma further on in the sentence.
        (
            "later_in_sentence",
            "“Nobody asked us,” and the plan must go, Lee said on Sunday.",
            0,
            Some(("Lee", Some("said"), "quote_speaker_cue")),
        ),
        (
            "later_in_sentence",
            "The levy is “a tax on thrift” for savers, as the union’s treasurer suggested.",
            0,
            Some(("the union’s treasurer", Some("suggested"), "quote_speaker_cue")),
        ),
        ("later_in_sentence", "The levy is “a tax on thrift,” and it will go.", 0, None),
        // colon_intro: a paragraph that ends in a cue and a colon.
        (
            "colon_intro",
            "Ann Weller, the head of the board, said:\n\n“We will not wait for the vote.”",
            0,
            Some(("Ann Weller", Some("said"), "colon_intro")),
        ),
        ("colon_intro", "The board met on Tuesday.\n\n“We will not wait for the vote.”", 0, None),
        // previous_sentence: a sentence before that ends in a cue, or holds the quotation
        // before with its cue; not for a quotation inside its sentence.
        (
            "previous_sentence",
            "The roads will stay shut, Hale says. “If the snow keeps up, nobody moves.”",
            0,
            Some(("Hale", Some("says"), "previous_sentence")),
        ),
        (
            "previous_sentence",
            "“We lost,” Lee said after the count. “We will be back.”",
            1,
            Some(("Lee", Some("said"), "previous_sentence")),
        ),
        ("previous_sentence", "The roads will stay shut, Hale says. Drivers call it “a siege.”", 0, None),
        // colon_clause: the subject of the clause that a colon before the quotation ends.
        (
            "colon_clause",
            "The vote went ahead, but Cole had one complaint: “It was rushed.”",
            0,
            Some(("Cole", Some(":"), "speaker_cue_quote")),
        ),
        ("colon_clause", "The vote went ahead, but Cole had one complaint about “too much haste”.", 0, None),
        // possessor: the owner of a noun for something said.
        ("possessor", "Lee’s warning of a “cosy cartel” drew a sharp reply.", 0, Some(("Lee’s", Some("warning"), "speaker_cue_quote"))),
        ("possessor", "Lee’s farm grew a “cosy little” reputation.", 0, None),
        // sentence_subject: the subject of a sentence without a cue, but not after another
        // quotation of the sentence.
        ("sentence_subject", "Lee saw the toll as “a trap” for drivers.", 0, Some(("Lee", None, "sentence_subject"))),
        ("sentence_subject", "Lee saw the toll as “a trap” and the bridge as “a relic” of the past.", 1, None),
        // continuation: the speaker of the quotation before goes on, but inside a sentence of a
        // later paragraph a quotation is the writer's words.
        ("continuation", "“We lost,” Lee said.\n\n“We will be back next year.”", 1, Some(("Lee", Some("said"), "continuation"))),
        ("continuation", "“We lost,” Lee said.\n\nCritics called the result “a fluke”.", 1, None),
        ("continuation", "“We will be back next year.”", 0, None),
    ];

    #[test]
    fn each_sieve_finds_its_pattern_and_not_another() {
        for &(name, text, which, expected) in CASES {
            let expected = expected.map(|(mention, cue, rule)| (mention.to_string(), cue.map(str::to_string), rule));
            assert_eq!(sieve(name, text, which), expected, "{name} on {text:?}");
        }
    }

    #[test]
    fn every_sieve_has_a_case_it_credits_and_one_it_does_not() {
        for sieve in DIRECT.iter().chain(PARTIAL) {
            let cases = || CASES.iter().filter(|c| c.0 == sieve.name);
            assert!(cases().any(|c| c.3.is_some()) && cases().any(|c| c.3.is_none()), "{}", sieve.name);
        }
    }

    #[test]
    fn a_quotation_without_a_cue_shares_the_next_one_s_in_its_sentence() {
        let text = "“We lost” -- a rare admission -- “and we will learn from it,” Lee said.";
        let doc = crate::analyze(text);
        let found = super::super::attribute(text, &doc.paragraphs, &doc.sentences, &doc.quotes);
        let mentions: Vec<Option<&str>> = found.iter().map(|a| a.map(|a| &text[a.mention.start..a.mention.end])).collect();
        assert_eq!(mentions, [Some("Lee"), Some("Lee")]);
        let mut unshared = found.clone();
        unshared[0] = None;
        share_cues(&doc.quotes, &mut unshared);
        assert_eq!(unshared, found);
    }

    #[test]
    fn the_tables_share_their_tail_and_name_each_sieve_once() {
        let names = |table: &[Sieve]| table.iter().map(|s| s.name).collect::<Vec<_>>();
        let (direct, partial) = (names(DIRECT), names(PARTIAL));
        let tail = direct.iter().position(|&n| n == "transcript_label").unwrap();
        assert!(partial.ends_with(&direct[tail..]));
        for table in [&direct, &partial] {
            let mut sorted = table.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), table.len(), "{table:?}");
        }
        assert_eq!(direct.first(), partial.first());
        assert!(!direct.contains(&"closing_clause") && !direct.contains(&"cue_before"));
    }

    #[test]
    fn a_quotation_goes_through_the_table_of_its_kind() {
        // A partial quotation is credited by the clause that closes its sentence before the
        // words right after it are read: here they name no one.
        let text = "The bakery kept a “light touch,” more or less, the owner said on Friday.";
        let doc = crate::analyze(text);
        assert_eq!(doc.quotes[0].kind, Kind::Partial);
        let names = |table: &[Sieve]| table.iter().map(|s| s.name).collect::<Vec<_>>();
        assert_eq!(names(table(Kind::Partial)), names(PARTIAL));
        assert_eq!(names(table(Kind::Direct)), names(DIRECT));
        let found = super::super::attribute(text, &doc.paragraphs, &doc.sentences, &doc.quotes);
        assert_eq!(found[0].map(|a| &text[a.mention.start..a.mention.end]), Some("the owner"));
    }
}
