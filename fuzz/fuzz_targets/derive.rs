//! A valid dataset (a valid file changed in a few places, kept only if it still validates;
//! the `validate` target checks the rest),
//! looked at with any sectors, years, link, focus, layout and screen size: the graph keeps its
//! invariants, and the scene, hit test, tooltips and search work on it without NaN or panic.
#![no_main]

use arbitrary::Unstructured;
use atlas_fuzz::{check_validate, dump, mutated_raw, show, Look};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(Some(raw)) = mutated_raw(&mut u, 4) else {
        return;
    };
    dump(&raw);
    let Some(dataset) = check_validate(&raw, false) else {
        return;
    };
    if let Ok(look) = Look::arbitrary(&dataset, &mut u) {
        show(&dataset, &look);
    }
});
