//! Speakers: every attributed mention resolved to the person or organisation it names.
//!
//! - Names of one person join one speaker by surname (`US President Joe Biden`, `Biden`),
//!   unless both give different first names (`Bill Clinton`, `Hillary Clinton`) or honorifics
//!   for different people (`Mr. Bell`, `Mrs. Bell`, `Miss Bell`); the speaker's name is the
//!   fullest form without titles, its titles are kept apart; a person named by surname alone
//!   keeps the honorific (`Mr. Bell`), the only thing that tells them from their family.
//! - `he`, `she` and `I` go to the latest person quoted in this or the previous paragraph,
//!   else to the first person named in the sentences just before; `it` and `they` to the
//!   latest organisation or nameless speaker, else to the first one named just before. A
//!   gender told by a title, a role or an earlier pronoun must agree.
//! - In dialogue (a novel), `he` or `she` that nothing nearer resolves is the latest of the
//!   scene's speakers it fits, one whose gender the text tells first; a name the pronoun would
//!   take for the first time yields to them (`Good`, `Oh God` in narration are nobody), and a
//!   name's gender is what the pronouns after it say ([`crate::name_genders`]).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::Serialize;

use crate::attribution::{Attribution, Rule, REACH};
use crate::lexicon::{self, FxHasher, Gender, Honorific};
use crate::mentions::{self, Mention, MentionKind};
use crate::name_genders::NameGenders;
use crate::sentences::Sentence;
use crate::statements::{Sieve, Statement};
use crate::text::{is_alphanumeric, with_ascii_lowercase};
use crate::tokens::{tokenize, Token, WINDOW_TOKENS};
use crate::turns::{Exchange, Turn};
use crate::Quote;

/// What kind of speaker it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A person.
    Person,
    /// An organisation, government body or publication.
    Organization,
    /// A speaker the text does not tell more of: `Russia`, `the report`.
    Unknown,
}

impl SpeakerKind {
    /// The kind's name, as in results.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

/// A person or organisation quoted in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The fullest name the text gives, without titles; with its honorific where that name is a
    /// surname alone (`Mrs. Bell`).
    pub name: String,
    /// Person, organisation or unknown.
    pub kind: SpeakerKind,
    /// Byte spans of the mentions credited with quotations, in text order.
    pub mentions: Vec<(usize, usize)>,
    /// Titles and roles given with the name: `Kremlin spokesperson`.
    pub titles: Vec<String>,
    #[serde(skip)]
    gender: Gender,
    #[serde(skip)]
    last_paragraph: usize,
    /// The honorific of the speaker's first mention that had one, and its byte span.
    #[serde(skip)]
    honorific: Option<(Honorific, usize, usize)>,
}

impl Speaker {
    /// The honorific the text first gave the speaker (`Mrs.` of `Mrs. Bell`), if any.
    pub(crate) fn honorific(&self) -> Option<Honorific> {
        self.honorific.map(|(kind, _, _)| kind)
    }
}

/// Number of sentences before a pronoun searched for its antecedent.
const ANTECEDENT_SENTENCES: usize = 3;

