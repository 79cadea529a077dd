//! Statements: everything the text attributes to a source, quoted or reported.
//!
//! A statement is a quotation with its speaker (`“We will win,” she said.`), reported speech
//! (`Biden said Putin would pay a price`, `According to officials, the talks failed`) or a mix of
//! both (`Biden said Putin would “pay a price”`). Its content is what is attributed: the quoted
//! words, or the clause the cue introduces (after the cue, or fronted before `, X said`), never
//! the cue or the source.
//!
//! The sieves, in the order they are tried, are [`SIEVES`]: every attributed direct quotation
//! first (an interrupted one, `“…,” she said, “…”`, is one statement), then, for each cue of
//! reported speech left in a sentence, the patterns of reported speech.
//!
//! Each sentence is read once, so the stage is linear in the text.

use serde::Serialize;

use crate::kinds::Kind;
use crate::lexicon;
use crate::mentions::{self, Mention, MentionKind};
use crate::sentences::Sentence;
use crate::text::with_ascii_lowercase;
use crate::tokens::{tokenize, Token};
use crate::Quote;

/// What a statement's content is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// The content is a quotation: `“We will win,” she said.`
    Direct,
    /// Reported speech that holds quoted words: `she said they would “fight on”`.
    Mixed,
    /// Reported speech without quote marks: `she said they would fight on`.
    Indirect,
}

impl StatementKind {
    /// The kind's name, as in results: `"direct"`, `"mixed"`, `"indirect"`.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Mixed => "mixed",
            StatementKind::Indirect => "indirect",
        }
    }
}

/// The pattern that found a statement of reported speech (a direct statement keeps the
/// [`crate::Rule`] of its quotation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sieve {
    /// An attributed direct quotation: its content is the quoted words.
    Quotation,
    /// `according to X, …` and `…, according to X.`; also a survey's findings, `In a new
    /// poll, …`.
    AccordingTo,
    /// `X said (that) …`, `X told Y (that) …`, `X believes …`, and the participle of a
    /// sentence about X: `X defended the plan, saying …`.
    SpeakerCueContent,
    /// `…, X said.`
    ContentSpeakerCue,
    /// `…, said X.`
    ContentCueSpeaker,
    /// `X’s statement that …`, `the claim by X that …`.
    SpeechNoun,
    /// An attributed partial quotation that no other sieve holds: from its cue to its end.
    PartialQuotation,
}

/// The sieves in the order they are tried: one place to read the precedence from.
pub const SIEVES: [Sieve; 7] = [
    Sieve::Quotation,
    Sieve::AccordingTo,
    Sieve::SpeechNoun,
    Sieve::ContentCueSpeaker,
    Sieve::ContentSpeakerCue,
    Sieve::SpeakerCueContent,
    Sieve::PartialQuotation,
];

impl Sieve {
    /// The sieve's name, as in results.
    pub fn as_str(self) -> &'static str {
        match self {
            Sieve::Quotation => "quotation",
            Sieve::AccordingTo => "according_to",
            Sieve::SpeakerCueContent => "speaker_cue_content",
            Sieve::ContentSpeakerCue => "content_speaker_cue",
            Sieve::ContentCueSpeaker => "content_cue_speaker",
            Sieve::SpeechNoun => "speech_noun",
            Sieve::PartialQuotation => "partial_quotation",
        }
    }
}

/// One statement, in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// First byte of the content.
    pub start: usize,
    /// Just past the content.
    pub end: usize,
    /// Direct, mixed or indirect.
    pub kind: StatementKind,
    /// Index of the sentence the content starts in.
    pub sentence: usize,
    /// Index of the paragraph the content starts in.
    pub paragraph: usize,
    /// The words that name the source, as the speakers stage reads them; serialised as their
    /// byte span, `mention` (see [`Statement::mention`]).
    #[serde(rename = "mention", serialize_with = "mention_span")]
    pub source: Mention,
    /// Byte span of the cue.
    pub cue: Option<(usize, usize)>,
    /// The sieve that found it.
    pub sieve: Sieve,
    /// For a statement of quotations, their attribution rule; `None` for reported speech,
    /// named by its sieve.
    pub rule: Option<crate::Rule>,
    /// Indices into the document's quotations of those inside the content.
    pub quotes: Vec<usize>,
    /// Index of the source among the document's speakers, once resolved.
    pub speaker: Option<usize>,
}

fn mention_span<S: serde::Serializer>(mention: &Mention, serializer: S) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&(mention.start, mention.end), serializer)
}

/// How far, in bytes, a partial quotation may stand from its cue to make a statement with it.
const PARTIAL_REACH: usize = 200;

impl Statement {
    /// Byte span of the words that name the source.
    ///
    /// ```
    /// let text = "The mayor said the bridge would reopen.";
    /// let s = &quotehound::analyze(text).statements[0];
    /// assert_eq!(&text[s.mention().0..s.mention().1], "The mayor");
    /// ```
    pub fn mention(&self) -> (usize, usize) {
        (self.source.start, self.source.end)
    }

    /// The name of the pattern that found the statement, as in results: the attribution rule of
    /// its quotations for a direct statement, else its sieve's.
    ///
    /// ```
    /// let doc = quotehound::analyze("The mayor said the bridge would reopen. “Soon,” she said.");
    /// let rules: Vec<&str> = doc.statements.iter().map(|s| s.rule_name()).collect();
    /// assert_eq!(rules, ["speaker_cue_content", "quote_speaker_cue"]);
    /// ```
    pub fn rule_name(&self) -> &'static str {
        self.rule.map_or(self.sieve.as_str(), crate::Rule::as_str)
    }

    /// The direct statement of quotation `index`, `quote`, credited through `mention`.
    fn of_quotation(index: usize, quote: &Quote, mention: Mention) -> Statement {
        Statement {
            start: quote.start,
            end: quote.end,
            kind: StatementKind::Direct,
            sentence: quote.sentence,
            paragraph: quote.paragraph,
            cue: quote.cue,
            sieve: Sieve::Quotation,
            rule: quote.rule,
            quotes: vec![index],
            speaker: None,
            source: mention,
        }
    }

    /// The content as a quotation-like span, for the speakers stage, which reads where a
    /// statement stands as it reads a quotation.
    pub(crate) fn as_span(&self) -> Quote {
        Quote {
            open: self.start,
            start: self.start,
            end: self.end,
            close: self.end,
            kind: Kind::Partial,
            sentence: self.sentence,
            paragraph: self.paragraph,
            speaker: None,
            mention: Some(self.mention()),
            cue: self.cue,
            rule: self.rule,
            addressee: None,
        }
    }
}

/// How far, in tokens, the phrase naming a source may run past its mention.
const PHRASE_TOKENS: usize = 12;

/// A content of reported speech has at least this many words.
const CONTENT_WORDS: usize = 1;

/// How far, in tokens, a content is read for the clause that ends it.
const CONTENT_TOKENS: usize = 150;

/// How far, in tokens, the one spoken to may run after `told` before `that`.
const OBJECT_TOKENS: usize = 6;

/// How far back, in tokens, the subject of a cue is looked for.
const SUBJECT_TOKENS: usize = 60;

