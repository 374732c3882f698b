//! A raw dataset of any shape, made by changing a valid file in up to 16 places: validation
//! reports every problem with its path, or passes a dataset that keeps the core's invariants
//! and reads back the same after being written out.
#![no_main]

use arbitrary::Unstructured;
use atlas_fuzz::{check_validate, dump, mutated_raw};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    if let Ok(Some(raw)) = mutated_raw(&mut u, 16) {
        dump(&raw);
        check_validate(&raw, true);
    }
});
