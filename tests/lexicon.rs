//! The word lists of `src/lexicon/` checked as data: every verb line holds its base form, a
//! third-person `-s` form, a past form and an `-ing` form, each spelled by the rules of English
//! or listed as irregular below; no word is listed twice in a file, nor in two files where it
//! would be a contradiction (a verb that reports on its own and only in context) or two entries
//! of one word set.
//!
//! A typo in a verb's form is a cue that is never read (`agreing` for `agreeing`): only these
//! checks find it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Past forms that no rule of spelling makes, by base form. A base listed among its own past
/// forms (`put`) is its past form too.
const IRREGULAR_PASTS: &[(&str, &[&str])] = &[
    ("begin", &["began", "begun"]),
    ("feel", &["felt"]),
    ("find", &["found"]),
    ("forecast", &["forecast", "forecasted"]),
    ("foresee", &["foresaw", "foreseen"]),
    ("go", &["went", "gone"]),
    ("hit", &["hit"]),
    ("hold", &["held"]),
    ("know", &["knew", "known"]),
    ("lay", &["laid"]),
    ("plead", &["pled", "pleaded"]),
    ("put", &["put"]),
    ("read", &["read"]),
    ("say", &["said"]),
    ("seek", &["sought"]),
    ("shoot", &["shot"]),
    ("show", &["showed", "shown"]),
    ("speak", &["spoke", "spoken"]),
    ("swear", &["swore", "sworn"]),
    ("tell", &["told"]),
    ("think", &["thought"]),
    ("write", &["wrote", "written"]),
];

/// Files read as one verb per line, every form on the line.
const VERB_FILES: [&str; 4] = ["cue_verbs.txt", "cue_verbs_context.txt", "cue_verbs_with_object.txt", "statement_cues.txt"];

/// The verb files whose multi-word entries the attribution reads as cues, a particle after a verb.
const CUE_FILES: [&str; 2] = ["cue_verbs.txt", "cue_verbs_context.txt"];

/// The files of each word set, as the `word_set!` declarations of `src/lexicon/mod.rs` name
/// them: a word in two files of one set is listed twice.
fn word_sets() -> Vec<Vec<String>> {
    let module = std::fs::read_to_string(lexicon_dir().join("mod.rs")).unwrap();
    module
        .split("word_set!(")
        .skip(1)
        .map(|declaration| {
            let declaration = &declaration[..declaration.find(");").unwrap_or(declaration.len())];
            declaration.split('"').skip(1).step_by(2).filter(|s| s.ends_with(".txt")).map(str::to_string).collect()
        })
        .collect()
}

/// Pairs of lists that no word may share, and why. (Nouns and verbs may share a spelling: `claim`
/// is a speech noun and a cue, `chant` a naming word and a cue; the stages that read them tell
/// the two apart by the words around.)
const CONTRADICTIONS: &[(&[&str], &[&str], &str)] = &[
    (
        &["cue_verbs.txt", "cue_verbs_past.txt"],
        &["cue_verbs_context.txt"],
        "a verb reports speech on its own or only next to a quotation, not both",
    ),
    (
        &["sentence_starters.txt"],
        &["titles.txt", "roles.txt", "name_particles.txt"],
        "a capitalised word either opens a sentence or goes with a name",
    ),
];

fn lexicon_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("lexicon")
}

/// The lines of a list that hold entries: comments and blank lines left out.
fn entry_lines(file: &str) -> Vec<String> {
    let path = lexicon_dir().join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines().filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty()).map(str::to_string).collect()
}

