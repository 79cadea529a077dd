//! Quote marks and quoted spans of arbitrary text keep their invariants.
#![no_main]

#[path = "../../tests/invariants.rs"]
mod invariants;

use invariants::check;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let paragraphs = quotehound::paragraphs::split(&text);
    let spans = quotehound::quotes::find(&text, &paragraphs);
    if let Err(broken) = check::marks(&text).and_then(|()| check::quote_spans(&text, &paragraphs, &spans)) {
        panic!("{broken}");
    }
});
