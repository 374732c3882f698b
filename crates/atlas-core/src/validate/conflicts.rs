//! Conflicts: where sources disagree, each claim with its sources.

use std::collections::BTreeMap;

use crate::dataset::{Claim, Conflict};
use crate::error::Problem;
use crate::raw::RawConflict;

use super::checker::Checker;

impl Checker {
    /// Conflicts need something to be about and at least two claims, each with sources.
    pub(super) fn conflicts(
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
}
