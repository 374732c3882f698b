//! Sets of networks: the regions that are members of all of them, of any, or of the first but
//! none of the others, in the view (`network=esra,ara&members=all`); and, when a set is empty,
//! why (a network outside the sectors or kinds shown, without members in the years shown, or
//! simply no region in common).

use crate::sort::CollectTree;
use std::collections::BTreeSet;

use crate::dataset::{Dataset, NetworkIdx, RegionIdx};
use crate::graph::{Graph, GraphQuery};

/// Which members of a set of networks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SetRule {
    /// Members of every network of the set.
    #[default]
    All,
    /// Members of at least one.
    Any,
    /// Members of the first and of none of the others.
    OnlyFirst,
}

impl SetRule {
    pub fn as_str(self) -> &'static str {
        match self {
            SetRule::All => "all",
            SetRule::Any => "any",
            SetRule::OnlyFirst => "only",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "all" => Some(SetRule::All),
            "any" => Some(SetRule::Any),
            "only" => Some(SetRule::OnlyFirst),
            _ => None,
        }
    }
}

/// The members in the view of `network`.
fn members_in_view(graph: &Graph, network: NetworkIdx) -> BTreeSet<RegionIdx> {
    graph
        .hub(network)
        .map(|h| h.members.iter().map(|m| m.region).collect_set())
        .unwrap_or_default()
}

/// The regions of the set, sorted.
pub fn set_members(graph: &Graph, networks: &[NetworkIdx], rule: SetRule) -> Vec<RegionIdx> {
    let Some((&first, others)) = networks.split_first() else {
        return Vec::new();
    };
    let first_members = members_in_view(graph, first);
    let members: BTreeSet<RegionIdx> = match rule {
        SetRule::All => others.iter().fold(first_members, |acc, &n| {
            acc.intersection(&members_in_view(graph, n))
                .copied()
                .collect_set()
        }),
        SetRule::Any => others.iter().fold(first_members, |mut acc, &n| {
            acc.extend(members_in_view(graph, n));
            acc
        }),
        SetRule::OnlyFirst => others.iter().fold(first_members, |acc, &n| {
            acc.difference(&members_in_view(graph, n))
                .copied()
                .collect_set()
        }),
    };
    members.into_iter().collect()
}

/// Why a set has no members.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmptyReason {
    /// The network is about none of the sectors shown.
    OutsideSectors { network: NetworkIdx },
    /// The network is not of the kinds shown.
    OutsideKinds { network: NetworkIdx },
    /// The network had fewer than two members in the years shown.
    NoMembersInYears { network: NetworkIdx },
    /// Each network has members, but no region is in all of them (or every member of the first
    /// is in another).
    NothingInCommon,
}

/// Why the set of `networks` under `rule` is empty in the view, most telling first; empty when
/// it is not.
pub fn why_empty(
    dataset: &Dataset,
    graph: &Graph,
    query: &GraphQuery,
    networks: &[NetworkIdx],
    rule: SetRule,
) -> Vec<EmptyReason> {
    if networks.is_empty() || !set_members(graph, networks, rule).is_empty() {
        return Vec::new();
    }
    // For "any" every network must be missing; for "all" one is enough; for "only the first",
    // the first.
    let concerned: Vec<NetworkIdx> = match rule {
        SetRule::OnlyFirst => networks[..1].to_vec(),
        SetRule::All | SetRule::Any => networks.to_vec(),
    };
    let mut reasons: Vec<EmptyReason> = concerned
        .into_iter()
        .filter_map(|n| {
            let network = dataset.network(n);
            if !query.sectors_match(&network.sectors) {
                Some(EmptyReason::OutsideSectors { network: n })
            } else if !query.kind_matches(network.kind) {
                Some(EmptyReason::OutsideKinds { network: n })
            } else if graph.hub(n).is_none() {
                Some(EmptyReason::NoMembersInYears { network: n })
            } else {
                None
            }
        })
        .collect();
    if reasons.is_empty() {
        reasons.push(EmptyReason::NothingInCommon);
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{derive_graph, parse_dataset};

    fn bundled() -> Dataset {
        parse_dataset(include_str!("../../../public/data/atlas.json")).unwrap()
    }

    fn all_years(d: &Dataset) -> GraphQuery {
        let (from_year, to_year) = d.year_bounds();
        GraphQuery {
            from_year,
            to_year,
            ..Default::default()
        }
    }

    #[test]
    fn members_of_both_either_or_only_one() {
        let d = bundled();
        let g = derive_graph(&d, &all_years(&d));
        let (esra, ara) = (
            d.network_by_id("esra").unwrap(),
            d.network_by_id("ara").unwrap(),
        );
        let both = set_members(&g, &[esra, ara], SetRule::All);
        let either = set_members(&g, &[esra, ara], SetRule::Any);
        let only_esra = set_members(&g, &[esra, ara], SetRule::OnlyFirst);
        let lombardy = d.region_by_id("ITC4").unwrap();
        assert!(both.contains(&lombardy), "Lombardy is in ESRA and ARA");
        assert!(!both.is_empty() && both.len() < either.len());
        assert_eq!(
            both.len() + only_esra.len(),
            set_members(&g, &[esra], SetRule::Any).len()
        );
        assert!(only_esra.iter().all(|r| !both.contains(r)));
    }

    #[test]
    fn an_empty_set_says_why() {
        let d = bundled();
        let (esra, ara) = (
            d.network_by_id("esra").unwrap(),
            d.network_by_id("ara").unwrap(),
        );
        let semiconductors = GraphQuery {
            sectors: [d.sector_by_id("semiconductors").unwrap()].into(),
            ..all_years(&d)
        };
        let g = derive_graph(&d, &semiconductors);
        assert!(set_members(&g, &[esra, ara], SetRule::All).is_empty());
        assert_eq!(
            why_empty(&d, &g, &semiconductors, &[esra, ara], SetRule::All),
            [EmptyReason::OutsideSectors { network: ara }]
        );
        // Before ESRA was founded it had no members.
        let early = GraphQuery {
            from_year: 1990,
            to_year: 2000,
            ..Default::default()
        };
        let g = derive_graph(&d, &early);
        assert!(why_empty(&d, &g, &early, &[esra, ara], SetRule::All)
            .contains(&EmptyReason::NoMembersInYears { network: esra }));
    }
}
