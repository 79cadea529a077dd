//! Attributions and speakers of arbitrary text keep their invariants.
#![no_main]

#[path = "../../tests/invariants.rs"]
mod invariants;

use invariants::check;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = quotehound::analyze(&text);
    let found = quotehound::attribution::attribute(&text, &doc.paragraphs, &doc.sentences, &doc.quotes);
    if let Err(broken) = check::attributions(&text, &doc.quotes, &found).and_then(|()| check::document(&text, &doc)) {
        panic!("{broken}");
    }
});