/// Resolves the attributed mentions of `quotes`, and the sources of the statements of reported
/// speech among `reported`, to speakers, reading both in text order; returns the speakers (in
/// order of first attribution), the index of the speaker of each quotation and that of each
/// statement (a statement of quotations has its first quotation's).
///
/// ```
/// let text = "Maria Zakharova spoke on Monday. She said the ties were “in a difficult state”.";
/// let doc = quotehound::analyze(text);
/// assert_eq!(doc.speakers[0].name, "Maria Zakharova");
/// assert_eq!(doc.quotes[0].speaker, Some(0));
/// ```
pub fn resolve(
    text: &str,
    sentences: &[Sentence],
    quotes: &[Quote],
    attributions: &[Option<Attribution>],
    reported: &[Statement],
    dialogue: bool,
) -> (Vec<Speaker>, Vec<Option<usize>>, Vec<Option<usize>>) {
    let mut resolver = Resolver {
        text,
        sentences,
        speakers: Vec::new(),
        by_surname: HashMap::default(),
        tokens: Vec::with_capacity(WINDOW_TOKENS),
        latest: None,
        names: SentenceNames::default(),
        missed: None,
        earlier: None,
        turn: None,
        dialogue,
        recent: Vec::new(),
        name_genders: if dialogue { NameGenders::read(text, sentences) } else { NameGenders::default() },
    };
    let mut ids: Vec<Option<usize>> = Vec::with_capacity(quotes.len());
    let mut reported_ids: Vec<Option<usize>> = Vec::with_capacity(reported.len());
    // A statement of quotations is credited through its quotations, and takes the first one's
    // speaker once they are read.
    let credit_statement = |resolver: &mut Resolver<'_>, statement: &Statement| match statement.sieve {
        Sieve::Quotation => None,
        _ => resolver.credit(&statement.as_span(), &statement.source),
    };
    let mut next_reported = reported.iter().peekable();
    // The speakers of the last turn of each parity of the current exchange (see `turns`).
    let mut exchange = Exchange::default();
    let mut turn_speakers: [Option<usize>; 2] = [None, None];
    // Whether a cued turn of each parity came yet; the turns before one take the next one's
    // speaker, once it is known.
    let mut cued = [false; 2];
    let mut turns: Vec<Option<Turn>> = Vec::with_capacity(quotes.len());
    for (i, (quote, attribution)) in quotes.iter().zip(attributions).enumerate() {
        while let Some(statement) = next_reported.next_if(|s| s.start <= quote.open) {
            reported_ids.push(credit_statement(&mut resolver, statement));
        }
        let turn = exchange.place(quotes, i);
        turns.push(turn);
        if turn.is_some_and(|t| t.begins_exchange) {
            turn_speakers = [None, None];
            cued = [false; 2];
        }
        let id = match attribution {
            None => None,
            Some(a) if a.rule == Rule::Continuation => {
                i.checked_sub(1).and_then(|p| ids[p]).inspect(|&id| resolver.credited(id, quote, a.mention))
            }
            // Two people take turns: the one of this parity.
            // Two people take turns: the one of this parity, or where no cued turn of the
            // exchange gave one, the person the turn names (the other one of the scene).
            Some(a) if a.rule == Rule::Turn => turn
                .and_then(|t| turn_speakers[t.parity])
                .or_else(|| (dialogue && a.mention.kind == MentionKind::Name).then(|| resolver.named(&a.mention)))
                .inspect(|&id| resolver.credited(id, quote, a.mention)),
            Some(a) => {
                resolver.turn = turn.filter(|t| dialogue && !t.begins_exchange).and_then(|t| turn_speakers[t.parity]);
                let id = resolver.credit(quote, &a.mention);
                resolver.turn = None;
                id
            }
        };
        if let (Some(t), Some(a)) = (turn, attribution) {
            if a.rule != Rule::Turn {
                turn_speakers[t.parity] = id;
                cued[t.parity] = true;
            } else if !cued[t.parity] {
                turns[i] = Some(Turn { waits: true, ..t });
            }
        }
        ids.push(id);
    }
    credit_first_turns(&mut resolver, quotes, attributions, &turns, &mut ids);
    for statement in next_reported {
        reported_ids.push(credit_statement(&mut resolver, statement));
    }
    for (id, statement) in reported_ids.iter_mut().zip(reported) {
        if statement.sieve == Sieve::Quotation {
            *id = statement.quotes.first().and_then(|&q| ids[q]);
        }
    }
    number_by_first_credit(&mut resolver.speakers, quotes, &mut ids, reported, &mut reported_ids);
    for speaker in &mut resolver.speakers {
        speaker.mentions.sort_unstable();
        speaker.mentions.dedup();
        if let Some((_, start, end)) = speaker.honorific.filter(|_| !speaker.name.contains(' ')) {
            speaker.name = format!("{} {}", &text[start..end], speaker.name);
        }
    }
    (resolver.speakers, ids, reported_ids)
}

/// Numbers the speakers in the order of their first credit, a quotation's mark or a statement's
/// content, as [`Document::speakers`](crate::Document) promises: resolving reads the text in
/// order, but a turn credited backwards from a later cued one (or answering a person named
/// later) can give an earlier quotation to a speaker made after others.
fn number_by_first_credit(
    speakers: &mut Vec<Speaker>,
    quotes: &[Quote],
    ids: &mut [Option<usize>],
    statements: &[Statement],
    statement_ids: &mut [Option<usize>],
) {
    let mut first = vec![usize::MAX; speakers.len()];
    let credits = quotes.iter().map(|q| q.open).zip(ids.iter()).chain(statements.iter().map(|s| s.start).zip(statement_ids.iter()));
    for (at, id) in credits {
        if let Some(&id) = id.as_ref() {
            first[id] = first[id].min(at);
        }
    }
    let Some(new_id) = first_credit_numbers(&first) else { return };
    let mut taken: Vec<Option<Speaker>> = speakers.drain(..).map(Some).collect();
    let mut order: Vec<usize> = (0..new_id.len()).collect();
    order.sort_by_key(|&old| new_id[old]);
    speakers.extend(order.iter().map(|&old| taken[old].take().expect("each speaker taken once")));
    for id in ids.iter_mut().chain(statement_ids.iter_mut()).flatten() {
        *id = new_id[*id];
    }
}

/// The new number of each speaker, given where each is first credited (`usize::MAX`: never), or
/// `None` where they are in that order already, the common case.
fn first_credit_numbers(first: &[usize]) -> Option<Vec<usize>> {
    if first.windows(2).all(|pair| pair[0] <= pair[1]) {
        return None;
    }
    let mut order: Vec<usize> = (0..first.len()).collect();
    order.sort_by_key(|&id| (first[id], id));
    let mut new_id = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_id[old] = new;
    }
    Some(new_id)
}

