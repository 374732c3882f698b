//! `sectors.csv`: one row per sector, its label in each language (`label_en`, `label_it`, ...).

use atlas_core::raw::RawSector;

use super::table::{column, Table};

pub(super) fn table() -> Table<RawSector> {
    Table::new(
        "sectors",
        [
            column!(Text "id", id),
            column!(Text "color", color),
            column!(Names "label", labels),
        ],
    )
}
