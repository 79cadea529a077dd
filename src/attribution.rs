//! Attribution: the cue and the speaker's mention for each quotation, by named patterns.
//!
//! | rule | pattern |
//! |---|---|
//! | `quote_speaker_cue` | `“…,” X said.` |
//! | `quote_cue_speaker` | `“…,” said X.` |
//! | `speaker_cue_quote` | `X said: “…”`, `X said that “…”`, `X said … would “…”`, `X said, adding that “…”`, a label `— X: “…”` |
//! | `according_to` | `according to X, “…”` |
//! | `quote_dash_speaker` | `“…” — X` |
//! | `colon_intro` | a paragraph ending `X said:` before a paragraph that opens with the quotation |
//! | `transcript_label` | `"ORTIZ: …` |
//! | `signature_line` | a last line in the quotation that signs it: `"… ⏎ Ann Lee, an economist."` |
//! | `sentence_subject` | no cue, in a sentence its subject opens: `Lee saw the toll as “a trap”`, or the main clause after an opening subordinate one |
//! | `previous_sentence` | opens its sentence after one ending in a cue, or one that reports speech: `…, Hale says. “If …”` |
//! | `continuation` | a quotation with no cue after an attributed one in the same or the next paragraph |
//!
//! The patterns are tried in the order of the tables in [`sieves`], one for direct and one for
//! partial quotations; the rule names which form of a pattern matched. Each quotation reads at
//! most [`REACH`] bytes on either side, and never across its neighbours, so the stage is linear
//! in the text.

pub mod sieves;

use std::cell::Cell;

use crate::lexicon;
use crate::mentions::{self, Mention, MentionKind};
use crate::paragraphs::Paragraph;
use crate::sentences::Sentence;
use crate::tokens::{tokenize, Token, WINDOW_TOKENS};
use crate::Quote;

/// How far, in bytes, attribution reads on either side of a quotation.
pub const REACH: usize = 400;

/// The attribution pattern that credited a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// `“…,” X said.`
    QuoteSpeakerCue,
    /// `“…,” said X.`
    QuoteCueSpeaker,
    /// `X said: “…”` and its partial forms.
    SpeakerCueQuote,
    /// `according to X, “…”`
    AccordingTo,
    /// `“…” — X`
    QuoteDashSpeaker,
    /// `X said:` ending the paragraph before.
    ColonIntro,
    /// `"NAME: …` in a transcript.
    TranscriptLabel,
    /// `"… ⏎ Ann Lee, an economist."`: the quotation's last line signs it.
    SignatureLine,
    /// No cue of its own: continues the previous quotation's speaker.
    Continuation,
    /// No cue in a sentence that the speaker opens: `Lee saw the toll as “a trap”`.
    SentenceSubject,
    /// Opens a sentence after one that ends in a cue: `…, Hale says. “If …”`.
    PreviousSentence,
    /// In dialogue, a paragraph of quotation with no cue: the turn of whoever spoke two
    /// paragraphs before (see [`crate::turns`]).
    Turn,
}

impl Rule {
    /// The rule's name, as in results.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::QuoteSpeakerCue => "quote_speaker_cue",
            Rule::QuoteCueSpeaker => "quote_cue_speaker",
            Rule::SpeakerCueQuote => "speaker_cue_quote",
            Rule::AccordingTo => "according_to",
            Rule::QuoteDashSpeaker => "quote_dash_speaker",
            Rule::ColonIntro => "colon_intro",
            Rule::TranscriptLabel => "transcript_label",
            Rule::SignatureLine => "signature_line",
            Rule::Continuation => "continuation",
            Rule::SentenceSubject => "sentence_subject",
            Rule::PreviousSentence => "previous_sentence",
            Rule::Turn => "conversation_turn",
        }
    }
}

/// Who said a quotation, as the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    /// The words that name the speaker.
    pub mention: Mention,
    /// The cue's byte span: a verb, a phrase, a dash or a colon.
    pub cue: Option<(usize, usize)>,
    /// The pattern that matched.
    pub rule: Rule,
}

/// Whether `word`, in any case, opens a noun phrase for a thing (`the deal`, `its report`).
fn is_thing_determiner(word: &str) -> bool {
    lexicon::thing_determiners().contains(word)
}

/// Whether `word` is written with a capital first letter and the rest in lower case (`The`, not
/// `THE` or `the`), as a sentence's first word is.
fn capitalised_form(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_uppercase) && !bytes[1..].iter().any(u8::is_ascii_uppercase)
}

/// Attributes each quotation of a document; `None` where no pattern matches. Each quotation
/// goes through the sieves of its kind ([`sieves::DIRECT`] or [`sieves::PARTIAL`]) until one
/// credits it; then a quotation left without a cue may share the next one's
/// (`sieves::share_cues`).
///
/// ```
/// let text = "“It is groundless,” Kremlin spokesperson Dmitry Peskov said.";
/// let doc = quotehound::analyze(text);
/// let a = quotehound::attribution::attribute(text, &doc.paragraphs, &doc.sentences, &doc.quotes);
/// let a = a[0].unwrap();
/// assert_eq!(&text[a.mention.name_start..a.mention.name_end], "Dmitry Peskov");
/// assert_eq!(a.rule.as_str(), "quote_speaker_cue");
/// ```
pub fn attribute(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence], quotes: &[Quote]) -> Vec<Option<Attribution>> {
    let mut found: Vec<Option<Attribution>> = Vec::with_capacity(quotes.len());
    let mut reader = Reader { text, tokens: Vec::with_capacity(WINDOW_TOKENS), cues: Vec::with_capacity(WINDOW_TOKENS) };
    for (i, quote) in quotes.iter().enumerate() {
        let window = sieves::Window::new(text, paragraphs, sentences, quotes, &found, i);
        let attribution = sieves::first(sieves::table(quote.kind), &mut reader, &window);
        found.push(attribution);
    }
    sieves::share_cues(quotes, &mut found);
    found
}

/// `"ORTIZ: Why?` — a transcript turn names its speaker inside the quotation.
fn transcript_label(text: &str, quote: &Quote) -> Option<Attribution> {
    let head = &text.as_bytes()[quote.start..quote.end.min(quote.start + 40)];
    let len = head.iter().take_while(|b| b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'\'' | b'-')).count();
    if len < 2 || head.get(len) != Some(&b':') || !head[0].is_ascii_uppercase() {
        return None;
    }
    let end = quote.start + text[quote.start..quote.start + len].trim_end().len();
    let mention = Mention {
        start: quote.start,
        end,
        name_start: quote.start,
        name_end: end,
        kind: MentionKind::Name,
        gender: lexicon::Gender::Any,
        titled: false,
    };
    Some(Attribution { mention, cue: Some((quote.start + len, quote.start + len + 1)), rule: Rule::TranscriptLabel })
}

fn is_dash(token: &Token) -> bool {
    matches!(token.punct, Some('—' | '―' | '–'))
}

/// Reads the words around quotations, reusing one token buffer.
struct Reader<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    /// For each token, [`Reader::cue_words`] once read, away from a quotation in the low four
    /// bits and next to one in the high four ([`UNREAD`] until then): the patterns ask it of
    /// the same words over and over.
    cues: Vec<Cell<u8>>,
}

/// Four bits of [`Reader::cues`] not read yet.
const UNREAD: u8 = 0xF;