/// Every statement of `text`, in text order: its quotations with their attributions (as
/// [`crate::analyze`] sets them on `quotes`), then the reported speech of each sentence.
///
/// ```
/// let text = "The mayor said the bridge would reopen in May. “We are ready,” she added.";
/// let doc = quotehound::analyze(text);
/// let contents: Vec<&str> = doc.statements.iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(contents, ["the bridge would reopen in May", "We are ready,"]);
/// ```
pub fn find(text: &str, sentences: &[Sentence], quotes: &[Quote], mentions: &[Option<Mention>]) -> Vec<Statement> {
    let mut found = quotations(text, sentences, quotes, mentions);
    let mut tokens = Vec::new();
    let direct_cues: Vec<usize> = {
        let mut cues: Vec<usize> = found.iter().filter_map(|s| s.cue.map(|(start, _)| start)).collect();
        cues.sort_unstable();
        cues
    };
    let mut reader = Reader { text, tokens: &mut tokens, quotes, taken: &found, direct_cues: &direct_cues, first_word: 0, out: Vec::new() };
    for (index, sentence) in sentences.iter().enumerate() {
        reader.sentence(index, sentence);
    }
    let mut reported = reader.out;
    reported.sort_by_key(|s| (s.start, s.end));
    let partial = partial_quotations(text, sentences, quotes, mentions, &found, &reported);
    found.extend(reported);
    found.extend(partial);
    found.sort_by_key(|s| (s.start, s.end));
    // A quotation is placed in the sentence its opening mark stands in; when that mark ends a
    // sentence (`‟` alone on a line), the content starts in the next: its sentence and paragraph.
    for statement in &mut found {
        let outside = sentences.get(statement.sentence).is_some_and(|s| statement.start >= s.end);
        if outside {
            statement.sentence = sentences.partition_point(|s| s.end <= statement.start).min(sentences.len() - 1);
            statement.paragraph = sentences[statement.sentence].paragraph;
        }
    }
    found
}

/// The attributed partial quotations that no statement holds, each as reported speech of its
/// own: from its cue, when the cue comes first in the sentence, to the quotation's end
/// (`Trump in a speech called the plan “a disaster”`). A cue in a sentence before (one the
/// quotation borrows) gives the content from the start of the quotation's sentence. The
/// content holds the quotations between its cue and its own, which it lists.
fn partial_quotations(
    text: &str,
    sentences: &[Sentence],
    quotes: &[Quote],
    mentions: &[Option<Mention>],
    direct: &[Statement],
    reported: &[Statement],
) -> Vec<Statement> {
    let held = |at: usize, statements: &[Statement]| {
        let k = statements.partition_point(|s| s.end <= at);
        statements.get(k).is_some_and(|s| s.start <= at)
    };
    let mut found = Vec::new();
    for (i, (q, mention)) in quotes.iter().zip(mentions).enumerate() {
        let (Some(mention), Some((cue_start, cue_end))) = (mention.filter(|_| q.kind == Kind::Partial), q.cue) else { continue };
        if held(q.start, direct) || held(q.start, reported) || cue_end > q.open || q.open - cue_end > PARTIAL_REACH {
            continue;
        }
        // A cue inside a quotation (a transcript's `ORTIZ:`, borrowed from the quotation before)
        // opens no content: it would start inside that quotation.
        let k = quotes.partition_point(|o| o.close <= cue_start);
        if quotes.get(k).is_some_and(|o| o.open <= cue_start) {
            continue;
        }
        let sentence_start = sentences.get(q.sentence).map_or(0, |s| s.start);
        let mut start = crate::text::skip_space(text, cue_end.max(sentence_start), q.open);
        if text[start..].starts_with("that ") {
            start = crate::text::skip_space(text, start + 4, q.open);
        }
        let first = quotes.partition_point(|o| o.start < start);
        found.push(Statement {
            start,
            kind: StatementKind::Mixed,
            sieve: Sieve::PartialQuotation,
            rule: None,
            quotes: (first..=i).collect(),
            ..Statement::of_quotation(i, q, mention)
        });
    }
    found
}

/// The direct statements: each attributed direct quotation, joined to the one before it when
/// both are credited through the same mention and it follows in the same sentence with nothing
/// but that mention and the cues between (`“…,” she said, “…”`), or opens the next sentence
/// (`“…,” she said on Monday. “…”`): one statement in pieces.
fn quotations(text: &str, sentences: &[Sentence], quotes: &[Quote], mentions: &[Option<Mention>]) -> Vec<Statement> {
    let mut found: Vec<Statement> = Vec::new();
    for (i, (q, mention)) in quotes.iter().zip(mentions).enumerate() {
        let Some(mention) = mention.filter(|_| q.kind == Kind::Direct) else { continue };
        if let Some(last) = found.last_mut().filter(|last| last.quotes.last() == Some(&(i.wrapping_sub(1)))) {
            let previous = &quotes[i - 1];
            let same_sentence = previous.sentence == q.sentence
                && only_attribution_between(text, previous.close, q.open, [previous.mention, previous.cue, q.cue]);
            // `“…,” she said on Monday. “…”`: the next sentence, or the next paragraph's first.
            // (The sentence where the quotation before ends, which a quotation of several
            // sentences does not open.)
            let ends_in = sentences.partition_point(|s| s.end <= previous.end);
            let next_sentence = q.sentence == ends_in + 1 && q.paragraph <= previous.paragraph + 1;
            if previous.mention == q.mention && (same_sentence || next_sentence) {
                last.end = q.end;
                last.quotes.push(i);
                continue;
            }
        }
        found.push(Statement::of_quotation(i, q, mention));
    }
    found
}

/// Whether `text[from..to]` holds no word outside the `spans` (a mention and cues).
fn only_attribution_between(text: &str, from: usize, to: usize, spans: [Option<(usize, usize)>; 3]) -> bool {
    from <= to && crate::words::words(text, from, to).all(|(at, _)| spans.iter().flatten().any(|&(start, end)| start <= at && at < end))
}

/// Reads the reported speech of one sentence at a time.
struct Reader<'a, 't> {
    text: &'t str,
    tokens: &'a mut Vec<Token>,
    quotes: &'a [Quote],
    /// The direct statements, in text order, whose contents are not read again.
    taken: &'a [Statement],
    /// The byte where each direct statement's cue starts, sorted.
    direct_cues: &'a [usize],
    /// The first word of the sentence read.
    first_word: usize,
    out: Vec<Statement>,
}

