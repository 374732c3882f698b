//! The data file as spreadsheet tables, one CSV file per kind of item, and back.
//!
//! A web team keeps the atlas in a spreadsheet: `dataset.csv`, `sources.csv`, `sectors.csv`,
//! `regions.csv`, `networks.csv`, `memberships.csv`, `presidencies.csv`, `agreements.csv` and
//! `conflicts.csv` (the columns are documented in `docs/data-format.md`). Lists are written
//! with `; ` between items, yes/no for flags, an empty cell for "none". Names and summaries in
//! several languages get one column per language (`name_en`, `name_it`, ...). Reading the
//! tables written from a file gives back exactly that file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use atlas_core::raw::*;

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

// ---------- writing ----------

fn yes_no(flag: bool) -> String {
    if flag { "yes" } else { "no" }.to_owned()
}

fn list(items: &[String]) -> String {
    items.join("; ")
}

fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

/// The languages used in some names maps, English first, then alphabetical.
fn languages<'a>(maps: impl Iterator<Item = &'a RawNames>) -> Vec<String> {
    let all: BTreeSet<&String> = maps.flat_map(|m| m.keys()).collect();
    let mut out: Vec<String> = all.into_iter().cloned().collect();
    out.sort_by_key(|l| (l != "en", l.clone()));
    out
}

fn name_cells(names: &RawNames, langs: &[String]) -> Vec<String> {
    langs
        .iter()
        .map(|l| names.get(l).cloned().unwrap_or_default())
        .collect()
}

fn prefixed(prefix: &str, langs: &[String]) -> Vec<String> {
    langs.iter().map(|l| format!("{prefix}_{l}")).collect()
}

struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(header: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            header: header.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    fn write(&self, path: &Path) -> Result<(), String> {
        let mut writer =
            csv::Writer::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
        writer
            .write_record(&self.header)
            .and_then(|_| self.rows.iter().try_for_each(|r| writer.write_record(r)))
            .and_then(|_| writer.flush().map_err(csv::Error::from))
            .map_err(|e| format!("{}: {e}", path.display()))
    }
}

fn conflict_rows(table: &mut Table, kind: &str, target: &str, conflicts: &[RawConflict]) {
    for conflict in conflicts {
        for claim in &conflict.claims {
            table.rows.push(vec![
                kind.to_owned(),
                target.to_owned(),
                conflict.about.clone(),
                claim.says.clone(),
                list(&claim.sources),
                conflict.resolution.clone(),
            ]);
        }
    }
}

fn membership_key(network: &str, m: &RawMembership) -> String {
    format!("{network}/{}/{}", m.region, m.joined)
}

