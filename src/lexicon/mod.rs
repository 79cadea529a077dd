//! Word lists compiled into the binary from the data files beside this module.
//!
//! Each list is a plain text file of lower-case entries separated by white space (one per
//! line, or a verb's forms on one line), lines starting with `#` being comments.
//! Lists are parsed once, on first use, into read-only sets shared by every thread.

use std::collections::HashSet;
use std::hash::BuildHasher;
use std::sync::OnceLock;

use rustc_hash::FxBuildHasher;

/// The hasher of the core's tables keyed by words: FxHash, a word at a time. Lexicon keys are a
/// few bytes long and not chosen by an adversary, so a multiplicative hash beats the default
/// SipHash several times over, and FxHash beats byte-at-a-time FNV-1a (`benches/word_sets.rs`).
pub(crate) use rustc_hash::FxHasher;

/// A read-only set of lower-case words, looked up without regard to case, with the hasher `S`
/// (FxHash unless a benchmark compares another).
///
/// Nearly every word fits in [`PACKED`] bytes: such a word is looked up as one integer, its bytes
/// and its length, so that hashing it is two multiplications and comparing it one instruction,
/// with no call to compare bytes. Longer words are kept as byte strings.
pub struct WordSet<S = FxBuildHasher> {
    /// One bit for each [`slot`] that some entry falls in: most words looked up are in no
    /// list, and most of them fall in an empty slot, so that they are rejected without hashing.
    slots: [u64; SLOTS / 64],
    packed: HashSet<u128, S>,
    long: HashSet<&'static [u8], S>,
    longest: usize,
}

/// The longest word looked up as an integer: 15 bytes, and its length in the 16th.
const PACKED: usize = 15;

/// The longest word looked up at all: longer ones are in no list.
const LONGEST: usize = 32;

/// The number of [`slot`]s.
const SLOTS: usize = 4096;

/// A word's slot in a set's filter, from its first and last bytes and its length, the same for
/// a word in any case: the low five bits of an ASCII letter are those of its lower case.
#[inline(always)]
fn slot(word: &[u8]) -> usize {
    let (first, last) = (word[0] & 31, word[word.len() - 1] & 31);
    (usize::from(first) << 7 | usize::from(last) << 2 | (word.len() & 3)) % SLOTS
}

/// `word` with its ASCII letters lower-cased, copied and lower-cased in one loop over the word,
/// with no call to copy a few bytes.
#[inline(always)]
fn lowered<const N: usize>(word: &[u8]) -> [u8; N] {
    let mut buffer = [0u8; N];
    for (lower, &byte) in buffer.iter_mut().zip(word) {
        *lower = byte.to_ascii_lowercase();
    }
    buffer
}

/// `word` (at most [`PACKED`] bytes) lower-cased, with its length, as one integer.
#[inline(always)]
fn packed(word: &[u8]) -> u128 {
    let mut bytes: [u8; 16] = lowered(word);
    bytes[PACKED] = word.len() as u8;
    u128::from_le_bytes(bytes)
}

impl<S: BuildHasher + Default> WordSet<S> {
    /// The set of the entries of `sources`, word lists as the data files beside this module
    /// hold them.
    ///
    /// ```
    /// use quotehound::lexicon::WordSet;
    /// let set: WordSet = WordSet::parse(&["# verbs\nsay says said\nwrite"]);
    /// assert!(set.contains("Said") && set.contains("write") && !set.contains("verbs"));
    /// ```
    pub fn parse(sources: &[&'static str]) -> Self {
        Self::of_lines(sources, str::split_whitespace)
    }

    /// The set of the words that `words` picks from each entry line of `sources` (not a comment).
    fn of_lines<W: Iterator<Item = &'static str>>(sources: &[&'static str], words: impl Fn(&'static str) -> W) -> Self {
        let words = sources
            .iter()
            .flat_map(|source| source.lines())
            .filter(|line| !line.trim_start().starts_with('#'))
            .flat_map(words)
            .map(str::as_bytes);
        let mut set = WordSet { slots: [0; SLOTS / 64], packed: HashSet::default(), long: HashSet::default(), longest: 0 };
        for word in words.filter(|word| !word.is_empty()) {
            set.longest = set.longest.max(word.len());
            let slot = slot(word);
            set.slots[slot / 64] |= 1 << (slot % 64);
            if word.len() <= PACKED {
                set.packed.insert(packed(word));
            } else {
                set.long.insert(word);
            }
        }
        set
    }