/// The turns an exchange opens with, before any cued turn of their parity ([`Turn::waits`]):
/// the speaker of the next cued turn of the same parity, read backwards.
fn credit_first_turns(
    resolver: &mut Resolver<'_>,
    quotes: &[Quote],
    attributions: &[Option<Attribution>],
    turns: &[Option<Turn>],
    ids: &mut [Option<usize>],
) {
    let mut next: [Option<usize>; 2] = [None, None];
    for i in (0..quotes.len()).rev() {
        let (Some(turn), Some(a)) = (turns[i], attributions[i]) else { continue };
        if turn.waits {
            ids[i] = next[turn.parity].or(ids[i]);
            if let Some(id) = ids[i] {
                resolver.credited(id, &quotes[i], a.mention);
            }
        } else if a.rule != Rule::Turn {
            next[turn.parity] = ids[i];
        }
        if turn.begins_exchange {
            next = [None, None];
        }
    }
}

/// The people named in one sentence, read up to `read_to`.
#[derive(Default)]
struct SentenceNames {
    sentence: Option<usize>,
    read_to: usize,
    found: Vec<Named>,
}

/// A name in a sentence, and whether it names a person without being known already: two words
/// or more, a title, or the subject that opens the sentence.
struct Named {
    mention: Mention,
    counts: bool,
}

struct Resolver<'t> {
    text: &'t str,
    sentences: &'t [Sentence],
    speakers: Vec<Speaker>,
    /// Speakers by the lower-cased last word of their names ([`surname_key`]).
    by_surname: HashMap<u64, Vec<usize>, BuildHasherDefault<FxHasher>>,
    tokens: Vec<Token>,
    /// The speaker of the latest attributed quotation.
    latest: Option<usize>,
    /// The people named so far in the sentence last asked about.
    names: SentenceNames,
    /// Where the last search of a sentence that found nothing stopped: the sentence's index,
    /// whether a person was wanted, and the end of what was read.
    missed: Option<(usize, bool, usize)>,
    /// The last search of the sentences before a sentence: its index, whether a person was
    /// wanted, and what was found. Every pronoun of a long sentence asks the same.
    earlier: Option<(usize, bool, Option<Mention>)>,
    /// In dialogue, the speaker whose turn the quotation being credited takes, by its parity in
    /// its exchange: `he` or `she` there is them, before the last speaker, where they fit.
    turn: Option<usize>,
    /// Whether the text is dialogue ([`crate::turns::take_turns`]).
    dialogue: bool,
    /// In dialogue, the people who spoke last, the latest last, each once: the scene's cast, of
    /// whom `he` or `she` is one when nothing nearer names anybody.
    recent: Vec<usize>,
    /// In dialogue, the gender the text gives each name ([`NameGenders`]).
    name_genders: NameGenders<'t>,
}

/// How many of the latest speakers a scene's pronoun is read against: a scene has a handful of
/// people; a bound keeps a text of many names linear.
const SCENE_CAST: usize = 8;

impl<'t> Resolver<'t> {
    /// The speaker of `mention`, credited with the quotation (or the statement's content) `quote`.
    fn credit(&mut self, quote: &Quote, mention: &Mention) -> Option<usize> {
        let id = self.speaker_of(quote, mention)?;
        self.credited(id, quote, *mention);
        Some(id)
    }

    /// Notes that speaker `id` said `quote`, named there by `mention`.
    fn credited(&mut self, id: usize, quote: &Quote, mention: Mention) {
        self.latest = Some(id);
        if self.dialogue && self.speakers[id].kind != SpeakerKind::Organization {
            self.recent.retain(|&other| other != id);
            if self.recent.len() == SCENE_CAST {
                self.recent.remove(0);
            }
            self.recent.push(id);
        }
        let speaker = &mut self.speakers[id];
        speaker.last_paragraph = quote.paragraph;
        let span = (mention.start, mention.end);
        if speaker.mentions.last() != Some(&span) {
            speaker.mentions.push(span);
        }
    }

    fn speaker_of(&mut self, quote: &Quote, mention: &Mention) -> Option<usize> {
        match mention.kind {
            MentionKind::Pronoun if lexicon::relative_pronouns().contains(&self.text[mention.start..mention.end]) => {
                self.relative_antecedent(mention)
            }
            MentionKind::Pronoun => self.antecedent(quote, mention),
            _ => Some(self.named(mention)),
        }
    }