/// Writes `raw` as tables into `dir` (created if missing).
pub fn write_tables(raw: &RawDataset, dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let file = |name: &str| dir.join(format!("{name}.csv"));

    let mut dataset = Table::new(["field", "value"]);
    for (field, value) in [
        ("format_version", &raw.format_version),
        ("title", &raw.title),
        ("nuts_version", &raw.nuts_version),
        ("updated", &raw.updated),
        ("notes", &raw.notes),
    ] {
        dataset.rows.push(vec![field.to_owned(), value.clone()]);
    }
    dataset.write(&file("dataset"))?;

    let mut sources = Table::new(["id", "url", "title", "publisher", "published", "checked"]);
    for s in &raw.sources {
        sources.rows.push(vec![
            s.id.clone(),
            s.url.clone(),
            s.title.clone(),
            s.publisher.clone(),
            opt(&s.published),
            s.checked.clone(),
        ]);
    }
    sources.write(&file("sources"))?;

    let langs = languages(raw.sectors.iter().map(|s| &s.labels));
    let mut sectors = Table::new(
        ["id".to_owned(), "color".to_owned()]
            .into_iter()
            .chain(prefixed("label", &langs)),
    );
    for s in &raw.sectors {
        let mut row = vec![s.id.clone(), s.color.clone()];
        row.extend(name_cells(&s.labels, &langs));
        sectors.rows.push(row);
    }
    sectors.write(&file("sectors"))?;

    let langs = languages(raw.regions.iter().map(|r| &r.names));
    let mut regions = Table::new(
        ["id"]
            .into_iter()
            .map(str::to_owned)
            .chain(prefixed("name", &langs))
            .chain(
                [
                    "languages",
                    "country",
                    "nuts_level",
                    "nuts_version",
                    "eu",
                    "lat",
                    "lon",
                    "coordinate_sources",
                    "coordinate_estimated",
                    "outside_europe",
                ]
                .map(str::to_owned),
            ),
    );
    for r in &raw.regions {
        let mut row = vec![r.id.clone()];
        row.extend(name_cells(&r.names, &langs));
        row.extend([
            list(&r.languages),
            r.country.clone(),
            r.nuts_level.to_string(),
            opt(&r.nuts_version),
            yes_no(r.eu),
            r.lat.to_string(),
            r.lon.to_string(),
            list(&r.coordinate_sources),
            yes_no(r.coordinate_estimated),
            yes_no(r.outside_europe),
        ]);
        regions.rows.push(row);
    }
    regions.write(&file("regions"))?;

    let langs = languages(raw.networks.iter().map(|n| &n.names));
    let mut networks = Table::new(
        ["id", "acronym"]
            .into_iter()
            .map(str::to_owned)
            .chain(prefixed("name", &langs))
            .chain(
                [
                    "founded",
                    "ended",
                    "sectors",
                    "website",
                    "sources",
                    "known_gaps",
                    "notes",
                ]
                .map(str::to_owned),
            ),
    );
    let mut memberships = Table::new([
        "network",
        "region",
        "joined",
        "left",
        "role",
        "founding",
        "sources",
        "estimated",
        "note",
    ]);
    let mut presidencies = Table::new([
        "network",
        "region",
        "from",
        "to",
        "role",
        "sources",
        "estimated",
        "note",
    ]);
    let mut conflicts = Table::new([
        "item_kind",
        "item",
        "about",
        "claim",
        "sources",
        "resolution",
    ]);
    for r in &raw.regions {
        conflict_rows(&mut conflicts, "region", &r.id, &r.conflicts);
    }
    for n in &raw.networks {
        let mut row = vec![n.id.clone(), n.acronym.clone()];
        row.extend(name_cells(&n.names, &langs));
        row.extend([
            n.founded.clone(),
            opt(&n.ended),
            list(&n.sectors),
            n.website.clone(),
            list(&n.sources),
            n.known_gaps.clone(),
            n.notes.clone(),
        ]);
        networks.rows.push(row);
        conflict_rows(&mut conflicts, "network", &n.id, &n.conflicts);
        for m in &n.members {
            memberships.rows.push(vec![
                n.id.clone(),
                m.region.clone(),
                m.joined.clone(),
                opt(&m.left),
                opt(&m.role),
                yes_no(m.founding),
                list(&m.sources),
                yes_no(m.estimated),
                m.note.clone(),
            ]);
            conflict_rows(
                &mut conflicts,
                "membership",
                &membership_key(&n.id, m),
                &m.conflicts,
            );
        }
        for p in &n.presidencies {
            presidencies.rows.push(vec![
                n.id.clone(),
                p.region.clone(),
                p.from.clone(),
                opt(&p.to),
                opt(&p.role),
                list(&p.sources),
                yes_no(p.estimated),
                p.note.clone(),
            ]);
        }
    }
    networks.write(&file("networks"))?;
    memberships.write(&file("memberships"))?;
    presidencies.write(&file("presidencies"))?;

    let langs = languages(raw.agreements.iter().map(|a| &a.names));
    let summary_langs = languages(raw.agreements.iter().map(|a| &a.summary));
    let mut agreements = Table::new(
        ["id", "kind"]
            .into_iter()
            .map(str::to_owned)
            .chain(prefixed("name", &langs))
            .chain(prefixed("summary", &summary_langs))
            .chain(
                [
                    "parties",
                    "signed",
                    "ends",
                    "sectors",
                    "sources",
                    "estimated",
                    "note",
                ]
                .map(str::to_owned),
            ),
    );
    for a in &raw.agreements {
        let mut row = vec![a.id.clone(), a.kind.clone()];
        row.extend(name_cells(&a.names, &langs));
        row.extend(name_cells(&a.summary, &summary_langs));
        row.extend([
            list(&a.parties),
            a.signed.clone(),
            opt(&a.ends),
            list(&a.sectors),
            list(&a.sources),
            yes_no(a.estimated),
            a.note.clone(),
        ]);
        agreements.rows.push(row);
        conflict_rows(&mut conflicts, "agreement", &a.id, &a.conflicts);
    }
    agreements.write(&file("agreements"))?;
    conflicts.write(&file("conflicts"))
}

