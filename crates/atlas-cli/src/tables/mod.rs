//! The data file as spreadsheet tables, one CSV file per kind of item, and back.
//!
//! A web team keeps the atlas in a spreadsheet: `dataset.csv`, `sources.csv`, `sectors.csv`,
//! `regions.csv`, `networks.csv`, `memberships.csv`, `presidencies.csv`, `agreements.csv` and
//! `conflicts.csv` (the columns are documented in `docs/data-format.md`). Lists are written
//! with `; ` between items, yes/no for flags, an empty cell for "none". Names and summaries in
//! several languages get one column per language (`name_en`, `name_it`, ...). Reading the
//! tables written from a file gives back exactly that file.
//!
//! Each table is declared once, in its own file, as a list of columns ([`table::Column`]);
//! the writer and the reader both go through that list.

mod agreements;
mod conflicts;
mod dataset;
mod memberships;
mod networks;
mod presidencies;
mod regions;
mod sectors;
mod sources;
mod table;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::path::Path;

use atlas_core::raw::{RawDataset, RawNetwork};

use table::{problem, Table};

/// The tables, in the order they are read.
pub const TABLES: [&str; 9] = [
    "dataset",
    "sources",
    "sectors",
    "regions",
    "networks",
    "memberships",
    "presidencies",
    "agreements",
    "conflicts",
];

/// Where each item of the built JSON came from, so problems can be reported by file and line.
#[derive(Default)]
pub struct Origins {
    /// JSON path prefix (`regions[3]`) → `regions.csv line 5`.
    by_path: Vec<(String, String)>,
}

impl Origins {
    fn note(&mut self, json_path: String, file: &str, line: u64) {
        self.by_path
            .push((json_path, format!("{file}.csv line {line}")));
    }

    /// The table row a JSON path points into, by the longest matching prefix.
    pub fn locate(&self, json_path: &str) -> Option<&str> {
        self.by_path
            .iter()
            .filter(|(prefix, _)| {
                json_path == prefix
                    || json_path.starts_with(&format!("{prefix}."))
                    || json_path.starts_with(&format!("{prefix}["))
            })
            .max_by_key(|(prefix, _)| prefix.len())
            .map(|(_, place)| place.as_str())
    }
}

/// A row of a table of things that belong to a network (memberships, presidencies): the
/// network's id, then the thing.
#[derive(Default)]
struct InNetwork<T> {
    network: String,
    item: T,
}

/// Writes `raw` as tables into `dir` (created if missing).
pub fn write_tables(raw: &RawDataset, dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    dataset::write(raw, dir)?;
    sources::table().write(dir, &raw.sources)?;
    sectors::table().write(dir, &raw.sectors)?;
    regions::table().write(dir, &raw.regions)?;
    networks::table().write(dir, &raw.networks)?;
    memberships::table().write(dir, &in_networks(raw, |n| &n.members))?;
    presidencies::table().write(dir, &in_networks(raw, |n| &n.presidencies))?;
    agreements::table().write(dir, &raw.agreements)?;
    conflicts::write(raw, dir)
}

/// Reads the tables in `dir` into a raw dataset, noting where each item came from.
pub fn read_tables(dir: &Path) -> Result<(RawDataset, Origins), String> {
    let mut origins = Origins::default();
    let mut raw = RawDataset::default();
    dataset::read(dir, &mut raw)?;
    raw.sources = read_list(sources::table(), dir, "sources", &mut origins)?;
    raw.sectors = read_list(sectors::table(), dir, "sectors", &mut origins)?;
    raw.regions = read_list(regions::table(), dir, "regions", &mut origins)?;
    raw.networks = read_list(networks::table(), dir, "networks", &mut origins)?;
    read_in_networks(memberships::table(), dir, &mut raw, &mut origins, |n| {
        (&mut n.members, "members")
    })?;
    read_in_networks(presidencies::table(), dir, &mut raw, &mut origins, |n| {
        (&mut n.presidencies, "presidencies")
    })?;
    raw.agreements = read_list(agreements::table(), dir, "agreements", &mut origins)?;
    conflicts::read(dir, &mut raw, &mut origins)?;
    Ok((raw, origins))
}

/// The rows of a table of one top-level list (`sources[3]` is the fourth row).
fn read_list<T: Default>(
    table: Table<T>,
    dir: &Path,
    json_list: &str,
    origins: &mut Origins,
) -> Result<Vec<T>, String> {
    let items = table.read(dir)?;
    for (i, (line, _)) in items.iter().enumerate() {
        origins.note(format!("{json_list}[{i}]"), table.name, *line);
    }
    Ok(items.into_iter().map(|(_, item)| item).collect())
}

/// The things of every network, each with its network's id, in the file's order.
fn in_networks<T: Clone>(
    raw: &RawDataset,
    list: impl Fn(&RawNetwork) -> &Vec<T>,
) -> Vec<InNetwork<T>> {
    raw.networks
        .iter()
        .flat_map(|n| {
            list(n).iter().map(|item| InNetwork {
                network: n.id.clone(),
                item: item.clone(),
            })
        })
        .collect()
}

/// Reads a table of things that belong to networks into the networks' lists, in row order.
fn read_in_networks<T: Default>(
    table: Table<InNetwork<T>>,
    dir: &Path,
    raw: &mut RawDataset,
    origins: &mut Origins,
    list: impl Fn(&mut RawNetwork) -> (&mut Vec<T>, &'static str),
) -> Result<(), String> {
    let network_ids: BTreeMap<String, usize> = raw
        .networks
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.clone(), i))
        .collect();
    for (line, row) in table.read(dir)? {
        let Some(&n) = network_ids.get(&row.network) else {
            return Err(problem(
                table.name,
                line,
                "network",
                &format!("no network \"{}\" in networks.csv", row.network),
            ));
        };
        let (items, json_list) = list(&mut raw.networks[n]);
        origins.note(
            format!("networks[{n}].{json_list}[{}]", items.len()),
            table.name,
            line,
        );
        items.push(row.item);
    }
    Ok(())
}