    /// A fuller form of the one-word name ending at byte `end`, written earlier in the text:
    /// `Volodin` after `Vyacheslav Volodin, the Speaker of …`. Only the few words before each
    /// earlier occurrence of the name are read.
    fn fuller_name(&mut self, word: &str, end: usize) -> Option<&'t str> {
        const LOOK_BACK: usize = 3000;
        const NAME_REACH: usize = 120;
        let start = self.text.floor_char_boundary(end.saturating_sub(LOOK_BACK));
        let text = self.text;
        for (offset, _) in text[start..end].match_indices(word) {
            let at = start + offset;
            let after = at + word.len();
            let whole_word = !text[..at].ends_with(is_alphanumeric) && !text[after..].starts_with(is_alphanumeric);
            if !whole_word || !text[..at].ends_with(' ') {
                continue;
            }
            let window = text.floor_char_boundary(at.saturating_sub(NAME_REACH));
            self.tokens.clear();
            tokenize(text, window, after, &mut self.tokens);
            let found = mentions::before(text, &self.tokens, 0, self.tokens.len())
                .and_then(|m| m.named_part(text))
                .filter(|m| m.kind == MentionKind::Name);
            if let Some(found) = found {
                let name = clean_name(&text[found.name_start..found.name_end], found.kind);
                if name.split_whitespace().count() >= 2 {
                    return Some(name);
                }
            }
        }
        None
    }

    /// The speaker a name, an organisation or a nameless speaker refers to, made if new.
    fn named(&mut self, mention: &Mention) -> usize {
        let text = self.text;
        // Whatever found it (a cue's subject, a pronoun's antecedent), a name holds only the
        // words that can name someone: not a headline's before a tab or a line break. Only a
        // mention holding a control character or a byte of U+2028/U+2029 is read again.
        let may_break = text.as_bytes()[mention.start..mention.end].iter().any(|&b| b < 0x20 || b == 0xE2);
        let clipped = if may_break { mention.named_part(text) } else { None };
        let mention = clipped.as_ref().unwrap_or(mention);
        let name_start = match mention.kind {
            MentionKind::Organization => organization_start(text, mention),
            _ => mention.name_start,
        };
        let mut name: &'t str = clean_name(&text[name_start..mention.name_end], mention.kind);
        let honorific = honorific_before(text, mention.start, name_start);
        let wanted = honorific.map(|(kind, ..)| kind);
        let lone_word = mention.kind == MentionKind::Name && !name.contains(' ') && self.find(name, mention.kind, wanted).is_none();
        // In a novel, `Mr. Bell` is not the `Tom Bell` named before him.
        if lone_word && !(self.dialogue && wanted.is_some()) {
            if let Some(fuller) = self.fuller_name(name, mention.name_start) {
                name = fuller;
            }
        }
        let kind = match mention.kind {
            MentionKind::Organization => SpeakerKind::Organization,
            MentionKind::Name if mention.titled || name.split_whitespace().count() >= 2 => SpeakerKind::Person,
            MentionKind::Nominal if mention.titled => SpeakerKind::Person,
            _ => SpeakerKind::Unknown,
        };
        let titles = text[mention.start..name_start].trim();
        let titles = if matches!(titles, "the" | "The" | "a" | "A" | "an" | "An") {
            ""
        } else {
            titles.trim_start_matches("the ").trim_start_matches("The ")
        };
        let id = self.find(name, mention.kind, wanted).unwrap_or_else(|| {
            self.speakers.push(Speaker {
                name: name.to_string(),
                kind,
                mentions: Vec::new(),
                titles: Vec::new(),
                gender: Gender::Any,
                last_paragraph: 0,
                honorific: None,
            });
            self.speakers.len() - 1
        });
        self.index(id, name);
        let speaker = &mut self.speakers[id];
        if speaker.honorific.is_none() && mention.kind == MentionKind::Name {
            speaker.honorific = honorific;
        }
        if name.split_whitespace().count() > speaker.name.split_whitespace().count() {
            speaker.name = name.to_string();
        }
        if kind != SpeakerKind::Unknown && speaker.kind == SpeakerKind::Unknown {
            speaker.kind = kind;
        }
        if !titles.is_empty() && !speaker.titles.iter().any(|t| t == titles) {
            speaker.titles.push(titles.to_string());
        }
        if mention.gender != Gender::Any {
            speaker.gender = mention.gender;
        }
        if speaker.gender == Gender::Any {
            speaker.gender = self.name_genders.of(&speaker.name);
        }
        id
    }

    /// An existing speaker with this name: the same organisation, or a person with the same
    /// surname whose first name and honorific, where both give one, agree.
    fn find(&self, name: &str, kind: MentionKind, honorific: Option<Honorific>) -> Option<usize> {
        let wanted = surname(name);
        let candidates = self.by_surname.get(&surname_key(wanted))?;
        candidates.iter().rev().copied().find(|&id| {
            let s = &self.speakers[id];
            if kind != MentionKind::Name || s.kind == SpeakerKind::Organization {
                return s.name.eq_ignore_ascii_case(name);
            }
            let same_surname = surname(&s.name).eq_ignore_ascii_case(wanted);
            let (mine, theirs) = (first_name(name), first_name(&s.name));
            let honorifics_agree = match (honorific, s.honorific) {
                (Some(mine), Some((theirs, ..))) => mine.agrees(theirs),
                _ => true,
            };
            // In a novel `Mr. Bell` is the head of the family and `Tom Bell` his son: a name with a
            // first name and one without are two people. In news they are one.
            let first_names_agree = match (mine, theirs) {
                (Some(mine), Some(theirs)) => mine == theirs,
                (None, None) => true,
                _ => !self.dialogue,
            };
            same_surname && honorifics_agree && first_names_agree
        })
    }

    /// Files speaker `id` under the surname of `name`, so that [`Self::find`] reads only the
    /// speakers who share it.
    fn index(&mut self, id: usize, name: &str) {
        let ids = self.by_surname.entry(surname_key(surname(name))).or_default();
        if ids.last() != Some(&id) && !ids.contains(&id) {
            ids.push(id);
        }
    }

    /// The speaker a pronoun refers to.
    fn antecedent(&mut self, quote: &Quote, mention: &Mention) -> Option<usize> {
        // A possessive (`his call for “…”`) stands for the person its pronoun would.
        let word = &self.text[mention.start..mention.end];
        let personal = ["his", "he", "her", "she", "its", "it", "their", "they"]
            .chunks(2)
            .find(|pair| word.eq_ignore_ascii_case(pair[0]))
            .map_or(word, |pair| pair[1]);
        let pronoun = lexicon::pronoun(personal)?;
        let wants_person = pronoun.person;
        if wants_person.is_none() && !pronoun.singular && self.text[mention.start..mention.end].eq_ignore_ascii_case("we") {
            return None; // "we" speaks for a group the text rarely names.
        }
        let fits = |s: &Speaker| {
            let person_ok = match wants_person {
                Some(true) => s.kind != SpeakerKind::Organization,
                Some(false) => s.kind != SpeakerKind::Person,
                None => true,
            };
            let gender_ok = pronoun.gender == Gender::Any || s.gender == Gender::Any || s.gender == pronoun.gender;
            person_ok && gender_ok
        };
        // In dialogue, the latest speaker of the scene the pronoun fits, its gender known first:
        // `“…,” she said` after a page of narration is one of the people talking.
        let of_scene = |resolver: &Self| {
            let people = resolver.recent.iter().enumerate().filter(|&(_, &id)| fits(&resolver.speakers[id]));
            let known_gender = |id: usize| pronoun.gender != Gender::Any && resolver.speakers[id].gender == pronoun.gender;
            people.max_by_key(|&(order, &id)| (known_gender(id), order)).map(|(_, &id)| id)
        };
        // `Lee said she believes “…”`: a person named earlier in the same sentence, before
        // the quotation, comes first.
        // `Sen. Ann Lee scolded him: “…,” she said.`: before the quotation too, when the pronoun
        // follows it in the sentence it opens in.
        let before_quote = if mention.end <= quote.open { Some(mention.start) } else { self.opens_in_sentence_of(quote, mention) };
        if let (true, Some(at)) = (wants_person != Some(false), before_quote) {
            if let Some(found) = self.named_in_sentence(at) {
                let known = self.speakers.len();
                let id = self.named(&found);
                if fits(&self.speakers[id]) {
                    return Some(self.with_gender(id, pronoun.gender));
                }
                if id == known {
                    self.forget_last();
                }
            }
        }
        // In dialogue, the person whose turn it is, before the one who spoke last.
        if let Some(id) = self.turn.take().filter(|_| pronoun.gender != Gender::Any) {
            if fits(&self.speakers[id]) {
                return Some(self.with_gender(id, pronoun.gender));
            }
        }
        if let Some(latest) = self.latest {
            let s = &self.speakers[latest];
            if fits(s) && s.last_paragraph + 1 >= quote.paragraph {
                return Some(self.with_gender(latest, pronoun.gender));
            }
        }
        // The quotation's own words name nobody who says them (`“Happy Thanksgiving, America!”
        // he tweeted`): a pronoun after it looks before it.
        let at = if mention.start >= quote.close { quote.open } else { mention.start };
        let Some(found) = self.mention_before(at, wants_person != Some(false)) else {
            return of_scene(self).map(|id| self.with_gender(id, pronoun.gender));
        };
        let known = self.speakers.len();
        let id = self.named(&found);
        // A name seen for the first time is a person of the scene only if no one of the scene fits:
        // a capitalised word of narration (`Good`, `Oh God`) is none.
        let scene = if id == known { of_scene(self) } else { None };
        if fits(&self.speakers[id]) && scene.is_none() {
            return Some(self.with_gender(id, pronoun.gender));
        }
        if id == known {
            self.forget_last(); // Made for this pronoun, which it does not fit.
        }
        scene.or_else(|| of_scene(self)).map(|id| self.with_gender(id, pronoun.gender))
    }

    /// The speaker a relative pronoun stands for: the noun phrase just before it, in its
    /// sentence (`Sen. Ann Lee (D-Md.), who said …`, `the agency, which said …`).
    fn relative_antecedent(&mut self, mention: &Mention) -> Option<usize> {
        let sentence = *self.sentences.get(self.sentences.partition_point(|s| s.end <= mention.start))?;
        let start = sentence.start.max(mention.start.saturating_sub(REACH)).min(mention.start);
        self.tokens.clear();
        tokenize(self.text, start, mention.start, &mut self.tokens);
        let end = self.tokens.len() - usize::from(self.tokens.last().is_some_and(|t| t.is(',')));
        let found = mentions::before(self.text, &self.tokens, 0, end).filter(|m| m.kind != MentionKind::Pronoun)?;
        Some(self.named(&found))
    }

    /// The first person named in the sentence holding `at`, within [`REACH`] bytes before `at`.
    ///
    /// A sentence is read once, up to the furthest point asked about so far, however many
    /// pronouns it holds: asking about each one afresh read the same bytes again and again in a
    /// sentence of many quotations.
    fn named_in_sentence(&mut self, at: usize) -> Option<Mention> {
        let index = self.sentences.partition_point(|s| s.end <= at);
        let sentence = *self.sentences.get(index)?;
        if self.names.sentence != Some(index) {
            self.names = SentenceNames { sentence: Some(index), read_to: sentence.start, found: Vec::new() };
        }
        if at > self.names.read_to {
            self.read_names(sentence.start, at);
        }
        let start = sentence.start.max(at.saturating_sub(REACH));
        let first = self.names.found.partition_point(|named| named.mention.start < start);
        let text = self.text;
        self.names.found[first..]
            .iter()
            .take_while(|named| named.mention.end <= at)
            .find(|named| {
                named.counts || self.find(&text[named.mention.name_start..named.mention.name_end], MentionKind::Name, None).is_some()
            })
            .map(|named| named.mention)
    }

    /// Reads the names of the sentence from where reading stopped to `end`, a pronoun's start (no
    /// name runs across it).
    fn read_names(&mut self, sentence_start: usize, end: usize) {
        let (text, start) = (self.text, self.names.read_to);
        self.tokens.clear();
        tokenize(text, start, end, &mut self.tokens);
        for i in 0..self.tokens.len() {
            if let Some((mention, counts)) = person_ending_at(text, &self.tokens, i, start == sentence_start) {
                self.names.found.push(Named { mention, counts });
            }
        }
        self.names.read_to = end;
        // Names too far back for any pronoun still to come are let go.
        let keep_from = end.saturating_sub(2 * REACH);
        if self.names.found.first().is_some_and(|named| named.mention.end < keep_from) && self.names.found.len() > 64 {
            self.names.found.retain(|named| named.mention.end >= keep_from);
        }
    }

    /// The quotation's opening, when the pronoun that follows it is in the same sentence.
    fn opens_in_sentence_of(&self, quote: &Quote, mention: &Mention) -> Option<usize> {
        let sentence = self.sentences.get(quote.sentence)?;
        (sentence.start <= quote.open && mention.end <= sentence.end).then_some(quote.open)
    }

    /// Removes the speaker made last, and its place in the index.
    fn forget_last(&mut self) {
        if let Some(speaker) = self.speakers.pop() {
            let id = self.speakers.len();
            if let Some(ids) = self.by_surname.get_mut(&surname_key(surname(&speaker.name))) {
                ids.retain(|&other| other != id);
            }
        }
    }

    fn with_gender(&mut self, id: usize, gender: Gender) -> usize {
        if gender != Gender::Any {
            self.speakers[id].gender = gender;
            if self.speakers[id].kind == SpeakerKind::Unknown {
                self.speakers[id].kind = SpeakerKind::Person;
            }
        }
        id
    }

    /// The first name (for a person) or nameless speaker (otherwise) of the sentence holding
    /// `at`, within [`REACH`] bytes before `at`, else of the sentences before it.
    fn mention_before(&mut self, at: usize, person: bool) -> Option<Mention> {
        let current = self.sentences.partition_point(|s| s.end <= at).min(self.sentences.len().checked_sub(1)?);
        let sentence = self.sentences[current];
        let end = at.min(sentence.end);
        let mut start = sentence.start.max(end.saturating_sub(REACH)).min(end);
        // What an earlier pronoun of this sentence found nothing in is not read again.
        if let Some((index, wanted, read_to)) = self.missed {
            if index == current && wanted == person && (start..=end).contains(&read_to) {
                start = read_to;
            }
        }
        if let Some(found) = self.first_mention_in(start, end, person) {
            return Some(found);
        }
        self.missed = Some((current, person, end));
        match self.earlier {
            Some((index, wanted, found)) if index == current && wanted == person => found,
            _ => {
                let first = current.saturating_sub(ANTECEDENT_SENTENCES);
                let found = (first..current).rev().find_map(|index| {
                    let sentence = self.sentences[index];
                    self.first_mention_in(sentence.start.max(sentence.end.saturating_sub(REACH)), sentence.end, person)
                });
                self.earlier = Some((current, person, found));
                found
            }
        }
    }

    fn first_mention_in(&mut self, start: usize, end: usize, person: bool) -> Option<Mention> {
        self.tokens.clear();
        tokenize(self.text, start, end, &mut self.tokens);
        self.first_mention(person)
    }

    fn first_mention(&self, person: bool) -> Option<Mention> {
        let (text, tokens) = (self.text, &self.tokens);
        // `Growing up in Tucson, Ortiz …`: the person is the subject after the opening phrase.
        let from = if person { opening_phrase_end(text, tokens) } else { 0 };
        for i in from..tokens.len() {
            let t = &tokens[i];
            if !t.is_word() {
                continue;
            }
            if person {
                if let Some((m, counts)) = person_ending_at(text, tokens, i, true) {
                    if counts || self.find(&text[m.name_start..m.name_end], m.kind, None).is_some() {
                        return Some(m);
                    }
                }
            }
            if !person && (t.text(text).eq_ignore_ascii_case("the") || t.text(text).eq_ignore_ascii_case("a")) {
                if let Some(m) = mentions::after(text, tokens, i, tokens.len()) {
                    if matches!(m.kind, MentionKind::Nominal | MentionKind::Organization) {
                        return Some(m);
                    }
                }
            }
        }
        None
    }
}

