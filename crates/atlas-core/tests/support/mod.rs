//! Helpers the validation tests share: the small fixture, edits of it, and an assertion on
//! exactly one problem.
#![allow(dead_code, unused_macros)]

use atlas_core::load::parse_raw;
use atlas_core::raw::{RawDataset, RawText};
use atlas_core::{validate, DataError};

pub const SMALL: &str = include_str!("../fixtures/small.json");

pub fn small() -> RawDataset {
    parse_raw(SMALL).expect("the fixture parses")
}

/// A note in the given languages.
pub fn texts(pairs: &[(&str, &str)]) -> RawText {
    RawText::from_languages(
        pairs
            .iter()
            .map(|(lang, text)| (lang.to_string(), text.to_string()))
            .collect(),
    )
}

/// The problems of the fixture after `edit`.
pub fn problems(edit: impl FnOnce(&mut RawDataset)) -> Vec<DataError> {
    let mut raw = small();
    edit(&mut raw);
    match validate(&raw) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors,
    }
}

/// Asserts exactly one problem, at `path`, matching `pattern`, whose sentence mentions `words`.
#[macro_export]
macro_rules! assert_problem {
    ($errors:expr, $path:expr, $pattern:pat, $words:expr) => {{
        let errors = $errors;
        assert_eq!(errors.len(), 1, "expected one problem, got {errors:#?}");
        let error = &errors[0];
        assert_eq!(error.path, $path);
        assert!(matches!(error.problem, $pattern), "{:#?}", error.problem);
        let sentence = error.to_string();
        for word in $words {
            assert!(
                sentence.contains(word),
                "{sentence:?} should mention {word:?}"
            );
        }
    }};
}
