//! Mentions of speakers: the noun phrase just before or just after a cue.
//!
//! A mention is a pronoun (`she`), a name with its titles and roles (`Kremlin spokesperson
//! Dmitry Peskov`, `Sen. Marco Rubio (R-Fla.)`, `Ursula von der Leyen`), an organisation
//! (`the State Department`) or a nameless speaker (`the report`, `a White House spokesperson`,
//! `officials`). Appositions (`Rosa Quintero, a former aide to the mayor, said`) and adverbs
//! (`she also said`) between a mention and its cue are stepped over.

use crate::lexicon::{self, Gender};
use crate::tokens::Token;

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A personal name: `Dmitry Peskov`, `Biden`.
    Name,
    /// An organisation's name: `the State Department`, `Fox News`.
    Organization,
    /// A speaker without a name: `the report`, `officials`, `a spokesman`.
    Nominal,
    /// A pronoun: `she`, `it`.
    Pronoun,
}

/// A mention of a speaker, in byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// First byte of the whole phrase, titles included.
    pub start: usize,
    /// Just past the phrase.
    pub end: usize,
    /// First byte of the name (the phrase without titles, roles and determiners).
    pub name_start: usize,
    /// Just past the name.
    pub name_end: usize,
    /// What it names.
    pub kind: MentionKind,
    /// The gender its titles and roles tell.
    pub gender: Gender,
    /// Whether titles or roles go with the name (`Sen.`, `spokesperson`): a person's mark.
    pub titled: bool,
}

impl Mention {
    /// A mention made of a whole phrase of `text` (`the school board`, `@someone`, `she`): a
    /// pronoun when it is one alone, for the speakers stage to resolve, else a name if any of its
    /// words is capitalised, a nameless speaker otherwise. `phrase` must not be empty.
    ///
    /// ```
    /// use quotehound::mentions::{Mention, MentionKind};
    /// use quotehound::tokens::tokenize;
    /// let kind = |text: &str| {
    ///     let mut tokens = Vec::new();
    ///     tokenize(text, 0, text.len(), &mut tokens);
    ///     Mention::phrase(text, &tokens).kind
    /// };
    /// assert_eq!(kind("the football team"), MentionKind::Nominal);
    /// assert_eq!(kind("Team Lee"), MentionKind::Name);
    /// assert_eq!(kind("she"), MentionKind::Pronoun);
    /// ```
    pub fn phrase(text: &str, phrase: &[Token]) -> Mention {
        let (start, end) = (phrase[0].start, phrase[phrase.len() - 1].end);
        let kind = match phrase {
            [word] if lexicon::pronoun(word.text(text)).is_some() => MentionKind::Pronoun,
            _ if phrase.iter().any(|t| t.capitalized) => MentionKind::Name,
            _ => MentionKind::Nominal,
        };
        Mention { start, end, name_start: start, name_end: end, kind, gender: Gender::Any, titled: false }
    }

    /// The mention cut back to the words that can name someone, or `None` when none can. A name
    /// never runs over a line break or a tab (a headline's last words stand on the line before a
    /// name), so only what follows the last is kept; and it holds no auxiliary, negation or word that opens a
    /// clause (see `lexicon/clause_words.txt`), so it ends before the first (`Gowdy did not`
    /// is cut to `Gowdy`, `a witness who saw` to `a witness`), and a phrase that opens with one
    /// (`that he paid`) names nobody. A relative pronoun alone (`who`) stays: the speakers stage resolves it.
    ///
    /// ```
    /// use quotehound::mentions::Mention;
    /// use quotehound::tokens::tokenize;
    /// fn named(text: &str) -> Option<&str> {
    ///     let mut tokens = Vec::new();
    ///     tokenize(text, 0, text.len(), &mut tokens);
    ///     Mention::phrase(text, &tokens).named_part(text).map(|m| &text[m.start..m.end])
    /// }
    /// assert_eq!(named("Gowdy did not"), Some("Gowdy"));
    /// assert_eq!(named("Budget Talks\nAnn Lee"), Some("Ann Lee"));
    /// assert_eq!(named("Budget Talks\tAnn Lee"), Some("Ann Lee"));
    /// assert_eq!(named("that he paid"), None);
    /// assert_eq!(named("who"), Some("who"));
    /// ```
    pub fn named_part(mut self, text: &str) -> Option<Mention> {
        if let Some((at, c)) = text[self.start..self.end].char_indices().rfind(|&(_, c)| breaks_a_name(c)) {
            let line = self.start + at + c.len_utf8();
            self.start = crate::text::skip_space(text, line, self.end);
            self.name_start = self.name_start.max(self.start);
        }
        let single = crate::words::words(text, self.start, self.end).nth(1).is_none();
        for (at, word) in crate::words::words(text, self.start, self.end) {
            if single || word.bytes().any(|b| b.is_ascii_uppercase()) || !lexicon::clause_words().contains(word) {
                continue;
            }
            let end = text[self.start..at]
                .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–' | '-' | '('))
                .len();
            self.end = self.start + end;
            break;
        }
        if self.start >= self.end {
            return None;
        }
        self.name_end = self.name_end.min(self.end);
        if self.name_start >= self.name_end {
            (self.name_start, self.name_end) = (self.start, self.end);
        }
        Some(self)
    }

    /// The titles and roles before the name: `Kremlin spokesperson` of
    /// `Kremlin spokesperson Dmitry Peskov`.
    pub fn titles<'t>(&self, text: &'t str) -> &'t str {
        text[self.start..self.name_start].trim()
    }
}