/// The name that token `i` ends, when it may be a person's: a capitalised word that ends a run
/// of names and is no possessive. Also whether it names a person without being known already:
/// two words or more, a title, or a lone name opening the sentence before a verb (`Biden spoke
/// briefly.`, not `Asked whether …` or `Critics laughed`), which needs `opens_sentence`, the
/// tokens starting where the sentence does.
fn person_ending_at(text: &str, tokens: &[Token], i: usize, opens_sentence: bool) -> Option<(Mention, bool)> {
    let t = &tokens[i];
    let ends_run = !tokens.get(i + 1).is_some_and(|n| n.is_word() && (n.capitalized || lexicon::roles().contains(n.stem(text))));
    if !(t.is_word() && t.capitalized && ends_run && !t.possessive(text)) {
        return None;
    }
    let m = mentions::before(text, tokens, 0, i + 1).filter(|m| m.kind == MentionKind::Name)?;
    let words = text[m.name_start..m.name_end].split_whitespace().count();
    let subject = opens_sentence
        && i == 0
        && tokens.get(1).is_some_and(|n| n.is_word() && n.lower)
        && !is_common_noun(t.stem(text))
        && !opens_with_participle(text, tokens);
    Some((m, words >= 2 || m.titled || subject))
}

/// Whether a word names a kind of speaker rather than one (`Critics`, `Voters`, `People`): as the
/// first word of a sentence it is capitalised like a name, and no one's.
fn is_common_noun(word: &str) -> bool {
    lexicon::roles().contains(word) || lexicon::speaker_nouns().contains(word)
}

