//! Throughput of the Rust core alone: `quotehound::sentences` or `quotehound::analyze` on each
//! article of a corpus.
//!
//! ```text
//! cargo bench --bench core_throughput -- MODE CORPUS [REPETITIONS]
//! ```
//!
//! MODE is `sentences` or `analyze` (`quotehound::quotes` runs the whole of `analyze` and keeps
//! its quotations, so it costs the same). CORPUS is a UTF-8 file of articles separated by the
//! ASCII record separator (U+001E). Prints one JSON line with the median time and throughput, in
//! MB/s (1 MB = 1e6 bytes), of the call and, apart, of the conversion of the byte offsets of its
//! results into character offsets that the Python binding performs.

use std::hint::black_box;
use std::time::{Duration, Instant};

use quotehound::offsets::bytes_to_chars;

/// Separates the articles in the corpus file.
const SEPARATOR: char = '\u{1e}';

const DEFAULT_REPETITIONS: usize = 5;

const USAGE: &str = "usage: core_throughput sentences|analyze CORPUS [REPETITIONS]";

/// The core call measured.
#[derive(Clone, Copy)]
enum Mode {
    Sentences,
    Analyze,
}

/// What one pass over the corpus found.
#[derive(Default)]
struct Found {
    sentences: usize,
    quotes: usize,
    speakers: usize,
}

impl Found {
    /// The counts of two passes added up.
    fn plus(self, other: Found) -> Found {
        Found { sentences: self.sentences + other.sentences, quotes: self.quotes + other.quotes, speakers: self.speakers + other.speakers }
    }
}

impl Mode {
    /// The mode named on the command line.
    fn parse(name: &str) -> Mode {
        match name {
            "sentences" => Mode::Sentences,
            "analyze" => Mode::Analyze,
            _ => panic!("unknown mode {name:?}; {USAGE}"),
        }
    }

    /// The mode's name, as the command line gives it.
    fn name(self) -> &'static str {
        match self {
            Mode::Sentences => "sentences",
            Mode::Analyze => "analyze",
        }
    }

    /// Runs the call on `article` and counts what it found.
    fn run(self, article: &str) -> Found {
        match self {
            Mode::Sentences => Found { sentences: quotehound::sentences(article).len(), ..Found::default() },
            Mode::Analyze => {
                let doc = quotehound::analyze(article);
                Found { sentences: doc.sentences.len(), quotes: doc.quotes.len(), speakers: doc.speakers.len() }
            }
        }
    }

    /// The byte offsets of the call's results, in the lists the binding converts one by one.
    fn offsets(self, article: &str) -> Vec<Vec<usize>> {
        match self {
            Mode::Sentences => vec![sentence_bounds(&quotehound::sentences(article))],
            Mode::Analyze => {
                let doc = quotehound::analyze(article);
                vec![sentence_bounds(&doc.sentences), quote_offsets(&doc)]
            }
        }
    }
}

/// Measures the mode's call on the corpus and prints the JSON line.
fn main() {
    let (mode, path, repetitions) = arguments();
    let corpus = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let articles: Vec<&str> = corpus.split(SEPARATOR).filter(|a| !a.is_empty()).collect();
    let bytes: usize = articles.iter().map(|a| a.len()).sum();

    let found = articles.iter().map(|a| mode.run(a)).fold(Found::default(), Found::plus);
    let call = median((0..repetitions).map(|_| time_call(mode, &articles)).collect());
    let offsets: Vec<Vec<Vec<usize>>> = articles.iter().map(|a| mode.offsets(a)).collect();
    let convert = median((0..repetitions).map(|_| time_conversion(&articles, &offsets)).collect());

    println!(
        "{}",
        serde_json::json!({
            "mode": mode.name(),
            "articles": articles.len(),
            "bytes": bytes,
            "sentences": found.sentences,
            "quotes": found.quotes,
            "speakers": found.speakers,
            "repetitions": repetitions,
            "seconds": call.as_secs_f64(),
            "mb_s": megabytes_per_second(bytes, call),
            "offsets_seconds": convert.as_secs_f64(),
            "offsets_mb_s": megabytes_per_second(bytes, convert),
        })
    );
}

/// The mode, the corpus path and the number of repetitions, from the command line.
///
/// Flags are skipped: `cargo bench` passes `--bench` to every benchmark it runs.
fn arguments() -> (Mode, String, usize) {
    let mut positional = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let mode = Mode::parse(&positional.next().expect(USAGE));
    let path = positional.next().expect(USAGE);
    let repetitions =
        positional.next().map(|r| r.parse().expect("REPETITIONS must be a positive integer")).unwrap_or(DEFAULT_REPETITIONS).max(1);
    (mode, path, repetitions)
}

/// The time to make the call on every article once.
fn time_call(mode: Mode, articles: &[&str]) -> Duration {
    let start = Instant::now();
    for article in articles {
        match mode {
            Mode::Sentences => drop(black_box(quotehound::sentences(black_box(article)))),
            Mode::Analyze => drop(black_box(quotehound::analyze(black_box(article)))),
        }
    }
    start.elapsed()
}

/// The sentence starts and ends, interleaved in text order, as byte offsets.
fn sentence_bounds(sentences: &[quotehound::Sentence]) -> Vec<usize> {
    sentences.iter().flat_map(|s| [s.start, s.end]).collect()
}

/// The spans the binding converts for the quotations (words, mention, cue) and then for the
/// speakers' mentions, in that order.
fn quote_offsets(doc: &quotehound::Document) -> Vec<usize> {
    let quotes = doc.quotes.iter().flat_map(|q| {
        let (mention, cue) = (q.mention.unwrap_or((0, 0)), q.cue.unwrap_or((0, 0)));
        [q.start, q.end, mention.0, mention.1, cue.0, cue.1]
    });
    let mentions = doc.speakers.iter().flat_map(|s| s.mentions.iter().flat_map(|&(start, end)| [start, end]));
    quotes.chain(mentions).collect()
}

/// The time to convert every article's offsets from byte to character offsets once.
fn time_conversion(articles: &[&str], offsets: &[Vec<Vec<usize>>]) -> Duration {
    let mut work: Vec<Vec<Vec<usize>>> = offsets.to_vec();
    let start = Instant::now();
    for (article, lists) in articles.iter().zip(work.iter_mut()) {
        for list in lists.iter_mut() {
            bytes_to_chars(black_box(article), black_box(list));
        }
    }
    start.elapsed()
}

/// The middle sample, or the mean of the two middle ones.
fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort_unstable();
    let middle = samples.len() / 2;
    if samples.len() % 2 == 1 {
        samples[middle]
    } else {
        (samples[middle - 1] + samples[middle]) / 2
    }
}

/// Throughput in MB (1e6 bytes) per second.
fn megabytes_per_second(bytes: usize, elapsed: Duration) -> f64 {
    bytes as f64 / 1e6 / elapsed.as_secs_f64()
}