    /// The set with the words that `words` picks from each entry line of `sources` added.
    fn with<W: Iterator<Item = &'static str>>(mut self, sources: &[&'static str], words: impl Fn(&'static str) -> W) -> Self {
        let more = Self::of_lines(sources, words);
        for (mine, theirs) in self.slots.iter_mut().zip(more.slots) {
            *mine |= theirs;
        }
        self.packed.extend(more.packed);
        self.long.extend(more.long);
        self.longest = self.longest.max(more.longest);
        self
    }

    /// Whether `word` is in the set, compared case-insensitively for ASCII letters.
    ///
    /// Allocates nothing: words longer than the longest entry, and most words of no entry's
    /// slot, are rejected at once, and the rest are lower-cased on the stack. (Not through `text::with_ascii_lowercase`: this is
    /// the core's hottest lookup, and one length test here rejects both the words too long for
    /// the set and those too long for the buffer.)
    pub fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > self.longest {
            return false;
        }
        let slot = slot(bytes);
        if self.slots[slot / 64] & (1 << (slot % 64)) == 0 {
            return false;
        }
        if bytes.len() <= PACKED {
            return self.packed.contains(&packed(bytes));
        }
        bytes.len() <= LONGEST && self.long.contains(&lowered::<LONGEST>(bytes)[..bytes.len()])
    }
}

macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, $($file:literal),+) => {
        $(#[$doc])*
        pub fn $name() -> &'static WordSet {
            static SET: OnceLock<WordSet> = OnceLock::new();
            SET.get_or_init(|| WordSet::parse(&[$(include_str!($file)),+]))
        }
    };
}

word_set!(
    /// Adjectives of a stated feeling or belief after a copula: `concerned`, `hopeful`.
    stance_adjectives,
    "stance_adjectives.txt"
);
word_set!(
    /// Nouns for a survey whose findings are reported through `in`: `poll`, `surveys`.
    survey_nouns,
    "survey_nouns.txt"
);
word_set!(
    /// Abbreviations that rarely end a sentence: `Co.`, `Calif.`, `Jan.`, `Mr.` and the like.
    abbreviations,
    "abbreviations.txt",
    "titles.txt",
    "months.txt",
    "us_states.txt"
);
word_set!(
    /// Fields of government departments: `state`, `justice`, `homeland_security`.
    department_fields,
    "department_fields.txt"
);
word_set!(
    /// US state abbreviations: `Calif.`, `Ariz.`.
    us_states,
    "us_states.txt"
);
word_set!(
    /// US states by name or abbreviation, as after a city: `Iowa`, `new_hampshire`, `N.H.`,
    /// `Calif.`.
    us_state_names,
    "us_state_names.txt",
    "us_states.txt"
);
word_set!(
    /// Titles and honorifics written before a name: `Sen.`, `Gov.`, `Dr.`.
    titles,
    "titles.txt"
);
word_set!(
    /// Words no name of a speaker holds in lower case: auxiliaries, modals, negation and the
    /// words that open a clause: `did`, `would`, `not`, `that`, `who`.
    clause_words,
    "verb_helpers.txt",
    "clause_words.txt"
);
word_set!(
    /// Last words of labels before a colon that name nobody: `correction`, `note`, `video`.
    colon_labels,
    "colon_labels.txt"
);
word_set!(
    /// Auxiliaries, modals and negation, between a subject and its verb: `has`, `did`,
    /// `would`, `not`.
    verb_helpers,
    "verb_helpers.txt"
);
/// The base forms (`say`, `tell`, `believe`) of the verbs of saying and of statements: the
/// first word of each line of their files. A subject before a base form must agree with it
/// (`officials say`, `they believe`, `will say`), which tells the verb from a noun
/// (`the general counsel`).
pub fn cue_base_forms() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        WordSet::of_lines(&[include_str!("cue_verbs.txt"), include_str!("statement_cues.txt")], |line| line.split_whitespace().take(1))
    })
}

/// Every word that can open a statement of reported speech: the verbs of saying, of belief and
/// finding, and the nouns for something said, with `according`. A word outside it is passed
/// over with this one look-up, as nearly every word of a text is.
pub fn statement_triggers() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        WordSet::parse(&[
            include_str!("cue_verbs.txt"),
            include_str!("cue_verbs_past.txt"),
            include_str!("statement_cues.txt"),
            include_str!("speech_nouns.txt"),
            include_str!("survey_nouns.txt"),
            include_str!("stance_adjectives.txt"),
            "according",
        ])
        .with(&[include_str!("statement_cue_particles.txt")], |line| {
            line.split_whitespace().map(|pair| pair.split('_').next().unwrap_or(pair))
        })
    })
}

