//! Throughput of the Rust core alone: `quotehound::sentences` on each article of a corpus.
//!
//! ```text
//! cargo bench --bench core_throughput -- CORPUS [REPETITIONS]
//! ```
//!
//! CORPUS is a UTF-8 file of articles separated by the ASCII record separator (U+001E); the
//! path may also come from the `QUOTEHOUND_CORPUS` environment variable. Prints one JSON line
//! with the median throughput, in MB/s (1 MB = 1e6 bytes), of the segmentation and, apart, of
//! the conversion of its byte offsets into character offsets that the Python binding performs.

use std::hint::black_box;
use std::time::{Duration, Instant};

use quotehound::offsets::bytes_to_chars;

/// Separates the articles in the corpus file.
const SEPARATOR: char = '\u{1e}';

const DEFAULT_REPETITIONS: usize = 5;

fn main() {
    let (path, repetitions) = arguments();
    let corpus =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let articles: Vec<&str> = corpus.split(SEPARATOR).filter(|a| !a.is_empty()).collect();
    let bytes: usize = articles.iter().map(|a| a.len()).sum();

    let sentences: usize = articles
        .iter()
        .map(|a| quotehound::sentences(a).len())
        .sum();
    let segment = median(
        (0..repetitions)
            .map(|_| time_segmentation(&articles))
            .collect(),
    );
    let bounds: Vec<Vec<usize>> = articles.iter().map(|a| bounds(a)).collect();
    let convert = median(
        (0..repetitions)
            .map(|_| time_conversion(&articles, &bounds))
            .collect(),
    );

    println!(
        "{}",
        serde_json::json!({
            "articles": articles.len(),
            "bytes": bytes,
            "sentences": sentences,
            "repetitions": repetitions,
            "sentences_seconds": segment.as_secs_f64(),
            "sentences_mb_s": megabytes_per_second(bytes, segment),
            "offsets_seconds": convert.as_secs_f64(),
            "offsets_mb_s": megabytes_per_second(bytes, convert),
        })
    );
}

/// The corpus path and the number of repetitions, from the command line or the environment.
///
/// Flags are skipped: `cargo bench` passes `--bench` to every benchmark it runs.
fn arguments() -> (String, usize) {
    let mut positional = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let path = positional
        .next()
        .or_else(|| std::env::var("QUOTEHOUND_CORPUS").ok())
        .expect("usage: core_throughput CORPUS [REPETITIONS] (or set QUOTEHOUND_CORPUS)");
    let repetitions = positional
        .next()
        .map(|r| r.parse().expect("REPETITIONS must be a positive integer"))
        .unwrap_or(DEFAULT_REPETITIONS)
        .max(1);
    (path, repetitions)
}

/// The time to segment every article once.
fn time_segmentation(articles: &[&str]) -> Duration {
    let start = Instant::now();
    for article in articles {
        black_box(quotehound::sentences(black_box(article)));
    }
    start.elapsed()
}

/// The sentence starts and ends of `article`, interleaved in text order, as byte offsets.
fn bounds(article: &str) -> Vec<usize> {
    quotehound::sentences(article)
        .iter()
        .flat_map(|s| [s.start, s.end])
        .collect()
}

/// The time to convert every article's sentence bounds from byte to character offsets once.
fn time_conversion(articles: &[&str], bounds: &[Vec<usize>]) -> Duration {
    let mut work: Vec<Vec<usize>> = bounds.to_vec();
    let start = Instant::now();
    for (article, offsets) in articles.iter().zip(work.iter_mut()) {
        bytes_to_chars(black_box(article), black_box(offsets));
    }
    start.elapsed()
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort_unstable();
    let middle = samples.len() / 2;
    if samples.len() % 2 == 1 {
        samples[middle]
    } else {
        (samples[middle - 1] + samples[middle]) / 2
    }
}

fn megabytes_per_second(bytes: usize, elapsed: Duration) -> f64 {
    bytes as f64 / 1e6 / elapsed.as_secs_f64()
}
