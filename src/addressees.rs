//! Addressees: whom a quotation of dialogue is spoken to.
//!
//! Only a text read as dialogue (see [`crate::turns`]) has addressees: in news a quotation is
//! spoken to the reporter or to the public, and the paragraph before it is not its listener.
//! Two signs are read, in this order:
//!
//! - a vocative, a speaker's name set off by commas inside the quotation (`“Ann, come here”`,
//!   `“You know, Mr. Bell, I never did.”`): the speaker of the document that name fits, other
//!   than the quotation's own;
//! - else the other person of the exchange: the speaker of the nearest quotation of the
//!   paragraph before who is not the quotation's, or failing one, of the paragraph after.

use rustc_hash::FxHashMap;

use crate::lexicon::{self, honorific, Honorific};
use crate::speakers::Speaker;
use crate::text::{char_at, char_before, is_space};
use crate::words::words;
use crate::Quote;

/// How many quotations back a vocative fitting several speakers looks for the latest of them.
const RECENT_QUOTES: usize = 30;

/// The addressee of each of `quotes` (an index into `speakers`), resolved as the module says;
/// none unless `dialogue`.
///
/// ```
/// let mut text = String::new();
/// for _ in 0..6 {
///     text.push_str("“Will it rain?” asked Ann.\n\n“I think so, Ann,” said Tom.\n\n“Then stay.”\n\n“I will.”\n\nThey waited.\n\n");
/// }
/// let doc = quotehound::analyze(&text);
/// let name = |id: Option<usize>| id.map(|id| doc.speakers[id].name.as_str());
/// // Ann's question is spoken to Tom, who answers her in the next paragraph.
/// assert_eq!(name(doc.quotes[0].addressee), Some("Tom"));
/// assert_eq!(name(doc.quotes[1].addressee), Some("Ann"));
/// ```
pub fn find(text: &str, quotes: &[Quote], speakers: &[Speaker], dialogue: bool) -> Vec<Option<usize>> {
    if !dialogue {
        return vec![None; quotes.len()];
    }
    let names = Names::of(speakers);
    (0..quotes.len()).map(|i| vocative(text, quotes, &names, i).or_else(|| other_person(quotes, i))).collect()
}

/// The speakers by each word of their names that a vocative can use (titles left out), with
/// the honorific the text gave each: a vocative is looked up, not compared with every speaker,
/// as a novel can have thousands.
struct Names<'s> {
    by_word: FxHashMap<&'s str, Vec<usize>>,
    honorifics: Vec<Option<Honorific>>,
}

impl<'s> Names<'s> {
    fn of(speakers: &'s [Speaker]) -> Self {
        let mut by_word: FxHashMap<&'s str, Vec<usize>> = FxHashMap::default();
        for (id, speaker) in speakers.iter().enumerate() {
            let name = speaker.name.as_str();
            for (_, word) in words(name, 0, name.len()).filter(|(_, w)| honorific(w).is_none()) {
                let ids = by_word.entry(word).or_default();
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            }
        }
        Names { by_word, honorifics: speakers.iter().map(Speaker::honorific).collect() }
    }

    /// The speakers the vocative `word`, after the honorific `title` if any, can name.
    fn fitting(&self, word: &str, title: Option<Honorific>) -> impl Iterator<Item = usize> + '_ {
        let ids = self.by_word.get(word).map_or(&[][..], Vec::as_slice);
        ids.iter().copied().filter(move |&id| !matches!((title, self.honorifics[id]), (Some(a), Some(b)) if !a.agrees(b)))
    }
}

