//! Informal writing: the signs that a text is a post, an e-mail, a review or a chat rather than
//! edited prose, and the patterns only such text has (emoticons).
//!
//! Edited prose starts every sentence with a capital letter, so a lower-case word after a full
//! stop there continues the sentence (`Co. said`, `Yahoo! in`). Informal writers drop the
//! capitals: `it was late. we left.` is two sentences. Which reading holds is decided once per
//! text, from evidence the text itself gives ([`evidence`]), and only when a sentence boundary
//! hangs on it, so that edited text never pays for the search.
//!
//! The patterns are regular expressions (the `regex` crate), run only on a few bytes around a
//! candidate boundary or, for the evidence, once over a text that needs it.

use std::sync::OnceLock;

use regex::Regex;

use crate::paragraphs::Paragraph;

/// Whether `text` shows that it is informal writing: signs of it, as many as one for every
/// [`BYTES_PER_SIGN`] bytes (one at least), among the pronoun `i` in lower case, paragraphs whose
/// first word is in lower case, emoticons, runs of `!!`/`??`, and sentences that open in lower
/// case after a full stop ending a word that is no abbreviation or initial. A long edited text
/// (a novel) may hold a stray sign or two; a post or an e-mail is short and shows them at once.
///
/// ```
/// use quotehound::{informal, paragraphs};
/// let casual = "i think so. see you at noon :)";
/// assert!(informal::evidence(casual, &paragraphs::split(casual)));
/// let edited = "The board met. It voted to adjourn.";
/// assert!(!informal::evidence(edited, &paragraphs::split(edited)));
/// ```
pub fn evidence(text: &str, paragraphs: &[Paragraph]) -> bool {
    // The search stops as soon as there are enough; edited text, which has none, is read in one
    // pass of each pattern.
    let enough = (text.len() / BYTES_PER_SIGN).max(1);
    let mut found = 0;
    for _ in signs().find_iter(text) {
        found += 1;
        if found >= enough {
            return true;
        }
    }
    for _ in paragraphs.iter().filter(|p| starts_in_lower_case(&text[p.start..p.end])) {
        found += 1;
        if found >= enough {
            return true;
        }
    }
    // A lower-case opener may be the very boundary that asks, and then vouches for itself: an
    // abbreviation missing from the list (`incl. bonds`) would split an edited text. Asking for
    // a second sign beside it lost four right boundaries of web text and kept no wrong one out
    // of news, so the list of abbreviations guards it instead.
    let bytes = text.as_bytes();
    for opener in lower_case_opener().find_iter(text) {
        let word = &opener.as_str()[..opener.as_str().find('.').unwrap_or(0)];
        let whole = opener.start() == 0 || !bytes[opener.start() - 1].is_ascii_alphanumeric();
        if whole && !crate::lexicon::abbreviations().contains(word) {
            found += 1;
            if found >= enough {
                return true;
            }
        }
    }
    false
}

/// Bytes of text for which one sign of informal writing is asked.
const BYTES_PER_SIGN: usize = 20_000;

/// The signs of informal writing that a pattern finds, in one search: the pronoun `i` in lower
/// case, alone or contracted (`i think`, `i'm`), an emoticon with white space around it, `!!`
/// and `??`.
fn signs() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(r"(?:^|[\s(])i(?:['’](?:m|ve|ll|d))?[\s,.!?]|(?:^|\s){EMOTICON}(?:\s|$)|!!|\?\?")).expect("valid pattern")
    })
}

/// A full stop after a lower-case word of two letters or more, followed by a lower-case word:
/// `it rained. we stayed in`. Edited text has these only by mistake or after an abbreviation or
/// an initial (`?` and `!` are left out: `“Ah! not now”` is edited dialogue).
fn lower_case_opener() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[a-z]{2,}\.[ \t]+[a-z]").expect("valid pattern"))
}

/// Whether the first word of `paragraph` (after bullets, quotes and brackets) is a lower-case
/// word: `thanks for the tip`, but not `iPhone sales` or `3 days`.
fn starts_in_lower_case(paragraph: &str) -> bool {
    let word = paragraph.trim_start_matches(|c: char| !c.is_alphanumeric());
    let first: &str = word.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    !first.is_empty() && first.chars().all(char::is_lowercase) && word.starts_with(first)
}

