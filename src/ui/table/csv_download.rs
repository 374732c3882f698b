//! Downloading a table the page shows as CSV, in the spreadsheet dialect of the interface
//! language: one place for the file's name and type, shared by every table and the list of
//! changes.

use atlas_core::dataset::{Dataset, SourceIdx};
use atlas_core::export::CsvDialect;

use crate::state::AtlasState;
use crate::ui::topbar::share_menu::file_stem;
use crate::web::download::save_text;

/// Saves `rows` under `header` as `alliance-atlas-…-{what}.csv`.
pub fn save_table_csv<S: AsRef<str>>(
    state: &AtlasState,
    dialect: CsvDialect,
    header: &[S],
    rows: &[Vec<String>],
    what: &str,
) {
    save_text(
        &dialect.table(header, rows),
        "text/csv",
        &format!("{}-{what}.csv", file_stem(state)),
    );
}

/// The addresses of `sources`, for a cell: `url | url`.
pub fn source_urls(dataset: &Dataset, sources: &[SourceIdx]) -> String {
    sources
        .iter()
        .map(|&s| dataset.source(s).url.clone())
        .collect::<Vec<_>>()
        .join(" | ")
}
