//! The whole pipeline on arbitrary text: every stage's invariants, agreement between the
//! entry points, offsets converted to code points, and determinism.
#![no_main]

#[path = "../../tests/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(broken) = invariants::check::all(&text) {
        panic!("{broken}");
    }
});