/// The emoticon pattern: eyes, an optional nose, a mouth (`:)`, `;-P`, `=D`, `:'(`), the
/// mirrored forms (`(:`) and `<3`, `^_^`. Kept apart so that both searches share it.
const EMOTICON: &str = r"(?:[:;=][-'^o]?[()\[\]DPpOo3/\\|*$@]|\([-'^o]?[:;=]|<3|\^_*\^)";

/// A token that is an emoticon, whole.
fn emoticon_token() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(&format!(r"\A{EMOTICON}+\z")).expect("valid pattern"))
}

/// The longest emoticon token read, in bytes.
const EMOTICON_LONGEST: usize = 8;

/// The end of the emoticon that starts at byte `i` of `text` and ends before white space or
/// `end`, if one does.
///
/// ```
/// use quotehound::informal::emoticon_at;
/// let text = "so good :-) really";
/// assert_eq!(emoticon_at(text, 8, text.len()), Some(11));
/// assert_eq!(emoticon_at(text, 0, text.len()), None);
/// ```
pub fn emoticon_at(text: &str, i: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Every emoticon starts with one of these: words are turned away before the regex runs.
    if !matches!(bytes.get(i), Some(b':' | b';' | b'=' | b'(' | b'<' | b'^')) {
        return None;
    }
    let token_end = (i..end.min(i + EMOTICON_LONGEST + 1)).find(|&j| bytes[j].is_ascii_whitespace()).unwrap_or(end);
    if token_end - i > EMOTICON_LONGEST || !text.is_char_boundary(token_end) {
        return None;
    }
    emoticon_token().is_match(&text[i..token_end]).then_some(token_end)
}

/// The start of the emoticon that ends just before byte `i` of `text` and starts after white
/// space or at `start`, if one does.
///
/// ```
/// use quotehound::informal::emoticon_before;
/// let text = "see you :) Bye";
/// assert_eq!(emoticon_before(text, 0, 10), Some(8));
/// assert_eq!(emoticon_before(text, 0, 7), None);
/// ```
pub fn emoticon_before(text: &str, start: usize, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let low = start.max(i.saturating_sub(EMOTICON_LONGEST + 1));
    let token_start = (low..i).rev().find(|&j| bytes[j].is_ascii_whitespace()).map_or(start, |j| j + 1);
    if i - token_start > EMOTICON_LONGEST || token_start >= i || !text.is_char_boundary(token_start) {
        return None;
    }
    emoticon_token().is_match(&text[token_start..i]).then_some(token_start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paragraphs;

    fn informal(text: &str) -> bool {
        evidence(text, &paragraphs::split(text))
    }

    #[test]
    fn each_sign_of_informal_writing() {
        assert!(informal("Well i guess that works."));
        assert!(informal("Dinner was fine.\nthe dessert was better."));
        assert!(informal("Great service ;-) Would go again."));
        assert!(informal("Best pizza ever!! Go there."));
        assert!(!informal("Sales of the iPhone rose. I said so. The index fell 3 p.m. Tuesday."));
        assert!(!informal("He wrote: (a) first; (b) second."));
        assert!(informal("The soup was cold. not worth the price."));
        assert!(!informal("Apples, pears etc. and plums. The rest, approx. ten, spoiled."));
        // Abbreviations are no openers, those of money and lists too.
        assert!(!informal("The fund sold stocks, incl. bonds."));
        assert!(!informal("Profit was $3 bn. last quarter."));
        assert!(informal("It rained all day. we stayed in."));
        // Initials are no openers: `a. b. c.` is a list of letters.
        assert!(!informal("The options are a. b. c. and d. as listed."));
        // A long text needs a sign for every 20 kB: one stray slip is not enough.
        let long = format!("{} The soup was cold. not worth it.", "The board met again. ".repeat(2_000));
        assert!(!informal(&long));
    }

    #[test]
    fn emoticons_are_whole_tokens() {
        assert_eq!(emoticon_at("ok :D", 3, 5), Some(5));
        assert_eq!(emoticon_at("ok <3 x", 3, 7), Some(5));
        assert_eq!(emoticon_at("at 10:30 today", 5, 14), None);
        assert_eq!(emoticon_at("a :Paris", 2, 8), None);
        assert_eq!(emoticon_before("fun ^_^", 0, 7), Some(4));
        assert_eq!(emoticon_before("f(x)", 0, 4), None);
    }
}