/// Tokens in which a comma may close a sentence's opening phrase.
const OPENING_PHRASE_TOKENS: usize = 24;

/// Whether `tokens`, from the start of a sentence, open with a participle and what it governs
/// (`Asked about …`, `Growing up in …`, `Making the rounds …`): the first word, capitalised as
/// any first word is, then names nobody.
fn opens_with_participle(text: &str, tokens: &[Token]) -> bool {
    let (Some(first), Some(next)) = (tokens.first(), tokens.get(1)) else { return false };
    let (word, next) = (first.text(text), next.text(text));
    let governs = || mentions::is_preposition(next) || mentions::is_determiner(next) || lexicon::after_participle().contains(next);
    // `Expecting questions, Lund …`: a short phrase, then the subject after a comma.
    let short_phrase = || {
        let comma = tokens.iter().take(2 + SHORT_PHRASE_TOKENS).skip(2).position(|t| t.is(','));
        comma
            .and_then(|at| tokens.get(2 + at + 1))
            .is_some_and(|n| n.is_word() && (n.capitalized || lexicon::pronoun(n.text(text)).is_some()))
    };
    first.is_word() && word.len() >= 5 && (word.ends_with("ing") || word.ends_with("ed")) && (governs() || short_phrase())
}

/// Tokens after a participle's first word in which a comma closes a short opening phrase.
const SHORT_PHRASE_TOKENS: usize = 6;

