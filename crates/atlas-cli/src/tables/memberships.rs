//! `memberships.csv`: one row per membership, under its network's id.

use atlas_core::raw::RawMembership;

use super::table::{column, Table};
use super::InNetwork;

pub(super) fn table() -> Table<InNetwork<RawMembership>> {
    Table::new(
        "memberships",
        [
            column!(Text "network", network),
            column!(Text "region", item.region),
            column!(Text "joined", item.joined),
            column!(Optional "left", item.left),
            column!(Optional "role", item.role),
            column!(Flag "founding", item.founding),
            column!(List "sources", item.sources),
            column!(Flag "estimated", item.estimated),
            column!(Texts "note", item.note),
        ],
    )
}