/// Whether `c` is white space that no name runs over: a line break, or any white space but a
/// plain or no-break space (a tab, a form feed, U+2028), which in running text sets apart a
/// cell, a field or a line (`Zika Virus Spreads⇥Chris Christie`) rather than two words of a name.
/// Spaces of other widths (U+2009, U+202F) are typography within a line, and stay.
pub(crate) fn breaks_a_name(c: char) -> bool {
    c.is_whitespace() && (c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))
}

/// Words between a subject and its verb: `she also said`, `he has said`.
pub(crate) fn is_adverb(token: &Token, text: &str) -> bool {
    let word = token.text(text);
    token.lower && (word.len() > 3 && word.ends_with("ly") || lexicon::adverbs_before_verb().contains(word))
}

/// Words that end a noun phrase read forward: prepositions, relatives, conjunctions.
fn is_phrase_boundary(word: &str) -> bool {
    !word.bytes().any(|b| b.is_ascii_uppercase()) && lexicon::phrase_boundaries().contains(word)
}

/// Prepositions that open a phrase of place, time or manner, never a clause's subject.
pub(crate) fn is_preposition(word: &str) -> bool {
    lexicon::prepositions().contains(word)
}

pub(crate) fn is_determiner(word: &str) -> bool {
    lexicon::determiners().contains(word)
}

fn is_title_word(token: &Token, text: &str) -> bool {
    let stem = token.stem(text);
    lexicon::titles().contains(stem) || lexicon::roles().contains(stem)
}

/// A capitalised word that can be part of a name: not a sentence opener, a day or a month.
/// The stem, not the word, is looked up: `It’s` and `That’s` open a clause, they name nobody.
fn is_name_word(token: &Token, text: &str) -> bool {
    let stem = token.stem(text);
    // `She’ll`, `We’re`, `I’m`: a pronoun with a contracted verb.
    let contracted = || stem.split_once(['’', '\'']).is_some_and(|(head, _)| lexicon::pronoun(head).is_some());
    token.is_word()
        && token.capitalized
        && !contracted()
        && !lexicon::calendar().contains(stem)
        && !lexicon::sentence_starters().contains(stem)
        && lexicon::pronoun(stem).is_none()
}

/// In `Secretary of Homeland Security Ann Lee`, the number of capitalised words from token
/// `i` (just after `of`) to `end` that name the office rather than the person: a government
/// department's field (`State`, `Homeland Security`), else all but the last two words (`Director
/// of National Intelligence Sam Cole`), else the first of two. 0 when there is no room
/// for a name after the office.
fn office_words(tokens: &[Token], i: usize, end: usize, text: &str) -> usize {
    let run = tokens[i..end].iter().take_while(|t| is_name_word(t, text)).count();
    let mut key = [0u8; 32];
    let mut len = 0;
    for (k, t) in tokens[i..i + run.min(3)].iter().enumerate() {
        let word = t.stem(text).as_bytes();
        if len + usize::from(k > 0) + word.len() > key.len() {
            break;
        }
        if k > 0 {
            key[len] = b'_';
            len += 1;
        }
        key[len..len + word.len()].copy_from_slice(word);
        len += word.len();
        if std::str::from_utf8(&key[..len]).is_ok_and(|field| lexicon::department_fields().contains(field)) {
            // A department with no name after it (`the Secretary of Homeland Security said`).
            return if k + 1 < run { k + 1 } else { 0 };
        }
    }
    match run {
        0 | 1 => 0,
        2 => 1,
        _ => run - 2,
    }
}

