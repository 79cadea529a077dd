//! The byte search of the stages (`scan::ByteSet::find`, blocks of 32 bytes) against `memchr`,
//! a 256-entry table and 8-byte words (SWAR), per call site, on a corpus: each site's set, searched as its stage searches it (find a member, step past it, find
//! the next).
//!
//! ```text
//! cargo bench --bench scan -- CORPUS [REPETITIONS]
//! ```
//!
//! CORPUS is a UTF-8 file (articles separated by U+001E, as for `core_throughput`, are
//! searched as one text). Prints one JSON line per site and way, with the median and the best MB/s, every way taking its turn in each repetition.

use std::hint::black_box;
use std::time::{Duration, Instant};

use quotehound::scan::ByteSet;

/// A way to find the next member of a site's set: bytes, from, end → index.
type Finder = fn(&[u8], usize, usize) -> usize;

/// The first index in `[i, end)` whose byte `memchr3` finds, or that `rest` holds.
#[inline]
fn memchr_then(bytes: &[u8], i: usize, end: usize, three: [u8; 3], rest: &ByteSet) -> usize {
    let hit = memchr::memchr3(three[0], three[1], three[2], &bytes[i..end]).map_or(end, |n| i + n);
    rest.find(bytes, i, hit)
}

/// The first index in `[i, end)` whose byte is in the set: a word of 8 bytes at a time, each
/// member tested on the whole word by bit tricks (SWAR), then a byte at a time.
#[inline]
fn by_words(bytes: &[u8], mut i: usize, end: usize, ascii: &[u8], non_ascii: bool, controls: bool) -> usize {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let may_contain = |word: u64| {
        let mut hits = if non_ascii { word & HIGH } else { 0 };
        if controls {
            hits |= word.wrapping_sub(LOW * 0x20) & !word & HIGH;
        }
        for &b in ascii {
            let x = word ^ (LOW * u64::from(b));
            hits |= x.wrapping_sub(LOW) & !x & HIGH;
        }
        hits != 0
    };
    while i + 8 <= end {
        if may_contain(u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"))) {
            break;
        }
        i += 8;
    }
    while i < end && !(ascii.contains(&bytes[i]) || (non_ascii && bytes[i] >= 0x80) || (controls && bytes[i] < 0x20)) {
        i += 1;
    }
    i
}

/// The first index in `[i, end)` whose byte `table` marks: a byte at a time, by table.
#[inline]
fn by_table(bytes: &[u8], i: usize, end: usize, table: &[bool; 256]) -> usize {
    bytes[i..end].iter().position(|&b| table[usize::from(b)]).map_or(end, |n| i + n)
}

/// The table of a set of bytes: `ascii`, with every byte from 0x80 and every one below 0x20 as asked.
const fn table(ascii: &[u8], non_ascii: bool, controls: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (non_ascii && b >= 0x80) || (controls && b < 0x20);
        b += 1;
    }
    let mut k = 0;
    while k < ascii.len() {
        table[ascii[k] as usize] = true;
        k += 1;
    }
    table
}

const SENTENCES: [bool; 256] = table(b".?!)", true, false);
const QUOTES: [bool; 256] = table(b"\"'`<", true, false);
const PARAGRAPHS: [bool; 256] = table(&[0xC2, 0xE2], false, true);

const SITES: &[(&str, &str, Finder)] = &[
    ("sentences", "words of 8 (SWAR)", |b, i, e| by_words(b, i, e, b".?!)", true, false)),
    ("sentences", "ByteSet::find (blocks of 32)", |b, i, e| ByteSet::new(b".?!)", true, false).find(b, i, e)),
    ("sentences", "memchr3(.?!) + ByteSet()+non-ASCII)", |b, i, e| memchr_then(b, i, e, *b".?!", &ByteSet::new(b")", true, false))),
    ("sentences", "table", |b, i, e| by_table(b, i, e, &SENTENCES)),
    ("quotes", "words of 8 (SWAR)", |b, i, e| by_words(b, i, e, b"\"'`<", true, false)),
    ("quotes", "ByteSet::find (blocks of 32)", |b, i, e| ByteSet::new(b"\"'`<", true, false).find(b, i, e)),
    ("quotes", "memchr3(\"'<) + ByteSet(`+non-ASCII)", |b, i, e| memchr_then(b, i, e, *b"\"'<", &ByteSet::new(b"`", true, false))),
    ("quotes", "table", |b, i, e| by_table(b, i, e, &QUOTES)),
    ("paragraphs", "words of 8 (SWAR)", |b, i, e| by_words(b, i, e, &[0xC2, 0xE2], false, true)),
    ("paragraphs", "ByteSet::find (blocks of 32)", |b, i, e| ByteSet::new(&[0xC2, 0xE2], false, true).find(b, i, e)),
    ("paragraphs", "memchr3(\\n C2 E2) + ByteSet(controls)", |b, i, e| {
        memchr_then(b, i, e, [b'\n', 0xC2, 0xE2], &ByteSet::new(&[0xC2], false, true))
    }),
    ("paragraphs", "table", |b, i, e| by_table(b, i, e, &PARAGRAPHS)),
];

fn main() {
    let mut positional = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let path = positional.next().expect("usage: scan CORPUS [REPETITIONS]");
    let repetitions: usize = positional.next().map_or(21, |r| r.parse().expect("REPETITIONS must be a number"));
    let text = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    // Every way once per turn, so that what else the machine does weighs on all alike.
    let mut samples = vec![Vec::with_capacity(repetitions); SITES.len()];
    let mut hits = vec![0; SITES.len()];
    for _ in 0..repetitions {
        for (k, &(_, _, find)) in SITES.iter().enumerate() {
            let start = Instant::now();
            let mut found = 0;
            let mut i = 0;
            while i < text.len() {
                i = find(black_box(&text), i, text.len()) + 1;
                found += 1;
            }
            samples[k].push(start.elapsed());
            hits[k] = found;
        }
    }
    for (k, &(site, way, _)) in SITES.iter().enumerate() {
        samples[k].sort_unstable();
        let median: Duration = samples[k][repetitions / 2];
        println!(
            "{}",
            serde_json::json!({"site": site, "way": way, "hits": hits[k], "median_mb_s": (text.len() as f64 / 1e6 / median.as_secs_f64()).round(), "best_mb_s": (text.len() as f64 / 1e6 / samples[k][0].as_secs_f64()).round()})
        );
    }
}