word_set!(
    /// Verbs of stance with the preposition their content follows, joined by `_`:
    /// `voted_for`, `called_for`, `talked_about`.
    statement_cue_particles,
    "statement_cue_particles.txt"
);

word_set!(
    /// Verbs of stated beliefs, intentions and findings, every form: `believes`, `wants`,
    /// `found`, `show`.
    statement_cues,
    "statement_cues.txt"
);
word_set!(
    /// Prepositions that right after a verb of saying give its other sense: `for`, `at`.
    place_prepositions,
    "place_prepositions.txt"
);
word_set!(
    /// Pronouns as objects: `me`, `them`.
    object_pronouns,
    "object_pronouns.txt"
);
word_set!(
    /// Verbs of saying followed by the one spoken to: `told`, `assured`, `warned`.
    cue_verbs_with_object,
    "cue_verbs_with_object.txt"
);
word_set!(
    /// Verbs of saying, every form: `say`, `said`, `told`, `tweeted`, `point_out`; of a few
    /// that are nouns first, the past forms only: `emailed`.
    cue_verbs,
    "cue_verbs.txt",
    "cue_verbs_past.txt"
);
word_set!(
    /// Verbs that report speech only next to a quotation: `noted`, `continued`.
    cue_verbs_in_context,
    "cue_verbs_context.txt"
);
word_set!(
    /// Phrases that attribute without a verb: `according_to`, `in_a_statement`.
    cue_phrases,
    "cue_phrases.txt"
);
word_set!(
    /// Words before a quotation that show it names something: `so-called`, `film`, `dubbed`.
    naming_words,
    "naming_words.txt"
);
word_set!(
    /// Role nouns and honorifics around names: `spokesperson`, `minister`, `aide`, `Lady`.
    roles,
    "roles.txt",
    "honorifics.txt"
);
word_set!(
    /// Words that make a name an organisation's: `department`, `news`, `party`.
    org_words,
    "org_words.txt"
);
word_set!(
    /// Heads of nameless speakers: `report`, `officials`, `statement`.
    speaker_nouns,
    "speaker_nouns.txt",
    "roles.txt"
);
word_set!(
    /// Nouns for something said, whose possessor is its speaker: `claim`, `remarks`, `call`.
    speech_nouns,
    "speech_nouns.txt"
);
word_set!(
    /// Relative pronouns that can be a cue's subject: `who`, `which`.
    relative_pronouns,
    "relative_pronouns.txt"
);
word_set!(
    /// Lower-case parts of personal names: `von`, `der`, `bin`.
    name_particles,
    "name_particles.txt"
);
word_set!(
    /// Days, months and other capitalised words of time: `Monday`, `January`.
    calendar,
    "calendar.txt"
);
word_set!(
    /// Words after a participle that opens a sentence: `up`, `whether`.
    after_participle,
    "after_participle.txt"
);
word_set!(
    /// Function words that, capitalised, open a sentence: `The`, `He`, `However`.
    sentence_starters,
    "sentence_starters.txt"
);
word_set!(
    /// Adverbs and auxiliaries between a subject and its verb: `also`, `has`, `would`.
    adverbs_before_verb,
    "adverbs_before_verb.txt"
);
word_set!(
    /// Words that end a noun phrase read forward: `who`, `of`, `and`, `was`.
    phrase_boundaries,
    "phrase_boundaries.txt"
);
word_set!(
    /// Prepositions that open a phrase of place, time or manner: `in`, `during`, `amid`.
    prepositions,
    "prepositions.txt"
);
word_set!(
    /// Words that open a noun phrase: `the`, `his`, `several`, `two`.
    determiners,
    "determiners.txt"
);
word_set!(
    /// Quantifiers that stand alone for people: `several`, `most`, `others`.
    quantifiers,
    "quantifiers.txt"
);
word_set!(
    /// Words of time and manner between a cue and its speaker: `on`, `later`, `again`.
    time_words_after_cue,
    "time_words_after_cue.txt"
);
word_set!(
    /// Determiners of a noun phrase for a thing: `the`, `its`, `these`.
    thing_determiners,
    "thing_determiners.txt"
);
word_set!(
    /// Conjunctions that open a clause after a comma: `but`, `while`, `so`.
    clause_conjunctions,
    "clause_conjunctions.txt"
);
word_set!(
    /// Second words of multi-word cues: `back`, `out`, `it`.
    cue_particles,
    "cue_particles.txt"
);
word_set!(
    /// Function words that open a speaker's noun phrase after a quotation: `the`, `several`.
    noun_phrase_openers,
    "noun_phrase_openers.txt"
);
word_set!(
    /// Words that a short phrase naming a speaker before its cue never holds: `was`, `and`, `that`.
    speaker_phrase_stops,
    "speaker_phrase_stops.txt"
);
word_set!(
    /// Words that open a clause, before its subject: `as`, `when`, `whether`.
    clause_openers,
    "clause_openers.txt"
);
word_set!(
    /// Conjunctions that open a subordinate clause first in a sentence: `when`, `although`.
    subordinators,
    "subordinators.txt"
);
word_set!(
    /// Words that open a clause of its own after a cue: `though`, `which`, `with`.
    later_clause_openers,
    "later_clause_openers.txt"
);
word_set!(
    /// Words that make the -ing form after them a gerund: `by`, `without`.
    gerund_openers,
    "gerund_openers.txt"
);
word_set!(
    /// Articles and possessives that open a sentence's subject: `The`, `Her`.
    subject_determiners,
    "subject_determiners.txt"
);
word_set!(
    /// Conjunctions that open a sentence before its subject: `But`, `And`.
    sentence_conjunctions,
    "sentence_conjunctions.txt"
);
word_set!(
    /// Words that end a clause's subject read forward: `is`, `to`, `which`, `while`.
    subject_boundaries,
    "subject_boundaries.txt"
);
word_set!(
    /// Forms of `be` and `have` that no subject speaks through: `is`, `were`, `had`.
    auxiliaries,
    "auxiliaries.txt"
);
word_set!(
    /// Auxiliaries of the passive before a cue: `was`, `were`, `got`.
    passive_auxiliaries,
    "passive_auxiliaries.txt"
);
word_set!(
    /// Modals and `to` before a cue that make it part of what is reported: `would`, `to`.
    embedding_words,
    "embedding_words.txt"
);
word_set!(
    /// Words that open a time phrase before a subject: `on`, `last`, `late`.
    time_phrase_openers,
    "time_phrase_openers.txt"
);
word_set!(
    /// Possessive pronouns that own a noun for something said: `his`, `their`.
    possessive_pronouns,
    "possessive_pronouns.txt"
);
word_set!(
    /// Words after a noun for something said that the quotation completes: `that`, `for`.
    speech_noun_complements,
    "speech_noun_complements.txt"
);
word_set!(
    /// Words before a name said to someone, in the stretch the commas set off: `my`, `dear`.
    vocative_openers,
    "vocative_openers.txt"
);
word_set!(
    /// Capitalised words set off like a name said to someone that name nobody: `Well`, `God`.
    not_vocatives,
    "not_vocatives.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case_and_comments() {
        assert!(abbreviations().contains("Calif"));
        assert!(abbreviations().contains("INC"));
        assert!(abbreviations().contains("n°"));
        assert!(!abbreviations().contains("# Titles"));
        assert!(!abbreviations().contains("house"));
        assert!(titles().contains("Sen"));
        assert!(sentence_starters().contains("However"));
        assert!(!sentence_starters().contains("Government"));
        assert!(cue_verbs().contains("said") && cue_verbs().contains("tweeted") && cue_verbs().contains("point_out"));
        assert!(cue_verbs_in_context().contains("noted") && !cue_verbs().contains("noted"));
        assert!(naming_words().contains("so-called"));
    }

    #[test]
    fn words_of_every_length_are_found_and_only_they() {
        let set: WordSet = WordSet::parse(&["a fifteen-letter sixteen-letters- health_and_human_services"]);
        for word in ["A", "fifteen-letter", "Sixteen-Letters-", "HEALTH_AND_HUMAN_SERVICES"] {
            assert!(set.contains(word), "{word}");
        }
        // A prefix, a word padded as a packed one is, one letter more, and no word at all.
        for word in ["fifteen-lette", "a\0", "fifteen-letters", "sixteen-letters", "health_and_human_service", ""] {
            assert!(!set.contains(word), "{word:?}");
        }
    }
}