/// `von` and `der` of `Ursula von der Leyen`: a particle followed by a name or a particle.
fn is_particle(tokens: &[Token], i: usize, text: &str) -> bool {
    let particle = |t: &Token| t.is_word() && t.lower && lexicon::name_particles().contains(t.text(text));
    particle(&tokens[i]) && tokens[i + 1..].iter().take(3).find(|t| !particle(t)).is_some_and(|t| t.capitalized)
}

/// Index of the token before `end` once adverbs, an apposition and a parenthesis
/// (`(R-Fla.)`) are stepped over, scanning no further back than `floor`.
fn skip_back(tokens: &[Token], floor: usize, mut end: usize, text: &str) -> usize {
    while end > floor && is_adverb(&tokens[end - 1], text) {
        end -= 1;
    }
    if end > floor && tokens[end - 1].is(')') {
        if let Some(open) = (floor..end - 1).rev().take(12).find(|&i| tokens[i].is('(')) {
            end = open;
        }
    }
    // `Sam Cole — a nurse from Ohio — says`: an apposition between dashes.
    let dash = |t: &Token| matches!(t.punct, Some('—' | '–'));
    if end > floor + 2 && dash(&tokens[end - 1]) {
        if let Some(open) = (floor..end - 1).rev().take(30).find(|&i| dash(&tokens[i])) {
            let first = &tokens[open + 1];
            if open > floor && open + 1 < end - 1 && (first.lower || is_determiner(first.text(text))) {
                end = open;
            }
        }
    }
    // `Rosa Quintero, a former aide to the mayor, said`: an apposition opens with a
    // determiner, a relative pronoun, a number or a lower-case word; there may be two.
    for _ in 0..2 {
        if !(end > floor + 1 && tokens[end - 1].is(',')) {
            break;
        }
        let comma = end - 1;
        let Some(open) = (floor..comma).rev().take(30).find(|&i| tokens[i].is(',')) else { break };
        let first = &tokens[open + 1];
        let word = first.text(text);
        let conjunction = matches!(word, "and" | "or" | "but");
        // `Hale, Lee’s lawyer, argues`: a possessive opens an apposition too.
        let possessive = first.possessive(text) && tokens[open + 2..comma].iter().any(|t| t.lower);
        if conjunction
            || !(open + 1 < comma && (first.lower || is_determiner(word) || possessive || word.chars().all(|c| c.is_ascii_digit())))
        {
            break;
        }
        // `In Maine, the reporter Ann Lee, writing …`: what comes before the first comma is an
        // opening adverbial, not a name the phrase stands beside.
        let opening = open > floor + 1 && is_preposition(tokens[floor].text(text)) && !tokens[floor + 1..open].iter().any(|t| t.is(','));
        if opening {
            break;
        }
        end = open;
        while end > floor && is_adverb(&tokens[end - 1], text) {
            end -= 1;
        }
        // `Smith, 45, a teacher, said`: an age before the apposition.
        if end > floor + 2 && tokens[end - 1].text(text).bytes().all(|b| b.is_ascii_digit()) && tokens[end - 2].is(',') {
            end -= 2;
        }
    }
    // `Sen. Ann Lee (D-Md.), who has backed the bill, said`: a parenthesis before the apposition.
    if end > floor && tokens[end - 1].is(')') {
        if let Some(open) = (floor..end - 1).rev().take(12).find(|&i| tokens[i].is('(')) {
            end = open;
        }
    }
    end
}

