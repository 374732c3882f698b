//! Agreements: their kind, parties and dates.

use crate::sort::CollectTree;

use crate::dataset::{Agreement, AgreementKind, RegionIdx};
use crate::error::Problem;
use crate::raw::RawAgreement;

use super::checker::{Checker, Refs};

impl Checker {
    pub(super) fn agreement(
        &mut self,
        i: usize,
        a: &RawAgreement,
        refs: &Refs,
    ) -> Option<Agreement> {
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
        let distinct = a.parties.iter().collect_set().len();
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
        let note = self.text(&format!("{path}.note"), &item, "note", &a.note);
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
            note,
        })
    }
}
