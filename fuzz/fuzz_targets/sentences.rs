//! Sentences of arbitrary text keep their invariants.
#![no_main]

#[path = "../../tests/invariants.rs"]
mod invariants;

use invariants::check;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let paragraphs = quotehound::paragraphs::split(&text);
    let sentences = quotehound::sentences::split(&text, &paragraphs);
    if let Err(broken) = check::paragraphs(&text, &paragraphs).and_then(|()| check::sentences(&text, &paragraphs, &sentences)) {
        panic!("{broken}");
    }
});