/// The mention that ends just before token `end` (exclusive), reading back no further than
/// token `floor`.
///
/// ```
/// use quotehound::{mentions, tokens};
/// let text = "Russia’s Foreign Ministry spokesperson Maria Zakharova, however, said";
/// let mut t = Vec::new();
/// tokens::tokenize(text, 0, text.len(), &mut t);
/// let m = mentions::before(text, &t, 0, t.len() - 1).unwrap();
/// assert_eq!(&text[m.name_start..m.name_end], "Maria Zakharova");
/// assert_eq!(m.titles(text), "Russia’s Foreign Ministry spokesperson");
/// ```
pub fn before(text: &str, tokens: &[Token], floor: usize, end: usize) -> Option<Mention> {
    let end = skip_back(tokens, floor, end, text);
    if end <= floor {
        return None;
    }
    let last = &tokens[end - 1];
    if last.is(',') {
        // `Acme’s chief executive, Sam Cole, called`, `Gov. Ann Lee (R-Ohio), said`: a name
        // set off by commas right before a verb, after its role or an opening phrase. Not
        // before a participle (`Lee turned on Cole, calling him …` is Lee's), nor a place
        // (`in Toledo, Ohio, said`).
        let participle = tokens.get(end).is_some_and(|t| t.text(text).ends_with("ing"));
        let inner = skip_back(tokens, floor, end - 1, text);
        if participle || inner <= floor || !is_name_word(&tokens[inner - 1], text) || tokens[inner - 1].possessive(text) {
            return None;
        }
        let found = name_before(text, tokens, floor, inner)?;
        let first = tokens.partition_point(|t| t.start < found.start);
        let set_off = first == floor || tokens[first - 1].is(',');
        let place = tokens[first..inner]
            .iter()
            .all(|t| lexicon::us_states().contains(t.stem(text)) || lexicon::us_state_names().contains(t.stem(text)));
        return (set_off && !place).then_some(found);
    }
    if !last.is_word() {
        return None;
    }
    // `Lee, who has said …`: the relative pronoun is the cue's subject; the speakers stage
    // reads the noun phrase it stands for.
    if lexicon::pronoun(last.text(text)).is_some() || (last.lower && lexicon::relative_pronouns().contains(last.text(text))) {
        return Some(pronoun_mention(last));
    }
    // `Several said …`, `; most said …`: a quantifier standing alone for people, opening its
    // clause (not `which some have argued`).
    let opens_clause = end - 1 == floor || tokens[end - 2].is(';') || tokens[end - 2].is(',');
    if opens_clause && lexicon::quantifiers().contains(last.text(text)) {
        return Some(Mention { kind: MentionKind::Nominal, ..pronoun_mention(last) });
    }
    if is_name_word(last, text) && !last.possessive(text) {
        let found = name_before(text, tokens, floor, end)?;
        // `Ann Lee of Maine said`: the name is the one before `of`.
        let first = tokens.partition_point(|t| t.start < found.start);
        if first >= floor + 2 && tokens[first - 1].text(text) == "of" && is_name_word(&tokens[first - 2], text) {
            return name_before(text, tokens, floor, first - 1).or(Some(found));
        }
        return Some(found);
    }
    if last.lower && (lexicon::speaker_nouns().contains(last.stem(text)) || lexicon::org_words().contains(last.stem(text))) {
        return nominal_before(text, tokens, floor, end);
    }
    None
}

fn pronoun_mention(token: &Token) -> Mention {
    Mention {
        start: token.start,
        end: token.end,
        name_start: token.start,
        name_end: token.end,
        kind: MentionKind::Pronoun,
        gender: Gender::Any,
        titled: false,
    }
}

/// `Kremlin spokesperson Dmitry Peskov`, `US President Joe Biden`, `the State Department`.
fn name_before(text: &str, tokens: &[Token], floor: usize, end: usize) -> Option<Mention> {
    // The name: capitalised words (and particles) back to a title, a role or anything else.
    let mut name_first = end;
    while name_first > floor {
        let i = name_first - 1;
        let t = &tokens[i];
        let part =
            (is_name_word(t, text) && !is_title_word(t, text) && (i + 1 == end || !t.possessive(text))) || is_particle(tokens, i, text);
        if !part {
            break;
        }
        name_first = i;
    }
    if name_first == end {
        // The whole phrase is titles: `the President said`.
        name_first = end - 1;
    }
    // Titles and roles before it: capitalised words, role nouns, possessives.
    let mut first = name_first;
    // `Secretary of State Ann Lee`: the office after `of` goes with the role before it.
    if name_first >= floor + 2 && tokens[name_first - 1].text(text) == "of" && is_title_word(&tokens[name_first - 2], text) {
        let office = office_words(tokens, name_first, end, text);
        if office > 0 {
            first = name_first - 2;
            name_first += office;
        }
    }
    while first > floor {
        let t = &tokens[first - 1];
        let title = t.is_word() && (is_title_word(t, text) || (t.capitalized && is_name_word(t, text)));
        if !title {
            break;
        }
        first -= 1;
    }
    let determiner = first > floor && tokens[first - 1].is_word() && tokens[first - 1].text(text).eq_ignore_ascii_case("the");
    if determiner {
        first -= 1;
    }
    let name = &tokens[name_first..end];
    let organization = determiner || name.iter().any(|t| lexicon::org_words().contains(t.stem(text)));
    let titles = &tokens[first..name_first];
    let gender = titles.iter().map(|t| lexicon::gender_of(t.stem(text))).find(|g| *g != Gender::Any).unwrap_or(Gender::Any);
    Some(Mention {
        start: tokens[first].start,
        end: tokens[end - 1].end,
        name_start: tokens[name_first].start,
        name_end: tokens[end - 1].end,
        kind: if organization { MentionKind::Organization } else { MentionKind::Name },
        gender,
        titled: titles.iter().any(|t| is_title_word(t, text)),
    })
}

