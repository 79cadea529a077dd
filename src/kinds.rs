//! What a quoted span is: a quotation someone says (`direct` or `partial`), or quote-marked
//! words nobody says (a `title`, a scare-quoted `term`).
//!
//! - Words that name rather than report (`the film “Dune”`, `so-called “experts”`) and
//!   title-case spans without final punctuation (`“How the Grinch Stole Christmas”`) are titles.
//! - A short span (three words or fewer) is a quotation only when its sentence reports speech
//!   (a verb of saying, `according to`) or a colon introduces it; otherwise it is a term.
//! - Words a verb of saying introduces with a comma or colon are a quotation whatever they look
//!   like (`he said, “Yes, Sir.”`).
//! - A quotation is `direct` when it opens its sentence or follows a colon or comma with a
//!   capital letter (`Biden said: “I do.”`); otherwise it is `partial`
//!   (`said Putin would “pay a price”`).

use serde::Serialize;

use crate::lexicon;
use crate::quotes::QuoteSpan;
use crate::sentences::Sentence;
use crate::text::{char_before, trim_back};
use crate::words::{words, words_back};

/// What a quoted span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A quoted utterance: `“He will pay a price.”`
    Direct,
    /// A fragment inside the writer's sentence: `would “pay a price” for`.
    Partial,
    /// The name of a work, a slogan or a thing: `the film “Dune”`.
    Title,
    /// Words held at a distance, nobody's speech: `so-called “experts”`.
    Term,
}

impl Kind {
    /// Whether spans of this kind are quotations (someone said them).
    pub fn is_quotation(self) -> bool {
        matches!(self, Kind::Direct | Kind::Partial)
    }

    /// The kind's name, as in results: `"direct"`, `"partial"`, `"title"`, `"term"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Partial => "partial",
            Kind::Title => "title",
            Kind::Term => "term",
        }
    }
}

/// A span of at most this many words counts as short: its final period is the sentence's.
const SHORT_SPAN_WORDS: usize = 3;

/// A span of at most this many words needs a verb of saying in its sentence.
const TERM_WORDS: usize = 1;

/// Classifies the quoted span `quote`, which opens in `sentence`; `cues` keeps the verbs of saying
/// of the sentence last read, for the next span of the same sentence (see [`SentenceCues`]).
///
/// ```
/// use quotehound::{analyze, kinds::Kind};
/// let doc = analyze("She saw the film “Dune” and said it was “a triumph of will.”");
/// assert_eq!(doc.quotes.len(), 1);
/// assert_eq!(doc.quotes[0].kind, Kind::Partial);
/// ```
pub fn classify(text: &str, quote: &QuoteSpan, sentence: &Sentence, cues: &mut SentenceCues) -> Kind {
    let lead_end = trim_back(text, sentence.start, quote.open);
    let opens_sentence = lead_end <= sentence.start;
    let lead = char_before(text, lead_end).filter(|_| !opens_sentence);
    let after_colon = matches!(lead, Some(':'));
    let content = Content::read(text, quote.start, quote.end);
    if named_by_previous_word(text, sentence.start, lead_end) {
        return Kind::Title;
    }
    // `she said, “Shall we go?”`: words a verb of saying introduces are said, however few and
    // however capitalised.
    let said = matches!(lead, Some(',' | ':')) && follows_cue_verb(text, sentence.start, lead_end - 1);
    // American punctuation sets the sentence's period inside the marks, so a final period
    // says nothing of a short span in mid-sentence.
    let short = content.words <= SHORT_SPAN_WORDS;
    let utterance_punctuation = content.final_punctuation && !short;
    if content.title_case && !utterance_punctuation && !after_colon && !opens_sentence && !said {
        return Kind::Title;
    }
    if content.words <= TERM_WORDS && !after_colon && !opens_sentence && !said && !cues.near(text, sentence, quote) {
        return Kind::Term;
    }
    let introduced = opens_sentence || matches!(lead, Some(':' | ',' | '—' | '–' | '(' | '-'));
    if opens_sentence || (introduced && !content.starts_lower) {
        Kind::Direct
    } else {
        Kind::Partial
    }
}

/// A headline has at most this many words.
const HEADLINE_WORDS: usize = 20;