/// The words of a list, as `WordSet` reads them; for the pronoun table, its first column; for
/// the gendered words, the words after each line's gender.
fn words(file: &str) -> Vec<String> {
    let lines = entry_lines(file);
    match file {
        "pronouns.txt" => lines.iter().filter_map(|l| l.split_whitespace().next()).map(str::to_string).collect(),
        "gendered_words.txt" => lines.iter().flat_map(|l| l.split_whitespace().skip(1)).map(str::to_string).collect(),
        _ => lines.iter().flat_map(|l| l.split_whitespace()).map(str::to_string).collect(),
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// `base` doubled before a suffix, when it ends consonant-vowel-consonant (`admit` →
/// `admitt`, `signal` → `signall`, `quip` → `quipp`, the `u` of `qu` being no vowel); whether
/// English doubles depends on stress, which spelling does not tell, so both spellings count as
/// regular.
fn doubled(base: &str) -> Option<String> {
    let b = base.as_bytes();
    let n = b.len();
    let consonant_before = n >= 3 && (!is_vowel(b[n - 3]) || base[..n - 2].ends_with("qu"));
    let cvc = consonant_before && !is_vowel(b[n - 1]) && !matches!(b[n - 1], b'w' | b'x' | b'y') && is_vowel(b[n - 2]);
    cvc.then(|| format!("{base}{}", b[n - 1] as char))
}

/// The regular third-person singular: `says`, `replies`, `stresses`, `echoes`.
fn third_person(base: &str) -> String {
    let b = base.as_bytes();
    let n = b.len();
    if base.ends_with('y') && n >= 2 && !is_vowel(b[n - 2]) {
        format!("{}ies", &base[..n - 1])
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|e| base.ends_with(e)) || (base.ends_with('o') && n >= 2 && !is_vowel(b[n - 2])) {
        format!("{base}es")
    } else {
        format!("{base}s")
    }
}

/// The regular past forms: `added`, `replied`, `noted`, `admitted`.
fn regular_pasts(base: &str) -> Vec<String> {
    let b = base.as_bytes();
    let n = b.len();
    let mut pasts = vec![if base.ends_with('y') && n >= 2 && !is_vowel(b[n - 2]) {
        format!("{}ied", &base[..n - 1])
    } else if base.ends_with('e') {
        format!("{base}d")
    } else {
        format!("{base}ed")
    }];
    pasts.extend(doubled(base).map(|d| format!("{d}ed")));
    pasts
}

/// The regular `-ing` forms: `saying`, `noting`, `agreeing`, `admitting`.
fn regular_participles(base: &str) -> Vec<String> {
    let silent_e = base.strip_suffix('e').filter(|_| !["ee", "ye", "oe"].iter().any(|e| base.ends_with(e)));
    let mut forms = vec![if let Some(stem) = base.strip_suffix("ie") {
        format!("{stem}ying")
    } else if let Some(stem) = silent_e {
        format!("{stem}ing")
    } else {
        format!("{base}ing")
    }];
    forms.extend(doubled(base).map(|d| format!("{d}ing")));
    forms
}

/// What is wrong with one verb line (`say says said saying`, `point_out points_out …`), if
/// anything.
fn verb_line_errors(line: &str) -> Vec<String> {
    let forms: Vec<&str> = line.split_whitespace().collect();
    let Some((&first, rest)) = forms.split_first() else { return vec!["an empty line".into()] };
    // Multi-word cues: every form ends with the same words (`_out`).
    let (base, tail) = first.split_once('_').map_or((first, ""), |(b, t)| (b, t));
    let irregular = IRREGULAR_PASTS.iter().find(|(b, _)| *b == base).map_or(&[][..], |(_, p)| *p);
    let (mut third, mut past, mut participle) = (false, irregular.contains(&base), false);
    let mut errors = Vec::new();
    for form in rest {
        let head = match form.split_once('_') {
            Some((head, t)) if t == tail => head,
            None if tail.is_empty() => form,
            _ => {
                errors.push(format!("`{form}` does not end like `{first}`"));
                continue;
            }
        };
        if head == third_person(base) {
            third = true;
        } else if regular_pasts(base).iter().any(|p| p == head) || irregular.contains(&head) {
            past = true;
        } else if regular_participles(base).iter().any(|p| p == head) {
            participle = true;
        } else {
            errors.push(format!(
                "`{form}` is no form of `{first}` (expected {}, {} or {}, or an irregular past listed in tests/lexicon.rs)",
                third_person(base),
                regular_pasts(base).join("/"),
                regular_participles(base).join("/")
            ));
        }
    }
    for (present, what) in [(third, "third-person -s"), (past, "past"), (participle, "-ing")] {
        if !present {
            errors.push(format!("no {what} form"));
        }
    }
    errors.into_iter().map(|e| format!("`{line}`: {e}")).collect()
}

#[test]
fn every_verb_line_holds_the_four_forms_spelled_right() {
    let errors: Vec<String> = VERB_FILES
        .iter()
        .flat_map(|file| {
            entry_lines(file).into_iter().flat_map(move |line| verb_line_errors(&line).into_iter().map(move |e| format!("{file}: {e}")))
        })
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn the_form_check_rejects_misspelt_and_missing_forms() {
    assert!(verb_line_errors("agree agrees agreed agreeing").is_empty());
    assert!(verb_line_errors("echo echoes echoed echoing").is_empty());
    assert!(verb_line_errors("admit admits admitted admitting").is_empty());
    assert!(verb_line_errors("quip quips quipped quipping").is_empty());
    assert!(verb_line_errors("reply replies replied replying").is_empty());
    assert!(verb_line_errors("point_out points_out pointed_out pointing_out").is_empty());
    assert!(verb_line_errors("put puts putting").is_empty());
    assert!(verb_line_errors("signal signals signaled signalled signaling signalling").is_empty());
    assert!(!verb_line_errors("agree agrees agreed agreing").is_empty());
    assert!(!verb_line_errors("echo echos echoed echoing").is_empty());
    assert!(!verb_line_errors("note notes noted").is_empty(), "a missing -ing form");
    assert!(!verb_line_errors("note notes noting").is_empty(), "a missing past form");
    assert!(!verb_line_errors("point_out points_out pointed pointing_out").is_empty(), "a form without its particle");
}

#[test]
fn past_forms_listed_alone_are_past_forms() {
    // `email` and `text` are nouns first: only their past forms report.
    let bad: Vec<String> = words("cue_verbs_past.txt").into_iter().filter(|w| !w.ends_with("ed")).collect();
    assert!(bad.is_empty(), "not past forms: {bad:?}");
}

#[test]
fn no_list_holds_a_word_twice() {
    let mut errors = Vec::new();
    for entry in std::fs::read_dir(lexicon_dir()).unwrap() {
        let file = entry.unwrap().file_name().into_string().unwrap();
        if !file.ends_with(".txt") {
            continue;
        }
        let mut seen = BTreeSet::new();
        for word in words(&file) {
            if !seen.insert(word.clone()) {
                errors.push(format!("{file}: `{word}` twice"));
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// For each word of `files`, the files that list it.
fn listed_in(files: &[&str]) -> BTreeMap<String, Vec<String>> {
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in files {
        for word in words(file).into_iter().collect::<BTreeSet<_>>() {
            found.entry(word).or_default().push(file.to_string());
        }
    }
    found
}

#[test]
fn no_word_set_lists_a_word_in_two_of_its_files() {
    let sets = word_sets();
    assert!(sets.iter().any(|files| files.len() > 1), "no word set of several files read from mod.rs");
    let errors: Vec<String> = sets
        .iter()
        .flat_map(|files| {
            let files: Vec<&str> = files.iter().map(String::as_str).collect();
            listed_in(&files).into_iter().filter(|(_, in_files)| in_files.len() > 1)
        })
        .map(|(word, in_files)| format!("`{word}` in {}", in_files.join(" and ")))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn no_word_is_in_two_lists_that_contradict_each_other() {
    let mut errors = Vec::new();
    for (left, right, why) in CONTRADICTIONS {
        let left: BTreeSet<String> = left.iter().flat_map(|f| words(f)).collect();
        let right: BTreeSet<String> = right.iter().flat_map(|f| words(f)).collect();
        for word in left.intersection(&right) {
            errors.push(format!("`{word}`: {why}"));
        }
    }
    let male: BTreeSet<String> = entry_lines("gendered_words.txt")
        .iter()
        .filter(|l| l.starts_with("male "))
        .flat_map(|l| l.split_whitespace().skip(1).map(str::to_string))
        .collect();
    for line in entry_lines("gendered_words.txt").iter().filter(|l| l.starts_with("female ")) {
        for word in line.split_whitespace().skip(1).filter(|w| male.contains(*w)) {
            errors.push(format!("`{word}` is both male and female"));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn every_list_says_what_it_holds() {
    let mut errors = Vec::new();
    for entry in std::fs::read_dir(lexicon_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            if !text.starts_with("# ") {
                errors.push(format!("{} opens with no comment saying what it holds", path.display()));
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn every_list_is_compiled_into_a_word_set() {
    let module = std::fs::read_to_string(lexicon_dir().join("mod.rs")).unwrap();
    let mut unused = Vec::new();
    for entry in std::fs::read_dir(lexicon_dir()).unwrap() {
        let file = entry.unwrap().file_name().into_string().unwrap();
        if file.ends_with(".txt") && !module.contains(&format!("\"{file}\"")) {
            unused.push(file);
        }
    }
    assert!(unused.is_empty(), "lists no code reads: {unused:?}");
}

#[test]
fn the_compiled_sets_hold_every_form_listed() {
    use quotehound::lexicon;
    for word in words("cue_verbs.txt").iter().chain(&words("cue_verbs_past.txt")) {
        assert!(lexicon::cue_verbs().contains(word), "{word}");
    }
    for word in words("cue_verbs_context.txt") {
        assert!(lexicon::cue_verbs_in_context().contains(&word), "{word}");
    }
    assert!(lexicon::cue_verbs().contains("agreeing"));
    assert!(lexicon::cue_verbs_in_context().contains("echoes"));
    // The triggers of reported speech are several files merged into one set: each word of each
    // must be found in it, the verbs of the particle pairs included.
    for file in ["cue_verbs.txt", "cue_verbs_past.txt", "statement_cues.txt", "speech_nouns.txt"] {
        for word in words(file) {
            assert!(lexicon::statement_triggers().contains(&word), "{file}: {word}");
        }
    }
    for pair in words("statement_cue_particles.txt") {
        assert!(lexicon::statement_cue_particles().contains(&pair), "{pair}");
        let verb = pair.split('_').next().unwrap_or(&pair);
        assert!(lexicon::statement_triggers().contains(verb), "{pair}: {verb}");
    }
}

#[test]
fn the_cue_particles_are_the_second_words_of_the_multi_word_cues() {
    // A multi-word cue is tried only when its second word is a particle: one missing from the
    // particles is never read, and a particle no cue ends with is tried for nothing.
    let seconds: BTreeSet<String> = CUE_FILES
        .iter()
        .flat_map(|file| words(file))
        .filter_map(|form| form.split_once('_').map(|(_, second)| second.to_string()))
        .collect();
    let particles: BTreeSet<String> = words("cue_particles.txt").into_iter().collect();
    assert_eq!(seconds, particles);
}
