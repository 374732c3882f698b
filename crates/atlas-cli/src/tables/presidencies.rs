//! `presidencies.csv`: one row per term of presidency, under its network's id.

use atlas_core::raw::RawPresidency;

use super::table::{column, Table};
use super::InNetwork;

pub(super) fn table() -> Table<InNetwork<RawPresidency>> {
    Table::new(
        "presidencies",
        [
            column!(Text "network", network),
            column!(Text "region", item.region),
            column!(Text "from", item.from),
            column!(Optional "to", item.to),
            column!(Optional "role", item.role),
            column!(List "sources", item.sources),
            column!(Flag "estimated", item.estimated),
            column!(Texts "note", item.note),
        ],
    )
}