impl Reader<'_, '_> {
    fn sentence(&mut self, index: usize, sentence: &Sentence) {
        // Most sentences hold no word that could open a statement, but for the cues of their
        // quotations and the words quoted: they are not tokenized.
        // The word list first: it rejects nearly every word with one bit of its filter.
        let opens = |(at, word): (usize, &str)| {
            lexicon::statement_triggers().contains(word) && !self.inside_quotation(at) && !self.is_direct_cue(at)
        };
        // A name and a colon open a statement too (`Ann Lee: …`), within the first words.
        let named_colon = || {
            crate::words::words(self.text, sentence.start, sentence.end)
                .take(6)
                .any(|(at, word)| self.text.as_bytes().get(at + word.len()) == Some(&b':'))
        };
        if !crate::words::words(self.text, sentence.start, sentence.end).any(opens) && !named_colon() {
            return;
        }
        self.tokens.clear();
        tokenize(self.text, sentence.start, sentence.end, self.tokens);
        self.first_word = self.tokens.iter().position(Token::is_word).unwrap_or(self.tokens.len());
        let mut i = 0;
        if let Some(found) = self.named_colon() {
            i = self.tokens.len();
            let quotes = self.quotes_within(found.start, found.end);
            let kind = self.kind_of(found.start, found.end, &quotes);
            if !self.is_taken(found.start, found.end) {
                self.out.push(Statement { sentence: index, paragraph: sentence.paragraph, kind, quotes, ..found });
            }
        }
        // The source of the statement just read, when it ended at a cue coordinated with its
        // own (`…, adding that …`, `… and said …`): that cue's source too.
        let mut carried: Option<(usize, Mention)> = None;
        while i < self.tokens.len() {
            let carried_here = carried.filter(|&(at, _)| at == i).map(|(_, source)| source);
            let found = self.participle(i, carried_here).or_else(|| self.statement_at(i)).or_else(|| {
                let source = carried_here?;
                // Not a cue inside a quotation (`…, and she “said nothing”`): the quoted words.
                let cue = self.is_cue_verb(i) && !self.inside_quotation(self.tokens[i].start);
                cue.then(|| self.speaker_cue_content(i, source)).flatten()
            });
            match found {
                Some((found, next)) => {
                    let quotes = self.quotes_within(found.start, found.end);
                    let kind = self.kind_of(found.start, found.end, &quotes);
                    carried = (next < self.tokens.len() && self.is_cue_verb(next)).then_some((next, found.source));
                    if !self.is_taken(found.start, found.end) {
                        self.out.push(Statement { sentence: index, paragraph: sentence.paragraph, kind, quotes, ..found });
                    }
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
    }

    /// `Ann Lee: The bridge will reopen in May.`: a name of a few capitalised words opening the
    /// sentence, a colon, and the rest of the sentence, as headlines and transcripts attribute.
    fn named_colon(&self) -> Option<Statement> {
        const LONGEST: usize = 5;
        let first = self.first_word;
        let colon = first + self.tokens.get(first..)?.iter().take(LONGEST + 1).position(|t| t.is(':'))?;
        let name = &self.tokens[first..colon];
        if name.is_empty()
            || !name.iter().all(|t| t.is_word() && t.capitalized)
            || lexicon::colon_labels().contains(name[name.len() - 1].stem(self.text))
            || self.inside_quotation(self.tokens[colon].start)
        {
            return None;
        }
        let source = mentions::after(self.text, self.tokens, first, colon)?;
        if source.start != name[0].start || source.end != name[name.len() - 1].end {
            return None;
        }
        // What is said is a clause, not a figure or a name (`Lee: 1,204`).
        const CLAUSE_WORDS: usize = 3;
        let content = &self.tokens[colon + 1..];
        if content.iter().filter(|t| t.is_word()).take(CLAUSE_WORDS).count() < CLAUSE_WORDS {
            return None;
        }
        let (start, end) = self.span(colon + 1, self.tokens.len())?;
        let cue = (self.tokens[colon].start, self.tokens[colon].end);
        self.reported(start, end, source, cue, Sieve::SpeakerCueContent)
    }

    /// `Lee defended the plan, saying …`, `Lee spoke for an hour — noting that …`: a participle
    /// of saying after a comma, a dash or `and` has the subject of its sentence for source (or
    /// `carried`, the source of the statement just read, when the participle ended it); so has
    /// a verb of saying in the past or third person coordinated with the sentence's verb
    /// (`Lee toured the site and said …`, `Lee did not apologize, but said …`).
    fn participle(&self, i: usize, carried: Option<Mention>) -> Option<(Statement, usize)> {
        let t = &self.tokens[i];
        let word = t.text(self.text);
        if !self.is_cue_verb(i) || self.inside_quotation(t.start) || self.is_direct_cue(t.start) {
            return None;
        }
        let before = &self.tokens[i.checked_sub(1)?];
        let joined = matches!(before.text(self.text), "and" | "but");
        if word.ends_with("ing") {
            if !(before.is(',') || matches!(before.punct, Some('—' | '–')) || joined) {
                return None;
            }
        } else if !(joined
            && lexicon::cue_verbs().contains(word)
            && !lexicon::cue_base_forms().contains(word)
            && i >= 2
            && ((self.tokens[i - 2].is_word() && self.tokens[i - 2].lower) || self.tokens[i - 2].is(',')))
        {
            // `Lee toured the site and said …`, `Lee did not apologize, but said …`: a verb of
            // saying coordinated with the sentence's verb shares its subject.
            return None;
        }
        let source = carried.or_else(|| self.sentence_subject(i))?;
        self.speaker_cue_content(i, source)
    }

    /// The mention that opens the sentence before token `ceiling` as the subject of its verb,
    /// past an opening phrase of time or place (`In May, the court ruled …`).
    fn sentence_subject(&self, ceiling: usize) -> Option<Mention> {
        let mut first = self.first_word;
        let opener = self.tokens.get(first)?;
        if mentions::is_preposition(opener.text(self.text)) || lexicon::clause_words().contains(opener.text(self.text)) {
            let comma = self.tokens[first..ceiling.min(first + 8)].iter().position(|t| t.is(','))?;
            first += comma + 1;
        }
        let mention = mentions::after(self.text, self.tokens, first, ceiling)?;
        let verb = self.tokens.get(self.token_at(mention.end))?;
        (self.token_at(mention.start) <= first + 1 && verb.is_word() && verb.lower).then_some(mention)
    }

    /// The statement whose cue is token `i`, and the token to read on from.
    fn statement_at(&self, i: usize) -> Option<(Statement, usize)> {
        let t = &self.tokens[i];
        let word = t.text(self.text);
        if !t.is_word() || !lexicon::statement_triggers().contains(word) || self.inside_quotation(t.start) || self.is_direct_cue(t.start) {
            return None;
        }
        if word.eq_ignore_ascii_case("according") && self.tokens.get(i + 1).is_some_and(|n| n.text(self.text) == "to") {
            return self.according_to(i);
        }
        // `her claims that …` is a noun; `the suit claims that …`, `Lee calls the plan …` the
        // same word as a verb, read as one when the noun's pattern does not hold.
        if t.lower && lexicon::survey_nouns().contains(word) {
            return self.in_survey(i);
        }
        if t.lower && lexicon::stance_adjectives().contains(word) {
            return self.stance_adjective(i);
        }
        let noun = t.lower && lexicon::speech_nouns().contains(word);
        if noun {
            if let Some(found) = self.speech_noun(i) {
                return Some(found);
            }
            // After a possessive or `to` it stays a noun (`Lee’s remarks drew …`) or is an
            // infinitive whose subject stands further back (`the refusal to answer …`).
            let before = self.tokens.get(i.wrapping_sub(1)).map_or("", |b| b.text(self.text));
            if i == 0 || before == "to" || self.tokens[i - 1].possessive(self.text) {
                return None;
            }
        }
        if !t.lower {
            return self.headline(i);
        }
        if !self.is_cue_verb(i) {
            return None;
        }
        // A noun's verb reading takes a subject the mentions know (`The lawsuit claims …`),
        // not any phrase before it (`Both candidates face questions …`).
        self.content_cue_speaker(i).filter(|_| !noun).or_else(|| {
            let source = self.subject_of(i, !noun)?;
            self.content_speaker_cue(i, source).or_else(|| self.speaker_cue_content(i, source))
        })
    }

    /// `Lee Says Bridge Will Reopen`: in a headline's capitalised words, a verb of saying
    /// between a name and capitalised words (or a quotation) is a cue all the same.
    fn headline(&self, i: usize) -> Option<(Statement, usize)> {
        let word = self.tokens[i].text(self.text);
        let titled = |k: usize| self.tokens.get(k).is_some_and(|t| t.capitalized || t.punct.is_some_and(crate::marks::is_quote_char));
        if i <= self.first_word || !lexicon::cue_verbs().contains(word) || !self.tokens[i - 1].capitalized || !titled(i + 1) {
            return None;
        }
        let source = mentions::before(self.text, self.tokens, i.saturating_sub(SUBJECT_TOKENS), i)?;
        let from = if self.tokens[i + 1].text(self.text).eq_ignore_ascii_case("that") { i + 2 } else { i + 1 };
        let (start, end, next) = self.rest(from)?;
        let cue = (self.tokens[i].start, self.tokens[i].end);
        Some((self.reported(start, end, source, cue, Sieve::SpeakerCueContent)?, next))
    }

    fn is_cue_verb(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let word = t.text(self.text);
        if !t.lower || !lexicon::statement_triggers().contains(word) {
            return false;
        }
        let cue = lexicon::cue_verbs().contains(word) || lexicon::statement_cues().contains(word) || self.has_particle(i);
        // `the claim`, `a statement`: after a determiner the word is a noun.
        let noun = i > 0 && mentions::is_determiner(self.tokens[i - 1].text(self.text));
        cue && !noun
    }

    /// Whether the cue at token `i` is a verb of stance with the preposition its content
    /// follows: `voted for`, `called for`, `talked about`.
    fn has_particle(&self, i: usize) -> bool {
        const LONGEST: usize = 32;
        let (Some(verb), Some(particle)) = (self.tokens.get(i), self.tokens.get(i + 1)) else { return false };
        let (verb, particle) = (verb.text(self.text).as_bytes(), particle.text(self.text).as_bytes());
        if verb.len() + 1 + particle.len() > LONGEST {
            return false;
        }
        let mut pair = [b'_'; LONGEST];
        pair[..verb.len()].copy_from_slice(verb);
        pair[verb.len() + 1..verb.len() + 1 + particle.len()].copy_from_slice(particle);
        std::str::from_utf8(&pair[..verb.len() + 1 + particle.len()]).is_ok_and(|pair| lexicon::statement_cue_particles().contains(pair))
    }

    /// The subject of the cue at token `i`: the mention right before it (adverbs and
    /// appositions stepped over), or a relative pronoun (`voters who said …`). A base form
    /// (`say`) must agree with it: a plural or a pronoun of the plural, or after an auxiliary
    /// (`will say`), else the word is a noun (`the general counsel`).
    fn subject(&self, i: usize) -> Option<Mention> {
        self.subject_of(i, true)
    }

    /// [`Reader::subject`], the noun phrase of [`Reader::phrase_subject`] read only when
    /// `phrase` is set.
    fn subject_of(&self, i: usize, phrase: bool) -> Option<Mention> {
        // `she has said`, `they did not say`, `he is suggesting`, `who has also argued`: the
        // subject stands before the auxiliaries and adverbs.
        let mut verb = i;
        while verb > 0 && {
            let t = &self.tokens[verb - 1];
            t.lower && (lexicon::verb_helpers().contains(t.text(self.text)) || mentions::is_adverb(t, self.text))
        } {
            verb -= 1;
        }
        // `was criticized`, `were told`: a passive's subject is spoken of, not speaking.
        let participle = !self.tokens[i].text(self.text).ends_with("ing");
        let passive = participle
            && ((verb..i).any(|k| lexicon::passive_auxiliaries().contains(self.tokens[k].text(self.text)))
                || self.tokens.get(i + 1).is_some_and(|n| n.text(self.text) == "by"));
        if passive {
            return None;
        }
        // `voters who said …`, `Lee, who has long argued …`.
        let before = verb.checked_sub(1).map(|b| &self.tokens[b]);
        if let Some(b) = before.filter(|b| b.lower && lexicon::relative_pronouns().contains(b.text(self.text))) {
            // A pronoun, which the speakers stage resolves to the mention it stands for.
            return Some(Mention { kind: MentionKind::Pronoun, ..Mention::phrase(self.text, std::slice::from_ref(b)) });
        }
        let source = self
            .contracted_pronoun(verb)
            .or_else(|| mentions::before(self.text, self.tokens, verb.saturating_sub(SUBJECT_TOKENS), verb))
            .or_else(|| if phrase { self.phrase_subject(verb) } else { None })?;
        // `Expecting questions, Lee …`: a participle opening the sentence is no subject.
        let phrase = &self.text[source.start..source.end];
        if !phrase.contains(' ') && phrase.ends_with("ing") {
            return None;
        }
        // `When asked …`: a clause word opens no subject.
        if crate::words::words(phrase, 0, phrase.len())
            .next()
            .is_some_and(|(_, w)| with_ascii_lowercase(w, |w| lexicon::clause_words().contains(w)))
        {
            return None;
        }
        let word = self.tokens[i].text(self.text);
        if lexicon::cue_base_forms().contains(word) && !self.agrees_with_base(i, &source) {
            return None;
        }
        Some(source)
    }

    /// `he’s`, `she's` just before token `verb`: the pronoun, its `’s` an auxiliary
    /// (`He’s planning …`).
    fn contracted_pronoun(&self, verb: usize) -> Option<Mention> {
        let t = self.tokens.get(verb.checked_sub(1)?)?;
        let word = t.text(self.text);
        let stem = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"))?;
        lexicon::pronoun(stem)?;
        let pronoun = Token { end: t.start + stem.len(), ..*t };
        Some(Mention::phrase(self.text, std::slice::from_ref(&pronoun)))
    }

    /// A noun phrase that opens its clause and runs up to the cue at token `i`: `Experts on the
    /// region said`, `Most of the voters polled say`. It starts the sentence or follows a comma,
    /// opens with a capital or a determiner, and holds no verb of saying or clause word.
    fn phrase_subject(&self, i: usize) -> Option<Mention> {
        const LONGEST: usize = 12;
        let near = i.saturating_sub(LONGEST + 1);
        let floor = self.tokens[near..i].iter().rposition(|t| t.is(',') || t.is(';')).map_or(near, |c| near + c + 1);
        let mut phrase = self.tokens.get(floor..i).filter(|p| !p.is_empty() && p.len() <= LONGEST)?;
        // `public records show`, `…, but security experts say`: a bare phrase ending in a
        // plural, before a plain verb, and not holding an infinitive (`uses data to help brands
        // find`); a conjunction opening its clause is not part of it.
        let joins = |t: &Token| t.lower && lexicon::sentence_conjunctions().contains(t.text(self.text));
        if phrase.len() > 1 && joins(&phrase[0]) && phrase[1].lower && !mentions::is_determiner(phrase[1].text(self.text)) {
            phrase = &phrase[1..];
        }
        let first = &phrase[0];
        let head = phrase[phrase.len() - 1].text(self.text);
        let bare = first.lower
            && lexicon::cue_base_forms().contains(self.tokens[i].text(self.text))
            && head.ends_with('s')
            && !phrase.iter().any(|t| t.text(self.text) == "to");
        let opens = first.is_word() && (first.capitalized || mentions::is_determiner(first.text(self.text)) || bare);
        let plain = phrase.iter().enumerate().all(|(k, t)| {
            let word = t.text(self.text);
            (t.is_word() || matches!(t.punct, Some('-' | '’' | '\'')))
                && !(t.lower && (lexicon::clause_words().contains(word) || self.is_cue_verb(i - phrase.len() + k)))
        });
        // It ends in its head, not in a preposition or determiner (`Lee according to said`).
        let last = phrase[phrase.len() - 1].text(self.text);
        let headed = !(mentions::is_preposition(last) || mentions::is_determiner(last) || last == "according");
        (opens && plain && headed).then(|| Mention::phrase(self.text, phrase)).and_then(|m| m.named_part(self.text))
    }

    fn agrees_with_base(&self, i: usize, source: &Mention) -> bool {
        let before = self.tokens[i - 1].text(self.text);
        if lexicon::clause_words().contains(before) || before == "to" {
            return true; // `will say`, `did not say`, `to say`
        }
        let head = &self.text[source.name_start..source.name_end];
        let last = head.split_whitespace().last().unwrap_or(head);
        // A plural, a pronoun of the plural, or a number (`26 percent say`, `nine of 10 say`).
        // `Lee and Cole say`: two names joined are plural too.
        let joined = head.contains(" and ")
            || self.token_at(source.start).checked_sub(1).is_some_and(|k| self.tokens[k].text(self.text) == "and" && k > self.first_word);
        joined
            || matches!(last.to_ascii_lowercase().as_str(), "i" | "we" | "they" | "you" | "percent" | "%")
            || last.ends_with(|c: char| c.is_ascii_digit())
            || (last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("’s") && !last.ends_with("'s"))
    }

    /// `X’s statement that …`, `her claim that …`, `the claim by X that …`: a noun for
    /// something said, its possessor or agent the source, the clause after `that` its content.
    fn speech_noun(&self, i: usize) -> Option<(Statement, usize)> {
        let (by, that) = match self.tokens.get(i + 1).map(|t| t.text(self.text)) {
            Some("that") => (None, i + 1),
            Some("by") => {
                let agent = mentions::after(self.text, self.tokens, i + 2, self.tokens.len())?;
                let that = self.token_at(agent.end);
                (Some(agent), that)
            }
            _ => return None,
        };
        if self.tokens.get(that).is_none_or(|t| t.text(self.text) != "that") {
            return None;
        }
        let source = match by {
            Some(agent) => agent,
            None => {
                let owner = self.tokens.get(i.checked_sub(1)?)?;
                let word = owner.text(self.text);
                if owner.possessive(self.text) {
                    let name = mentions::before(self.text, self.tokens, i.saturating_sub(SUBJECT_TOKENS), i)?;
                    let stem = owner.end - (owner.text(self.text).len() - owner.stem(self.text).len());
                    Mention { end: stem, name_end: name.name_end.min(stem), ..name }
                } else if lexicon::possessive_pronouns().contains(word) {
                    Mention::phrase(self.text, std::slice::from_ref(owner))
                } else {
                    return None;
                }
            }
        };
        let (start, end, next) = self.rest(that + 1)?;
        let cue = (self.tokens[i].start, self.tokens[i].end);
        Some((self.reported(start, end, source, cue, Sieve::SpeechNoun)?, next))
    }

    /// `Officials are concerned that …`, `Lee was skeptical of the plan`: an adjective of
    /// feeling or belief (token `i`) after a copula; the copula's subject is the source, the
    /// copula and adjective the cue, what follows (past `that` or the preposition) the content.
    fn stance_adjective(&self, i: usize) -> Option<(Statement, usize)> {
        let mut copula = i.checked_sub(1)?;
        while copula > 0
            && mentions::is_adverb(&self.tokens[copula], self.text)
            && !lexicon::verb_helpers().contains(self.tokens[copula].text(self.text))
        {
            copula -= 1;
        }
        let word = self.tokens[copula].text(self.text);
        if !matches!(word, "is" | "are" | "was" | "were" | "been" | "remain" | "remains" | "remained") {
            return None;
        }
        let mut from = i + 1;
        if self.tokens.get(from).is_some_and(|t| matches!(t.text(self.text), "that" | "about" | "of" | "by" | "with" | "in")) {
            from += 1;
        }
        let source = self.subject(copula)?;
        let (start, end, next) = self.rest(from)?;
        let cue = (self.tokens[copula].start, self.tokens[i].end);
        Some((self.reported(start, end, source, cue, Sieve::SpeakerCueContent)?, next))
    }

    /// `In a new poll of voters, Lee leads …`: the findings of a survey named in a phrase of `in`
    /// that opens the sentence; the phrase is the source, `in` the cue, the clause after its
    /// comma the content. The survey noun is token `i`.
    fn in_survey(&self, i: usize) -> Option<(Statement, usize)> {
        let in_phrase = |t: &Token| t.is_word() || matches!(t.punct, Some('-' | '’' | '\'' | '&' | '/' | '.'));
        let opener = self.tokens.get(self.first_word)?;
        // The phrase runs from the opening `in` to the noun without punctuation between (`In
        // the latest CNN/ORC poll`), and on to its comma (`…poll of Ohio voters,`).
        if !opener.text(self.text).eq_ignore_ascii_case("in")
            || i - self.first_word > PHRASE_TOKENS
            || !self.tokens[self.first_word..i].iter().all(in_phrase)
        {
            return None;
        }
        let comma = (i + 1..self.tokens.len().min(i + 1 + PHRASE_TOKENS))
            .find(|&e| !in_phrase(&self.tokens[e]))
            .filter(|&e| self.tokens[e].is(','))?;
        let phrase = &self.tokens[self.first_word + 1..=i];
        let source = Mention::phrase(self.text, phrase);
        let cue = (opener.start, opener.end);
        let (start, end, next) = self.rest(comma + 1)?;
        Some((self.reported(start, end, source, cue, Sieve::AccordingTo)?, next))
    }

    /// `according to X, …` and `…, according to X.`
    fn according_to(&self, i: usize) -> Option<(Statement, usize)> {
        let source = mentions::after(self.text, self.tokens, i + 2, self.tokens.len()).or_else(|| self.phrase_after(i + 2))?;
        let cue = (self.tokens[i].start, self.tokens[i + 1].end);
        let after = self.token_at(source.end);
        // The phrase naming the source may run on past the mention (`according to a poll of
        // Ohio voters, …`): up to its comma, when one comes before other punctuation.
        let comma_after = self.tokens[after.min(self.tokens.len())..]
            .iter()
            .take(PHRASE_TOKENS)
            .position(|t| t.punct.is_some_and(|c| !matches!(c, '-' | '’' | '\'' | '&')))
            .map(|k| after + k)
            .filter(|&k| self.tokens[k].is(','));
        if self.front_is_empty(i) {
            let comma = comma_after?;
            let (start, end, next) = self.rest(comma + 1)?;
            return Some((self.reported(start, end, source, cue, Sieve::AccordingTo)?, next));
        }
        let comma = self.comma_before(i).or_else(|| i.checked_sub(1).filter(|&d| matches!(self.tokens[d].punct, Some('—' | '–' | '('))))?;
        // `The toll, according to the mayor, is fair.`: an attribution set inside its content.
        // Not when a description of the source follows (`…, according to Lee, a professor at …`).
        let apposition = comma_after.and_then(|k| self.tokens.get(k + 1)).is_some_and(|t| mentions::is_determiner(t.text(self.text)));
        if let Some(resume) = comma_after.filter(|_| self.tokens[comma].is(',') && !apposition) {
            let (start, _) = self.front(comma)?;
            let (_, end, next) = self.rest(resume + 1)?;
            return Some((self.reported(start, end, source, cue, Sieve::AccordingTo)?, next));
        }
        let (start, end) = self.front(comma)?;
        Some((self.reported(start, end, source, cue, Sieve::AccordingTo)?, after))
    }

    /// The noun phrase from token `from` to the next comma or the end of the sentence, of at
    /// most a dozen tokens: `a March report by the agency`, `recent polls`.
    fn phrase_after(&self, from: usize) -> Option<Mention> {
        const LONGEST: usize = 12;
        let rest = self.tokens.get(from..)?;
        let end = rest.iter().take(LONGEST + 1).position(|t| t.punct.is_some_and(|c| !matches!(c, '-' | '’' | '\'' | '&')));
        let end = end.or((rest.len() <= LONGEST).then_some(rest.len()))?;
        let phrase = &rest[..end];
        (!phrase.is_empty() && phrase[0].is_word()).then(|| Mention::phrase(self.text, phrase)).and_then(|m| m.named_part(self.text))
    }

    /// `…, X said.` and `…, X said, …`: a cue after its subject, the subject after a comma;
    /// nothing of weight after the cue, or a comma and the rest of the content.
    fn content_speaker_cue(&self, i: usize, source: Mention) -> Option<(Statement, usize)> {
        let first = self.token_at(source.start);
        let comma = self.comma_before(first)?;
        let cue = (self.tokens[i].start, self.tokens[i].end);
        let (start, end) = self.fronted_around(comma, i + 1)?;
        Some((self.reported(start, end, source, cue, Sieve::ContentSpeakerCue)?, self.tokens.len()))
    }

    /// `…, said X.` and `…, said X, …`
    fn content_cue_speaker(&self, i: usize) -> Option<(Statement, usize)> {
        let comma = self.comma_before(i)?;
        let source = mentions::after(self.text, self.tokens, i + 1, self.tokens.len())?;
        let after = self.token_at(source.end);
        let cue = (self.tokens[i].start, self.tokens[i].end);
        let (start, end) = self.fronted_around(comma, after)?;
        Some((self.reported(start, end, source, cue, Sieve::ContentCueSpeaker)?, self.tokens.len()))
    }

    /// The content of a cue set after it (`…, X said`): from the start of the sentence to the
    /// comma at token `comma`, or on to the end when the attribution interrupts it
    /// (`…, X said, …`). `after` is the first token past the cue and its source.
    fn fronted_around(&self, comma: usize, after: usize) -> Option<(usize, usize)> {
        if self.ends_clause(after) {
            return self.front(comma);
        }
        let resumes = self.tokens.get(after).is_some_and(|t| t.is(','));
        if resumes && !self.front_is_empty(comma) {
            let (start, _) = self.front(comma)?;
            let (_, end, _) = self.rest(after + 1)?;
            return Some((start, end));
        }
        None
    }

    /// The comma that ends a fronted content just before token `i`, perhaps followed by the
    /// closing marks of a quotation: `…, X said`, `… “so it goes,” X said`.
    fn comma_before(&self, i: usize) -> Option<usize> {
        let mut j = i;
        while j > 0 && self.tokens[j - 1].punct.is_some_and(crate::marks::is_quote_char) {
            j -= 1;
        }
        (j > 1 && self.tokens[j - 1].is(',')).then(|| j - 1)
    }

    /// Whether no word stands before token `i` in the sentence.
    fn front_is_empty(&self, i: usize) -> bool {
        i <= self.first_word
    }

    /// The first token that starts at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start < at)
    }

    /// `X said (that) …`, `X told Y (that) …`.
    fn speaker_cue_content(&self, i: usize, source: Mention) -> Option<(Statement, usize)> {
        // `voted for …`, `called for …`: the preposition is part of the cue.
        let particle = self.has_particle(i);
        let mut from = i + 1 + usize::from(particle);
        // `told reporters`, `told The Times`: the one spoken to.
        if !particle && self.takes_object(i) {
            let pronoun = self.tokens.get(from).is_some_and(|t| lexicon::object_pronouns().contains(t.text(self.text)));
            if pronoun {
                from += 1; // `assured me`, `told them`
            } else if let Some(object) = mentions::after(self.text, self.tokens, from, self.tokens.len()) {
                from = self.token_at(object.end);
            } else if let Some(that) =
                self.tokens[from.min(self.tokens.len())..].iter().take(OBJECT_TOKENS).position(|t| t.is(':') || t.text(self.text) == "that")
            {
                from += that; // `told the city council that …`, `told the council: …`
            }
        }
        from = self.skip_adjuncts(from);
        // `She told the council: the bridge …`: what was said runs on after a colon.
        if self.tokens.get(from).is_some_and(|t| t.is(':')) {
            from += 1;
        }
        if self.tokens.get(from).is_some_and(|t| t.text(self.text) == "that") {
            from += 1;
        }
        // `reports for the Daily News`, `writing at the Post`: the verb's other sense.
        if self.tokens.get(from).is_some_and(|t| t.lower && lexicon::place_prepositions().contains(t.text(self.text))) {
            return None;
        }
        let (start, mut end, mut next) = self.rest(from)?;
        // `Lee, who argued that the toll is unfair, left …`: a clause set off by commas ends
        // at its closing comma.
        let relative = self.token_at(source.start);
        let set_off = relative > 0
            && self.tokens[relative - 1].is(',')
            && lexicon::relative_pronouns().contains(self.tokens[relative].text(self.text));
        // `While Lee said the toll is unfair, the council …`: in a clause that opens the
        // sentence with a subordinator, the content ends at that clause's comma.
        let opener = self.tokens.get(self.first_word).map_or("", |t| t.text(self.text));
        let subordinate = with_ascii_lowercase(opener, |w| lexicon::subordinators().contains(w))
            && relative > self.first_word
            && !self.tokens[self.first_word..relative].iter().any(|t| t.is(','));
        if set_off || subordinate {
            let first = self.token_at(start);
            if let Some(comma) =
                (first..self.token_at(end)).find(|&k| self.tokens[k].is(',') && !self.inside_quotation(self.tokens[k].start))
            {
                (end, next) = (self.span(first, comma)?.1, comma + 1);
            }
        }
        // `endorsed Cole last week`: after the object of a stance, words of time are the
        // stance's, not the content's (a clause keeps them: `said the bridge opens Monday`).
        if !lexicon::cue_verbs().contains(self.tokens[i].text(self.text)) {
            // `opposed the bill but backed the plan`: a stance's object ends before `but`,
            // which opens another verb's (a clause after a verb of saying goes on).
            let first = self.token_at(start);
            if let Some(but) = (first + 1..self.token_at(end))
                .find(|&k| self.tokens[k].text(self.text) == "but" && !self.inside_quotation(self.tokens[k].start))
            {
                (end, next) = (self.span(first, but)?.1, but);
            }
            end = self.before_time_tail(start, end);
        }
        let cue = (self.tokens[i].start, self.tokens[i + usize::from(particle)].end);
        Some((self.reported(start, end, source, cue, Sieve::SpeakerCueContent)?, next))
    }

    /// The end of the content `start..end` without the words of time that close it: `Monday`,
    /// `on Tuesday`, `last week`, `this year`, `earlier this month`.
    fn before_time_tail(&self, start: usize, end: usize) -> usize {
        let first = self.token_at(start);
        let mut k = self.token_at(end);
        let word = |k: usize| self.tokens[k].text(self.text);
        loop {
            let at = k;
            if k > first + 1 && lexicon::calendar().contains(word(k - 1)) {
                k -= 1;
                // `in May` may well be the content's (`hopes to finish in May`).
                if mentions::is_preposition(word(k - 1)) && word(k - 1) != "on" {
                    return end;
                }
            } else if k > first + 2 && matches!(word(k - 1), "week" | "weekend" | "month" | "year" | "night" | "morning" | "evening") {
                k -= 1;
                if !matches!(word(k - 1), "last" | "this" | "next" | "that") {
                    return end;
                }
                k -= 1;
            }
            if k > first + 1 && matches!(word(k - 1), "on" | "last" | "this" | "earlier" | "later") {
                k -= 1;
            }
            if k == at {
                break;
            }
        }
        // A clause (`the bridge will reopen Monday`, `the bridge to reopen Monday`) keeps them.
        let clause = self.tokens[first..k]
            .iter()
            .any(|t| t.lower && (lexicon::clause_words().contains(t.text(self.text)) || t.text(self.text) == "to"));
        match self.span(first, k) {
            Some((_, trimmed)) if k < self.token_at(end) && !clause => trimmed,
            _ => end,
        }
    }

    fn takes_object(&self, i: usize) -> bool {
        let word = self.tokens[i].text(self.text);
        lexicon::cue_verbs_with_object().contains(word)
    }

    /// Past the words of time, place and manner after a cue: `on Monday`, `in a statement`,
    /// `Tuesday`, `in an interview with CNN`, `last week`, `,` (up to `that` or the content).
    fn skip_adjuncts(&self, mut i: usize) -> usize {
        loop {
            let Some(t) = self.tokens.get(i) else { return i };
            let word = t.text(self.text);
            if t.is(',') || lexicon::calendar().contains(word) || (t.lower && word.len() > 3 && word.ends_with("ly")) {
                i += 1;
            } else if t.lower && (mentions::is_preposition(word) || matches!(word, "last" | "this" | "earlier" | "later")) {
                // A phrase up to the next `that` or comma, if one comes soon.
                let end = self.tokens[i..].iter().take(8).position(|t| t.is(',') || t.text(self.text) == "that");
                match end {
                    Some(n) => i += n,
                    None => return i,
                }
            } else {
                return i;
            }
        }
    }

    /// Whether only words of time, place or manner stand between token `i` and the end of the
    /// sentence: `…, she said on Monday.`
    fn ends_clause(&self, i: usize) -> bool {
        const TAIL_TOKENS: usize = 10;
        let rest = &self.tokens[i.min(self.tokens.len())..];
        if rest.len() > TAIL_TOKENS {
            return false;
        }
        // A name opens more too (`…, Lee said Russia would pay`), not a day (`said Monday`).
        let adjunct = |t: &Token| {
            let word = t.text(self.text);
            mentions::is_preposition(word) || lexicon::calendar().contains(word) || (t.lower && word.ends_with("ly"))
        };
        let opens_more = rest.first().is_some_and(|t| t.is_word() && !adjunct(t));
        !opens_more && !rest.iter().any(|t| t.is(',') || t.text(self.text) == "that")
    }

    /// The content from token `from` to the end of its clause: the end of the sentence, a
    /// semicolon, a clause about the whole (`, which …`, `, although …`), or a coordinated
    /// attribution that starts a statement of its own (`…, adding that …`, `… and said …`,
    /// `…, and Democrats said …`). Returns its span and the token to read on from.
    fn rest(&self, from: usize) -> Option<(usize, usize, usize)> {
        let mut end = self.tokens.len();
        let mut next = end;
        // A longer content runs to the end of its sentence: each cue reads a bounded stretch.
        for j in from..self.tokens.len().min(from + CONTENT_TOKENS) {
            let t = &self.tokens[j];
            let word = |k: usize| self.tokens.get(k).map_or("", |t| t.text(self.text));
            let cue = |k: usize| self.tokens.get(k).is_some_and(|n| n.lower && n.is_word()) && self.is_cue_verb(k);
            let closes = matches!(word(j + 1), "which" | "although" | "though" | "however" | "while" | "whereas" | "according");
            if t.is(';') || (t.is(',') && closes) {
                (end, next) = (j, j + 1);
                break;
            }
            // `…, adding that …`, `… and said …`, `…, and added …`, `… but did not say …`: a
            // verb of saying (not of belief: `knew … and thought …` is one content).
            let joined = t.is(',') || matches!(word(j), "and" | "but");
            let after_and = if matches!(word(j + 1), "and" | "but") { j + 2 } else { j + 1 };
            let says = |k: usize| cue(k) && lexicon::cue_verbs().contains(word(k));
            // (Auxiliaries are looked for only after a comma or conjunction: this loop reads
            // every word of every content.)
            if joined {
                let verb = self.past_helpers(after_and);
                if says(verb) && !self.inside_quotation(t.start) {
                    (end, next) = (j, verb);
                    break;
                }
            }
            // `…, and Democrats said …`, `…, she said …`: a subject of its own, right after the
            // comma or conjunction, before a cue (not `…, a former aide, sent what she
            // described …`, nor `…, but that he would oppose …`, which goes on with the content).
            if t.is(',') || (word(j) == "and" && j > from) {
                let k = (j + 1..self.tokens.len().min(j + 8)).find(|&k| cue(k));
                let opens = self.tokens.get(after_and).map_or(usize::MAX, |t| t.start);
                if let Some(k) = k.filter(|&k| self.subject(k).is_some_and(|m| m.start == opens)) {
                    (end, next) = (j, k);
                    break;
                }
            }
        }
        let (start, end) = self.span(from, end)?;
        Some((start, end, next))
    }

    /// The first token from `i` on that is not an auxiliary, a negation or an adverb in `-ly`:
    /// the verb of `did not say`, `also said`.
    fn past_helpers(&self, mut i: usize) -> usize {
        while self.tokens.get(i).is_some_and(|t| {
            let word = t.text(self.text);
            t.lower
                && (lexicon::verb_helpers().contains(word) || matches!(word, "also" | "then") || (word.len() > 3 && word.ends_with("ly")))
        }) {
            i += 1;
        }
        i
    }

    /// The content from the start of the sentence to the comma at token `comma`.
    fn front(&self, comma: usize) -> Option<(usize, usize)> {
        self.span(0, comma)
    }

    /// The byte span of tokens `from..to`, without outer punctuation, if it holds enough words.
    fn span(&self, from: usize, to: usize) -> Option<(usize, usize)> {
        let words = self.tokens.get(from..to)?;
        let first = words.iter().position(|t| t.is_word() || t.punct.is_some_and(crate::marks::is_quote_char))?;
        let last = words.iter().rposition(|t| t.is_word() || t.punct.is_some_and(crate::marks::is_quote_char))?;
        if words.iter().filter(|t| t.is_word()).take(CONTENT_WORDS).count() < CONTENT_WORDS || first > last {
            return None;
        }
        Some((words[first].start, words[last].end))
    }

    /// A statement of reported speech, its source cut to the words that can name someone
    /// ([`Mention::named_part`]): the phrase the sieves read before or after a cue may run over
    /// a line break (`the⏎mother` in hard-wrapped prose, a headline's last words on the line
    /// before a name) or into a clause, and the speakers stage makes a name of it as it is.
    /// `None` when no word of it can name anyone.
    fn reported(&self, start: usize, end: usize, source: Mention, cue: (usize, usize), sieve: Sieve) -> Option<Statement> {
        let source = source.named_part(self.text)?;
        Some(Statement {
            start,
            end,
            kind: StatementKind::Indirect,
            sentence: 0,
            paragraph: 0,
            cue: Some(cue),
            sieve,
            rule: None,
            quotes: Vec::new(),
            speaker: None,
            source,
        })
    }

    fn inside_quotation(&self, at: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.close <= at);
        self.quotes.get(i).is_some_and(|q| q.open <= at)
    }

    fn is_direct_cue(&self, at: usize) -> bool {
        self.direct_cues.binary_search(&at).is_ok()
    }

    /// Whether `start..end` overlaps a direct statement.
    fn is_taken(&self, start: usize, end: usize) -> bool {
        let i = self.taken.partition_point(|s| s.end <= start);
        self.taken.get(i).is_some_and(|s| s.start < end)
    }

    fn quotes_within(&self, start: usize, end: usize) -> Vec<usize> {
        let first = self.quotes.partition_point(|q| q.start < start);
        (first..self.quotes.len()).take_while(|&i| self.quotes[i].end <= end).collect()
    }

    /// Direct when nearly all of the content's letters are quoted, mixed when some are.
    fn kind_of(&self, start: usize, end: usize, quotes: &[usize]) -> StatementKind {
        let quoted: usize = quotes.iter().map(|&i| self.quotes[i].end - self.quotes[i].start).sum();
        match quoted {
            0 => StatementKind::Indirect,
            q if q * 10 >= (end - start) * 9 => StatementKind::Direct,
            _ => StatementKind::Mixed,
        }
    }
}

#[cfg(test)]
mod tests {
    /// Each statement's content, source and cue, as written in `text`.
    fn read(text: &str) -> Vec<(&str, &str, &str)> {
        crate::analyze(text)
            .statements
            .iter()
            .map(|s| {
                let cue = s.cue.map_or("", |(start, end)| &text[start..end]);
                (&text[s.start..s.end], &text[s.source.start..s.source.end], cue)
            })
            .collect()
    }