/// `the report`, `a White House spokesperson`, `officials`.
fn nominal_before(text: &str, tokens: &[Token], floor: usize, end: usize) -> Option<Mention> {
    let mut first = end - 1;
    while first > floor {
        let t = &tokens[first - 1];
        if !t.is_word() {
            break;
        }
        let word = t.text(text);
        if is_determiner(word) {
            first -= 1;
            break;
        }
        if lexicon::cue_verbs().contains(word) || lexicon::sentence_starters().contains(word) || end - first > 5 {
            break;
        }
        first -= 1;
    }
    let head = &tokens[end - 1];
    let organization = lexicon::org_words().contains(head.stem(text));
    Some(Mention {
        start: tokens[first].start,
        end: head.end,
        name_start: tokens[first].start,
        name_end: head.end,
        kind: if organization { MentionKind::Organization } else { MentionKind::Nominal },
        gender: lexicon::gender_of(head.stem(text)),
        titled: lexicon::roles().contains(head.stem(text)),
    })
}

/// The mention that starts at token `start`, reading no further than token `ceiling`:
/// `said Ann Lee, the editor`, `said White House press secretary Jen Psaki`.
///
/// ```
/// use quotehound::{mentions, tokens};
/// let text = "White House press secretary Jen Psaki on Monday";
/// let mut t = Vec::new();
/// tokens::tokenize(text, 0, text.len(), &mut t);
/// let m = mentions::after(text, &t, 0, t.len()).unwrap();
/// assert_eq!(&text[m.name_start..m.name_end], "Jen Psaki");
/// ```
pub fn after(text: &str, tokens: &[Token], mut start: usize, ceiling: usize) -> Option<Mention> {
    // `said Monday`, `said on Tuesday`, `said in a statement`: time and manner come first.
    while start < ceiling {
        let t = &tokens[start];
        let word = t.stem(text);
        let skip = lexicon::calendar().contains(word) || (t.lower && lexicon::time_words_after_cue().contains(word)) || is_adverb(t, text);
        if !skip {
            break;
        }
        start += 1;
    }
    let first = tokens.get(start).filter(|_| start < ceiling)?;
    if !first.is_word() {
        return None;
    }
    if lexicon::pronoun(first.text(text)).is_some() {
        return Some(pronoun_mention(first));
    }
    // `He’s pushing …`: a pronoun with a contracted verb; the mention is the pronoun alone.
    let stem = first.stem(text);
    if stem.len() < first.end - first.start && lexicon::pronoun(stem).is_some() {
        return Some(Mention { end: first.start + stem.len(), name_end: first.start + stem.len(), ..pronoun_mention(first) });
    }
    let determiner = is_determiner(first.text(text));
    let body = if determiner { start + 1 } else { start };
    // Titles, roles, names and a few modifiers (`former Maine governor Tom Hale`) up to
    // the first word that is none of these.
    let mut end = body;
    // After a name, lower-case words go on with the phrase only up to a head noun (`the
    // Daily Bugle tabloid`, `Coastal erosion experts`), not as a verb (`Sen. Ann Lee
    // endorsed Cole`).
    let mut named = false;
    // Where the office after `Secretary of` ends: the name comes after it.
    let mut office_end = body;
    let leads_to_head = |from: usize| {
        tokens[from..ceiling.min(from + 3)]
            .iter()
            .take_while(|t| t.is_word() && t.lower)
            .any(|t| lexicon::speaker_nouns().contains(t.stem(text)))
    };
    while end < ceiling {
        let t = &tokens[end];
        let modifier = t.lower
            && end < body + 4
            && !is_phrase_boundary(t.text(text))
            && !lexicon::cue_verbs().contains(t.text(text))
            && (!named || leads_to_head(end));
        let name = is_name_word(t, text);
        // `Secretary of Homeland Security Ann Lee`: `of` between a role and a capitalised
        // word goes on with the title, and so does the office after it.
        if t.text(text) == "of" && end > body && end + 1 < ceiling && is_title_word(&tokens[end - 1], text) {
            let office = office_words(tokens, end + 1, ceiling, text);
            if office > 0 {
                end += 1 + office;
                office_end = end;
                continue;
            }
        }
        let part = t.is_word() && (name || is_title_word(t, text) || is_particle(tokens, end, text) || modifier);
        if !part {
            break;
        }
        // `the Gazette’s senior sports editor`: a possessive name is itself a modifier.
        if name {
            named = !t.possessive(text);
        }
        end += 1;
    }
    // Lower-case words after the last name or role are not part of the phrase.
    while end > body && tokens[end - 1].lower && !lexicon::speaker_nouns().contains(tokens[end - 1].stem(text)) {
        end -= 1;
    }
    if end == body {
        return None;
    }
    // The name is the last run of capitalised words that are not titles.
    let mut name_first = end;
    while name_first > office_end
        && ((is_name_word(&tokens[name_first - 1], text) && !is_title_word(&tokens[name_first - 1], text))
            || is_particle(tokens, name_first - 1, text))
    {
        name_first -= 1;
    }
    let head = &tokens[end - 1];
    if name_first == end {
        // No name: a nominal (`the report`, `a spokesman`) if its head can speak.
        if !lexicon::speaker_nouns().contains(head.stem(text)) {
            return None;
        }
        name_first = body;
        while name_first < end - 1 && !tokens[name_first].capitalized && !lexicon::speaker_nouns().contains(tokens[name_first].stem(text)) {
            name_first += 1;
        }
    }
    let name = &tokens[name_first..end];
    let titles = &tokens[body..name_first];
    let organization =
        name.iter().any(|t| lexicon::org_words().contains(t.stem(text))) || (determiner && name.iter().all(|t| t.capitalized));
    let nominal = name.iter().all(|t| t.lower);
    Some(Mention {
        start: first.start,
        end: head.end,
        name_start: tokens[name_first].start,
        name_end: head.end,
        kind: if nominal {
            MentionKind::Nominal
        } else if organization {
            MentionKind::Organization
        } else {
            MentionKind::Name
        },
        gender: titles.iter().map(|t| lexicon::gender_of(t.stem(text))).find(|g| *g != Gender::Any).unwrap_or(Gender::Any),
        titled: titles.iter().any(|t| is_title_word(t, text)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn tokens(text: &str) -> Vec<Token> {
        let mut t = Vec::new();
        tokenize(text, 0, text.len(), &mut t);
        t
    }

    /// The name of the mention before the last word of `text`.
    fn name_before(text: &str) -> Option<String> {
        let t = tokens(text);
        before(text, &t, 0, t.len() - 1).map(|m| text[m.name_start..m.name_end].to_string())
    }

    #[test]
    fn names_with_titles_particles_and_appositions() {
        assert_eq!(name_before("Sen. Marco Rubio (R-Fla.) said").as_deref(), Some("Marco Rubio"));
        assert_eq!(name_before("President Ursula von der Leyen said").as_deref(), Some("Ursula von der Leyen"));
        assert_eq!(name_before("Rosa Quintero, a former aide to the mayor, said").as_deref(), Some("Rosa Quintero"));
        assert_eq!(name_before("Conan O’Brien also said").as_deref(), Some("Conan O’Brien"));
        assert_eq!(name_before("the State Department said").as_deref(), Some("State Department"));
    }

    #[test]
    fn pronouns_and_nominals() {
        assert_eq!(name_before("he said").as_deref(), Some("he"));
        assert_eq!(name_before("the report said").as_deref(), Some("the report"));
        assert_eq!(name_before("a White House spokesperson said").as_deref(), Some("a White House spokesperson"));
        assert_eq!(name_before("the weather said"), None);
    }
}
