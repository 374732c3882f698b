//! Any bytes as an overlay file over the bundled data: applying it never panics; a refusal
//! says why in one-line sentences, each at a place in the overlay (never in the bundled data,
//! which is valid on its own); an overlay that applies keeps every bundled item it does not
//! remove, gives a dataset that keeps the core's invariants, and summarises itself in one line.
#![no_main]

use std::collections::BTreeSet;

use atlas_core::overlay::{apply_overlay, OverlaySummary, BUNDLED_DATA_PATH_PREFIX};
use atlas_core::raw::RawDataset;
use atlas_core::{apply_overlay_bytes, is_overlay_bytes, parse_data_or_overlay_bytes, Dataset};
use atlas_fuzz::{bundled_raw, check_dataset, check_refusal};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let bundled = bundled_raw();
    let result = apply_overlay_bytes(bundled, data);
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(
            apply_overlay(bundled, text),
            result,
            "bytes and text read alike"
        );
    }
    if is_overlay_bytes(data) {
        let either = parse_data_or_overlay_bytes(bundled, data);
        assert_eq!(
            either.map(|(dataset, summary)| (dataset, summary.expect("an overlay"))),
            result,
            "an overlay that is sniffed is applied"
        );
    }
    match &result {
        Err(error) => {
            check_refusal(error);
            for e in &error.errors {
                let line = e.to_string();
                assert!(!line.contains('\n'), "one line: {line:?}");
                assert!(
                    !e.path.starts_with(BUNDLED_DATA_PATH_PREFIX),
                    "a problem in the bundled data: {line}"
                );
            }
        }
        Ok((dataset, summary)) => {
            check_dataset(dataset);
            keeps_the_bundled_items(bundled, dataset, summary);
            let sentence = summary.sentence();
            assert!(!sentence.is_empty() && !sentence.contains('\n'));
            for warning in &dataset.warnings {
                assert!(warning.problem.is_warning());
                assert!(!warning.path.starts_with(BUNDLED_DATA_PATH_PREFIX));
            }
        }
    }
});

/// Every bundled item the overlay does not remove is in the merged data: every source and
/// sector, every region, network and agreement not removed (a replaced one by its id), and a
/// bundled network not replaced with at least its bundled members.
fn keeps_the_bundled_items(bundled: &RawDataset, merged: &Dataset, summary: &OverlaySummary) {
    let ids = |list: &[String]| -> BTreeSet<String> { list.iter().cloned().collect() };
    let removed_regions = ids(&summary.removed.regions);
    let removed_networks = ids(&summary.removed.networks);
    let replaced_networks = ids(&summary.replaced.networks);
    let removed_agreements = ids(&summary.removed.agreements);
    for s in &bundled.sources {
        assert!(
            merged.sources.iter().any(|m| m.id == s.id),
            "source {}",
            s.id
        );
    }
    for s in &bundled.sectors {
        assert!(merged.sector_by_id(&s.id).is_some(), "sector {}", s.id);
    }
    for r in &bundled.regions {
        if !removed_regions.contains(&r.id) {
            assert!(merged.region_by_id(&r.id).is_some(), "region {}", r.id);
        }
    }
    for n in &bundled.networks {
        if removed_networks.contains(&n.id) {
            assert!(
                merged.network_by_id(&n.id).is_none(),
                "network {} removed",
                n.id
            );
            continue;
        }
        let kept = merged
            .network_by_id(&n.id)
            .unwrap_or_else(|| panic!("network {}", n.id));
        if !replaced_networks.contains(&n.id) {
            assert!(merged.network(kept).members.len() >= n.members.len());
        }
    }
    for a in &bundled.agreements {
        let there = merged.agreements.iter().any(|m| m.id == a.id);
        assert_eq!(
            !removed_agreements.contains(&a.id),
            there,
            "agreement {}",
            a.id
        );
    }
}