    #[test]
    fn a_speech_noun_without_its_pattern_is_read_as_a_verb() {
        assert_eq!(read("The lawsuit claims that the mayor lied."), [("the mayor lied", "The lawsuit", "claims")]);
        assert_eq!(read("Ann Lee calls the toll unfair."), [("the toll unfair", "Ann Lee", "calls")]);
        // The noun's own pattern comes first; a noun after a determiner is no verb.
        assert_eq!(read("Her claims that the toll is unfair went unanswered."), [("the toll is unfair went unanswered", "Her", "claims")]);
        assert!(read("His claims were false.").is_empty());
    }

    #[test]
    fn a_bare_plural_before_a_plain_verb_is_its_subject() {
        assert_eq!(read("The ferry is late, but harbour records show it left on time."), [("it left on time", "harbour records", "show")]);
        assert_eq!(read("In the end, bridge engineers say the span is safe."), [("the span is safe", "bridge engineers", "say")]);
        // Not an infinitive's subject, nor a singular's.
        assert!(read("The toll is free to help drivers find the exit.").is_empty());
        assert!(read("In the end, bridge traffic say what it will.").is_empty());
    }

    #[test]
    fn a_verb_of_saying_coordinated_with_the_sentences_verb_shares_its_subject() {
        assert_eq!(read("Ann Lee toured the pier and said the ferry was late."), [("the ferry was late", "Ann Lee", "said")]);
        assert_eq!(read("Ann Lee did not apologize, but said the fare was fair."), [("the fare was fair", "Ann Lee", "said")]);
        // Two subjects joined by `and` keep the nearer one; a base form would need agreement.
        assert_eq!(read("Ann Lee and Tom Cole said the fare was fair."), [("the fare was fair", "Tom Cole", "said")]);
        assert!(read("The ferry will sail on time and say nothing.").is_empty());
    }

