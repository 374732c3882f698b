//! The problem collector that every check writes to, and what the checks share: the index of
//! each kind of item by id.

use std::collections::BTreeMap;

use crate::error::{DataError, Problem};

use super::FORMAT_MAJOR;

/// Collects every problem found, each with its JSON path, so that all are reported at once.
#[derive(Default)]
pub(super) struct Checker {
    pub(super) errors: Vec<DataError>,
}

impl Checker {
    pub(super) fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.errors.push(DataError {
            path: path.into(),
            problem,
        });
    }

    pub(super) fn format_version(&mut self, found: &str) {
        if let Some(problem) = format_version_problem(found) {
            self.push("format_version", problem);
        }
    }
}

/// What is wrong with a file's `format_version`: not `MAJOR.MINOR`, or a major version newer
/// than [`FORMAT_MAJOR`]. Any minor version of this major is read.
pub(crate) fn format_version_problem(found: &str) -> Option<Problem> {
    let parsed: Option<(u32, u32)> = found
        .split_once('.')
        .and_then(|(major, minor)| Some((major.parse().ok()?, minor.parse().ok()?)));
    match parsed {
        None => Some(Problem::FormatVersionMalformed {
            found: found.to_owned(),
        }),
        Some((major, _)) if major > FORMAT_MAJOR => Some(Problem::FormatVersionTooNew {
            found: found.to_owned(),
            supported: FORMAT_MAJOR,
        }),
        Some(_) => None,
    }
}

/// First index of each id (later duplicates are reported separately).
pub(super) fn id_index<T>(items: &[T], id: impl Fn(&T) -> &String) -> BTreeMap<String, u32> {
    let mut map = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        map.entry(id(item).clone()).or_insert(i as u32);
    }
    map
}

/// The index of each id, for the checks of references.
pub(super) struct Refs<'a> {
    pub(super) sources: &'a BTreeMap<String, u32>,
    pub(super) sectors: &'a BTreeMap<String, u32>,
    pub(super) regions: &'a BTreeMap<String, u32>,
}
