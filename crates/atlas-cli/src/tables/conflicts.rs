//! `conflicts.csv`: one row per claim. A row names the item the conflict is about (its kind
//! and id; a membership as `network/REGION/joined`); consecutive rows with the same item and
//! `about` are the claims of one conflict.

use std::path::Path;

use atlas_core::raw::{RawClaim, RawConflict, RawDataset, RawMembership};

use super::table::{column, problem, Table};
use super::Origins;

/// One claim of a conflict, with what the conflict is about and where it belongs.
#[derive(Default)]
pub(super) struct ClaimRow {
    item_kind: String,
    item: String,
    about: String,
    claim: RawClaim,
    resolution: String,
}

fn table() -> Table<ClaimRow> {
    Table::new(
        "conflicts",
        [
            column!(Text "item_kind", item_kind),
            column!(Text "item", item),
            column!(Text "about", about),
            column!(Text "claim", claim.says),
            column!(List "sources", claim.sources),
            column!(Text "resolution", resolution),
        ],
    )
}

/// How a row of `conflicts.csv` names a membership.
fn membership_key(network: &str, m: &RawMembership) -> String {
    format!("{network}/{}/{}", m.region, m.joined)
}

/// Writes the conflicts of every item: regions, then each network followed by its members,
/// then agreements.
pub(super) fn write(raw: &RawDataset, dir: &Path) -> Result<(), String> {
    let mut rows = Vec::new();
    let mut add = |kind: &str, item: String, conflicts: &[RawConflict]| {
        for conflict in conflicts {
            for claim in &conflict.claims {
                rows.push(ClaimRow {
                    item_kind: kind.to_owned(),
                    item: item.clone(),
                    about: conflict.about.clone(),
                    claim: claim.clone(),
                    resolution: conflict.resolution.clone(),
                });
            }
        }
    };
    for r in &raw.regions {
        add("region", r.id.clone(), &r.conflicts);
    }
    for n in &raw.networks {
        add("network", n.id.clone(), &n.conflicts);
        for m in &n.members {
            add("membership", membership_key(&n.id, m), &m.conflicts);
        }
    }
    for a in &raw.agreements {
        add("agreement", a.id.clone(), &a.conflicts);
    }
    table().write(dir, &rows)
}

/// Reads the conflicts into the items of `raw` they are about.
pub(super) fn read(dir: &Path, raw: &mut RawDataset, origins: &mut Origins) -> Result<(), String> {
    for (line, row) in table().read(dir)? {
        let (kind, item) = (row.item_kind.as_str(), row.item.as_str());
        let not_found = || problem("conflicts", line, "item", &format!("no {kind} \"{item}\""));
        let (target, path) = match kind {
            "region" => {
                let i = raw
                    .regions
                    .iter()
                    .position(|r| r.id == item)
                    .ok_or_else(not_found)?;
                (
                    &mut raw.regions[i].conflicts,
                    format!("regions[{i}].conflicts"),
                )
            }
            "network" => {
                let i = raw
                    .networks
                    .iter()
                    .position(|n| n.id == item)
                    .ok_or_else(not_found)?;
                (
                    &mut raw.networks[i].conflicts,
                    format!("networks[{i}].conflicts"),
                )
            }
            "agreement" => {
                let i = raw
                    .agreements
                    .iter()
                    .position(|a| a.id == item)
                    .ok_or_else(not_found)?;
                (
                    &mut raw.agreements[i].conflicts,
                    format!("agreements[{i}].conflicts"),
                )
            }
            "membership" => {
                let (i, j) = raw
                    .networks
                    .iter()
                    .enumerate()
                    .find_map(|(i, n)| {
                        n.members
                            .iter()
                            .position(|m| membership_key(&n.id, m) == item)
                            .map(|j| (i, j))
                    })
                    .ok_or_else(not_found)?;
                (
                    &mut raw.networks[i].members[j].conflicts,
                    format!("networks[{i}].members[{j}].conflicts"),
                )
            }
            other => {
                return Err(problem(
                    "conflicts",
                    line,
                    "item_kind",
                    &format!("\"{other}\" is not region, network, membership or agreement"),
                ))
            }
        };
        // Consecutive rows about the same thing are the claims of one conflict.
        match target.last_mut() {
            Some(last) if last.about == row.about => last.claims.push(row.claim),
            _ => {
                origins.note(format!("{path}[{}]", target.len()), "conflicts", line);
                target.push(RawConflict {
                    about: row.about,
                    claims: vec![row.claim],
                    resolution: row.resolution,
                });
            }
        }
    }
    Ok(())
}
