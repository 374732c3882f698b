//! The bundled data and an overlay, merged into one raw dataset for the ordinary validation:
//! the bundled items the overlay does not remove, in their order, then the overlay's items with
//! new ids, then the overlay's memberships appended to their networks' members. Each merged
//! item's origin is kept ([`PathMap`]) so that problems are told at their place in the overlay.

use crate::sort::CollectTree;
use std::collections::{BTreeMap, BTreeSet};

use crate::error::{DataError, Problem};
use crate::raw::RawDataset;

use super::paths::{Origin, PathMap};
use super::raw::RawOverlay;
use super::removals::{removal, Removal};
use super::summary::{AddedMembership, OverlayIds, OverlaySummary};

/// The merged data, where it came from, the overlay's own problems (ids that clash, removals
/// and memberships that cannot be done), and what the overlay changed.
pub(super) struct Merged {
    pub(super) raw: RawDataset,
    pub(super) paths: PathMap,
    pub(super) problems: Vec<DataError>,
    pub(super) summary: OverlaySummary,
}

/// Merges `overlay` into `bundled`. An item whose id a remaining bundled item already has is
/// left out (the bundled one stays), with a problem; a membership for a network that is not
/// there is left out, with a problem.
pub(super) fn merge(bundled: &RawDataset, overlay: &RawOverlay) -> Merged {
    let mut problems = Vec::new();
    let removal = removal(bundled, overlay, &mut problems);
    let mut merged = Merged {
        raw: top_level(bundled),
        paths: PathMap::default(),
        problems,
        summary: OverlaySummary {
            title: overlay.overlay.title.trim().to_owned(),
            removed: removed_ids(&removal, overlay),
            ..OverlaySummary::default()
        },
    };
    merged.keep_bundled(bundled, &removal);
    merged.add_overlay_items(overlay, &removal);
    merged.add_memberships(overlay, &removal);
    merged
}

/// Ids removed and not added anew, in the order of `remove`.
fn removed_ids(removal: &Removal, overlay: &RawOverlay) -> OverlayIds {
    let removed = |listed: &[String], done: &BTreeSet<String>, readded: Vec<&str>| {
        let mut seen = BTreeSet::new();
        listed
            .iter()
            .filter(|id| done.contains(*id) && !readded.contains(&id.as_str()))
            .filter(|id| seen.insert(id.as_str()))
            .cloned()
            .collect()
    };
    OverlayIds {
        regions: removed(
            &overlay.remove.regions,
            &removal.regions,
            overlay.regions.iter().map(|r| r.id.as_str()).collect(),
        ),
        networks: removed(
            &overlay.remove.networks,
            &removal.networks,
            overlay.networks.iter().map(|n| n.id.as_str()).collect(),
        ),
        agreements: removed(
            &overlay.remove.agreements,
            &removal.agreements,
            overlay.agreements.iter().map(|a| a.id.as_str()).collect(),
        ),
        ..OverlayIds::default()
    }
}

/// The bundled file's top-level fields, without its lists: the merged data is the bundled
/// data's version, date and title.
fn top_level(bundled: &RawDataset) -> RawDataset {
    RawDataset {
        schema: bundled.schema.clone(),
        format_version: bundled.format_version.clone(),
        title: bundled.title.clone(),
        nuts_version: bundled.nuts_version.clone(),
        updated: bundled.updated.clone(),
        notes: bundled.notes.clone(),
        sources: Vec::new(),
        sectors: Vec::new(),
        regions: Vec::new(),
        networks: Vec::new(),
        agreements: Vec::new(),
    }
}

/// What to do instead of adding an id the bundled data has, by the kind of the bundled item.
fn clash_remedy(existing_list: &str) -> String {
    match existing_list {
        "regions" | "networks" | "agreements" => format!(
            "choose another id, leave it out to show the bundled one, or list it in \
             remove.{existing_list} to replace it"
        ),
        _ => "choose another id, or leave it out: the bundled one is shown".to_owned(),
    }
}

impl Merged {
    fn keep_bundled(&mut self, bundled: &RawDataset, removal: &Removal) {
        let raw = &mut self.raw;
        let paths = &mut self.paths;
        for (i, s) in bundled.sources.iter().enumerate() {
            raw.sources.push(s.clone());
            paths.sources.push(Origin::Bundled(i));
        }
        for (i, s) in bundled.sectors.iter().enumerate() {
            raw.sectors.push(s.clone());
            paths.sectors.push(Origin::Bundled(i));
        }
        for (i, r) in bundled.regions.iter().enumerate() {
            if !removal.regions.contains(&r.id) {
                raw.regions.push(r.clone());
                paths.regions.push(Origin::Bundled(i));
            }
        }
        for (i, n) in bundled.networks.iter().enumerate() {
            if !removal.networks.contains(&n.id) {
                raw.networks.push(n.clone());
                paths.networks.push(Origin::Bundled(i));
            }
        }
        for (i, a) in bundled.agreements.iter().enumerate() {
            if !removal.agreements.contains(&a.id) {
                raw.agreements.push(a.clone());
                paths.agreements.push(Origin::Bundled(i));
            }
        }
    }