// ---------- reading ----------

/// One row of a table, with its line number, read by column name.
struct Row<'a> {
    file: &'a str,
    line: u64,
    cells: BTreeMap<&'a str, &'a str>,
}

impl<'a> Row<'a> {
    fn get(&self, column: &str) -> &'a str {
        self.cells.get(column).copied().unwrap_or("").trim()
    }

    fn text(&self, column: &str) -> String {
        self.get(column).to_owned()
    }

    fn opt(&self, column: &str) -> Option<String> {
        Some(self.get(column))
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    }

    fn list(&self, column: &str) -> Vec<String> {
        self.get(column)
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn flag(&self, column: &str) -> Result<bool, String> {
        match self.get(column).to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" | "1" => Ok(true),
            "no" | "n" | "false" | "0" | "" => Ok(false),
            other => Err(self.problem(column, &format!("\"{other}\" is not yes or no"))),
        }
    }

    fn number<T: std::str::FromStr>(&self, column: &str) -> Result<T, String> {
        self.get(column)
            .parse()
            .map_err(|_| self.problem(column, &format!("\"{}\" is not a number", self.get(column))))
    }

    /// Every `prefix_xx` column with a value, as a names map.
    fn names(&self, prefix: &str) -> RawNames {
        self.cells
            .iter()
            .filter_map(|(column, value)| {
                let lang = column.strip_prefix(prefix)?.strip_prefix('_')?;
                let value = value.trim();
                (!value.is_empty()).then(|| (lang.to_owned(), value.to_owned()))
            })
            .collect()
    }

    fn problem(&self, column: &str, what: &str) -> String {
        format!(
            "{}.csv line {}, column {column}: {what}",
            self.file, self.line
        )
    }
}

/// A table read into memory.
struct Sheet {
    name: &'static str,
    header: Vec<String>,
    records: Vec<(u64, csv::StringRecord)>,
}

impl Sheet {
    fn read(
        dir: &Path,
        name: &'static str,
        required: &[&str],
        optional_prefixes: &[&str],
    ) -> Result<Self, String> {
        let path: PathBuf = dir.join(format!("{name}.csv"));
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_path(&path)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let header: Vec<String> = reader
            .headers()
            .map_err(|e| format!("{}: {e}", path.display()))?
            .iter()
            .map(|h| h.trim().trim_start_matches('\u{feff}').to_owned())
            .collect();
        for column in required {
            if !header.iter().any(|h| h == column) {
                return Err(format!("{name}.csv: the column \"{column}\" is missing"));
            }
        }
        for column in &header {
            let known = required.contains(&column.as_str())
                || optional_prefixes.iter().any(|p| {
                    column
                        .strip_prefix(p)
                        .is_some_and(|rest| rest.starts_with('_'))
                });
            if !known {
                return Err(format!(
                    "{name}.csv: unknown column \"{column}\"; the columns are {}",
                    required.join(", ")
                ));
            }
        }
        let mut records = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| format!("{name}.csv: {e}"))?;
            let line = record.position().map_or(0, |p| p.line());
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            records.push((line, record));
        }
        Ok(Self {
            name,
            header,
            records,
        })
    }

    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.records.iter().map(|(line, record)| Row {
            file: self.name,
            line: *line,
            cells: self
                .header
                .iter()
                .map(String::as_str)
                .zip(record.iter())
                .collect(),
        })
    }
}

