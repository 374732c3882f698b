//! Networks: their kind, dates, members (with their roles) and presidencies, and notes.

use std::collections::BTreeMap;

use crate::dataset::{MemberRole, Membership, Network, NetworkKind, Presidency, RegionIdx};
use crate::date::{PartialDate, YearSpan};
use crate::error::Problem;
use crate::raw::{RawMembership, RawNetwork};

use super::checker::{Checker, Refs};
use super::fields::definitely_before;

impl Checker {
    pub(super) fn network(&mut self, i: usize, n: &RawNetwork, refs: &Refs) -> Option<Network> {
        let path = format!("networks[{i}]");
        let item = format!("network \"{}\"", n.id);
        let names = self.names(&format!("{path}.names"), &item, &n.names, true);
        let kind = match n.kind.as_deref() {
            None => Some(None),
            Some(word) => {
                let kind = NetworkKind::from_word(word);
                if kind.is_none() {
                    self.push(
                        format!("{path}.kind"),
                        Problem::UnknownNetworkKind {
                            item: item.clone(),
                            value: word.to_owned(),
                        },
                    );
                }
                kind.map(Some)
            }
        };
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
        let known_gaps = self.text(
            &format!("{path}.known_gaps"),
            &item,
            "known_gaps",
            &n.known_gaps,
        );
        let notes = self.text(&format!("{path}.notes"), &item, "notes", &n.notes);
        Some(Network {
            id: n.id.clone(),
            names,
            acronym: n.acronym.trim().to_owned(),
            kind: kind?,
            founded: founded?,
            ended: ended?,
            sectors,
            website: n.website.clone(),
            sources,
            members,
            presidencies,
            conflicts,
            known_gaps,
            notes,
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
        let item = membership_item(&m.region, network_id);
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
        // Any word the network uses is a role; only a blank one says nothing.
        let role = match m.role.as_deref().map(str::trim) {
            None => Some(MemberRole::Member),
            Some("") => {
                self.push(
                    format!("{path}.role"),
                    Problem::EmptyText {
                        item: item.clone(),
                        field: "role".into(),
                    },
                );
                None
            }
            Some(word) => Some(MemberRole::from_word(word)),
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
        let note = self.text(&format!("{path}.note"), &item, "note", &m.note);
        Some(Membership {
            region: region?,
            joined: joined?,
            left: left?,
            role: role?,
            founding: m.founding,
            sources,
            estimated: m.estimated,
            conflicts,
            note,
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

    fn presidencies(&mut self, path: &str, network: &RawNetwork, refs: &Refs) -> Vec<Presidency> {
        network
            .presidencies
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let path = format!("{path}.presidencies[{i}]");
                let item = presidency_item(&p.region, &network.id);
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
                let note = self.text(&format!("{path}.note"), &item, "note", &p.note);
                Some(Presidency {
                    region: region?,
                    from: from?,
                    to: to?,
                    role: role?,
                    sources,
                    estimated: p.estimated,
                    note,
                })
            })
            .collect()
    }
}

/// How sentences name a membership: `membership of ITC4 in network "esra"`.
pub(super) fn membership_item(region: &str, network: &str) -> String {
    format!("membership of {region} in network \"{network}\"")
}

/// How sentences name a term of presidency: `presidency of ITC1 in network "esra"`.
pub(super) fn presidency_item(region: &str, network: &str) -> String {
    format!("presidency of {region} in network \"{network}\"")
}
