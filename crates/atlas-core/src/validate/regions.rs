//! Regions: NUTS and ISO 3166-2 ids and how they agree with country and level, names in the
//! region's own languages, the point it is drawn at, and the references to regions by id.

use std::collections::BTreeMap;

use crate::dataset::{Region, RegionIdx};
use crate::error::Problem;
use crate::projection::GeoPoint;
use crate::raw::RawRegion;

use super::checker::Checker;
use super::fields::is_language_code;
use super::{EUROPE_LAT_DEG, EUROPE_LON_DEG};

fn in_europes_reach(lat: f64, lon: f64) -> bool {
    (EUROPE_LAT_DEG.0..=EUROPE_LAT_DEG.1).contains(&lat)
        && (EUROPE_LON_DEG.0..=EUROPE_LON_DEG.1).contains(&lon)
}

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

pub(super) fn is_nuts_year(value: &str) -> bool {
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

impl Checker {
    pub(super) fn regions(
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

    pub(super) fn region_ref(
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
}