/// The text's headline, if it has one: the first of several paragraphs, one line of at most 20
/// words, that reads as a headline rather than as a sentence of the body. The evidence is its
/// own: it ends without a sentence's final punctuation (`Mayor Vows to Rebuild Pier`), or it is in
/// title case (`Mayor Calls Pier Plan “a Lifeline” for Town.`), or it opens with a label and a colon
/// (`Okafor: ‘The pier opens in May.’`, `Live Updates: …`). A first paragraph that reads as body text
/// (`“We will win,” Warren told reporters.`) is no headline, whatever its length.
///
/// Quotations in the headline are quotations like any other; [`crate::Document::headline`] lets
/// a user (or a scorer) set apart those that restate the article's own.
///
/// ```
/// use quotehound::{kinds::headline, paragraphs};
/// let text = "Okafor: ‘The pier opens in May.’\n\nThe mayor spoke at the harbour.";
/// assert_eq!(headline(text, &paragraphs::split(text)).map(|p| &text[p.start..p.end]), Some("Okafor: ‘The pier opens in May.’"));
/// let text = "“We will win,” Warren told reporters.\n\nShe spoke in Ohio.";
/// assert_eq!(headline(text, &paragraphs::split(text)), None);
/// ```
pub fn headline(text: &str, paragraphs: &[crate::Paragraph]) -> Option<crate::Paragraph> {
    let (Some(&first), true) = (paragraphs.first(), paragraphs.len() > 1) else {
        return None;
    };
    // A byte order mark before the first word is no part of the headline.
    let start = first.start + text[first.start..first.end].len()
        - text[first.start..first.end].trim_start_matches(|c: char| c == '\u{feff}' || c.is_whitespace()).len();
    let first = crate::Paragraph { start, end: first.end };
    let line = &text[first.start..first.end];
    if line.is_empty() {
        return None;
    }
    let transcript = crate::marks::mark_at(line.as_bytes(), 0).is_some_and(|m| crate::quotes::is_speaker_label(&line[m.len..]));
    let short = (1..=HEADLINE_WORDS).contains(&words(text, first.start, first.end).take(HEADLINE_WORDS + 1).count());
    if transcript || !short || line.contains(['\n', '\r']) || is_byline(line) || is_dateline(line) {
        return None;
    }
    let evidence = !ends_as_sentence(line) || is_title_case(text, first.start, first.end) || opens_with_label(line);
    evidence.then_some(first)
}

/// Whether `line` is a byline standing alone: `By` and one or more names, in title case or
/// capitals, joined by `and` or commas (`By Ann Lee`, `By ANN LEE and TOM ROSS`).
fn is_byline(line: &str) -> bool {
    const BYLINE_WORDS: usize = 12;
    let Some(names) = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY ")) else { return false };
    let words: Vec<&str> = names.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    (1..=BYLINE_WORDS).contains(&words.len())
        && words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            matches!(*w, "and" | "AND" | "&")
                || w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// Whether `line` is a dateline standing alone: a place in capitals, and last the dash that
/// leads into the article's first sentence (`WASHINGTON —`, `NEW YORK (Reuters) -`,
/// `PARIS, May 4 --`).
fn is_dateline(line: &str) -> bool {
    let place = line.trim_end().trim_end_matches(['—', '–', '-']);
    let city = place.split([' ', ',']).next().unwrap_or_default();
    place.len() < line.trim_end().len() && place.ends_with(' ') && city.len() >= 2 && city.chars().all(|c| c.is_uppercase() || c == '.')
}

/// Whether `line` ends with a sentence's final punctuation, perhaps inside closing quote marks
/// or brackets: `… win.`, `… win.’`, `… win?)`.
fn ends_as_sentence(line: &str) -> bool {
    line.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '’' | '”' | '"' | '\'' | ')' | ']' | '»'))
        .ends_with(['.', '?', '!', '…'])
}

/// Whether every word of four letters or more of `text[start..end]`, and its first word, is
/// capitalised, as in a headline's title case: `Mayor Vows to Rebuild Pier After Storm`.
fn is_title_case(text: &str, start: usize, end: usize) -> bool {
    let mut capitalised = 0;
    for (i, (_, word)) in words(text, start, end).enumerate() {
        let upper = word.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
        if (i == 0 || word.len() >= 4) && !upper {
            return false;
        }
        capitalised += usize::from(upper);
    }
    capitalised >= 3
}

/// Whether `line` opens with a label of one to four capitalised words and a colon, as headlines
/// name a speaker or a series: `Okafor: ‘The pier opens in May.’`, `Mayor Okafor: Ferries Must Run`,
/// `Live Updates: …`.
fn opens_with_label(line: &str) -> bool {
    const LABEL_WORDS: usize = 4;
    let Some((label, rest)) = line.split_once(':') else { return false };
    let names = label.split_whitespace().count();
    (1..=LABEL_WORDS).contains(&names)
        && label.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && rest.starts_with(' ')
        && rest.chars().any(char::is_alphabetic)
}

/// `the film “Dune”`, `so-called “experts”`, `known as “the Donald”`.
/// Whether the word ending at byte `end` (after `start`) is a verb of saying: `said`, `replied`.
fn follows_cue_verb(text: &str, start: usize, end: usize) -> bool {
    words_back(text, start, end)
        .next()
        .is_some_and(|(_, w)| lexicon::cue_verbs().contains(w) || lexicon::cue_verbs_in_context().contains(w))
}

