//! What the overlay's `"remove"` leaves out of the bundled data: ids the bundled data has, and
//! regions only when no bundled item that remains still refers to them (unless the overlay adds
//! the region anew under the same id, replacing it). A removal that cannot be done is a problem
//! at its place in `remove`, and the item stays, so the rest of the overlay is checked as if
//! it were not listed.

use crate::sort::CollectTree;
use std::collections::BTreeSet;

use crate::error::{DataError, Problem};
use crate::raw::RawDataset;

use super::raw::RawOverlay;

/// The ids of the bundled items the overlay removes, each known to the bundled data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Removal {
    pub(super) regions: BTreeSet<String>,
    pub(super) networks: BTreeSet<String>,
    pub(super) agreements: BTreeSet<String>,
}

/// Which of the overlay's removals can be done, with a problem for each that cannot.
pub(super) fn removal(
    bundled: &RawDataset,
    overlay: &RawOverlay,
    problems: &mut Vec<DataError>,
) -> Removal {
    let network_ids: Vec<&str> = bundled.networks.iter().map(|n| n.id.as_str()).collect();
    let agreement_ids: Vec<&str> = bundled.agreements.iter().map(|a| a.id.as_str()).collect();
    let region_ids: Vec<&str> = bundled.regions.iter().map(|r| r.id.as_str()).collect();
    let mut removal = Removal::default();
    // Told in the order of the format's description: regions, networks, agreements; but the
    // regions a removed network or agreement referred to are free to go, so those come first.
    let mut tie_problems = Vec::new();

    // Nothing in the bundled data refers to a network or an agreement.
    let tie_lists = [
        (
            "networks",
            "network",
            &overlay.remove.networks,
            &network_ids,
        ),
        (
            "agreements",
            "agreement",
            &overlay.remove.agreements,
            &agreement_ids,
        ),
    ];
    for (list, kind, ids, known) in tie_lists {
        for (i, id) in ids.iter().enumerate() {
            if known.contains(&id.as_str()) {
                let removed = match list {
                    "networks" => &mut removal.networks,
                    _ => &mut removal.agreements,
                };
                removed.insert(id.clone());
            } else {
                let other = if list == "networks" {
                    ("an agreement", "agreements", &agreement_ids)
                } else {
                    ("a network", "networks", &network_ids)
                };
                tie_problems.push(unknown(list, i, kind, id, known, Some(other)));
            }
        }
    }

    let readded: BTreeSet<&str> = overlay.regions.iter().map(|r| r.id.as_str()).collect_set();
    let mut seen = BTreeSet::new();
    for (i, id) in overlay.remove.regions.iter().enumerate() {
        if !seen.insert(id.as_str()) {
            continue;
        }
        if !region_ids.contains(&id.as_str()) {
            problems.push(unknown("regions", i, "region", id, &region_ids, None));
            continue;
        }
        let users = if readded.contains(id.as_str()) {
            Vec::new()
        } else {
            users_of_region(bundled, &removal, id)
        };
        match users.split_first() {
            None => {
                removal.regions.insert(id.clone());
            }
            Some((first, others)) => problems.push(DataError {
                path: format!("remove.regions[{i}]"),
                problem: Problem::OverlayRemovesNeeded {
                    item_kind: "region",
                    id: id.clone(),
                    first_user: first.clone(),
                    other_users: others.len(),
                },
            }),
        }
    }
    problems.append(&mut tie_problems);
    removal
}

/// The bundled networks (through a member or a presidency) and agreements (through a party)
/// that refer to region `id` and that the overlay does not remove, as sentences name them.
fn users_of_region(bundled: &RawDataset, removal: &Removal, id: &str) -> Vec<String> {
    let networks = bundled
        .networks
        .iter()
        .filter(|n| !removal.networks.contains(&n.id))
        .filter(|n| {
            n.members.iter().any(|m| m.region == id)
                || n.presidencies.iter().any(|p| p.region == id)
        })
        .map(|n| format!("network \"{}\"", n.id));
    let agreements = bundled
        .agreements
        .iter()
        .filter(|a| !removal.agreements.contains(&a.id))
        .filter(|a| a.parties.iter().any(|p| p == id))
        .map(|a| format!("agreement \"{}\"", a.id));
    networks.chain(agreements).collect()
}

/// The problem of removing an id the bundled data does not have among `known`, with a hint
/// when it has the id in another list (`other`: its article and kind, its list, its ids) or in
/// other letter case.
fn unknown(
    list: &str,
    i: usize,
    kind: &'static str,
    id: &str,
    known: &[&str],
    other: Option<(&str, &str, &Vec<&str>)>,
) -> DataError {
    let remedy = match other {
        Some((article_kind, other_list, other_ids)) if other_ids.contains(&id) => {
            format!("it is {article_kind}: list it in remove.{other_list}")
        }
        _ => match known.iter().find(|k| k.eq_ignore_ascii_case(id)) {
            Some(similar) => format!("ids are case-sensitive: did you mean \"{similar}\"?"),
            None => "check the id, or leave it out".to_owned(),
        },
    };
    DataError {
        path: format!("remove.{list}[{i}]"),
        problem: Problem::OverlayRemovesUnknown {
            item_kind: kind,
            id: id.to_owned(),
            remedy,
        },
    }
}
