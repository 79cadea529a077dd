//! Word-set lookups with each hasher the lexicon could use, on every word of a corpus:
//! `lexicon::WordSet::contains` (lower-cased on the stack, a short word packed into one integer)
//! with each hasher, against the verbs of saying and the abbreviations, the two sets every
//! sentence and cue consults.
//!
//! ```text
//! cargo bench --bench word_sets -- CORPUS [REPETITIONS]
//! ```
//!
//! Prints one JSON line per hasher with the median and the best million lookups per second,
//! every hasher taking its turn in each repetition.

use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::hint::black_box;
use std::time::{Duration, Instant};

use quotehound::lexicon::WordSet;

/// FNV-1a, the hand-written hash the lexicon used before: one multiply per byte.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// The lists looked up, as the lexicon parses them.
const SOURCES: [&str; 2] = [include_str!("../src/lexicon/cue_verbs.txt"), include_str!("../src/lexicon/abbreviations.txt")];

/// The time to look every word up in each set once, and how many were found.
fn time<S: BuildHasher + Default>(sets: &[WordSet<S>], words: &[&str]) -> (Duration, usize) {
    let start = Instant::now();
    let mut found = 0;
    for set in sets {
        for word in words {
            found += usize::from(set.contains(black_box(word)));
        }
    }
    (start.elapsed(), found)
}

fn sets<S: BuildHasher + Default>() -> Vec<WordSet<S>> {
    SOURCES.iter().map(|source| WordSet::parse(&[source])).collect()
}

fn main() {
    let mut positional = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let path = positional.next().expect("usage: word_sets CORPUS [REPETITIONS]");
    let repetitions: usize = positional.next().map_or(21, |r| r.parse().expect("REPETITIONS must be a number"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let words: Vec<&str> = quotehound::words::words(&text, 0, text.len()).map(|(_, w)| w).collect();

    let fnv = sets::<BuildHasherDefault<Fnv>>();
    let fx = sets::<rustc_hash::FxBuildHasher>();
    let fold = sets::<foldhash::fast::FixedState>();
    let names = ["fnv-1a (hand-written)", "rustc-hash (FxHash)", "foldhash (fast, fixed seed)"];
    let mut samples: [Vec<Duration>; 3] = Default::default();
    let mut found = [0; 3];
    for _ in 0..repetitions {
        for (k, (elapsed, hits)) in [time(&fnv, &words), time(&fx, &words), time(&fold, &words)].into_iter().enumerate() {
            samples[k].push(elapsed);
            found[k] = hits;
        }
    }
    let lookups = (words.len() * SOURCES.len()) as f64;
    for (k, name) in names.iter().enumerate() {
        samples[k].sort_unstable();
        let rate = |d: Duration| (lookups / 1e6 / d.as_secs_f64()).round();
        println!(
            "{}",
            serde_json::json!({"hasher": name, "lookups": lookups, "found": found[k], "median_m_per_s": rate(samples[k][repetitions / 2]), "best_m_per_s": rate(samples[k][0])})
        );
    }
}
