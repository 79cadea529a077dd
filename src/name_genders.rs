//! The gender a novel gives the names of its people, read from the text itself: the pronoun that
//! follows a name in its sentence (`Ann sat down, and her father poured the tea`). A novel names
//! its people hundreds of times, so the votes of a name settle what no list of first names
//! would have to.

use rustc_hash::FxHashMap;

use crate::lexicon::{self, Gender};
use crate::sentences::Sentence;

/// The pronouns each capitalised word of a text is followed by, as votes for a gender.
///
/// ```
/// use quotehound::{lexicon::Gender, name_genders::NameGenders, paragraphs, sentences};
/// let text = "Ann came in. Ann took her coat off. Then Ann sat by her father. Ned rose from his chair.";
/// let found = sentences::split(text, &paragraphs::split(text));
/// let genders = NameGenders::read(text, &found);
/// assert_eq!(genders.of("Ann"), Gender::Female);
/// assert_eq!(genders.of("Ned"), Gender::Any); // one vote is not enough
/// ```
#[derive(Debug, Default)]
pub struct NameGenders<'t> {
    votes: FxHashMap<&'t str, [u32; 2]>,
}

/// Votes a name needs before its gender is told. The votes are noisy (`Tom gave Ann his coat`
/// votes for Ann), but a name's many votes outweigh the noise: on the development novels the
/// plain majority named the right character more often than asking for three votes to one.
const VOTES_NEEDED: u32 = 2;

impl<'t> NameGenders<'t> {
    /// Reads the votes of every sentence of `text`: each capitalised word that can be a name
    /// (no title such as `Mrs`, no word such as `The` that opens sentences) takes the first
    /// gendered pronoun after it in its sentence, before the next such word.
    ///
    /// ```
    /// use quotehound::{lexicon::Gender, name_genders::NameGenders, paragraphs, sentences};
    /// let text = "Then Mr. Ned Hale rose from his chair. Ned took his hat.";
    /// let genders = NameGenders::read(text, &sentences::split(text, &paragraphs::split(text)));
    /// assert_eq!(genders.of("Ned"), Gender::Any); // `his` of the first sentence went to `Hale`
    /// assert_eq!(genders.of("Hale"), Gender::Any); // one vote each is not enough
    /// ```
    pub fn read(text: &'t str, sentences: &[Sentence]) -> NameGenders<'t> {
        let mut votes: FxHashMap<&'t str, [u32; 2]> = FxHashMap::default();
        for sentence in sentences {
            let mut pending: Option<&'t str> = None;
            for (_, word) in crate::words::words(text, sentence.start, sentence.end) {
                let gender = pronoun_gender(word);
                if gender == Gender::Any && word.len() > 1 && word.as_bytes()[0].is_ascii_uppercase() {
                    // A title waits for its name (`Mrs. Bell … her`); a word that opens sentences
                    // (`“The girl lost her hat”`) starts a phrase that is nobody's name.
                    if can_name(word) {
                        pending = Some(word);
                    } else if !is_title(word) {
                        pending = None;
                    }
                    continue;
                }
                if let Some(name) = pending.filter(|_| gender != Gender::Any) {
                    votes.entry(name).or_default()[usize::from(gender == Gender::Female)] += 1;
                    pending = None;
                }
            }
        }
        NameGenders { votes }
    }

    /// The gender the votes tell of the first word of `name` (titles aside) with
    /// [`VOTES_NEEDED`] votes at least: the gender with more of them, or [`Gender::Any`] on a
    /// tie or where no word has enough. A first name tells before a surname, which a family
    /// shares.
    ///
    /// ```
    /// use quotehound::{lexicon::Gender, name_genders::NameGenders, paragraphs, sentences};
    /// let text = "Bell lit his pipe. Bell took his hat. Ann came in. Ann took her coat. Ann sat in her chair.";
    /// let genders = NameGenders::read(text, &sentences::split(text, &paragraphs::split(text)));
    /// assert_eq!(genders.of("Ann Bell"), Gender::Female);
    /// assert_eq!(genders.of("Tom Bell"), Gender::Male);
    /// ```
    pub fn of(&self, name: &str) -> Gender {
        // Titles and sentence openers have no votes ([`NameGenders::read`] gives them none).
        let decided = name.split_whitespace().find_map(|word| {
            let &[male, female] = self.votes.get(word)?;
            (male + female >= VOTES_NEEDED).then_some((male, female))
        });
        match decided {
            Some((male, female)) if male > female => Gender::Male,
            Some((male, female)) if female > male => Gender::Female,
            _ => Gender::Any,
        }
    }
}

/// Whether a capitalised word can be (part of) a name: no title (`Mrs`, `Sir`) and no word that
/// opens sentences (`The`, `When`).
fn can_name(word: &str) -> bool {
    !is_title(word) && !lexicon::sentence_starters().contains(word.trim_end_matches('.'))
}

/// Whether a capitalised word is a title written before a name: `Mrs`, `Sir`, `Dr`.
fn is_title(word: &str) -> bool {
    lexicon::titles().contains(word.trim_end_matches('.'))
}

/// The gender of a third-person pronoun, in lower case or capitalised: `he`, `His`, `herself`.
fn pronoun_gender(word: &str) -> Gender {
    match word {
        "he" | "him" | "his" | "himself" | "He" | "Him" | "His" | "Himself" => Gender::Male,
        "she" | "her" | "hers" | "herself" | "She" | "Her" | "Hers" | "Herself" => Gender::Female,
        _ => Gender::Any,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paragraphs;

    fn genders(text: &str) -> NameGenders<'_> {
        NameGenders::read(text, &crate::sentences::split(text, &paragraphs::split(text)))
    }

    #[test]
    fn the_pronoun_after_a_name_votes_until_the_next_name() {
        let text = "Ann took her coat. Ann lost her hat. Tom gave Bo his scarf. Tom and Bo saw him.";
        let found = genders(text);
        assert_eq!(found.of("Ann"), Gender::Female);
        // `his` and `him` go to `Bo`, the nearest name, not to `Tom`.
        assert_eq!(found.of("Bo"), Gender::Male);
        assert_eq!(found.of("Tom"), Gender::Any);
        assert_eq!(found.of("Ann Bell"), Gender::Female); // the first word with votes tells
    }

    #[test]
    fn titles_and_sentence_openers_take_no_votes() {
        // `The` opens a phrase that is nobody's name: `her` is not Tom's.
        let text = "Tom said, “The girl lost her hat.” Tom said, “The girl lost her coat.”";
        assert_eq!(genders(text).of("Tom"), Gender::Any);
        // A title waits for its name, and a pronoun right after it goes to the name before.
        let text = "Ann waved to the Dr, and her hat fell. Ann bowed to the Dr, and her bag fell.";
        let found = genders(text);
        assert_eq!(found.of("Ann"), Gender::Female);
        assert_eq!(found.of("Dr"), Gender::Any);
    }

    #[test]
    fn votes_split_between_genders_tell_nothing() {
        let text = "Sam rode his bike. Sam ate his lunch. Sam lost her key. Sam found her key.";
        assert_eq!(genders(text).of("Sam"), Gender::Any);
        let text = "Sam rode his bike. Sam ate his lunch. Sam found her key.";
        assert_eq!(genders(text).of("Sam"), Gender::Male);
    }
}
