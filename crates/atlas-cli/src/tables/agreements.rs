//! `agreements.csv`: one row per agreement, with names and summaries by language.

use atlas_core::raw::RawAgreement;

use super::table::{column, Table};

pub(super) fn table() -> Table<RawAgreement> {
    Table::new(
        "agreements",
        [
            column!(Text "id", id),
            column!(Text "kind", kind),
            column!(Names "name", names),
            column!(Names "summary", summary),
            column!(List "parties", parties),
            column!(Text "signed", signed),
            column!(Optional "ends", ends),
            column!(List "sectors", sectors),
            column!(List "sources", sources),
            column!(Flag "estimated", estimated),
            column!(Texts "note", note),
        ],
    )
}