impl Reader<'_> {
    /// Reads the tokens of `text[start..end]`; none when the range is empty or reversed.
    fn load(&mut self, start: usize, end: usize) {
        self.tokens.clear();
        if start < end {
            tokenize(self.text, start, end, &mut self.tokens);
        }
        self.cues.clear();
        self.cues.resize(self.tokens.len(), Cell::new(UNREAD << 4 | UNREAD));
    }

    /// A verb of saying (or, next to a quotation, a verb that reports it) at token `i`,
    /// alone or with the next word (`shot back`, `pointed out`).
    fn is_cue(&self, i: usize, next_to_quote: bool) -> bool {
        self.cue_words(i, next_to_quote) > 0
    }

    /// The number of words of the cue at token `i`: 0 for none, 1, or 2 (`put it`).
    fn cue_words(&self, i: usize, next_to_quote: bool) -> usize {
        let shift = if next_to_quote { 4 } else { 0 };
        let cached = &self.cues[i];
        let known = cached.get() >> shift & UNREAD;
        if known != UNREAD {
            return usize::from(known);
        }
        let words = self.read_cue_words(i, next_to_quote);
        cached.set(cached.get() & !(UNREAD << shift) | (words as u8) << shift);
        words
    }

    /// [`Reader::cue_words`], read from the tokens.
    fn read_cue_words(&self, i: usize, next_to_quote: bool) -> usize {
        let t = &self.tokens[i];
        // `Ann Lee Said “…”`: in a headline-cased line a capitalised verb after a name,
        // before no lower-case word (`Edward Said wrote` names a man), is a cue too.
        let title_case = t.capitalized
            && i > 0
            && self.tokens[i - 1].capitalized
            && self.tokens.get(i + 1).is_none_or(|n| n.capitalized || n.punct.is_some_and(crate::marks::is_quote_char));
        if !(t.is_word() && (t.lower || title_case)) {
            return 0;
        }
        // `a statement`, `the report`, `his claims`, `my comment`: after a determiner the word
        // is a noun.
        let noun = i > 0 && {
            let before = self.tokens[i - 1].text(self.text);
            is_thing_determiner(before) || before.eq_ignore_ascii_case("my") || before.eq_ignore_ascii_case("your")
        };
        // `a Twitter comment`, `a written answer`: a word for something said after `a` and
        // a modifier that cannot speak is a noun too (not `a spokesman said`).
        // (The word lists are read last: this runs for every word tried as a cue.)
        let modified_noun = i > 1
            && matches!(self.tokens[i - 2].text(self.text), "a" | "an" | "A" | "An")
            && self.tokens[i - 1].is_word()
            && lexicon::speech_nouns().contains(t.text(self.text))
            && !lexicon::speaker_nouns().contains(self.tokens[i - 1].stem(self.text));
        // `Republican claims of “…”`: such a word before `of` is a noun (not `warning of`).
        let noun_of = self.tokens.get(i + 1).is_some_and(|n| n.text(self.text) == "of")
            && !t.text(self.text).ends_with("ing")
            && lexicon::speech_nouns().contains(t.text(self.text));
        if noun || modified_noun || noun_of {
            return 0;
        }
        // `compared to`, `compared with`: a preposition, not a verb comparing.
        let preposition = matches!(t.text(self.text), "compared" | "comparing")
            && self.tokens.get(i + 1).is_some_and(|n| matches!(n.text(self.text), "to" | "with"));
        if preposition {
            return 0;
        }
        // Capitalised, only a verb of saying of its own (`Stevie Wonder` wonders nothing).
        let known = |word: &str| {
            lexicon::cue_verbs().contains(word) || (next_to_quote && t.lower && lexicon::cue_verbs_in_context().contains(word))
        };
        if known(t.text(self.text)) {
            return 1;
        }
        // Only these words end a multi-word cue (`shot back`, `pointed out`, `put it`).
        let second = |n: &&Token| lexicon::cue_particles().contains(n.text(self.text));
        let Some(next) = self.tokens.get(i + 1).filter(|n| n.is_word() && n.lower).filter(second) else { return 0 };
        let mut pair = [0u8; 32];
        let (first, second) = (t.text(self.text).as_bytes(), next.text(self.text).as_bytes());
        let len = first.len() + 1 + second.len();
        if len > pair.len() {
            return 0;
        }
        pair[..first.len()].copy_from_slice(first);
        pair[first.len()] = b'_';
        pair[first.len() + 1..len].copy_from_slice(second);
        if std::str::from_utf8(&pair[..len]).is_ok_and(known) {
            2
        } else {
            0
        }
    }

    /// `“…,” the school board wrote`, `“…,” a spokesman for council Democrats said`: any
    /// short phrase between a closing mark and a cue names the speaker. Returns the mention
    /// and the cue's token index.
    fn phrase_before_cue(&self, i: usize) -> Option<(Mention, usize)> {
        const LONGEST: usize = 8;
        let (text, tokens) = (self.text, &self.tokens);
        let opener = tokens
            .get(i)
            .filter(|t| lexicon::pronoun(t.text(text)).is_none())
            .is_some_and(|t| lexicon::sentence_starters().contains(t.text(text)) && !lexicon::noun_phrase_openers().contains(t.text(text)));
        if opener || !tokens.get(i).is_some_and(Token::is_word) {
            return None; // `“…” When asked …` opens another sentence.
        }
        let mut end = i;
        // Words of a noun phrase, with `of` and `for` (`a spokesman for council Democrats`)
        // but no verb or clause (`Lee was making calls`, `itself and hope`).
        let clause = |t: &Token| t.lower && lexicon::speaker_phrase_stops().contains(t.text(text));
        let inner = |t: &Token| (t.is_word() && !clause(t)) || matches!(t.punct, Some('&' | '-' | '/' | '’' | '\''));
        // `the Maine senator and presidential candidate told`: `and` joins two roles.
        let joins_roles = |k: usize| {
            tokens[k].text(text) == "and"
                && k > i
                && lexicon::roles().contains(tokens[k - 1].stem(text))
                && tokens.get(k + 1).is_some_and(Token::is_word)
        };
        while end < tokens.len() && end < i + LONGEST && (inner(&tokens[end]) || joins_roles(end)) && !self.is_cue(end, true) {
            end += 1;
        }
        if end == i {
            return None;
        }
        // Not a participle's clause (`playing on Lee’s remarks`) nor a pronoun with a contracted
        // verb (`it’s safe to say`).
        let first = &tokens[i];
        let word = first.text(text);
        let participle = first.lower
            && word.ends_with("ing")
            && tokens.get(i + 1).is_some_and(|n| mentions::is_preposition(n.text(text)) || mentions::is_determiner(n.text(text)));
        let contracted = word.split_once(['’', '\'']).is_some_and(|(head, _)| lexicon::pronoun(head).is_some());
        if participle || contracted {
            return None;
        }
        let cue = self.skip_apposition(end);
        if !(cue < tokens.len() && self.is_cue(cue, true)) {
            return None;
        }
        Some((Mention::phrase(text, &tokens[i..end]), cue))
    }

    /// `“…,” X said.`, `“…,” said X.`, `“…” — X`: the words right after the closing mark.
    /// `clause_closed`: the quotation ends in `,`, `?`, `!` or a dash, as one does before an
    /// attribution that follows it.
    /// `sentence_ended`: the quotation ends in a full stop, so a cue after it opens a sentence
    /// of its own unless that sentence is only the attribution (`“…” Lee said on Monday.`).
    fn after(&mut self, close: usize, end: usize, clause_closed: bool, sentence_ended: bool) -> Option<Attribution> {
        self.load(close, end);
        let (text, tokens) = (self.text, &self.tokens);
        // A comma, and any stray closing mark (`'Good Morning,'''`), come first.
        let i = tokens.iter().position(|t| !(t.is(',') || t.punct.is_some_and(crate::marks::is_quote_char))).unwrap_or(tokens.len());
        let first = tokens.get(i)?;
        if is_dash(first) {
            let mention = mentions::after(text, tokens, i + 1, tokens.len())?;
            return Some(Attribution { mention, cue: Some((first.start, first.end)), rule: Rule::QuoteDashSpeaker });
        }
        // `“…,” said X`, not a participle (`“…,” saying the city …` shares the subject before).
        if self.is_cue(i, true) && !first.text(text).ends_with("ing") {
            let mention = mentions::after(text, tokens, i + self.cue_words(i, true), tokens.len())
                .or_else(|| self.phrase_after_cue(i + self.cue_words(i, true)))?;
            return Some(Attribution { mention, cue: Some((first.start, first.end)), rule: Rule::QuoteCueSpeaker });
        }
        if let Some((mention, cue)) = mentions::after(text, tokens, i, tokens.len())
            .and_then(|m| {
                let after = tokens.partition_point(|t| t.start < m.end);
                let cue = self.skip_apposition(after);
                let cue = if cue < tokens.len() && self.is_cue(cue, true) { cue } else { self.open_apposition(after).unwrap_or(cue) };
                (cue < tokens.len() && self.is_cue(cue, true) && !(sentence_ended && self.reports_more(cue))).then_some((m, cue))
            })
            .or_else(|| if clause_closed { self.phrase_before_cue(i) } else { None })
            .filter(|&(_, cue)| !(sentence_ended && self.reports_more(cue)))
        {
            let cue = &tokens[cue];
            return Some(Attribution { mention, cue: Some((cue.start, cue.end)), rule: Rule::QuoteSpeakerCue });
        }
        if first.text(text).eq_ignore_ascii_case("according") && tokens.get(i + 1).is_some_and(|t| t.text(text) == "to") {
            let mention = mentions::after(text, tokens, i + 2, tokens.len())?;
            return Some(Attribution { mention, cue: Some((first.start, tokens[i + 1].end)), rule: Rule::AccordingTo });
        }
        None
    }

    /// `Lee added: “…”`, `Lee said that …`, `Lee asked for the files, how many …`: after the
    /// cue at `c`, its clause reports something of its own (a colon, `that`, a quotation, or
    /// more than a few words of time and place).
    fn reports_more(&self, c: usize) -> bool {
        const TAIL: usize = 8;
        let (text, tokens) = (self.text, &self.tokens);
        let rest = &tokens[c + 1..];
        let clause = rest.iter().position(|t| matches!(t.punct, Some(',' | ';' | '.' | '!' | '?'))).unwrap_or(rest.len());
        // The words read stop at the next quotation: a clause running into it reports it.
        let into_quotation =
            clause == rest.len() && rest.last().is_some_and(|t| text[t.end..].trim_start().starts_with(crate::marks::is_quote_char));
        clause > TAIL
            || into_quotation
            || rest[..clause].iter().any(|t| t.is(':') || t.text(text) == "that" || t.punct.is_some_and(crate::marks::is_quote_char))
    }

    /// `“…” are a disgrace, Lee said Sunday`: a cue later in the quotation's sentence,
    /// after a comma; also `…, according to X` and `…, as X suggested`.
    fn later_in_sentence(&mut self, close: usize, end: usize) -> Option<Attribution> {
        self.load(close, end);
        let (text, tokens) = (self.text, &self.tokens);
        for k in 0..tokens.len() {
            if !tokens[k].is(',') || k + 1 >= tokens.len() {
                continue;
            }
            let i = k + 1;
            if self.is_cue(i, true) && !tokens[i].text(text).ends_with("ing") {
                if let Some(mention) = mentions::after(text, tokens, i + self.cue_words(i, true), tokens.len())
                    .or_else(|| self.phrase_after_cue(i + self.cue_words(i, true)))
                {
                    return Some(Attribution { mention, cue: Some((tokens[i].start, tokens[i].end)), rule: Rule::QuoteCueSpeaker });
                }
            }
            if let Some((mention, cue)) = self.phrase_before_cue(i) {
                return Some(Attribution { mention, cue: Some((tokens[cue].start, tokens[cue].end)), rule: Rule::QuoteSpeakerCue });
            }
            // `…, according to the organizers.`
            if tokens[i].text(text).eq_ignore_ascii_case("according") && tokens.get(i + 1).is_some_and(|t| t.text(text) == "to") {
                if let Some(mention) = mentions::after(text, tokens, i + 2, tokens.len()) {
                    return Some(Attribution { mention, cue: Some((tokens[i].start, tokens[i + 1].end)), rule: Rule::AccordingTo });
                }
            }
            // `…, as Lee’s music teacher suggested.`
            if tokens[i].text(text) == "as" {
                if let Some(mention) = mentions::after(text, tokens, i + 1, tokens.len()) {
                    let cue = self.skip_apposition(tokens.partition_point(|t| t.start < mention.end));
                    if cue < tokens.len() && self.is_cue(cue, true) && !self.passive(cue) {
                        return Some(Attribution { mention, cue: Some((tokens[cue].start, tokens[cue].end)), rule: Rule::QuoteSpeakerCue });
                    }
                }
            }
        }
        None
    }

    /// `… has kept a “light touch” with its suppliers, the baker said on Friday.`: a clause
    /// after a comma that only names a speaker and a cue, and ends the sentence (or its own
    /// clause), reports the whole sentence, partial quotations and cues inside it included.
    /// `clause_closed`: the quotation ends in a comma, which then opens the clause.
    fn closing_attribution(&mut self, close: usize, end: usize, clause_closed: bool) -> Option<Attribution> {
        const TAIL: usize = 8;
        self.load(close, end);
        let (text, tokens) = (self.text, &self.tokens);
        // After the cue (or the name after it), at most a few words of time or manner, and no
        // clause of their own: `said on Monday`, not `said that …` or `said it would “…”`.
        let closes = |from: usize| {
            let rest = &tokens[from.min(tokens.len())..];
            let clause = rest.iter().position(|t| t.is(',') || t.is(';') || t.is('.')).unwrap_or(rest.len());
            clause <= TAIL
                && !rest[..clause].iter().any(|t| t.text(text) == "that" || t.punct.is_some_and(crate::marks::is_quote_char))
                && !(0..clause).any(|k| self.is_cue(from + k, false))
        };
        let first = usize::from(tokens.first().is_some_and(|t| t.is(',')));
        let openings = (clause_closed || first == 1).then_some(first).into_iter();
        for i in openings.chain((0..tokens.len()).filter(|&k| tokens[k].is(',')).map(|k| k + 1).filter(|&i| i > first)) {
            // A verb of saying, not a participle (`, adding that …` shares the subject before
            // it); one that reports only in context (`reported`, not `, the crowd applauded`)
            // only right after the quotation.
            let next_to_quote = i == first;
            let cue_at = |c: usize| c < tokens.len() && self.is_cue(c, next_to_quote) && !tokens[c].text(text).ends_with("ing");
            if i >= tokens.len() {
                continue;
            }
            if cue_at(i) {
                let mention = mentions::after(text, tokens, i + self.cue_words(i, next_to_quote), tokens.len())
                    .filter(|m| !text[m.start..m.end].starts_with("that "));
                if let Some(mention) = mention {
                    if closes(tokens.partition_point(|t| t.start < mention.end)) {
                        return Some(Attribution { mention, cue: Some((tokens[i].start, tokens[i].end)), rule: Rule::QuoteCueSpeaker });
                    }
                }
                continue;
            }
            if let Some(mention) = mentions::after(text, tokens, i, tokens.len()) {
                let cue = self.skip_apposition(tokens.partition_point(|t| t.start < mention.end));
                if cue_at(cue) && !self.passive(cue) && closes(cue + 1) {
                    return Some(Attribution { mention, cue: Some((tokens[cue].start, tokens[cue].end)), rule: Rule::QuoteSpeakerCue });
                }
            }
            // `“…,” a spokesman for council Democrats said.`: right after the quotation, any
            // short phrase before a cue that closes the sentence names the speaker.
            // The phrase opens like a noun phrase (`a spokesman`, `Sen. Lee`), not a clause
            // (`“…,” making air quotes.`).
            let noun_phrase = tokens[i].capitalized || mentions::is_determiner(tokens[i].text(text));
            if next_to_quote && noun_phrase {
                if let Some((mention, cue)) = self.phrase_before_cue(i) {
                    if cue_at(cue) && !self.passive(cue) && closes(cue + self.cue_words(cue, true)) {
                        return Some(Attribution { mention, cue: Some((tokens[cue].start, tokens[cue].end)), rule: Rule::QuoteSpeakerCue });
                    }
                }
            }
        }
        None
    }

    /// `Hale says. “If the council …`: a quotation opening its sentence after a
    /// sentence that ends in a cue and its speaker.
    fn previous_sentence(&mut self, start: usize, end: usize) -> Option<Attribution> {
        const TAIL: usize = 6;
        self.load(start, end);
        let (text, tokens) = (self.text, &self.tokens);
        let last = tokens.iter().rposition(Token::is_word)?;
        let first = last.saturating_sub(TAIL);
        for c in (first..=last).rev() {
            if !self.is_cue(c, false) || self.passive(c) || self.embedded(c) {
                continue;
            }
            let cue = Some((tokens[c].start, tokens[c].end));
            if let Some(mention) = mentions::before(text, tokens, 0, c).or_else(|| mentions::after(text, tokens, c + 1, tokens.len())) {
                return Some(Attribution { mention, cue, rule: Rule::PreviousSentence });
            }
        }
        // `Hale argues that the accountant never touched the money. “The evidence …”`: a sentence that
        // reports someone's words, with no quotation of its own, goes on in the quotation.
        let mut attribution = self.cue_and_subject(false)?;
        attribution.rule = Rule::PreviousSentence;
        Some(attribution)
    }

    /// `said one of three neighbours who …`: the phrase after a cue, to the next comma or stop,
    /// when no name or nominal could be read there.
    fn phrase_after_cue(&self, i: usize) -> Option<Mention> {
        const LONGEST: usize = 12;
        let tokens = &self.tokens;
        let end = (i..tokens.len().min(i + LONGEST))
            .find(|&j| !(tokens[j].is_word() || matches!(tokens[j].punct, Some('&' | '-' | '/' | '’' | '\''))))
            .unwrap_or(tokens.len().min(i + LONGEST));
        // `tweeted @annlee`: a handle is a name.
        let handle = tokens.get(i).is_some_and(|t| t.is('@')) && tokens.get(i + 1).is_some_and(Token::is_word);
        if end == i && handle {
            let mut name = Mention::phrase(self.text, &tokens[i..i + 2]);
            name.kind = MentionKind::Name;
            return Some(name);
        }
        if end == i || !tokens[i].is_word() {
            return None;
        }
        Some(Mention::phrase(self.text, &tokens[i..end]))
    }

    /// `Ann Lee, the clerk who keeps the timetable wrote`: an apposition after a comma
    /// that no comma closes, up to the first verb of saying outside its relative clause. The
    /// cue's index, within a dozen words.
    fn open_apposition(&self, i: usize) -> Option<usize> {
        const LONGEST: usize = 12;
        let (text, tokens) = (self.text, &self.tokens);
        if !tokens.get(i).is_some_and(|t| t.is(',')) || !tokens.get(i + 1).is_some_and(|t| mentions::is_determiner(t.text(text))) {
            return None;
        }
        (i + 2..tokens.len().min(i + 2 + LONGEST))
            .take_while(|&k| !matches!(tokens[k].punct, Some(',' | '.' | ';' | ':')))
            .find(|&k| self.is_cue(k, false))
            .filter(|&k| !lexicon::relative_pronouns().contains(tokens[k - 1].text(text)) && !self.passive(k) && !self.embedded(k))
    }

    /// Steps forward over an apposition (`, a former aide,`), a parenthesis and adverbs.
    fn skip_apposition(&self, mut i: usize) -> usize {
        let (text, tokens) = (self.text, &self.tokens);
        if tokens.get(i).is_some_and(|t| t.is('(')) {
            if let Some(close) = tokens[i..].iter().take(12).position(|t| t.is(')')) {
                i += close + 1;
            }
        }
        for _ in 0..2 {
            if !tokens.get(i).is_some_and(|t| t.is(',')) || (i + 1 < tokens.len() && self.is_cue(i + 1, true)) {
                break;
            }
            match tokens[i + 1..].iter().take(30).position(|t| t.is(',')) {
                Some(next) => i += next + 2,
                None => break,
            }
        }
        while tokens.get(i).is_some_and(|t| !self.is_cue(i, true) && mentions::is_adverb(t, text)) {
            i += 1;
        }
        i
    }

    /// `Roads closed by snow - Carl Lee: “…”`: a speaker named just before a colon, as a label,
    /// where nothing but the start of the sentence or a dash comes before the name (`Lee told
    /// the crowd: “…”` is a cue's object, not a label).
    fn label(&mut self, start: usize, open: usize) -> Option<Attribution> {
        self.load(start, open);
        let (text, tokens) = (self.text, &self.tokens);
        let colon = tokens.len().checked_sub(1).filter(|&c| tokens[c].is(':'))?;
        let mention = mentions::before(text, tokens, 0, colon)?;
        if mention.kind == MentionKind::Pronoun || mention.end != tokens[colon - 1].end {
            return None;
        }
        let first = tokens.partition_point(|t| t.start < mention.start);
        let labelled = first == 0 || is_dash(&tokens[first - 1]) || tokens[first - 1].is('-');
        labelled.then_some(Attribution { mention, cue: Some((tokens[colon].start, tokens[colon].end)), rule: Rule::SpeakerCueQuote })
    }

    /// `X said: “…”`, `X said that “…”`, `according to X, “…”`: the nearest cue before the
    /// opening mark, in the same sentence, with its subject. `relatives`: whether a cue whose
    /// subject is a relative pronoun (`Lee, who said …`) may credit the quotation, when no
    /// other cue does.
    fn before(&mut self, start: usize, open: usize, relatives: bool) -> Option<Attribution> {
        self.load(start, open);
        self.cue_and_subject(relatives)
    }

    /// Finds a cue with its speaker in the loaded tokens: `according to X` nearest the
    /// quotation, else the first verb of saying that has a subject (the outermost report:
    /// in `Ross said Hale had told the miners that …` Ross is the source), else the first verb
    /// that reports only in context (`recalled`, `noted`). A verb whose subject is a relative
    /// pronoun comes last, and only with `relatives`: in `officers who back him, Lee said …`
    /// the relative clause is an aside.
    fn cue_and_subject(&self, relatives: bool) -> Option<Attribution> {
        let (text, tokens) = (self.text, &self.tokens);
        for c in (0..tokens.len()).rev() {
            if tokens[c].text(text).eq_ignore_ascii_case("according") && tokens.get(c + 1).is_some_and(|t| t.text(text) == "to") {
                if let Some(mention) = mentions::after(text, tokens, c + 2, tokens.len()) {
                    return Some(Attribution { mention, cue: Some((tokens[c].start, tokens[c + 1].end)), rule: Rule::AccordingTo });
                }
            }
        }
        // `Lee was asked by host Sam Cole, “…”`: a passive cue names its speaker after `by`.
        for c in 0..tokens.len() {
            if self.is_cue(c, false) && self.passive(c) && tokens.get(c + 1).is_some_and(|t| t.text(text) == "by") {
                if let Some(mention) = mentions::after(text, tokens, c + 2, tokens.len()) {
                    return Some(Attribution { mention, cue: Some((tokens[c].start, tokens[c].end)), rule: Rule::SpeakerCueQuote });
                }
            }
        }
        let passes: &[(bool, bool)] =
            if relatives { &[(false, false), (true, false), (false, true), (true, true)] } else { &[(false, false), (true, false)] };
        // `In a letter announcing the merger, the union called …`: a cue right after the object
        // of a preposition modifies that noun; the clause's own cue, if any, comes first.
        // `When Lee announced the plan, Cole called it …`: so does a cue in a subordinate clause
        // that opens the sentence.
        let mut modifier: Option<Attribution> = None;
        let opening_end = self.opening_clause_end();
        for &(in_context, relative) in passes {
            for c in 0..tokens.len() {
                // `The survey finds that …`, `The records show that …`: a verb that reports only in
                // context does report when a clause with `that` follows it; not a noun (`the
                // board's finding that …`, `a clerk's report that …`).
                let strong = self.is_cue(c, false) || {
                    tokens.get(c + 1).is_some_and(|t| t.text(text) == "that")
                        && c > 0
                        && !tokens[c - 1].possessive(text)
                        && !tokens[c].text(text).ends_with("ing")
                        && self.is_cue(c, true)
                };
                if strong == in_context || !(strong || self.is_cue(c, true)) || self.passive(c) || self.embedded(c) {
                    continue;
                }
                let cue = &tokens[c];
                let mention = mentions::before(text, tokens, 0, c).and_then(|m| {
                    // `Northwind released a memo saying …`: a document that is the object of a
                    // verb speaks for the clause's subject.
                    let first = tokens.partition_point(|t| t.start < m.start);
                    // Not after a word that opens a clause (`as one player put it`).
                    let opens_clause = |word: &str| lexicon::clause_openers().contains(word);
                    let object = m.kind == MentionKind::Nominal
                        && first > 0
                        && tokens[first - 1].lower
                        && !opens_clause(tokens[first - 1].text(text))
                        && !lexicon::speaker_nouns().contains(tokens[first - 1].stem(text));
                    if object {
                        self.subject(first).or(Some(m))
                    } else {
                        Some(m)
                    }
                });
                let is_relative =
                    mention.is_some_and(|m| m.kind == MentionKind::Pronoun && lexicon::relative_pronouns().contains(&text[m.start..m.end]));
                // A relative pronoun first in the window stands for words outside it, often
                // the quotation before (`a “safety officer” who reports to …`).
                let stands_for_nothing = is_relative && mention.is_some_and(|m| m.start == tokens[0].start);
                if is_relative != relative || stands_for_nothing {
                    continue;
                }
                let after_preposition = mention.is_some_and(|m| {
                    let first = tokens.partition_point(|t| t.start < m.start);
                    first > 0 && m.end == tokens[c - 1].end && mentions::is_preposition(tokens[first - 1].text(text))
                });
                if after_preposition || c < opening_end {
                    if modifier.is_none() {
                        modifier =
                            mention.map(|mention| Attribution { mention, cue: Some((cue.start, cue.end)), rule: Rule::SpeakerCueQuote });
                    }
                    continue;
                }
                // A thing as the subject only when no person waits behind a preposition
                // (`a clip of Lee saying …`).
                let thing = || if modifier.is_none() { self.thing_before(c) } else { None };
                if let Some(mention) = mention.or_else(|| self.clause_subject(c)).or_else(thing) {
                    if let Some((mention, c)) = self.later_clause_cue(c) {
                        let cue = &tokens[c];
                        return Some(Attribution { mention, cue: Some((cue.start, cue.end)), rule: Rule::SpeakerCueQuote });
                    }
                    return Some(Attribution { mention, cue: Some((cue.start, cue.end)), rule: Rule::SpeakerCueQuote });
                }
            }
        }
        // With no cue of its own, the main clause after an opening subordinate clause reports
        // through its subject: `As Lee spoke, the crowd waved a banner with “…”`.
        if opening_end > 0 && modifier.is_some_and(|m| m.cue.is_some_and(|(start, _)| start < tokens[opening_end].start)) {
            if let Some(mention) = mentions::after(text, tokens, opening_end + 1, tokens.len()) {
                let it = mention.kind == MentionKind::Pronoun
                    && lexicon::pronoun(&text[mention.start..mention.end]).is_some_and(|p| p.person == Some(false));
                if !it {
                    return Some(Attribution { mention, cue: None, rule: Rule::SentenceSubject });
                }
            }
        }
        modifier
    }

    /// `When Lee announced the plan, Cole called it …`, `Last month, after Lee spoke, …`: the
    /// index of the comma that ends a subordinate clause opening the loaded words, or 0.
    fn opening_clause_end(&self) -> usize {
        let (text, tokens) = (self.text, &self.tokens);
        let subordinator = |k: usize| tokens.get(k).is_some_and(|t| lexicon::subordinators().contains(t.text(text)));
        // A short time phrase may come first (`Last month, when …`).
        let mut i = match tokens.iter().take(5).position(|t| t.is(',')) {
            Some(comma)
                if tokens[comma + 1..].first().is_some_and(|t| t.lower)
                    && subordinator(comma + 1)
                    && !(0..comma).any(|k| self.is_cue(k, true)) =>
            {
                comma + 1
            }
            _ => 0,
        };
        if i == 0 && !tokens.first().is_some_and(|t| t.capitalized) {
            return 0; // the words read do not open the sentence
        }
        if tokens.get(i).is_some_and(|t| t.text(text) == "Ever") {
            i += 1; // `Ever since …`
        }
        if !subordinator(i) {
            return 0;
        }
        tokens[i + 1..].iter().position(|t| t.is(',')).map_or(0, |p| i + 1 + p)
    }

    /// `Lee said on the radio, though she said, “…”`, `hours after Cole told reporters he was “…”`, `a
    /// bill, which he called “…”`: a verb of saying after the cue at `c` whose subject opens a
    /// clause of its own (after `though`, `after`, `which`, `;` and the like) reports the
    /// quotation, not the outer cue. The nearest such cue before the quotation, with its subject.
    fn later_clause_cue(&self, c: usize) -> Option<(Mention, usize)> {
        let (text, tokens) = (self.text, &self.tokens);
        let opens_clause = |k: usize| {
            let (t, word) = (&tokens[k], tokens[k].text(text));
            t.is(';')
                || lexicon::later_clause_openers().contains(word)
                || (matches!(word, "and" | "but" | "yet") && k > 0 && tokens[k - 1].is(','))
        };
        (c + 2..tokens.len()).rev().find_map(|c2| {
            if !self.is_cue(c2, false) || self.passive(c2) || self.embedded(c2) {
                return None;
            }
            let mention = mentions::before(text, tokens, c + 1, c2)?;
            if mention.kind == MentionKind::Pronoun && lexicon::relative_pronouns().contains(&text[mention.start..mention.end]) {
                return None;
            }
            let first = tokens.partition_point(|t| t.start < mention.start);
            (first > c + 1 && opens_clause(first - 1)).then_some((mention, c2))
        })
    }

    /// `Peskov said, adding that …`, `noted the move and said …`: a cue after `and` or a
    /// participle after a comma shares the subject of the clause.
    fn clause_subject(&self, c: usize) -> Option<Mention> {
        let (text, tokens) = (self.text, &self.tokens);
        let before = tokens.get(c.checked_sub(1)?)?;
        // `Lee sent tweets on Friday saying …`: a participle after the object speaks for the
        // subject too.
        // Not a gerund after a preposition or an adverb (`by openly voicing …`), a noun's
        // modifier (`the right calling card`), a phrase (`going on`), nor inside a relative
        // clause, whose subject is the relative pronoun (`Democrats, who cited remarks saying …`).
        let object = before.is_word()
            && !mentions::is_preposition(before.text(text))
            && (!before.lower || !lexicon::gerund_openers().contains(before.text(text)))
            && !mentions::is_adverb(before, text)
            && (c < 2 || !mentions::is_determiner(tokens[c - 2].text(text)))
            && self.cue_words(c, true) == 1
            && !tokens[..c].iter().any(|t| t.lower && lexicon::relative_pronouns().contains(t.text(text)));
        let shared = before.text(text) == "and" || ((before.is(',') || object) && tokens[c].text(text).ends_with("ing"));
        if shared {
            self.subject(c)
        } else {
            None
        }
    }

    /// The subject of the clause that the tokens before `end` open: its first noun phrase,
    /// after a leading adverbial (`In Washington, the State Department …`).
    fn subject(&self, end: usize) -> Option<Mention> {
        let (text, tokens) = (self.text, &self.tokens);
        let i = self.subject_start(end)?;
        let mention = mentions::after(text, tokens, i, end)?;
        (mention.end <= tokens[end.min(tokens.len() - 1)].start).then_some(mention)
    }

    /// Where the subject of the clause that the tokens before `end` open starts: past a
    /// dateline and a leading adverbial.
    fn subject_start(&self, end: usize) -> Option<usize> {
        let (text, tokens) = (self.text, &self.tokens);
        // A dateline (`LONDON, May 4 (Reuters) — …`) ends at its dash.
        let dateline = tokens[..end.min(16)].iter().position(is_dash).map_or(0, |d| d + 1);
        let mut i = dateline + tokens[dateline..end].iter().position(Token::is_word)?;
        let word = tokens[i].text(text);
        // Articles and possessives open the subject itself (`His housing plan promises …`).
        let opener = lexicon::sentence_starters().contains(word)
            && lexicon::pronoun(word).is_none()
            && !(capitalised_form(word) && lexicon::subject_determiners().contains(word));
        let adverb = word.get(word.len().saturating_sub(2)..).is_some_and(|end| end.eq_ignore_ascii_case("ly"));
        // `Speaking on Fox, Sen. Ann Lee …`, `Asked about it, Lee …`: a participle opening
        // the sentence before a lower-case word.
        let participle = tokens[i].capitalized
            && (word.ends_with("ing") || word.ends_with("ed"))
            && tokens.get(i + 1).is_some_and(|t| t.lower || !t.is_word());
        // `Two days later, she …`, `Ten years ago, he …`: a time phrase before the first comma.
        let comma = tokens[i..end].iter().take(10).position(|t| t.is(','));
        let time = comma.is_some_and(|p| p > 0 && matches!(tokens[i + p - 1].text(text), "ago" | "later" | "earlier"));
        // `Shortly after the match ended, …`: an adverb opening a phrase up to a comma.
        let adverb = adverb && comma.is_some() && tokens.get(i + 1).is_some_and(|t| t.is(',') || t.lower);
        if opener || participle || time || adverb {
            // `In Washington, the State Department …`, `Already, Lee …`; with no comma,
            // a conjunction (`Yet Northwind …`) is just stepped over.
            match tokens[i..end].iter().position(|t| t.is(',')) {
                Some(comma) => {
                    i = self.skip_state_and_time(i + comma + 1, end);
                    // `Introduced by Sam Cole, the county judge, Lee launched …`: an
                    // apposition to the adverbial's last noun, before a name.
                    let apposition = tokens.get(i).is_some_and(|t| t.lower || mentions::is_determiner(t.text(text)))
                        && tokens[i.saturating_sub(2)].capitalized;
                    if apposition {
                        if let Some(next) = tokens[i..end].iter().take(12).position(|t| t.is(',')) {
                            if tokens
                                .get(i + next + 1)
                                .is_some_and(|t| t.capitalized && !lexicon::sentence_starters().contains(t.text(text)))
                            {
                                i += next + 1;
                            }
                        }
                    }
                }
                None if capitalised_form(word)
                    && lexicon::sentence_conjunctions().contains(word)
                    && tokens.get(i + 1).is_some_and(Token::is_word) =>
                {
                    i += 1
                }
                None => return None,
            }
        }
        Some(i)
    }

    /// `One blunt question asked whether …`, `The banner quotes …`: a thing that opens the
    /// clause right before its cue is the cue's subject.
    fn thing_before(&self, c: usize) -> Option<Mention> {
        const LONGEST: usize = 4;
        let (text, tokens) = (self.text, &self.tokens);
        let i = self.subject_start(c)?;
        let article = tokens.get(i).is_some_and(|t| is_thing_determiner(t.text(text)) || t.text(text).eq_ignore_ascii_case("one"));
        let words = c > i + 1
            && c <= i + 1 + LONGEST
            && tokens[i + 1..c]
                .iter()
                .all(|t| t.is_word() && !mentions::is_preposition(t.text(text)) && !lexicon::sentence_starters().contains(t.text(text)));
        if !(article && words) || self.passive(c) {
            return None;
        }
        let phrase = &tokens[i..c];
        let kind = if phrase[1..].iter().any(|t| t.capitalized) { MentionKind::Name } else { MentionKind::Nominal };
        Some(Mention { kind, ..Mention::phrase(text, phrase) })
    }

    /// `The brochure promotes the “quiet charm” …`, `His housing plan promises to “…”`: a
    /// thing that is the subject of an active verb speaks through the quotation in its
    /// clause. Read only where no speaker was: a determiner and at most four words before the
    /// verb, which must not be a copula or an auxiliary (`The remarks were “petty”` is the
    /// writer's).
    fn thing_subject(&self, end: usize) -> Option<Mention> {
        const LONGEST: usize = 4;
        let (text, tokens) = (self.text, &self.tokens);
        let i = self.subject_start(end)?;
        // Not a quantifier (`both`, `many`), which may stand alone before the verb.
        if !tokens.get(i).is_some_and(|t| is_thing_determiner(t.text(text))) {
            return None;
        }
        let boundary = |k: usize| {
            let (t, word) = (&tokens[k], tokens[k].text(text));
            !t.is_word()
                || mentions::is_preposition(word)
                || (t.lower && lexicon::subject_boundaries().contains(word))
                || word.contains(['’', '\''])
                || self.is_cue(k, true)
        };
        // The head right after the determiner, then words up to one that a determiner or a
        // quotation mark follows (`promotes the`, `calls “…”`), which is the verb.
        let mut j = i + 1;
        while j < end && !boundary(j) {
            let next = tokens.get(j + 1);
            let verb_before_object = j > i + 1
                && next.is_some_and(|n| mentions::is_determiner(n.text(text)) || n.punct.is_some_and(crate::marks::is_quote_char));
            if verb_before_object {
                break;
            }
            if j == i + LONGEST {
                return None; // no verb in sight: not a subject this reads
            }
            j += 1;
        }
        let verb = tokens.get(j).filter(|_| j < end)?;
        let aux = (verb.lower && lexicon::auxiliaries().contains(verb.text(text))) || verb.text(text).contains(['’', '\'']);
        let opens_phrase =
            mentions::is_preposition(verb.text(text)) || (verb.lower && lexicon::subject_boundaries().contains(verb.text(text)));
        if j <= i + 1 || !verb.is_word() || !verb.lower || aux || opens_phrase {
            return None;
        }
        let phrase = &tokens[i..j];
        let kind = if phrase[1..].iter().any(|t| t.capitalized) { MentionKind::Name } else { MentionKind::Nominal };
        Some(Mention { kind, ..Mention::phrase(text, phrase) })
    }

    /// `At a fair in Keene, N.H., on Sunday, Lee …`: the state after a city, and a time
    /// after it, go on with the opening adverbial that ended at the comma before `i`.
    fn skip_state_and_time(&self, mut i: usize, end: usize) -> usize {
        let (text, tokens) = (self.text, &self.tokens);
        let comma_at = |k: usize| k < end && tokens[k].is(',');
        let state = |k: usize| k < end && tokens[k].capitalized && lexicon::us_state_names().contains(tokens[k].stem(text));
        let two_word_state = |k: usize| {
            let (Some(a), Some(b)) = (tokens.get(k), tokens.get(k + 1)) else { return false };
            let (a, b) = (a.text(text).as_bytes(), b.text(text).as_bytes());
            let mut pair = [0u8; 24];
            let len = a.len() + 1 + b.len();
            if k + 1 >= end || len > pair.len() || !tokens[k].capitalized || !tokens[k + 1].capitalized {
                return false;
            }
            pair[..a.len()].copy_from_slice(a);
            pair[a.len()] = b'_';
            pair[a.len() + 1..len].copy_from_slice(b);
            std::str::from_utf8(&pair[..len]).is_ok_and(|p| lexicon::us_state_names().contains(p))
        };
        let after_city = i >= 2 && tokens[i - 2].capitalized;
        if after_city && state(i) && comma_at(i + 1) {
            i += 2;
        } else if after_city && two_word_state(i) && comma_at(i + 2) {
            i += 3;
        }
        // `on Tuesday,`, `last week,`: a time phrase of its own between commas.
        let time = tokens.get(i).is_some_and(|t| t.lower && lexicon::time_phrase_openers().contains(t.text(text)));
        if time && i < end {
            if let Some(comma) = tokens[i..end].iter().take(6).position(|t| t.is(',')) {
                i += comma + 1;
            }
        }
        i
    }

    /// A quotation inside a sentence that has no cue is the words of the sentence's subject:
    /// `Lee dismissed Cole’s remarks as “cruel and petty”`.
    fn sentence_subject(&mut self, start: usize, open: usize) -> Option<Attribution> {
        self.load(start, open);
        let text = self.text;
        let mention = self.speaking_subject()?;
        // `Lee, who has cast himself as the “taxpayers’ friend,” …`: a quotation
        // inside a relative clause after the subject is the relative pronoun's.
        let tokens = &self.tokens;
        let after = tokens.partition_point(|t| t.start < mention.end);
        let relative = (after + 1..tokens.len())
            .rev()
            .find(|&k| tokens[k].lower && lexicon::relative_pronouns().contains(tokens[k].text(text)) && tokens[k - 1].is(','));
        if let Some(k) = relative.filter(|&k| !tokens[k + 1..].iter().any(|t| t.is(',') || t.is(';'))) {
            let mut who = Mention::phrase(text, &tokens[k..=k]);
            who.kind = MentionKind::Pronoun;
            return Some(Attribution { mention: who, cue: None, rule: Rule::SentenceSubject });
        }
        Some(Attribution { mention, cue: None, rule: Rule::SentenceSubject })
    }

    /// `…, but Cole had one complaint: “…”`, `A note in the minutes puts it plainly:
    /// “…”`: with no verb of saying, a colon right before the quotation hands it to the subject
    /// of the clause the colon ends. That clause starts after the last `;`, or after a
    /// conjunction that follows a comma or opens the words read (`, but`).
    fn colon_clause(&mut self, start: usize, open: usize) -> Option<Attribution> {
        self.load(start, open);
        let (text, tokens) = (self.text, &self.tokens);
        let colon = tokens.len().checked_sub(1).filter(|&c| c > 0 && tokens[c].is(':'))?;
        // A conjunction after a comma, or first of all (the comma may close the quotation before).
        let joins = |k: usize| {
            tokens[k].lower && lexicon::clause_conjunctions().contains(tokens[k].text(text)) && (k == 0 || tokens[k - 1].is(','))
        };
        let clause = (0..colon).rev().find(|&k| tokens[k].is(';') || joins(k)).map_or(0, |k| k + 1);
        let cue = (tokens[colon].start, tokens[colon].end);
        self.load(tokens.get(clause)?.start, cue.0);
        let mention = self.speaking_subject()?;
        Some(Attribution { mention, cue: Some(cue), rule: Rule::SpeakerCueQuote })
    }

    /// The subject of the loaded clause, when it can speak a quotation with no verb of saying:
    /// not `it` (names and nominals are read only where they can), else a thing that is the
    /// subject of an active verb; none in a passive report (`Warren was asked whether …`, where
    /// the subject is the one spoken to).
    fn speaking_subject(&self) -> Option<Mention> {
        if (0..self.tokens.len()).any(|c| self.is_cue(c, false) && self.passive(c)) {
            return None;
        }
        let text = self.text;
        let can_speak = |m: &Mention| match m.kind {
            MentionKind::Pronoun => lexicon::pronoun(&text[m.start..m.end]).is_some_and(|p| p.person != Some(false)),
            MentionKind::Nominal | MentionKind::Organization | MentionKind::Name => true,
        };
        self.subject(self.tokens.len()).filter(can_speak).or_else(|| self.thing_subject(self.tokens.len()))
    }

    /// `Lee’s accusations of a “cosy cartel”`, `her call for “a second vote”`: a noun for
    /// something said, a few words before the quotation, speaks for its possessor. The
    /// possessor is a name with `’s` or a possessive pronoun, before at most [`ADJECTIVES`]
    /// words; no verb of saying may come between the noun and the quotation.
    fn possessor(&mut self, start: usize, open: usize) -> Option<Attribution> {
        const NEAR: usize = 8;
        const ADJECTIVES: usize = 2;
        const LONGEST_NAME: usize = 4;
        self.load(start, open);
        let (text, tokens) = (self.text, &self.tokens);
        let from = tokens.len().saturating_sub(NEAR + 1);
        let n = (from..tokens.len()).rev().find(|&n| {
            let t = &tokens[n];
            t.is_word() && t.lower && lexicon::speech_nouns().contains(t.text(text)) && (n == 0 || !tokens[n - 1].is('-'))
        })?;
        if (n + 1..tokens.len()).any(|k| self.is_cue(k, false) && !lexicon::speech_nouns().contains(tokens[k].text(text))) {
            return None;
        }
        // The quotation completes the noun (`claim that …`, `call for …`, `promise to …`), not
        // a verb's object (`called Cole’s remarks “petty”`, `played down his remarks as “…”`).
        let between = &tokens[n + 1..];
        let completes = between.iter().any(|t| t.is(':') || (t.lower && lexicon::speech_noun_complements().contains(t.text(text))))
            && !between.iter().any(|t| t.text(text) == "as");
        if !completes {
            return None;
        }
        // Back over a few adjectives (`smug`, `urgent`) to the possessor.
        let mut p = n.checked_sub(1)?;
        while n - p <= ADJECTIVES
            && p > 0
            && tokens[p].is_word()
            && tokens[p].lower
            && !lexicon::possessive_pronouns().contains(tokens[p].text(text))
        {
            p -= 1;
        }
        let owner = &tokens[p];
        let word = owner.text(text);
        let pronoun = lexicon::possessive_pronouns().contains(word);
        // `the claim by a rival bidder that …`: the agent after `by` owns it.
        let agent = tokens.get(n + 1).filter(|t| t.text(text) == "by").and_then(|_| mentions::after(text, tokens, n + 2, tokens.len()));
        let mention = if let Some(agent) = agent {
            agent
        } else if pronoun {
            let mut m = Mention::phrase(text, &tokens[p..=p]);
            m.kind = MentionKind::Pronoun;
            m
        } else if owner.capitalized && owner.possessive(text) {
            let name =
                |k: usize| tokens[k].is_word() && tokens[k].capitalized && !lexicon::sentence_starters().contains(tokens[k].text(text));
            let first = (0..p).rev().take(LONGEST_NAME - 1).take_while(|&k| name(k)).last().unwrap_or(p);
            let mut m = Mention::phrase(text, &tokens[first..=p]);
            m.kind = MentionKind::Name;
            m
        } else {
            return None;
        };
        let noun = &tokens[n];
        Some(Attribution { mention, cue: Some((noun.start, noun.end)), rule: Rule::SpeakerCueQuote })
    }

    /// `was asked`, `were told`: a passive cue, whose subject is the one spoken to.
    fn passive(&self, c: usize) -> bool {
        !self.tokens[c].text(self.text).ends_with("ing")
            && c > 0
            && self.tokens[c - 1].lower
            && lexicon::passive_auxiliaries().contains(self.tokens[c - 1].text(self.text))
    }

    /// `it would tell`, `to say`: a cue inside what is reported, not the report itself.
    fn embedded(&self, c: usize) -> bool {
        c > 0 && self.tokens[c - 1].lower && lexicon::embedding_words().contains(self.tokens[c - 1].text(self.text))
    }

    /// `"The poorest towns … ⏎ Ann Lee, Institute for Rural Studies."`: a quotation
    /// whose last line is a name, alone or before a comma or a dash and a few words, is signed
    /// by it. The line is the quotation's last, or the one right after it when the closing mark
    /// ends that line instead. Only [`SIGNATURE`] bytes are read.
    fn signature_line(&mut self, quote: &Quote) -> Option<Attribution> {
        const SIGNATURE: usize = 200;
        const LONGEST: usize = 16;
        let text = self.text;
        let from = text.floor_char_boundary(quote.end.saturating_sub(SIGNATURE).max(quote.start));
        let (line, end) = match text[from..quote.end].rfind('\n') {
            Some(at) if !text[quote.start..from + at].trim().is_empty() => (from + at + 1, quote.end),
            _ => {
                // The line after an unclosed quotation, which its closing mark ends.
                let rest = &text[quote.close.max(quote.end)..];
                let rest = rest.strip_prefix('\n').filter(|r| !r.starts_with('\n'))?;
                let line = text.len() - rest.len();
                let reach = text.floor_char_boundary((line + SIGNATURE).min(text.len()));
                let end = line + text[line..reach].find('\n')?;
                let signed = text[line..end].trim_end();
                let content = signed.strip_suffix(crate::marks::is_quote_char)?;
                (line, line + content.len())
            }
        };
        if text[line..end].trim_end().ends_with(['?', '!']) {
            return None;
        }
        self.load(line, end);
        let tokens = &self.tokens;
        if tokens.is_empty() || tokens.len() > LONGEST {
            return None;
        }
        let mention =
            mentions::after(text, tokens, 0, tokens.len()).filter(|m| m.kind == MentionKind::Name && m.start == tokens[0].start)?;
        let next = tokens.partition_point(|t| t.start < mention.end);
        let signs = match tokens.get(next) {
            None => true,
            Some(t) => matches!(t.punct, Some(',' | '—' | '–' | '-')) || (t.is('.') && next + 1 == tokens.len()),
        };
        signs.then_some(Attribution { mention, cue: None, rule: Rule::SignatureLine })
    }

    /// A paragraph that opens with the quotation, after one that ends `X said:`.
    fn colon_intro(&mut self, quote: &Quote, paragraphs: &[Paragraph], previous_close: usize) -> Option<Attribution> {
        let paragraph = paragraphs.get(quote.paragraph)?;
        let before = paragraphs.get(quote.paragraph.checked_sub(1)?)?;
        if quote.open != paragraph.start || !self.text[..before.end].ends_with(':') {
            return None;
        }
        let start = before.start.max(before.end.saturating_sub(REACH)).max(previous_close).min(before.end);
        self.load(start, before.end);
        let mut attribution = self.cue_and_subject(true).or_else(|| self.following())?;
        attribution.rule = Rule::ColonIntro;
        Some(attribution)
    }

    /// `The mayor made the following comment:`, `Lee issued the following statement:`: a clause
    /// ending in `the following` and a noun for something said introduces its subject's words.
    fn following(&mut self) -> Option<Attribution> {
        let text = self.text;
        let tokens = &self.tokens;
        let colon = tokens.len().checked_sub(1).filter(|&c| tokens[c].is(':'))?;
        let noun = colon.checked_sub(1)?;
        let said = |t: &Token| lexicon::speech_nouns().contains(t.text(text)) || lexicon::speaker_nouns().contains(t.text(text));
        if noun < 2 || !said(&tokens[noun]) || !tokens[noun - 1].text(text).eq_ignore_ascii_case("following") {
            return None;
        }
        // The subject of the clause, read from the start of its sentence.
        let start = tokens[..noun].iter().rposition(|t| matches!(t.punct, Some('.' | '?' | '!'))).map_or(0, |k| k + 1);
        let cue = (tokens[noun].start, tokens[noun].end);
        let (from, to) = (tokens.get(start)?.start, tokens[noun].start);
        self.load(from, to);
        let mention = self.subject(self.tokens.len())?;
        Some(Attribution { mention, cue: Some(cue), rule: Rule::ColonIntro })
    }
}
