//! Overlay files: a regional team's own items added to the bundled data, without replacing
//! the whole data file.
//!
//! ```text
//! overlay bytes ─is_overlay_bytes─▶ yes ─parse_overlay─▶ RawOverlay
//! (bundled RawDataset, RawOverlay) ─merge─▶ merged RawDataset ─validate─▶ Dataset + OverlaySummary
//! ```
//!
//! An overlay is a JSON object like a data file, with an `"overlay"` header, every list
//! optional, `"remove"` (ids of bundled regions, networks and agreements to leave out) and
//! `"memberships"` (members added to networks); see `docs/data-format.md`, "Adding to the
//! bundled data: overlay files". The merge keeps the bundled items the overlay does not remove,
//! adds the overlay's items with new ids and appends its memberships to their networks, and the
//! ordinary [`validate`] checks the result, so every problem a data file can have is found.
//! Every problem is told at its place in the overlay file (`agreements[0].parties[1]`,
//! `memberships[2].joined`), never in the merged data.
//!
//! For the page, one call reads what `?data=FILE` gives, an overlay or a full data file:
//! [`parse_data_or_overlay_bytes`]. The bundled data is kept in its raw form for it
//! ([`crate::load::parse_raw_bytes`]).
//!
//! One file per concept: `raw` (the file as written), `sniff` (overlay or data file?),
//! `removals` (what `remove` may leave out), `merge`, `paths` (merged places back to the
//! overlay's), `summary` (what changed, for the notice).

mod merge;
mod paths;
pub mod raw;
mod removals;
mod sniff;
mod summary;

use crate::dataset::Dataset;
use crate::error::{DataError, LoadError, Problem};
use crate::json_object::deserialize_object;
use crate::load::{file_text, object_text_of_this_major, parse_dataset_bytes, syntax};
use crate::raw::RawDataset;
use crate::validate::{format_version_problem, validate};

pub use paths::BUNDLED_DATA_PATH_PREFIX;
pub use raw::{RawOverlay, RawOverlayHeader, RawOverlayMembership, RawRemovals, BUNDLED_DATA_NAME};
pub use sniff::{is_overlay, is_overlay_bytes};
pub use summary::{AddedMembership, OverlayChange, OverlayIds, OverlayItemKind, OverlaySummary};

/// Reads an overlay file from raw bytes (at most [`crate::MAX_FILE_BYTES`], UTF-8, an optional
/// byte-order mark) and applies it to the bundled data: the merged, checked dataset and what
/// the overlay changed, or every problem, each at its path in the overlay file.
///
/// `bundled` is the bundled data as read by [`crate::load::parse_raw_bytes`]; it is expected to
/// be valid on its own. The dataset's [`Dataset::warnings`] are those about the overlay's own
/// items, at their paths in the overlay.
pub fn apply_overlay_bytes(
    bundled: &RawDataset,
    overlay_bytes: &[u8],
) -> Result<(Dataset, OverlaySummary), LoadError> {
    apply_overlay(bundled, file_text(overlay_bytes)?)
}

/// [`apply_overlay_bytes`] of a text.
pub fn apply_overlay(
    bundled: &RawDataset,
    overlay_text: &str,
) -> Result<(Dataset, OverlaySummary), LoadError> {
    apply_raw_overlay(bundled, &parse_overlay(overlay_text)?)
}

/// Reads an overlay file into its raw form without applying it: one JSON object, of a format
/// major version this atlas reads (a newer one is refused at `format_version` before anything
/// else is looked at), of the overlay's shape (unknown fields are refused).
pub fn parse_overlay(text: &str) -> Result<RawOverlay, LoadError> {
    deserialize_object(object_text_of_this_major(text)?).map_err(syntax)
}

/// Applies an overlay already read to the bundled data; see [`apply_overlay_bytes`].
pub fn apply_raw_overlay(
    bundled: &RawDataset,
    overlay: &RawOverlay,
) -> Result<(Dataset, OverlaySummary), LoadError> {
    let mut errors = header_problems(overlay);
    if errors
        .iter()
        .any(|e| matches!(e.problem, Problem::FormatVersionTooNew { .. }))
    {
        // A newer format may mean anything; checking its content against ours would only add noise.
        return Err(LoadError { errors });
    }
    let merged = merge::merge(bundled, overlay);
    errors.extend(merged.problems);
    let paths = merged.paths;
    match validate(&merged.raw) {
        Err(invalid) => {
            errors.extend(
                invalid
                    .errors
                    .into_iter()
                    .map(|error| paths.overlay_error(error, overlay)),
            );
            Err(LoadError { errors })
        }
        Ok(_) if !errors.is_empty() => Err(LoadError { errors }),
        Ok(mut dataset) => {
            // Warnings about bundled items are the bundled data's business, not the overlay's.
            dataset.warnings = std::mem::take(&mut dataset.warnings)
                .into_iter()
                .filter(|warning| paths.overlay_path(&warning.path).is_some())
                .map(|warning| paths.overlay_error(warning, overlay))
                .collect();
            Ok((dataset, merged.summary))
        }
    }
}

/// What `?data=FILE` gives, whichever it is: an overlay ([`is_overlay_bytes`]) applied to the
/// bundled data, with what it changed; or a full data file, read on its own as by
/// [`parse_dataset_bytes`], with `None`.
pub fn parse_data_or_overlay_bytes(
    bundled: &RawDataset,
    bytes: &[u8],
) -> Result<(Dataset, Option<OverlaySummary>), LoadError> {
    if is_overlay_bytes(bytes) {
        apply_overlay_bytes(bundled, bytes).map(|(dataset, summary)| (dataset, Some(summary)))
    } else {
        parse_dataset_bytes(bytes).map(|dataset| (dataset, None))
    }
}

/// The problems of the overlay's header and version.
fn header_problems(overlay: &RawOverlay) -> Vec<DataError> {
    let mut errors = Vec::new();
    if let Some(problem) = format_version_problem(&overlay.format_version) {
        errors.push(DataError {
            path: "format_version".to_owned(),
            problem,
        });
    }
    if overlay.overlay.adds_to != BUNDLED_DATA_NAME {
        errors.push(DataError {
            path: "overlay.adds_to".to_owned(),
            problem: Problem::OverlayForOtherData {
                found: overlay.overlay.adds_to.clone(),
                expected: BUNDLED_DATA_NAME,
            },
        });
    }
    errors
}

#[cfg(test)]
mod tests;