    #[test]
    fn a_content_in_a_clause_opening_with_a_subordinator_ends_at_its_comma() {
        assert_eq!(
            read("Although the mayor said the pier was safe, the ferry stayed in port."),
            [("the pier was safe", "the mayor", "said")]
        );
        assert_eq!(read("Once Ann Lee argued that fares should fall, the board gave way."), [("fares should fall", "Ann Lee", "argued")]);
        // A comma before the source: the clause is over, the content runs on.
        assert_eq!(
            read("Since May, Ann Lee has said the pier is safe, and the ferry sails."),
            [("the pier is safe, and the ferry sails", "Ann Lee", "said")]
        );
    }

    #[test]
    fn a_stances_object_ends_before_but() {
        assert_eq!(read("Ann Lee opposed the fare rise but backed the new pier."), [("the fare rise", "Ann Lee", "opposed")]);
        assert_eq!(
            read("Ann Lee praised the crew, but said the pier was late."),
            [("the crew", "Ann Lee", "praised"), ("the pier was late", "Ann Lee", "said")]
        );
        // A clause after a verb of saying goes on past `but`.
        assert_eq!(
            read("Ann Lee said the fare was fair but the pier was not."),
            [("the fare was fair but the pier was not", "Ann Lee", "said")]
        );
    }

