//! `sources.csv`: one row per source.

use atlas_core::raw::RawSource;

use super::table::{column, Table};

pub(super) fn table() -> Table<RawSource> {
    Table::new(
        "sources",
        [
            column!(Text "id", id),
            column!(Text "url", url),
            column!(Text "title", title),
            column!(Text "publisher", publisher),
            column!(Optional "published", published),
            column!(Text "checked", checked),
        ],
    )
}
