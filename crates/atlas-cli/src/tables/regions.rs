//! `regions.csv`: one row per region (its conflicts are in `conflicts.csv`).

use atlas_core::raw::RawRegion;

use super::table::{column, Table};

pub(super) fn table() -> Table<RawRegion> {
    Table::new(
        "regions",
        [
            column!(Text "id", id),
            column!(Names "name", names),
            column!(List "languages", languages),
            column!(Text "country", country),
            column!(Level "nuts_level", nuts_level),
            column!(Optional "nuts_version", nuts_version),
            column!(Flag "eu", eu),
            column!(Float "lat", lat),
            column!(Float "lon", lon),
            column!(List "coordinate_sources", coordinate_sources),
            column!(Flag "coordinate_estimated", coordinate_estimated),
            column!(Flag "outside_europe", outside_europe),
        ],
    )
}