    #[test]
    fn according_to_reads_its_whole_phrase_and_may_stand_inside_its_content() {
        assert_eq!(read("According to a survey of Ohio drivers, the pier is safe."), [("the pier is safe", "a survey", "According to")]);
        assert_eq!(
            read("The fare, according to the mayor, will fall."),
            [("The fare, according to the mayor, will fall", "the mayor", "according to")]
        );
        // A description of the source after it ends the attribution.
        assert_eq!(
            read("The fare will fall, according to Ann Lee, a clerk at the pier."),
            [("The fare will fall", "Ann Lee", "according to")]
        );
    }

    #[test]
    fn a_survey_named_in_an_opening_phrase_of_in_is_the_source() {
        assert_eq!(read("In a new survey of pier users, most want longer hours."), [("most want longer hours", "a new survey", "In")]);
        // Not a phrase of time, nor a survey inside the sentence.
        assert!(read("In the polling booth, Ann Lee smiled.").is_empty());
        assert!(read("Ann Lee leads by six points in the latest poll.").is_empty());
    }

    #[test]
    fn an_adjective_of_feeling_after_a_copula_attributes_its_complement() {
        assert_eq!(read("Pier staff are worried that the ferry will stop."), [("the ferry will stop", "Pier staff", "are worried")]);
        assert_eq!(read("Ann Lee was openly skeptical of the fare rise."), [("the fare rise", "Ann Lee", "was openly skeptical")]);
        // Not without a copula, nor after an infinitive's `be`.
        assert!(read("The worried clerks left the pier.").is_empty());
        assert!(read("It is hard to be hopeful about the pier.").is_empty());
    }

    #[test]
    fn adverbs_without_ly_stand_between_a_subject_and_its_cue() {
        assert_eq!(read("The mayor has since said the ferry is late."), [("the ferry is late", "The mayor", "said")]);
        assert_eq!(read("Ann Lee, who has often argued that tolls are unfair, left."), [("tolls are unfair", "who", "argued")]);
    }
}