/// Where the subject of a sentence that opens with a participle's phrase starts: after the
/// comma that closes the phrase (`Growing up in Tucson, Ortiz …`); 0 for any other sentence.
fn opening_phrase_end(text: &str, tokens: &[Token]) -> usize {
    if !opens_with_participle(text, tokens) {
        return 0;
    }
    tokens.iter().take(OPENING_PHRASE_TOKENS).position(|t| t.is(',')).map_or(0, |comma| comma + 1)
}

/// A name as a speaker's: without a possessive, a leading determiner or surrounding space.
fn clean_name(name: &str, kind: MentionKind) -> &str {
    let mut name = name.trim();
    name = name.strip_suffix("’s").or_else(|| name.strip_suffix("'s")).unwrap_or(name);
    if kind == MentionKind::Nominal || kind == MentionKind::Organization {
        for determiner in ["the ", "The ", "a ", "A ", "an ", "An "] {
            name = name.strip_prefix(determiner).unwrap_or(name);
        }
    }
    name
}

/// Where an organisation's name starts, as the text gives it: capitalised words read as titles
/// right before it belong to it (`Justice` of `the Justice Department`, `General` of `the UN
/// General Assembly`); a possessive (`Russia’s Foreign Ministry`) or a lower-case word does not.
fn organization_start(text: &str, mention: &Mention) -> usize {
    let mut start = mention.name_start;
    let mut rest = text[mention.start..mention.name_start].trim_end();
    while let Some(word) = rest.rsplit(char::is_whitespace).next().filter(|w| !w.is_empty()) {
        let possessive = word.ends_with("’s") || word.ends_with("'s");
        if possessive || !word.starts_with(char::is_uppercase) || matches!(word, "The" | "A" | "An") {
            break;
        }
        start = mention.start + rest.len() - word.len();
        rest = rest[..rest.len() - word.len()].trim_end();
    }
    start
}

