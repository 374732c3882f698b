//! Any bytes as a data file: the loader refuses them with sentences, or loads them, and
//! then the data can be drawn. It never panics.
#![no_main]

use atlas_core::parse_dataset_bytes;
use atlas_fuzz::{check_dataset, check_refusal, show, Look};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let result = parse_dataset_bytes(data);
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(
            atlas_core::parse_dataset(text),
            result,
            "bytes and text load alike"
        );
    }
    match result {
        Err(error) => check_refusal(&error),
        Ok(dataset) => {
            check_dataset(&dataset);
            show(&dataset, &Look::everything(&dataset));
        }
    }
});