    /// Adds the overlay's sources, sectors, regions, networks and agreements whose ids no
    /// remaining bundled item has (networks and agreements share one namespace).
    fn add_overlay_items(&mut self, overlay: &RawOverlay, removal: &Removal) {
        // Only the remaining bundled items are in the merged lists yet.
        let sources: BTreeSet<String> = self.raw.sources.iter().map(|s| s.id.clone()).collect_set();
        let sectors: BTreeSet<String> = self.raw.sectors.iter().map(|s| s.id.clone()).collect_set();
        let regions: BTreeSet<String> = self.raw.regions.iter().map(|r| r.id.clone()).collect_set();
        // The bundled tie ids: the bundled item's list and how sentences name its kind.
        let mut ties: BTreeMap<String, (&'static str, &'static str)> = BTreeMap::new();
        for n in &self.raw.networks {
            ties.entry(n.id.clone())
                .or_insert(("networks", "a network"));
        }
        for a in &self.raw.agreements {
            ties.entry(a.id.clone())
                .or_insert(("agreements", "an agreement"));
        }
        let bundled_source = |id: &str| sources.contains(id).then_some(("sources", "a source"));
        let bundled_sector = |id: &str| sectors.contains(id).then_some(("sectors", "a sector"));
        let bundled_region = |id: &str| regions.contains(id).then_some(("regions", "a region"));
        let bundled_tie = |id: &str| ties.get(id).copied();
        let none_removed = BTreeSet::new();

        for (i, item) in overlay.sources.iter().enumerate() {
            if self.new_id("sources", "source", i, &item.id, bundled_source) {
                self.raw.sources.push(item.clone());
                self.paths.sources.push(Origin::Overlay(i));
                record(&mut self.summary, &none_removed, &item.id, |ids| {
                    &mut ids.sources
                });
            }
        }
        for (i, item) in overlay.sectors.iter().enumerate() {
            if self.new_id("sectors", "sector", i, &item.id, bundled_sector) {
                self.raw.sectors.push(item.clone());
                self.paths.sectors.push(Origin::Overlay(i));
                record(&mut self.summary, &none_removed, &item.id, |ids| {
                    &mut ids.sectors
                });
            }
        }
        for (i, item) in overlay.regions.iter().enumerate() {
            if self.new_id("regions", "region", i, &item.id, bundled_region) {
                self.raw.regions.push(item.clone());
                self.paths.regions.push(Origin::Overlay(i));
                record(&mut self.summary, &removal.regions, &item.id, |ids| {
                    &mut ids.regions
                });
            }
        }
        for (i, item) in overlay.networks.iter().enumerate() {
            if self.new_id("networks", "network", i, &item.id, bundled_tie) {
                self.raw.networks.push(item.clone());
                self.paths.networks.push(Origin::Overlay(i));
                record(&mut self.summary, &removal.networks, &item.id, |ids| {
                    &mut ids.networks
                });
            }
        }
        for (i, item) in overlay.agreements.iter().enumerate() {
            if self.new_id("agreements", "agreement", i, &item.id, bundled_tie) {
                self.raw.agreements.push(item.clone());
                self.paths.agreements.push(Origin::Overlay(i));
                record(&mut self.summary, &removal.agreements, &item.id, |ids| {
                    &mut ids.agreements
                });
            }
        }
    }

    /// True when `id`, of item `i` of the overlay's `list`, is not a remaining bundled item's
    /// (`bundled` gives that item's list and kind); otherwise a problem at the id.
    fn new_id(
        &mut self,
        list: &str,
        kind: &'static str,
        i: usize,
        id: &str,
        bundled: impl Fn(&str) -> Option<(&'static str, &'static str)>,
    ) -> bool {
        let Some((existing_list, existing)) = bundled(id) else {
            return true;
        };
        self.problems.push(DataError {
            path: format!("{list}[{i}].id"),
            problem: Problem::OverlayIdClash {
                item_kind: kind,
                id: id.to_owned(),
                existing,
                remedy: clash_remedy(existing_list),
            },
        });
        false
    }

    /// Appends each of the overlay's memberships to the members of its network (the first
    /// merged network with that id).
    fn add_memberships(&mut self, overlay: &RawOverlay, removal: &Removal) {
        let mut network_at: BTreeMap<String, usize> = BTreeMap::new();
        for (k, n) in self.raw.networks.iter().enumerate() {
            network_at.entry(n.id.clone()).or_insert(k);
        }
        self.paths.members = self
            .raw
            .networks
            .iter()
            .map(|n| vec![None; n.members.len()])
            .collect();
        for (m, added) in overlay.memberships.iter().enumerate() {
            match network_at.get(&added.network) {
                Some(&k) => {
                    self.raw.networks[k].members.push(added.membership());
                    self.paths.members[k].push(Some(m));
                    self.summary.memberships.push(AddedMembership {
                        network: added.network.clone(),
                        region: added.region.clone(),
                    });
                }
                None => {
                    let why = missing_network(&added.network, removal, &network_at);
                    self.problems.push(DataError {
                        path: format!("memberships[{m}].network"),
                        problem: Problem::UnknownNetwork {
                            region: added.region.clone(),
                            network: added.network.clone(),
                            why,
                        },
                    });
                }
            }
        }
    }
}

/// Why a membership's network is not among the merged networks (`network_at`), and what to do.
fn missing_network(id: &str, removal: &Removal, network_at: &BTreeMap<String, usize>) -> String {
    if removal.networks.contains(id) {
        return "the overlay removes that network (in remove.networks); add the membership to \
                another network, or keep the network"
            .to_owned();
    }
    let no_such = "neither the bundled data nor the overlay has a network with that id";
    match network_at.keys().find(|k| k.eq_ignore_ascii_case(id)) {
        Some(similar) => format!("{no_such}; ids are case-sensitive: did you mean \"{similar}\"?"),
        None => format!("{no_such}; check the id"),
    }
}

/// Records an added id in the summary: as a replacement when the overlay removed a bundled
/// item with that id, else as new.
fn record(
    summary: &mut OverlaySummary,
    removed: &BTreeSet<String>,
    id: &str,
    list: fn(&mut OverlayIds) -> &mut Vec<String>,
) {
    let ids = if removed.contains(id) {
        &mut summary.replaced
    } else {
        &mut summary.added
    };
    list(ids).push(id.to_owned());
}