/// Reads the tables in `dir` into a raw dataset, noting where each item came from.
pub fn read_tables(dir: &Path) -> Result<(RawDataset, Origins), String> {
    let mut origins = Origins::default();
    let mut raw = RawDataset::default();

    let dataset = Sheet::read(dir, "dataset", &["field", "value"], &[])?;
    for row in dataset.rows() {
        let value = row.text("value");
        match row.get("field") {
            "format_version" => raw.format_version = value,
            "title" => raw.title = value,
            "nuts_version" => raw.nuts_version = value,
            "updated" => raw.updated = value,
            "notes" => raw.notes = value,
            other => return Err(row.problem("field", &format!("unknown field \"{other}\""))),
        }
    }

    let sheet = Sheet::read(
        dir,
        "sources",
        &["id", "url", "title", "publisher", "published", "checked"],
        &[],
    )?;
    for row in sheet.rows() {
        origins.note(
            format!("sources[{}]", raw.sources.len()),
            "sources",
            row.line,
        );
        raw.sources.push(RawSource {
            id: row.text("id"),
            url: row.text("url"),
            title: row.text("title"),
            publisher: row.text("publisher"),
            published: row.opt("published"),
            checked: row.text("checked"),
        });
    }

    let sheet = Sheet::read(dir, "sectors", &["id", "color"], &["label"])?;
    for row in sheet.rows() {
        origins.note(
            format!("sectors[{}]", raw.sectors.len()),
            "sectors",
            row.line,
        );
        raw.sectors.push(RawSector {
            id: row.text("id"),
            labels: row.names("label"),
            color: row.text("color"),
        });
    }

    let columns = [
        "id",
        "languages",
        "country",
        "nuts_level",
        "nuts_version",
        "eu",
        "lat",
        "lon",
        "coordinate_sources",
        "coordinate_estimated",
        "outside_europe",
    ];
    let sheet = Sheet::read(dir, "regions", &columns, &["name"])?;
    for row in sheet.rows() {
        origins.note(
            format!("regions[{}]", raw.regions.len()),
            "regions",
            row.line,
        );
        raw.regions.push(RawRegion {
            id: row.text("id"),
            names: row.names("name"),
            languages: row.list("languages"),
            country: row.text("country"),
            nuts_level: row.number("nuts_level")?,
            nuts_version: row.opt("nuts_version"),
            eu: row.flag("eu")?,
            lat: row.number("lat")?,
            lon: row.number("lon")?,
            coordinate_sources: row.list("coordinate_sources"),
            coordinate_estimated: row.flag("coordinate_estimated")?,
            outside_europe: row.flag("outside_europe")?,
            conflicts: Vec::new(),
        });
    }

    let columns = [
        "id",
        "acronym",
        "founded",
        "ended",
        "sectors",
        "website",
        "sources",
        "known_gaps",
        "notes",
    ];
    let sheet = Sheet::read(dir, "networks", &columns, &["name"])?;
    for row in sheet.rows() {
        origins.note(
            format!("networks[{}]", raw.networks.len()),
            "networks",
            row.line,
        );
        raw.networks.push(RawNetwork {
            id: row.text("id"),
            names: row.names("name"),
            acronym: row.text("acronym"),
            founded: row.text("founded"),
            ended: row.opt("ended"),
            sectors: row.list("sectors"),
            website: row.text("website"),
            sources: row.list("sources"),
            known_gaps: row.text("known_gaps"),
            notes: row.text("notes"),
            ..Default::default()
        });
    }
    let network_ids: BTreeMap<String, usize> = raw
        .networks
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.clone(), i))
        .collect();
    let network_index = |id: &str, row: &Row| -> Result<usize, String> {
        network_ids
            .get(id)
            .copied()
            .ok_or_else(|| row.problem("network", &format!("no network \"{id}\" in networks.csv")))
    };

    let columns = [
        "network",
        "region",
        "joined",
        "left",
        "role",
        "founding",
        "sources",
        "estimated",
        "note",
    ];
    let sheet = Sheet::read(dir, "memberships", &columns, &[])?;
    let mut placed: Vec<(usize, RawMembership, u64)> = Vec::new();
    for row in sheet.rows() {
        let n = network_index(row.get("network"), &row)?;
        placed.push((
            n,
            RawMembership {
                region: row.text("region"),
                joined: row.text("joined"),
                left: row.opt("left"),
                role: row.opt("role"),
                founding: row.flag("founding")?,
                sources: row.list("sources"),
                estimated: row.flag("estimated")?,
                conflicts: Vec::new(),
                note: row.text("note"),
            },
            row.line,
        ));
    }
    for (n, membership, line) in placed {
        let j = raw.networks[n].members.len();
        origins.note(format!("networks[{n}].members[{j}]"), "memberships", line);
        raw.networks[n].members.push(membership);
    }

    let columns = [
        "network",
        "region",
        "from",
        "to",
        "role",
        "sources",
        "estimated",
        "note",
    ];
    let sheet = Sheet::read(dir, "presidencies", &columns, &[])?;
    let mut placed: Vec<(usize, RawPresidency, u64)> = Vec::new();
    for row in sheet.rows() {
        let n = network_index(row.get("network"), &row)?;
        placed.push((
            n,
            RawPresidency {
                region: row.text("region"),
                from: row.text("from"),
                to: row.opt("to"),
                role: row.opt("role"),
                sources: row.list("sources"),
                estimated: row.flag("estimated")?,
                note: row.text("note"),
            },
            row.line,
        ));
    }
    for (n, presidency, line) in placed {
        let j = raw.networks[n].presidencies.len();
        origins.note(
            format!("networks[{n}].presidencies[{j}]"),
            "presidencies",
            line,
        );
        raw.networks[n].presidencies.push(presidency);
    }

    let columns = [
        "id",
        "kind",
        "parties",
        "signed",
        "ends",
        "sectors",
        "sources",
        "estimated",
        "note",
    ];
    let sheet = Sheet::read(dir, "agreements", &columns, &["name", "summary"])?;
    for row in sheet.rows() {
        origins.note(
            format!("agreements[{}]", raw.agreements.len()),
            "agreements",
            row.line,
        );
        raw.agreements.push(RawAgreement {
            id: row.text("id"),
            names: row.names("name"),
            kind: row.text("kind"),
            parties: row.list("parties"),
            signed: row.text("signed"),
            ends: row.opt("ends"),
            sectors: row.list("sectors"),
            sources: row.list("sources"),
            estimated: row.flag("estimated")?,
            summary: row.names("summary"),
            conflicts: Vec::new(),
            note: row.text("note"),
        });
    }

    let sheet = Sheet::read(
        dir,
        "conflicts",
        &[
            "item_kind",
            "item",
            "about",
            "claim",
            "sources",
            "resolution",
        ],
        &[],
    )?;
    for row in sheet.rows() {
        let claim = RawClaim {
            says: row.text("claim"),
            sources: row.list("sources"),
        };
        let (kind, item, about) = (row.get("item_kind"), row.get("item"), row.text("about"));
        let not_found = || row.problem("item", &format!("no {kind} \"{item}\""));
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
                return Err(row.problem(
                    "item_kind",
                    &format!("\"{other}\" is not region, network, membership or agreement"),
                ))
            }
        };
        // Consecutive rows about the same thing are the claims of one conflict.
        match target.last_mut() {
            Some(last) if last.about == about => last.claims.push(claim),
            _ => {
                origins.note(format!("{path}[{}]", target.len()), "conflicts", row.line);
                target.push(RawConflict {
                    about,
                    claims: vec![claim],
                    resolution: row.text("resolution"),
                });
            }
        }
    }
    Ok((raw, origins))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("atlas-tables-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn fixture() -> RawDataset {
        let mut raw =
            atlas_core::load::parse_raw(include_str!("../../atlas-core/tests/fixtures/small.json"))
                .unwrap();
        // Exercise every table, including the optional ones.
        raw.networks[0].presidencies.push(RawPresidency {
            region: "ITC1".into(),
            from: "2024-11-08".into(),
            to: Some("2025-11-07".into()),
            role: Some("chair".into()),
            sources: vec!["src-a".into()],
            estimated: false,
            note: "handover in Turin, \"with\" a comma, and a line\nbreak".into(),
        });
        raw.networks[0].members[2].conflicts.push(RawConflict {
            about: "joining date".into(),
            claims: vec![
                RawClaim {
                    says: "8 November 2024".into(),
                    sources: vec!["src-b".into()],
                },
                RawClaim {
                    says: "November 2024".into(),
                    sources: vec!["src-a".into(), "src-b".into()],
                },
            ],
            resolution: "the day is stated by one source".into(),
        });
        raw.regions[0].conflicts.push(RawConflict {
            about: "capital".into(),
            claims: vec![
                RawClaim {
                    says: "Milan".into(),
                    sources: vec!["src-a".into()],
                },
                RawClaim {
                    says: "Milano".into(),
                    sources: vec!["src-b".into()],
                },
            ],
            resolution: String::new(),
        });
        raw
    }

    #[test]
    fn tables_round_trip_to_the_same_dataset() {
        let raw = fixture();
        let dir = temp_dir("round-trip");
        write_tables(&raw, &dir).unwrap();
        let (back, _) = read_tables(&dir).unwrap();
        assert_eq!(back, raw);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn problems_are_located_by_file_and_line() {
        let raw = fixture();
        let dir = temp_dir("origins");
        write_tables(&raw, &dir).unwrap();
        let (_, origins) = read_tables(&dir).unwrap();
        assert_eq!(origins.locate("regions[2].lat"), Some("regions.csv line 4"));
        assert_eq!(
            origins.locate("networks[1].members[2].left"),
            Some("memberships.csv line 7")
        );
        assert_eq!(
            origins.locate("networks[1].founded"),
            Some("networks.csv line 3")
        );
        assert_eq!(
            origins.locate("networks[0].presidencies[0].role"),
            Some("presidencies.csv line 2")
        );
        assert_eq!(
            origins.locate("networks[0].members[2].conflicts[0].claims[1]"),
            Some("conflicts.csv line 4")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_bad_cell_names_file_line_and_column() {
        let dir = temp_dir("bad-cell");
        write_tables(&fixture(), &dir).unwrap();
        let path = dir.join("regions.csv");
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replacen("45.621", "north", 1);
        std::fs::write(&path, text).unwrap();
        let error = read_tables(&dir).err().unwrap();
        assert_eq!(
            error,
            "regions.csv line 2, column lat: \"north\" is not a number"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_unknown_column_is_refused() {
        let dir = temp_dir("bad-column");
        write_tables(&fixture(), &dir).unwrap();
        let path = dir.join("networks.csv");
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replacen("founded", "fonded", 1);
        std::fs::write(&path, text).unwrap();
        let error = read_tables(&dir).err().unwrap();
        assert!(error.starts_with("networks.csv: "), "{error}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
