//! Throughput of the Rust core alone: `quotehound::sentences` or `quotehound::analyze` on each
//! article of a corpus.
//!
//! ```text
//! cargo bench --bench core_throughput -- MODE CORPUS [REPETITIONS]
//! ```
//!
//! MODE is `sentences` or `analyze` (`quotehound::quotes` runs the whole of `analyze` and keeps
//! its quotations, so it costs the same), or `stages`: `analyze`, each of its stages timed
//! apart (paragraphs, sentences, quote marks, kinds, attribution, mentions, statements,
//! speakers), which prints one JSON line with the median seconds of each stage over the
//! repetitions, its share of the whole and its throughput alone. CORPUS is a UTF-8 file of articles separated by the
//! ASCII record separator (U+001E). Prints one JSON line with the median time and throughput, in
//! MB/s (1 MB = 1e6 bytes), of the call and, apart, of the two steps around it that the Python
//! binding performs: reading a `str` as UTF-8 (`reading_seconds`: from the code units Python
//! keeps, one, two or four bytes each, and nothing for ASCII, which is UTF-8 already), and
//! converting the byte offsets of the results into character offsets (`offsets_seconds`).

use std::hint::black_box;
use std::time::{Duration, Instant};

use quotehound::code_units::utf8_into;
use quotehound::offsets::{CharIndex, WideChars};

/// Separates the articles in the corpus file.
const SEPARATOR: char = '\u{1e}';

const DEFAULT_REPETITIONS: usize = 5;

const USAGE: &str = "usage: core_throughput sentences|analyze CORPUS [REPETITIONS], or core_throughput stages CORPUS [REPETITIONS]";

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
    let Some(mode) = mode else { return stages(&articles, bytes, repetitions) };

    let found = articles.iter().map(|a| mode.run(a)).fold(Found::default(), Found::plus);
    let call = median((0..repetitions).map(|_| time_call(mode, &articles)).collect());
    let units: Vec<Units> = articles.iter().map(|a| Units::of(a)).collect();
    let reading = median((0..repetitions).map(|_| time_reading(&units)).collect());
    let offsets: Vec<Vec<Vec<usize>>> = articles.iter().map(|a| mode.offsets(a)).collect();
    let convert = median((0..repetitions).map(|_| time_conversion(&articles, &units, &offsets)).collect());

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
            "reading_seconds": reading.as_secs_f64(),
            "offsets_seconds": convert.as_secs_f64(),
            "offsets_mb_s": megabytes_per_second(bytes, convert),
        })
    );
}

/// The mode (`None` for `stages`), the corpus path and the number of repetitions, from the
/// command line.
///
/// Flags are skipped: `cargo bench` passes `--bench` to every benchmark it runs.
fn arguments() -> (Option<Mode>, String, usize) {
    let mut positional = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let mode = positional.next().expect(USAGE);
    let mode = (mode != "stages").then(|| Mode::parse(&mode));
    let path = positional.next().expect(USAGE);
    let repetitions =
        positional.next().map(|r| r.parse().expect("REPETITIONS must be a positive integer")).unwrap_or(DEFAULT_REPETITIONS).max(1);
    (mode, path, repetitions)
}

/// Times each stage of `analyze` on every article, `repetitions` times, and prints the JSON line
/// of `stages`: per stage, the median over the repetitions of its seconds on the whole corpus.
fn stages(articles: &[&str], bytes: usize, repetitions: usize) {
    use quotehound::Stage;
    let mut samples: Vec<Vec<Duration>> = vec![Vec::with_capacity(repetitions); Stage::ALL.len()];
    let mut totals = Vec::with_capacity(repetitions);
    for _ in 0..=repetitions {
        let mut pass = [Duration::ZERO; Stage::ALL.len()];
        let start = Instant::now();
        for article in articles {
            let mut lap = Instant::now();
            drop(black_box(quotehound::analyze_in_stages(black_box(article), |stage| {
                let now = Instant::now();
                pass[stage as usize] += now - lap;
                lap = now;
            })));
        }
        totals.push(start.elapsed());
        for (sample, time) in samples.iter_mut().zip(pass) {
            sample.push(time);
        }
    }
    // The first pass warms the caches and the word lists up: it is not counted.
    totals.remove(0);
    samples.iter_mut().for_each(|s| {
        s.remove(0);
    });
    let total = median(totals);
    let rows: Vec<serde_json::Value> = Stage::ALL
        .iter()
        .zip(samples)
        .map(|(stage, sample)| {
            let seconds = median(sample);
            serde_json::json!({
                "stage": stage.as_str(),
                "seconds": seconds.as_secs_f64(),
                "share": seconds.as_secs_f64() / total.as_secs_f64(),
                "mb_s": megabytes_per_second(bytes, seconds),
            })
        })
        .collect();
    println!(
        "{}",
        serde_json::json!({
            "mode": "stages",
            "articles": articles.len(),
            "bytes": bytes,
            "repetitions": repetitions,
            "seconds": total.as_secs_f64(),
            "mb_s": megabytes_per_second(bytes, total),
            "stages": rows,
        })
    );
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

/// An article's text as a Python `str` keeps it: in the narrowest code units that hold every
/// character, or, for ASCII, as the UTF-8 it already is.
enum Units {
    Ascii,
    One(Vec<u8>),
    Two(Vec<u16>),
    Four(Vec<u32>),
}

impl Units {
    fn of(text: &str) -> Units {
        match text.chars().map(u32::from).max().unwrap_or(0) {
            0..=0x7F => Units::Ascii,
            0x80..=0xFF => Units::One(text.chars().map(|c| c as u8).collect()),
            0x100..=0xFFFF => Units::Two(text.chars().map(|c| c as u16).collect()),
            _ => Units::Four(text.chars().map(u32::from).collect()),
        }
    }

    /// Writes the UTF-8 into `buffer` as the binding does, with its list of wide characters;
    /// `None` for ASCII, which the binding reads in place.
    fn read(&self, buffer: &mut String) -> Option<WideChars> {
        match self {
            Units::Ascii => None,
            Units::One(units) => Some(utf8_into(units, buffer)),
            Units::Two(units) => Some(utf8_into(units, buffer)),
            Units::Four(units) => Some(utf8_into(units, buffer)),
        }
    }
}

/// The time to read every article from its code units once, into one buffer as the binding does.
fn time_reading(units: &[Units]) -> Duration {
    let mut buffer = String::new();
    let start = Instant::now();
    for article in units {
        black_box(article.read(&mut buffer));
        black_box(&buffer);
    }
    start.elapsed()
}

/// The time to convert every article's offsets from byte to character offsets once, each
/// article's index made from what reading it noted, as the binding does.
fn time_conversion(articles: &[&str], units: &[Units], offsets: &[Vec<Vec<usize>>]) -> Duration {
    let mut work: Vec<Vec<Vec<usize>>> = offsets.to_vec();
    let mut buffers: Vec<String> = vec![String::new(); articles.len()];
    let wide: Vec<Option<WideChars>> = units.iter().zip(buffers.iter_mut()).map(|(u, buffer)| u.read(buffer)).collect();
    let start = Instant::now();
    for (((article, buffer), wide), lists) in articles.iter().zip(&buffers).zip(wide).zip(work.iter_mut()) {
        let index = match wide {
            Some(wide) => CharIndex::from_wide(buffer, wide),
            None => CharIndex::from_wide(article, WideChars::new(0)),
        };
        for list in lists.iter_mut() {
            index.convert(black_box(list));
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
