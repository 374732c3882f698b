//! Turns a [`RawDataset`] into a checked [`Dataset`], or reports every problem at once.
//!
//! Validation does not stop at the first problem: a web team fixing a spreadsheet wants the
//! whole list. Each problem names the item and the JSON path of the value concerned.
//!
//! One file per concept: `checker` (the problem collector), `fields` (ids, names, addresses,
//! dates), `sources`, `sectors`, `regions`, `networks` (with memberships and presidencies),
//! `agreements`, `conflicts`, and the warnings about sources (`source_quality`).

mod agreements;
mod checker;
mod conflicts;
mod fields;
mod networks;
mod regions;
mod sectors;
mod source_quality;
mod sources;

use crate::dataset::{Dataset, RegionIdx, SectorIdx};
use crate::error::{LoadError, Problem};
use crate::raw::RawDataset;

use checker::{id_index, Checker, Refs};
use regions::is_nuts_year;

pub(crate) use checker::format_version_problem;
pub(crate) use fields::{is_language_code, is_slug, SLUG_RULE};
pub use source_quality::source_warnings;

/// The major format version this code reads.
pub const FORMAT_MAJOR: u32 = 1;
/// The format version this code writes. It reads every file of major version [`FORMAT_MAJOR`].
pub const FORMAT_VERSION: &str = "1.2";

/// The area a region's point must fall in unless it is marked `outside_europe`, in degrees.
/// It spans the Azores and the Canaries in the west to Cyprus in the east and Lapland in the north.
pub const EUROPE_LAT_DEG: (f64, f64) = (27.0, 72.0);
pub const EUROPE_LON_DEG: (f64, f64) = (-32.0, 45.0);

/// Checks `raw` and builds the dataset, with the warnings about its sources
/// ([`source_warnings`]) in [`Dataset::warnings`].
pub fn validate(raw: &RawDataset) -> Result<Dataset, LoadError> {
    let mut c = Checker::default();
    c.format_version(&raw.format_version);
    if c.errors
        .iter()
        .any(|e| matches!(e.problem, Problem::FormatVersionTooNew { .. }))
    {
        // A newer format may mean anything; checking its content against ours would only add noise.
        return Err(LoadError { errors: c.errors });
    }
    if !is_nuts_year(&raw.nuts_version) {
        c.push(
            "nuts_version",
            Problem::InvalidNutsVersion {
                value: raw.nuts_version.clone(),
            },
        );
    }
    let updated = c.date("updated", "the file", "updated", &raw.updated);

    let sources = c.sources(&raw.sources);
    let source_ids = id_index(&raw.sources, |s| &s.id);
    let sectors = c.sectors(&raw.sectors);
    let sector_ids = id_index(&raw.sectors, |s| &s.id);
    let regions = c.regions(&raw.regions, &raw.nuts_version, &source_ids);
    let region_ids = id_index(&raw.regions, |r| &r.id);
    let refs = Refs {
        sources: &source_ids,
        sectors: &sector_ids,
        regions: &region_ids,
    };
    c.tie_ids_unique(raw);
    let networks: Vec<_> = raw
        .networks
        .iter()
        .enumerate()
        .filter_map(|(i, n)| c.network(i, n, &refs))
        .collect();
    let agreements: Vec<_> = raw
        .agreements
        .iter()
        .enumerate()
        .filter_map(|(i, a)| c.agreement(i, a, &refs))
        .collect();

    if !c.errors.is_empty() {
        return Err(LoadError { errors: c.errors });
    }
    Ok(Dataset {
        format_version: raw.format_version.clone(),
        title: raw.title.clone(),
        nuts_version: raw.nuts_version.clone(),
        updated: updated.expect("no errors means the date parsed"),
        notes: raw.notes.clone(),
        sources,
        sectors,
        regions,
        networks,
        agreements,
        warnings: source_warnings(raw),
        region_ids: region_ids
            .into_iter()
            .map(|(k, v)| (k, RegionIdx(v)))
            .collect(),
        sector_ids: sector_ids
            .into_iter()
            .map(|(k, v)| (k, SectorIdx(v)))
            .collect(),
    })
}