/// The key of a surname in the index: a hash of it lower-cased, made without allocating for
/// ASCII, as names nearly always are. Two surnames that share a key by chance only make
/// [`Resolver::find`] read one more candidate, which it checks by name.
fn surname_key(surname: &str) -> u64 {
    let hash = |word: &str| {
        let mut hasher = FxHasher::default();
        hasher.write(word.as_bytes());
        hasher.finish()
    };
    if surname.is_ascii() {
        with_ascii_lowercase(surname, hash)
    } else {
        hash(&surname.to_lowercase())
    }
}

/// The honorific that ends the titles `text[start..name_start]` of a mention (`Mrs.` of `the
/// widow Mrs.`), with its byte span.
fn honorific_before(text: &str, start: usize, name_start: usize) -> Option<(Honorific, usize, usize)> {
    let titles = text[start..name_start].trim_end();
    let word = titles.rsplit(char::is_whitespace).next().filter(|w| !w.is_empty())?;
    let word_start = start + titles.len() - word.len();
    lexicon::honorific(word).map(|kind| (kind, word_start, word_start + word.len()))
}

fn surname(name: &str) -> &str {
    let mut words = name.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let suffix = matches!(last.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV");
    if suffix {
        words.next().unwrap_or(last).trim_end_matches(',')
    } else {
        last
    }
}

fn first_name(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next().map(|_| first)
}

#[cfg(test)]
mod tests {
    fn speakers(text: &str) -> Vec<String> {
        crate::analyze(text).speakers.into_iter().map(|s| s.name).collect()
    }

    #[test]
    fn honorifics_for_different_people_keep_a_family_apart() {
        let text = "“Tea,” said Mr. Bell. “Later,” said Mrs. Bell. “Now,” said Miss Bell. “Hush,” said Mr. Bell.";
        assert_eq!(speakers(text), ["Mr. Bell", "Mrs. Bell", "Miss Bell"]);
        let doc = crate::analyze(text);
        assert_eq!(doc.quotes[3].speaker, doc.quotes[0].speaker);
    }

    #[test]
    fn an_honorific_for_any_woman_joins_a_married_or_unmarried_one() {
        assert_eq!(speakers("“Tea,” said Mrs. Bell. “Later,” said Lady Bell."), ["Mrs. Bell"]);
        assert_eq!(speakers("“Tea,” said Ms. Bell. “Later,” said Miss Bell."), ["Ms. Bell"]);
    }

    #[test]
    fn in_dialogue_a_name_with_a_first_name_and_one_without_are_two_people() {
        let scene = "“Is it far?” asked Mr. Bell.\n\n“An hour,” said Tom Bell.\n\n“On foot?”\n\n“Yes.”\n\nThey walked.\n\n";
        assert_eq!(speakers(&scene.repeat(6)), ["Mr. Bell", "Tom Bell"]);
        // Nor does `Mr. Bell` take the fuller name `Tom Bell` written before him.
        let scene = "“Is it far?” asked Tom Bell.\n\n“An hour,” said Mr. Bell.\n\n“On foot?”\n\n“Yes.”\n\nThey walked.\n\n";
        assert_eq!(speakers(&scene.repeat(6)), ["Tom Bell", "Mr. Bell"]);
        // In news, the same two names are one person.
        assert_eq!(speakers("“Is it far?” asked Mr. Bell. “An hour,” said Tom Bell."), ["Tom Bell"]);
    }

    #[test]
    fn speakers_are_renumbered_by_their_first_credit_only_when_out_of_order() {
        // (The generated inputs of tests/invariants.rs hold a text that needs it.)
        assert_eq!(super::first_credit_numbers(&[50, 10, usize::MAX, 30]), Some(vec![2, 0, 3, 1]));
        assert_eq!(super::first_credit_numbers(&[10, 30, 30, usize::MAX]), None);
    }

    #[test]
    fn a_pronoun_s_antecedent_holds_no_headline_before_a_tab() {
        let text = "Budget Talks Stall\tOkafor added: \"Not now,\"\n\nthe nurse was quoted as saying: “It is over.”\n\nBudget Talks Stall\t\"Not now,\" she did not say.";
        assert!(speakers(text).iter().all(|name| !name.contains('\t')), "{:?}", speakers(text));
    }

    #[test]
    fn a_first_name_is_kept_over_the_honorific() {
        assert_eq!(speakers("“Tea,” said Ann Bell. “Later,” said Mrs. Bell."), ["Ann Bell"]);
        assert_eq!(speakers("“Go,” Donald Trump said. “Now,” Mr. Trump said."), ["Donald Trump"]);
    }
}
