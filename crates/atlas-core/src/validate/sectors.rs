//! Sectors: the list, their colours, and the references to them by id.

use std::collections::BTreeMap;

use crate::dataset::{Sector, SectorIdx};
use crate::error::Problem;
use crate::raw::RawSector;

use super::checker::Checker;
use super::fields::{is_slug, SLUG_RULE};

fn is_hex_color(value: &str) -> bool {
    value.len() == 7
        && value.starts_with('#')
        && value.bytes().skip(1).all(|b| b.is_ascii_hexdigit())
}

impl Checker {
    pub(super) fn sectors(&mut self, raw: &[RawSector]) -> Vec<Sector> {
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

    pub(super) fn sector_refs(
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
}