fn named_by_previous_word(text: &str, start: usize, end: usize) -> bool {
    let mut previous = words_back(text, start, end).map(|(_, w)| w);
    let naming = |w: &str| lexicon::naming_words().contains(w);
    match previous.next() {
        // `known as “…”`, `dubbed him “…”`
        Some(word)
            if word.eq_ignore_ascii_case("as") || lexicon::pronoun(word).is_some() || matches!(word, "him" | "them" | "her" | "it") =>
        {
            previous.next().is_some_and(naming)
        }
        Some(word) => naming(word),
        None => false,
    }
}

/// How far, in bytes, a verb of saying is looked for on either side of a quotation.
const CUE_REACH: usize = 400;

/// The verbs of saying of one sentence, read once however many quotations it holds: a sentence
/// of many short quoted words would otherwise have the same bytes around each of them read again.
/// One is kept across the quotations of a text, which [`classify`] reads in text order.
///
/// ```
/// use quotehound::kinds::{classify, Kind, SentenceCues};
/// use quotehound::{paragraphs, quotes, sentences};
/// let text = "He said “yes” and then “no”. The “experts” left.";
/// let paras = paragraphs::split(text);
/// let sents = sentences::split(text, &paras);
/// let mut cues = SentenceCues::default();
/// let kinds: Vec<Kind> = quotes::find(text, &paras)
///     .iter()
///     .map(|q| classify(text, q, sents.iter().rfind(|s| s.start <= q.open).unwrap(), &mut cues))
///     .collect();
/// assert_eq!(kinds, [Kind::Partial, Kind::Partial, Kind::Term]);
/// ```
#[derive(Default)]
pub struct SentenceCues {
    /// The sentence read, by its start, and the byte spans of its cues in text order.
    sentence: Option<usize>,
    spans: Vec<(usize, usize)>,
}

impl SentenceCues {
    /// Whether the sentence, outside the quotation and near it, reports speech.
    fn near(&mut self, text: &str, sentence: &Sentence, quote: &QuoteSpan) -> bool {
        if self.sentence != Some(sentence.start) {
            self.read(text, sentence);
        }
        let from = sentence.start.max(quote.open.saturating_sub(CUE_REACH));
        let to = sentence.end.min(quote.close + CUE_REACH);
        self.any_within(from, quote.open) || self.any_within(quote.close, to)
    }

    fn read(&mut self, text: &str, sentence: &Sentence) {
        self.sentence = Some(sentence.start);
        self.spans.clear();
        let mut previous: Option<(usize, &str)> = None;
        for (at, word) in words(text, sentence.start, sentence.end) {
            let end = at + word.len();
            if is_lower(word) && (lexicon::cue_verbs().contains(word) || lexicon::cue_verbs_in_context().contains(word)) {
                self.spans.push((at, end));
            } else if let Some((start, _)) = previous.filter(|(_, p)| p.eq_ignore_ascii_case("according") && word == "to") {
                self.spans.push((start, end));
            }
            previous = Some((at, word));
        }
    }

    /// Whether a cue lies wholly within `start..end`.
    fn any_within(&self, start: usize, end: usize) -> bool {
        let first = self.spans.partition_point(|&(at, _)| at < start);
        self.spans.get(first).is_some_and(|&(_, stop)| stop <= end)
    }
}

fn is_lower(word: &str) -> bool {
    word.bytes().all(|b| !b.is_ascii_uppercase())
}

/// What the quoted words look like.
struct Content {
    /// Number of words, counted up to one more than a short span has.
    words: usize,
    /// Every word of four letters or more is capitalised, and there are two words or more.
    title_case: bool,
    /// Ends with `.`, `?`, `!` or `…`.
    final_punctuation: bool,
    /// The first letter is lower case.
    starts_lower: bool,
}

impl Content {
    fn read(text: &str, start: usize, end: usize) -> Content {
        let body = text[start..end].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '-'));
        let final_punctuation = body.ends_with(['.', '?', '!', '…']);
        let starts_lower = body.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
        let mut count = 0;
        let mut title_case = true;
        for (_, word) in words(text, start, end) {
            count += 1;
            if count == 1 || word.len() >= 4 {
                title_case &= word.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
            }
            if !title_case && count > SHORT_SPAN_WORDS {
                break;
            }
        }
        Content { words: count, title_case: title_case && count >= 2, final_punctuation, starts_lower }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_a_verb_of_saying_introduces_are_said() {
        for text in ["Tom said, “Shall we go?”", "He replied, \"Yes, Sir.\" and left.", "She asked: “Why Not Today?”"] {
            let doc = crate::analyze(text);
            assert_eq!(doc.quotes.len(), 1, "{text}");
            assert_eq!(doc.quotes[0].kind, Kind::Direct, "{text}");
        }
        // Title case after a word that is no verb of saying stays a title.
        assert!(crate::analyze("On Sunday, “War and Peace” was on television.").quotes.is_empty());
    }
}
