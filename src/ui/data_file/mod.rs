//! A web team checks its own data file in the page, without Rust: it opens a data file, an
//! overlay, or the spreadsheet tables (CSV, read by `tools/tables-reader.js`, loaded only then)
//! with the file picker or by dropping them on the page. The files are read in the browser,
//! never sent anywhere. Every problem is listed with its place in the file (for tables, its
//! table and line); a file without problems is shown on the map at once, with a way back to the
//! site's data.

pub mod notices;
pub mod open;

use std::sync::Arc;

use leptos::prelude::*;

use crate::boot::loader::Loaded;

/// What the page was given to show instead of the site's data, and what was wrong with a file
/// that could not be shown. Provided by the root component, which shows the atlas of
/// `loaded` when there is one.
#[derive(Clone, Copy)]
pub struct OpenedData {
    /// The atlas with an opened file's data, instead of the site's.
    pub loaded: RwSignal<Option<Arc<Loaded>>>,
    /// The file(s) that could not be shown, and every problem.
    pub problems: RwSignal<Option<(String, Vec<String>)>>,
}

impl OpenedData {
    pub fn new() -> Self {
        Self {
            loaded: RwSignal::new(None),
            problems: RwSignal::new(None),
        }
    }
}

impl Default for OpenedData {
    fn default() -> Self {
        Self::new()
    }
}

/// The opened data from context; a fresh one where none was provided (isolated tests).
pub fn use_opened_data() -> OpenedData {
    use_context::<OpenedData>().unwrap_or_default()
}
