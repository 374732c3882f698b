//! `networks.csv`: one row per network (members, presidencies and conflicts have their own
//! tables).

use atlas_core::raw::RawNetwork;

use super::table::{column, Table};

pub(super) fn table() -> Table<RawNetwork> {
    Table::new(
        "networks",
        [
            column!(Text "id", id),
            column!(Text "acronym", acronym),
            column!(Names "name", names),
            column!(Optional "kind", kind),
            column!(Text "founded", founded),
            column!(Optional "ended", ended),
            column!(List "sectors", sectors),
            column!(Text "website", website),
            column!(List "sources", sources),
            column!(Texts "known_gaps", known_gaps),
            column!(Texts "notes", notes),
        ],
    )
}
