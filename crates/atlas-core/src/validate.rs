//! Turns a [`RawDataset`] into a checked [`Dataset`], or reports every problem at once.
//!
//! Validation does not stop at the first problem: a web team fixing a spreadsheet wants the
//! whole list. Each problem names the item and the JSON path of the value concerned.

use std::collections::{BTreeMap, HashMap};

use crate::dataset::*;
use crate::date::{PartialDate, YearSpan};
use crate::error::{DataError, LoadError, Problem};
use crate::projection::GeoPoint;
use crate::raw::*;

/// The major format version this code reads.
pub const FORMAT_MAJOR: u32 = 1;
/// The format version this code writes.
pub const FORMAT_VERSION: &str = "1.1";

/// The area a region's point must fall in unless it is marked `outside_europe`, in degrees.
/// It spans the Azores and the Canaries in the west to Cyprus in the east and Lapland in the north.
pub const EUROPE_LAT_DEG: (f64, f64) = (27.0, 72.0);
pub const EUROPE_LON_DEG: (f64, f64) = (-32.0, 45.0);

/// Checks `raw` and builds the dataset.
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

/// First index of each id (later duplicates are reported separately).
fn id_index<T>(items: &[T], id: impl Fn(&T) -> &String) -> BTreeMap<String, u32> {
    let mut map = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        map.entry(id(item).clone()).or_insert(i as u32);
    }
    map
}

struct Refs<'a> {
    sources: &'a BTreeMap<String, u32>,
    sectors: &'a BTreeMap<String, u32>,
    regions: &'a BTreeMap<String, u32>,
}

fn in_europes_reach(lat: f64, lon: f64) -> bool {
    (EUROPE_LAT_DEG.0..=EUROPE_LAT_DEG.1).contains(&lat)
        && (EUROPE_LON_DEG.0..=EUROPE_LON_DEG.1).contains(&lon)
}

pub(crate) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b))
        && id.as_bytes()[0].is_ascii_alphanumeric()
}

pub(crate) const SLUG_RULE: &str =
    "use 1 to 64 lower-case letters, digits, '-', '_' or '.', starting with a letter or digit";

fn is_nuts_code(id: &str) -> bool {
    (2..=5).contains(&id.len())
        && id.bytes().take(2).all(|b| b.is_ascii_uppercase())
        && id
            .bytes()
            .skip(2)
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

fn is_iso_subdivision(id: &str) -> bool {
    match id.split_once('-') {
        Some((country, sub)) => {
            country.len() == 2
                && country.bytes().all(|b| b.is_ascii_uppercase())
                && (1..=3).contains(&sub.len())
                && sub
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        }
        None => false,
    }
}

const REGION_ID_RULE: &str =
    "use a NUTS code such as \"ITC4\", or an ISO 3166-2 code such as \"CA-QC\" for regions outside NUTS";

fn is_nuts_year(value: &str) -> bool {
    value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) && value.starts_with("20")
}

/// Eurostat writes Greece as EL and the United Kingdom as UK in NUTS codes.
fn nuts_country_prefix(country: &str) -> &str {
    match country {
        "GR" => "EL",
        "GB" => "UK",
        other => other,
    }
}

fn check_url(url: &str) -> Result<(), &'static str> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("addresses cannot contain spaces or control characters");
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("only http and https addresses are allowed")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.contains('@') {
        // A user name before the host hides where the link really goes.
        return Err("the address carries a user name before its host; write it without one");
    }
    if host.is_empty() {
        return Err("the address has no host name");
    }
    Ok(())
}

fn is_hex_color(value: &str) -> bool {
    value.len() == 7
        && value.starts_with('#')
        && value.bytes().skip(1).all(|b| b.is_ascii_hexdigit())
}

pub(crate) fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

