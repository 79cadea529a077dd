//! Word lists compiled into the binary from the data files beside this module.
//!
//! Each list is a plain text file of lower-case entries separated by white space (one per
//! line, or a verb's forms on one line), lines starting with `#` being comments.
//! Lists are parsed once, on first use, into read-only sets shared by every thread.

use std::collections::HashSet;
use std::sync::OnceLock;

/// A read-only set of lower-case words, looked up without regard to case.
pub struct WordSet {
    words: HashSet<&'static str>,
    longest: usize,
}

impl WordSet {
    fn parse(sources: &[&'static str]) -> WordSet {
        let words: HashSet<&'static str> = sources
            .iter()
            .flat_map(|source| source.lines())
            .filter(|line| !line.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect();
        let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
        WordSet { words, longest }
    }

    /// Whether `word` is in the set, compared case-insensitively for ASCII letters.
    ///
    /// Allocates nothing: words longer than the longest entry are rejected at once and the
    /// rest are lower-cased into a stack buffer.
    pub fn contains(&self, word: &str) -> bool {
        const BUF: usize = 32;
        if word.is_empty() || word.len() > self.longest || word.len() > BUF {
            return false;
        }
        let mut buf = [0u8; BUF];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        match std::str::from_utf8(lower) {
            Ok(lower) => self.words.contains(lower),
            Err(_) => false,
        }
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
    /// Abbreviations that rarely end a sentence: `Co.`, `Calif.`, `Jan.`, `Mr.` and the like.
    abbreviations,
    "abbreviations.txt",
    "titles.txt",
    "months.txt",
    "us_states.txt"
);
word_set!(
    /// Titles and honorifics written before a name: `Sen.`, `Gov.`, `Dr.`.
    titles,
    "titles.txt"
);
word_set!(
    /// Verbs of saying, every form: `say`, `said`, `told`, `tweeted`, `point_out`.
    cue_verbs,
    "cue_verbs.txt"
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
    /// Function words that, capitalised, open a sentence: `The`, `He`, `However`.
    sentence_starters,
    "sentence_starters.txt"
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
}