/// A person's gender, as far as the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Referred to as "he", "Mr.", "spokesman".
    Male,
    /// Referred to as "she", "Ms.", "spokeswoman".
    Female,
    /// Not told, or either.
    Any,
}

/// What a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pronoun {
    /// The gender it requires.
    pub gender: Gender,
    /// Whether it refers to one (`he`, `it`) rather than many or either (`they`, `we`).
    pub singular: bool,
    /// Whether it refers to a person (`he`, `she`, `I`), a thing (`it`), or either.
    pub person: Option<bool>,
}

fn parse_gender(word: &str) -> Gender {
    match word {
        "male" => Gender::Male,
        "female" => Gender::Female,
        _ => Gender::Any,
    }
}

/// The pronoun `word` (any case), if it is one that can name a speaker.
///
/// ```
/// use quotehound::lexicon::{pronoun, Gender};
/// assert_eq!(pronoun("She").map(|p| p.gender), Some(Gender::Female));
/// assert!(pronoun("it").is_some_and(|p| p.person == Some(false)));
/// assert!(pronoun("report").is_none());
/// ```
pub fn pronoun(word: &str) -> Option<Pronoun> {
    static TABLE: OnceLock<Vec<(&'static str, Pronoun)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        include_str!("pronouns.txt")
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .filter_map(|line| {
                let mut fields = line.split_whitespace();
                let (word, gender, number, kind) = (fields.next()?, fields.next()?, fields.next()?, fields.next()?);
                let person = match kind {
                    "person" => Some(true),
                    "thing" => Some(false),
                    _ => None,
                };
                Some((word, Pronoun { gender: parse_gender(gender), singular: number == "one", person }))
            })
            .collect()
    });
    if word.len() > 4 {
        return None;
    }
    table.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, p)| p)
}