/// The speaker the `i`th quotation names as a vocative, other than its own: the one speaker
/// the name fits, or of several, the latest to have spoken.
fn vocative(text: &str, quotes: &[Quote], names: &Names<'_>, i: usize) -> Option<usize> {
    let quote = &quotes[i];
    let (word, title) = vocative_name(text, quote.start, quote.end)?;
    let mut fitting = names.fitting(word, title).filter(|&id| Some(id) != quote.speaker);
    let first = fitting.next()?;
    if fitting.next().is_none() {
        return Some(first);
    }
    quotes[i.saturating_sub(RECENT_QUOTES)..i]
        .iter()
        .rev()
        .filter_map(|q| q.speaker)
        .find(|&id| Some(id) != quote.speaker && names.fitting(word, title).any(|fit| fit == id))
}

/// The name in `text[start..end]` said to someone, and its honorific: a capitalised word that
/// opens the quotation or follows a comma (after `dear`, `my dear` or an honorific, if any),
/// and that a comma, `!`, `?` or (after a comma) the end of a sentence or of the quotation
/// closes: `Ann, come`, `come, Mr. Bell!`, `no, my dear Ann.`
///
/// ```
/// use quotehound::addressees::vocative_name;
/// fn name(text: &str) -> Option<&str> {
///     vocative_name(text, 0, text.len()).map(|(word, _)| word)
/// }
/// assert_eq!(name("Ann, come here."), Some("Ann"));
/// assert_eq!(name("I told you, Mr. Bell, I never did."), Some("Bell"));
/// assert_eq!(name("Yes, my dear Ann."), Some("Ann"));
/// assert_eq!(name("Oh, you did?"), None);
/// assert_eq!(name("Well, you may."), None); // an interjection names nobody
/// assert_eq!(name("We saw Ann, and Tom."), None);
/// ```
pub fn vocative_name(text: &str, start: usize, end: usize) -> Option<(&str, Option<Honorific>)> {
    let mut title = None;
    // Whether the words read since the quotation's start or its last comma are only those a
    // vocative can open with, and whether that run began at a comma.
    let (mut set_off, mut after_comma) = (true, false);
    let mut last_end = start;
    for (at, word) in words(text, start, end) {
        let between = text[last_end..at].trim_matches(is_space);
        last_end = at + word.len();
        if between.ends_with(',') {
            (set_off, after_comma, title) = (true, true, None);
        } else if !between.chars().all(|c| c == '.' || is_space(c)) {
            set_off = false;
        }
        if !set_off {
            continue;
        }
        if let Some(kind) = honorific(word) {
            title = Some(kind);
            continue;
        }
        if lexicon::vocative_openers().contains(word) {
            continue;
        }
        set_off = false;
        let capitalised = char_at(text, at).is_some_and(char::is_uppercase) && char_before(text, at) != Some('-');
        if capitalised && !lexicon::not_vocatives().contains(word) && closes_vocative(text, last_end, end, after_comma) {
            return Some((word, title));
        }
    }
    None
}

/// Whether a vocative can end at `at`: a comma, `!` or `?` follows, or, for one set off by a
/// comma before it, a full stop, a semicolon or the quotation's end at `end`.
fn closes_vocative(text: &str, at: usize, end: usize, after_comma: bool) -> bool {
    let rest = text[at..end].trim_start_matches(is_space);
    match rest.chars().next() {
        Some(',' | '!' | '?') => true,
        Some('.' | ';') | None => after_comma,
        _ => false,
    }
}

/// The other person of the `i`th quotation's exchange: the speaker of the nearest quotation
/// of the paragraph before that is not the quotation's own speaker, or failing one, of the
/// paragraph after.
fn other_person(quotes: &[Quote], i: usize) -> Option<usize> {
    let quote = &quotes[i];
    let other = |q: &Quote| q.speaker.filter(|&id| Some(id) != quote.speaker);
    let before = quotes[..i]
        .iter()
        .rev()
        .skip_while(|q| q.paragraph == quote.paragraph)
        .take_while(|q| q.paragraph + 1 == quote.paragraph)
        .find_map(other);
    before.or_else(|| {
        quotes[i + 1..]
            .iter()
            .skip_while(|q| q.paragraph == quote.paragraph)
            .take_while(|q| q.paragraph == quote.paragraph + 1)
            .find_map(other)
    })
}