#[derive(Default)]
struct Checker {
    errors: Vec<DataError>,
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.errors.push(DataError {
            path: path.into(),
            problem,
        });
    }

    fn format_version(&mut self, found: &str) -> Option<(u32, u32)> {
        let parsed = found
            .split_once('.')
            .and_then(|(major, minor)| Some((major.parse().ok()?, minor.parse().ok()?)));
        match parsed {
            None => {
                self.push(
                    "format_version",
                    Problem::FormatVersionMalformed {
                        found: found.to_owned(),
                    },
                );
                None
            }
            Some((major, _)) if major > FORMAT_MAJOR => {
                self.push(
                    "format_version",
                    Problem::FormatVersionTooNew {
                        found: found.to_owned(),
                        supported: FORMAT_MAJOR,
                    },
                );
                None
            }
            Some(version) => Some(version),
        }
    }

    fn date(
        &mut self,
        path: &str,
        item: &str,
        field: &'static str,
        value: &str,
    ) -> Option<PartialDate> {
        match value.parse() {
            Ok(date) => Some(date),
            Err(reason) => {
                self.push(
                    path,
                    Problem::BadDate {
                        item: item.to_owned(),
                        field,
                        value: value.to_owned(),
                        reason,
                    },
                );
                None
            }
        }
    }

    fn optional_date(
        &mut self,
        path: &str,
        item: &str,
        field: &'static str,
        value: &Option<String>,
    ) -> Option<Option<PartialDate>> {
        match value {
            None => Some(None),
            Some(text) => self.date(path, item, field, text).map(Some),
        }
    }

    /// Reports `end` before `start` (compared at the precision both dates have).
    fn order(
        &mut self,
        path: &str,
        item: &str,
        (start_field, start): (&'static str, PartialDate),
        (end_field, end): (&'static str, PartialDate),
    ) {
        if definitely_before(end, start) {
            self.push(
                path,
                Problem::InvertedDates {
                    item: item.to_owned(),
                    start_field,
                    start: start.to_string(),
                    end_field,
                    end: end.to_string(),
                },
            );
        }
    }

    fn names(&mut self, path: &str, item: &str, names: &RawNames, required: bool) -> Names {
        if required && names.get("en").is_none() {
            self.push(
                path,
                Problem::MissingEnglishName {
                    item: item.to_owned(),
                },
            );
        }
        for (lang, text) in names {
            if !is_language_code(lang) {
                self.push(
                    format!("{path}.{lang}"),
                    Problem::InvalidLanguage {
                        item: item.to_owned(),
                        value: lang.clone(),
                    },
                );
            }
            if text.trim().is_empty() {
                self.push(
                    format!("{path}.{lang}"),
                    Problem::EmptyText {
                        item: item.to_owned(),
                        field: format!("name in \"{lang}\""),
                    },
                );
            }
        }
        Names::new(
            names
                .iter()
                .map(|(k, v)| (k.clone(), v.trim().to_owned()))
                .collect(),
        )
    }

    fn unique_ids<T>(
        &mut self,
        kind: &'static str,
        list: &str,
        items: &[T],
        id: impl Fn(&T) -> &str,
    ) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let id = id(item);
            if let Some(first) = seen.get(id) {
                self.push(
                    format!("{list}[{i}].id"),
                    Problem::DuplicateId {
                        item_kind: kind,
                        id: id.to_owned(),
                        first_path: format!("{list}[{first}]"),
                    },
                );
            } else {
                seen.insert(id, i);
            }
        }
    }

    fn source_refs(
        &mut self,
        path: &str,
        item: &str,
        ids: &[String],
        index: &BTreeMap<String, u32>,
        required_for: Option<&'static str>,
    ) -> Vec<SourceIdx> {
        if let (Some(what), true) = (required_for, ids.is_empty()) {
            self.push(
                path,
                Problem::NoSources {
                    item: item.to_owned(),
                    what,
                },
            );
        }
        let mut out = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            match index.get(id) {
                Some(&idx) => out.push(SourceIdx(idx)),
                None => self.push(
                    format!("{path}[{i}]"),
                    Problem::UnknownSource {
                        item: item.to_owned(),
                        id: id.clone(),
                    },
                ),
            }
        }
        out
    }

    fn sector_refs(
        &mut self,
        path: &str,
        item: &str,
        ids: &[String],
        index: &BTreeMap<String, u32>,
    ) -> Vec<SectorIdx> {
        if ids.is_empty() {
            self.push(
                path,
                Problem::NoSectors {
                    item: item.to_owned(),
                },
            );
        }
        let mut out: Vec<SectorIdx> = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            match index.get(id) {
                Some(&idx) if out.contains(&SectorIdx(idx)) => self.push(
                    format!("{path}[{i}]"),
                    Problem::DuplicateSector {
                        item: item.to_owned(),
                        id: id.clone(),
                    },
                ),
                Some(&idx) => out.push(SectorIdx(idx)),
                None => self.push(
                    format!("{path}[{i}]"),
                    Problem::UnknownSector {
                        item: item.to_owned(),
                        id: id.clone(),
                    },
                ),
            }
        }
        out
    }

    fn region_ref(
        &mut self,
        path: String,
        item: &str,
        id: &str,
        index: &BTreeMap<String, u32>,
    ) -> Option<RegionIdx> {
        match index.get(id) {
            Some(&idx) => Some(RegionIdx(idx)),
            None => {
                self.push(
                    path,
                    Problem::UnknownRegion {
                        item: item.to_owned(),
                        id: id.to_owned(),
                    },
                );
                None
            }
        }
    }

    fn website(&mut self, path: &str, item: &str, url: &str) {
        if let Err(reason) = check_url(url) {
            self.push(
                path,
                Problem::InvalidUrl {
                    item: item.to_owned(),
                    value: url.to_owned(),
                    reason,
                },
            );
        }
    }

    /// Conflicts need something to be about and at least two claims, each with sources.
    fn conflicts(
        &mut self,
        path: &str,
        item: &str,
        raw: &[RawConflict],
        sources: &BTreeMap<String, u32>,
    ) -> Vec<Conflict> {
        raw.iter()
            .enumerate()
            .map(|(i, c)| {
                let path = format!("{path}[{i}]");
                if c.about.trim().is_empty() {
                    self.push(
                        format!("{path}.about"),
                        Problem::EmptyText {
                            item: item.to_owned(),
                            field: "conflict's \"about\"".into(),
                        },
                    );
                }
                if c.claims.len() < 2 {
                    self.push(
                        format!("{path}.claims"),
                        Problem::TooFewClaims {
                            item: item.to_owned(),
                            about: c.about.clone(),
                            count: c.claims.len(),
                        },
                    );
                }
                let claims = c
                    .claims
                    .iter()
                    .enumerate()
                    .map(|(j, claim)| {
                        let claim_path = format!("{path}.claims[{j}]");
                        if claim.says.trim().is_empty() {
                            self.push(
                                format!("{claim_path}.says"),
                                Problem::EmptyText {
                                    item: item.to_owned(),
                                    field: "claim".into(),
                                },
                            );
                        }
                        Claim {
                            says: claim.says.trim().to_owned(),
                            sources: self.source_refs(
                                &format!("{claim_path}.sources"),
                                item,
                                &claim.sources,
                                sources,
                                Some("claim of a conflict"),
                            ),
                        }
                    })
                    .collect();
                Conflict {
                    about: c.about.trim().to_owned(),
                    claims,
                    resolution: c.resolution.trim().to_owned(),
                }
            })
            .collect()
    }

    fn presidencies(&mut self, path: &str, network: &RawNetwork, refs: &Refs) -> Vec<Presidency> {
        network
            .presidencies
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let path = format!("{path}.presidencies[{i}]");
                let item = format!("presidency of {} in network \"{}\"", p.region, network.id);
                let region =
                    self.region_ref(format!("{path}.region"), &item, &p.region, refs.regions);
                let from = self.date(&format!("{path}.from"), &item, "from", &p.from);
                let to = self.optional_date(&format!("{path}.to"), &item, "to", &p.to);
                if let (Some(from), Some(Some(to))) = (from, to) {
                    self.order(&format!("{path}.to"), &item, ("from", from), ("to", to));
                }
                let role = match p.role.as_deref() {
                    None => Some("president".to_owned()),
                    Some(role @ ("president" | "chair" | "co-chair")) => Some(role.to_owned()),
                    Some(other) => {
                        self.push(
                            format!("{path}.role"),
                            Problem::UnknownRole {
                                item: item.clone(),
                                value: other.to_owned(),
                                allowed: "president, chair or co-chair",
                            },
                        );
                        None
                    }
                };
                let sources = self.source_refs(
                    &format!("{path}.sources"),
                    &item,
                    &p.sources,
                    refs.sources,
                    None,
                );
                Some(Presidency {
                    region: region?,
                    from: from?,
                    to: to?,
                    role: role?,
                    sources,
                    estimated: p.estimated,
                    note: p.note.trim().to_owned(),
                })
            })
            .collect()
    }

    fn sources(&mut self, raw: &[RawSource]) -> Vec<Source> {
        self.unique_ids("source", "sources", raw, |s| &s.id);
        let mut out = Vec::with_capacity(raw.len());
        for (i, s) in raw.iter().enumerate() {
            let path = format!("sources[{i}]");
            let item = format!("source \"{}\"", s.id);
            if !is_slug(&s.id) {
                self.push(
                    format!("{path}.id"),
                    Problem::InvalidId {
                        item_kind: "source",
                        id: s.id.clone(),
                        rule: SLUG_RULE,
                    },
                );
            }
            self.website(&format!("{path}.url"), &item, &s.url);
            if s.title.trim().is_empty() {
                self.push(
                    format!("{path}.title"),
                    Problem::EmptyText {
                        item: item.clone(),
                        field: "title".into(),
                    },
                );
            }
            let published = self.optional_date(
                &format!("{path}.published"),
                &item,
                "published",
                &s.published,
            );
            let checked = self.date(&format!("{path}.checked"), &item, "checked", &s.checked);
            if let (Some(published), Some(checked)) = (published, checked) {
                out.push(Source {
                    id: s.id.clone(),
                    url: s.url.clone(),
                    title: s.title.trim().to_owned(),
                    publisher: s.publisher.trim().to_owned(),
                    published,
                    checked,
                });
            }
        }
        out
    }

    fn sectors(&mut self, raw: &[RawSector]) -> Vec<Sector> {
        self.unique_ids("sector", "sectors", raw, |s| &s.id);
        raw.iter()
            .enumerate()
            .map(|(i, s)| {
                let path = format!("sectors[{i}]");
                let item = format!("sector \"{}\"", s.id);
                if !is_slug(&s.id) {
                    self.push(
                        format!("{path}.id"),
                        Problem::InvalidId {
                            item_kind: "sector",
                            id: s.id.clone(),
                            rule: SLUG_RULE,
                        },
                    );
                }
                if !is_hex_color(&s.color) {
                    self.push(
                        format!("{path}.color"),
                        Problem::InvalidColor {
                            item: item.clone(),
                            value: s.color.clone(),
                        },
                    );
                }
                Sector {
                    id: s.id.clone(),
                    labels: self.names(&format!("{path}.labels"), &item, &s.labels, true),
                    color: s.color.to_ascii_lowercase(),
                }
            })
            .collect()
    }

    fn regions(
        &mut self,
        raw: &[RawRegion],
        file_nuts_version: &str,
        sources: &BTreeMap<String, u32>,
    ) -> Vec<Region> {
        self.unique_ids("region", "regions", raw, |r| &r.id);
        raw.iter()
            .enumerate()
            .map(|(i, r)| self.region(i, r, file_nuts_version, sources))
            .collect()
    }

    fn region(
        &mut self,
        i: usize,
        r: &RawRegion,
        file_nuts_version: &str,
        sources: &BTreeMap<String, u32>,
    ) -> Region {
        let path = format!("regions[{i}]");
        let item = match r.names.get("en") {
            Some(name) => format!("region {} ({name})", r.id),
            None => format!("region {}", r.id),
        };
        let id_ok = is_nuts_code(&r.id) || is_iso_subdivision(&r.id);
        if !id_ok {
            self.push(
                format!("{path}.id"),
                Problem::InvalidId {
                    item_kind: "region",
                    id: r.id.clone(),
                    rule: REGION_ID_RULE,
                },
            );
        }
        let country_ok = r.country.len() == 2 && r.country.bytes().all(|b| b.is_ascii_uppercase());
        if !country_ok {
            self.push(
                format!("{path}.country"),
                Problem::InvalidCountry {
                    item: item.clone(),
                    value: r.country.clone(),
                },
            );
        }
        if id_ok && country_ok {
            self.nuts_consistency(&path, &item, r);
        }
        if let Some(version) = &r.nuts_version {
            if !is_nuts_year(version) {
                self.push(
                    format!("{path}.nuts_version"),
                    Problem::InvalidNutsVersion {
                        value: version.clone(),
                    },
                );
            }
        }
        let names = self.names(&format!("{path}.names"), &item, &r.names, true);
        if r.languages.is_empty() {
            self.push(
                format!("{path}.languages"),
                Problem::EmptyText {
                    item: item.clone(),
                    field: "list of languages".into(),
                },
            );
        }
        for (j, lang) in r.languages.iter().enumerate() {
            if !is_language_code(lang) {
                self.push(
                    format!("{path}.languages[{j}]"),
                    Problem::InvalidLanguage {
                        item: item.clone(),
                        value: lang.clone(),
                    },
                );
            }
        }
        if let Some(own) = r.languages.first() {
            if is_language_code(own) && !r.names.contains_key(own) {
                self.push(
                    format!("{path}.names"),
                    Problem::MissingOwnName {
                        item: item.clone(),
                        lang: own.clone(),
                    },
                );
            }
        }
        self.coordinates(&path, &item, r);
        let coordinate_sources = self.source_refs(
            &format!("{path}.coordinate_sources"),
            &item,
            &r.coordinate_sources,
            sources,
            Some("region's coordinates"),
        );
        let conflicts = self.conflicts(&format!("{path}.conflicts"), &item, &r.conflicts, sources);
        Region {
            id: r.id.clone(),
            names,
            languages: r.languages.clone(),
            country: r.country.clone(),
            nuts_level: r.nuts_level,
            nuts_version: r
                .nuts_version
                .clone()
                .unwrap_or_else(|| file_nuts_version.to_owned()),
            eu: r.eu,
            position: GeoPoint {
                lat_deg: r.lat,
                lon_deg: r.lon,
            },
            coordinate_sources,
            coordinate_estimated: r.coordinate_estimated,
            outside_europe: r.outside_europe,
            conflicts,
        }
    }

    fn nuts_consistency(&mut self, path: &str, item: &str, r: &RawRegion) {
        let reason = if r.nuts_level > 3 {
            Some(format!(
                "NUTS level {} does not exist; use 1, 2 or 3, or 0 outside NUTS",
                r.nuts_level
            ))
        } else if r.nuts_level == 0 {
            (!is_iso_subdivision(&r.id)).then(|| {
                format!(
                    "\"{}\" is a NUTS code but nuts_level is 0; give its level (1 to 3)",
                    r.id
                )
            })
        } else if !is_nuts_code(&r.id) {
            Some(format!(
                "\"{}\" is not a NUTS code but nuts_level is {}; use 0 for regions outside NUTS",
                r.id, r.nuts_level
            ))
        } else if r.id.len() != 2 + r.nuts_level as usize {
            Some(format!(
                "NUTS code \"{}\" is of level {}, not {}",
                r.id,
                r.id.len() - 2,
                r.nuts_level
            ))
        } else {
            None
        };
        let prefix = if r.nuts_level == 0 {
            r.country.as_str()
        } else {
            nuts_country_prefix(&r.country)
        };
        let reason = reason.or_else(|| {
            (!r.id.starts_with(prefix)).then(|| {
                format!(
                    "id \"{}\" does not start with the code of its country {}",
                    r.id, r.country
                )
            })
        });
        if let Some(reason) = reason {
            self.push(
                format!("{path}.id"),
                Problem::NutsMismatch {
                    item: item.to_owned(),
                    reason,
                },
            );
        }
    }

    fn coordinates(&mut self, path: &str, item: &str, r: &RawRegion) {
        let (lat, lon) = (r.lat, r.lon);
        let reason = if !lat.is_finite() || !lon.is_finite() {
            Some("which are not numbers")
        } else if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            Some("which are not on the earth (latitude -90 to 90, longitude -180 to 180)")
        } else if !r.outside_europe && !in_europes_reach(lat, lon) {
            Some(
                "outside the area the map of Europe covers (latitude 27 to 72, longitude -32 to 45); \
                 if the region really lies outside Europe, set \"outside_europe\": true",
            )
        } else {
            None
        };
        if let Some(reason) = reason {
            self.push(
                format!("{path}.lat"),
                Problem::CoordinatesOutOfRange {
                    item: item.to_owned(),
                    lat,
                    lon,
                    reason,
                },
            );
        }
    }

    /// Network and agreement ids share one namespace: both name ties, in links and exports.
    fn tie_ids_unique(&mut self, raw: &RawDataset) {
        let mut seen: HashMap<&str, String> = HashMap::new();
        let all = raw
            .networks
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), format!("networks[{i}]"), "network"))
            .chain(
                raw.agreements
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (a.id.as_str(), format!("agreements[{i}]"), "agreement")),
            );
        for (id, path, kind) in all {
            if !is_slug(id) {
                self.push(
                    format!("{path}.id"),
                    Problem::InvalidId {
                        item_kind: kind,
                        id: id.to_owned(),
                        rule: SLUG_RULE,
                    },
                );
            }
            if let Some(first_path) = seen.get(id) {
                self.push(
                    format!("{path}.id"),
                    Problem::DuplicateId {
                        item_kind: kind,
                        id: id.to_owned(),
                        first_path: first_path.clone(),
                    },
                );
            } else {
                seen.insert(id, path);
            }
        }
    }

    fn network(&mut self, i: usize, n: &RawNetwork, refs: &Refs) -> Option<Network> {
        let path = format!("networks[{i}]");
        let item = format!("network \"{}\"", n.id);
        let names = self.names(&format!("{path}.names"), &item, &n.names, true);
        let founded = self.date(&format!("{path}.founded"), &item, "founded", &n.founded);
        let ended = self.optional_date(&format!("{path}.ended"), &item, "ended", &n.ended);
        if let (Some(founded), Some(Some(ended))) = (founded, ended) {
            self.order(
                &format!("{path}.ended"),
                &item,
                ("founded", founded),
                ("ended", ended),
            );
        }
        let sectors = self.sector_refs(&format!("{path}.sectors"), &item, &n.sectors, refs.sectors);
        if !n.website.is_empty() {
            self.website(&format!("{path}.website"), &item, &n.website);
        }
        let sources = self.source_refs(
            &format!("{path}.sources"),
            &item,
            &n.sources,
            refs.sources,
            Some("network"),
        );
        let members: Vec<(usize, Membership)> = n
            .members
            .iter()
            .enumerate()
            .filter_map(|(j, m)| {
                let path = format!("{path}.members[{j}]");
                let membership = self.membership(&path, &n.id, m, founded, ended.flatten(), refs);
                Some((j, membership?))
            })
            .collect();
        if n.members.len() < 2 {
            self.push(
                format!("{path}.members"),
                Problem::TooFewMembers {
                    item: item.clone(),
                    count: n.members.len(),
                },
            );
        }
        self.overlapping_members(&path, &item, &members, n);
        let members = members.into_iter().map(|(_, m)| m).collect();
        let presidencies = self.presidencies(&path, n, refs);
        let conflicts = self.conflicts(
            &format!("{path}.conflicts"),
            &item,
            &n.conflicts,
            refs.sources,
        );
        Some(Network {
            id: n.id.clone(),
            names,
            acronym: n.acronym.trim().to_owned(),
            founded: founded?,
            ended: ended?,
            sectors,
            website: n.website.clone(),
            sources,
            members,
            presidencies,
            conflicts,
            known_gaps: n.known_gaps.trim().to_owned(),
            notes: n.notes.trim().to_owned(),
        })
    }

    fn membership(
        &mut self,
        path: &str,
        network_id: &str,
        m: &RawMembership,
        founded: Option<PartialDate>,
        ended: Option<PartialDate>,
        refs: &Refs,
    ) -> Option<Membership> {
        let item = format!("membership of {} in network \"{network_id}\"", m.region);
        let region = self.region_ref(format!("{path}.region"), &item, &m.region, refs.regions);
        let joined = self.date(&format!("{path}.joined"), &item, "joined", &m.joined);
        let left = self.optional_date(&format!("{path}.left"), &item, "left", &m.left);
        if let (Some(joined), Some(Some(left))) = (joined, left) {
            self.order(
                &format!("{path}.left"),
                &item,
                ("joined", joined),
                ("left", left),
            );
        }
        if let (Some(joined), Some(founded)) = (joined, founded) {
            if definitely_before(joined, founded) {
                self.push(
                    format!("{path}.joined"),
                    Problem::JoinedBeforeFounding {
                        item: item.clone(),
                        joined: joined.to_string(),
                        founded: founded.to_string(),
                    },
                );
            }
        }
        if let (Some(joined), Some(ended)) = (joined, ended) {
            if definitely_before(ended, joined) {
                self.push(
                    format!("{path}.joined"),
                    Problem::JoinedAfterEnd {
                        item: item.clone(),
                        joined: joined.to_string(),
                        ended: ended.to_string(),
                    },
                );
            }
        }
        let role = match m.role.as_deref() {
            None | Some("member") => Some(Role::Member),
            Some("associate") => Some(Role::Associate),
            Some("observer") => Some(Role::Observer),
            Some(other) => {
                self.push(
                    format!("{path}.role"),
                    Problem::UnknownRole {
                        item: item.clone(),
                        value: other.to_owned(),
                        allowed: "member, associate or observer",
                    },
                );
                None
            }
        };
        let sources = self.source_refs(
            &format!("{path}.sources"),
            &item,
            &m.sources,
            refs.sources,
            None,
        );
        let conflicts = self.conflicts(
            &format!("{path}.conflicts"),
            &item,
            &m.conflicts,
            refs.sources,
        );
        Some(Membership {
            region: region?,
            joined: joined?,
            left: left?,
            role: role?,
            founding: m.founding,
            sources,
            estimated: m.estimated,
            conflicts,
            note: m.note.trim().to_owned(),
        })
    }

    /// A region may leave and rejoin, but may not be listed twice for the same years.
    fn overlapping_members(
        &mut self,
        path: &str,
        item: &str,
        members: &[(usize, Membership)],
        raw: &RawNetwork,
    ) {
        let mut by_region: BTreeMap<RegionIdx, Vec<YearSpan>> = BTreeMap::new();
        for (j, m) in members {
            let span = YearSpan::from_dates(m.joined, m.left);
            let spans = by_region.entry(m.region).or_default();
            if spans.iter().any(|s| s.intersect(&span).is_some()) {
                self.push(
                    format!("{path}.members[{j}].region"),
                    Problem::DuplicateMember {
                        item: item.to_owned(),
                        region: raw.members[*j].region.clone(),
                    },
                );
            }
            spans.push(span);
        }
    }

    fn agreement(&mut self, i: usize, a: &RawAgreement, refs: &Refs) -> Option<Agreement> {
        let path = format!("agreements[{i}]");
        let item = format!("agreement \"{}\"", a.id);
        let names = self.names(&format!("{path}.names"), &item, &a.names, true);
        let summary = self.names(&format!("{path}.summary"), &item, &a.summary, false);
        let kind = AgreementKind::ALL
            .into_iter()
            .find(|k| k.as_str() == a.kind);
        if kind.is_none() {
            self.push(
                format!("{path}.kind"),
                Problem::UnknownAgreementKind {
                    item: item.clone(),
                    value: a.kind.clone(),
                },
            );
        }
        let mut parties: Vec<RegionIdx> = Vec::new();
        for (j, id) in a.parties.iter().enumerate() {
            let party_path = format!("{path}.parties[{j}]");
            if let Some(idx) = self.region_ref(party_path.clone(), &item, id, refs.regions) {
                if parties.contains(&idx) {
                    self.push(
                        party_path,
                        Problem::DuplicateParty {
                            item: item.clone(),
                            region: id.clone(),
                        },
                    );
                } else {
                    parties.push(idx);
                }
            }
        }
        let distinct = a
            .parties
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        if distinct < 2 {
            self.push(
                format!("{path}.parties"),
                Problem::TooFewParties {
                    item: item.clone(),
                    count: distinct,
                },
            );
        }
        let signed = self.date(&format!("{path}.signed"), &item, "signed", &a.signed);
        let ends = self.optional_date(&format!("{path}.ends"), &item, "ends", &a.ends);
        if let (Some(signed), Some(Some(ends))) = (signed, ends) {
            self.order(
                &format!("{path}.ends"),
                &item,
                ("signed", signed),
                ("ends", ends),
            );
        }
        let sectors = self.sector_refs(&format!("{path}.sectors"), &item, &a.sectors, refs.sectors);
        let sources = self.source_refs(
            &format!("{path}.sources"),
            &item,
            &a.sources,
            refs.sources,
            Some("agreement"),
        );
        let conflicts = self.conflicts(
            &format!("{path}.conflicts"),
            &item,
            &a.conflicts,
            refs.sources,
        );
        Some(Agreement {
            id: a.id.clone(),
            names,
            kind: kind?,
            parties,
            signed: signed?,
            ends: ends?,
            sectors,
            sources,
            estimated: a.estimated,
            summary,
            conflicts,
            note: a.note.trim().to_owned(),
        })
    }
}

/// True when `a` is certainly earlier than `b`, comparing only the precision both have.
fn definitely_before(a: PartialDate, b: PartialDate) -> bool {
    if a.year != b.year {
        return a.year < b.year;
    }
    match (a.month, b.month) {
        (Some(am), Some(bm)) if am != bm => am < bm,
        (Some(_), Some(_)) => matches!((a.day, b.day), (Some(ad), Some(bd)) if ad < bd),
        _ => false,
    }
}