/// Whom an honorific before a surname addresses (`honorifics.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Honorific {
    /// `Mr.`, `Sir`, `Lord`.
    Man,
    /// `Mrs.`.
    MarriedWoman,
    /// `Miss`.
    UnmarriedWoman,
    /// `Ms.`, `Lady`, `Madam`: a woman, married or not.
    Woman,
}

impl Honorific {
    /// Whether two honorifics can address one person: the same, or `Woman` and either of the
    /// other two kinds of woman.
    ///
    /// ```
    /// use quotehound::lexicon::Honorific;
    /// assert!(Honorific::Woman.agrees(Honorific::MarriedWoman));
    /// assert!(!Honorific::MarriedWoman.agrees(Honorific::UnmarriedWoman));
    /// assert!(!Honorific::Man.agrees(Honorific::Woman));
    /// ```
    pub fn agrees(self, other: Honorific) -> bool {
        self == other || (self != Honorific::Man && other != Honorific::Man && (self == Honorific::Woman || other == Honorific::Woman))
    }
}

/// The honorific `word` is (`Mr`, `Mrs.`, `Lady`; any case, with or without its period), if any.
///
/// ```
/// use quotehound::lexicon::{honorific, Honorific};
/// assert_eq!(honorific("Mrs."), Some(Honorific::MarriedWoman));
/// assert_eq!(honorific("Sir"), Some(Honorific::Man));
/// assert_eq!(honorific("Senator"), None);
/// ```
pub fn honorific(word: &str) -> Option<Honorific> {
    const KINDS: [Honorific; 4] = [Honorific::Man, Honorific::MarriedWoman, Honorific::UnmarriedWoman, Honorific::Woman];
    static SETS: OnceLock<Vec<WordSet>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        let lines = include_str!("honorifics.txt").lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        lines.map(|line| WordSet::parse(&[line])).collect()
    });
    let word = word.strip_suffix('.').unwrap_or(word);
    sets.iter().zip(KINDS).find(|(set, _)| set.contains(word)).map(|(_, kind)| kind)
}

/// The gender a title or role noun tells (`Mr`, `spokeswoman`), if any.
///
/// ```
/// use quotehound::lexicon::{gender_of, Gender};
/// assert_eq!(gender_of("Mrs"), Gender::Female);
/// assert_eq!(gender_of("spokesman"), Gender::Male);
/// assert_eq!(gender_of("minister"), Gender::Any);
/// ```
pub fn gender_of(word: &str) -> Gender {
    static SETS: OnceLock<[WordSet; 2]> = OnceLock::new();
    let [male, female] = SETS.get_or_init(|| {
        let line = |gender: &str| {
            include_str!("gendered_words.txt")
                .lines()
                .find(|l| l.starts_with(gender) && l[gender.len()..].starts_with(' '))
                .map(|l| &l[gender.len()..])
                .unwrap_or("")
        };
        [WordSet::parse(&[line("male")]), WordSet::parse(&[line("female")])]
    });
    if male.contains(word) {
        Gender::Male
    } else if female.contains(word) {
        Gender::Female
    } else {
        Gender::Any
    }
}
