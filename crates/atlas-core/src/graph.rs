//! From the dataset and a filter to the graph on screen: which ties are active, merged into one
//! edge per pair of regions.
//!
//! A *tie* is one reason two regions are linked: both belong to a network at the same time, or
//! both signed an agreement. An *edge* joins two regions and lists every tie between them.
//! Output is sorted, so the same data and filter give the same graph on every load.

use std::collections::{BTreeMap, BTreeSet};

use crate::dataset::{
    AgreementIdx, Dataset, MemberRole, NetworkIdx, NetworkKind, RegionIdx, SectorIdx,
};
use crate::date::YearSpan;

/// What to show: sectors (none selected means all), an inclusive range of years, kinds of
/// network (none selected means all), and whether only full members count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GraphQuery {
    pub sectors: BTreeSet<SectorIdx>,
    pub from_year: i32,
    pub to_year: i32,
    pub kinds: BTreeSet<NetworkKind>,
    /// Associate members, observers and other roles left out: full members only.
    pub full_members_only: bool,
    /// `years=began`: the years say when ties began (signed, joined), not when they were in
    /// force: only ties that began from `from_year` to `to_year` count.
    pub began_in_years: bool,
    /// `estimated=exclude`: memberships and agreements that rest on an estimate are left out
    /// of the graph, so every count, metric and export follows.
    pub exclude_estimated: bool,
    /// `only=`: one agreement, one network or the ties of one pair of regions, on their own.
    pub only: Option<crate::view_state::TiesOnly>,
}

impl GraphQuery {
    /// Whether a tie about `sectors` passes the sector filter.
    pub fn sectors_match(&self, sectors: &[SectorIdx]) -> bool {
        self.sectors.is_empty() || sectors.iter().any(|s| self.sectors.contains(s))
    }

    /// Whether a network of `kind` passes the filter on kinds of network.
    pub fn kind_matches(&self, kind: Option<NetworkKind>) -> bool {
        self.kinds.is_empty() || kind.is_some_and(|k| self.kinds.contains(&k))
    }

    /// Whether something lasting `span` counts in the years asked: in force at some time in
    /// them, or begun in them.
    pub fn span_counts(&self, span: &YearSpan) -> bool {
        if self.began_in_years {
            (self.from_year..=self.to_year).contains(&span.first)
        } else {
            span.overlaps(self.from_year, self.to_year)
        }
    }

    /// Whether the network's ties pass `only=` (every network without it).
    pub fn keeps_network(&self, network: NetworkIdx) -> bool {
        self.only.is_none_or(|only| only.keeps_network(network))
    }

    /// Whether the agreement's ties pass `only=`.
    pub fn keeps_agreement(&self, agreement: AgreementIdx) -> bool {
        self.only.is_none_or(|only| only.keeps_agreement(agreement))
    }

    /// Whether a region may take part in a tie under `only=` (only the pair's two with a pair).
    pub fn keeps_region(&self, region: RegionIdx) -> bool {
        self.only.is_none_or(|only| only.keeps_region(region))
    }

    /// Whether a member in `role` counts: every role, or full members only.
    pub fn role_counts(&self, role: &MemberRole) -> bool {
        !self.full_members_only || *role == MemberRole::Member
    }
}

/// Where a tie comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TieSource {
    Network(NetworkIdx),
    Agreement(AgreementIdx),
}

/// One reason two regions are linked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tie {
    pub source: TieSource,
    /// The years in which the tie counts (for a network: when both were members).
    pub span: YearSpan,
    /// True when the tie rests on an estimate (an inferred membership or date).
    pub estimated: bool,
}

/// All active ties between two regions; `a < b`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge {
    pub a: RegionIdx,
    pub b: RegionIdx,
    /// Sorted by source.
    pub ties: Vec<Tie>,
}

impl Edge {
    /// True when every tie of the edge rests on an estimate.
    pub fn all_estimated(&self) -> bool {
        self.ties.iter().all(|t| t.estimated)
    }
}

/// A region that has at least one active tie.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    pub region: RegionIdx,
    /// Number of active ties, over all its edges.
    pub ties: u32,
    /// Number of regions it is tied to.
    pub partners: u32,
}

/// A region's part in a network, for drawing the network as a hub.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HubMember {
    pub region: RegionIdx,
    /// The years it was a member (for a region that left and rejoined, first to last).
    pub span: YearSpan,
    pub estimated: bool,
}

/// A network with at least two members in the selected years, drawn as one node tied to them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hub {
    pub network: NetworkIdx,
    /// Sorted by region.
    pub members: Vec<HubMember>,
}

/// The derived graph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Graph {
    /// Sorted by region.
    pub nodes: Vec<Node>,
    /// Sorted by `(a, b)`.
    pub edges: Vec<Edge>,
    /// Networks with at least one active tie, sorted.
    pub networks: Vec<NetworkIdx>,
    /// Agreements that are active, sorted.
    pub agreements: Vec<AgreementIdx>,
    /// The networks as hubs, sorted by network: the same memberships as the network ties in
    /// `edges`, drawn one spoke per member instead of one edge per pair.
    pub hubs: Vec<Hub>,
}

impl Graph {
    pub fn tie_count(&self) -> usize {
        self.edges.iter().map(|e| e.ties.len()).sum()
    }

    pub fn hub(&self, network: NetworkIdx) -> Option<&Hub> {
        self.hubs
            .binary_search_by_key(&network, |h| h.network)
            .ok()
            .map(|i| &self.hubs[i])
    }

    pub fn edge(&self, a: RegionIdx, b: RegionIdx) -> Option<&Edge> {
        let key = ordered(a, b);
        self.edges
            .binary_search_by_key(&key, |e| (e.a, e.b))
            .ok()
            .map(|i| &self.edges[i])
    }

    /// The regions tied to `region`, sorted.
    pub fn partners(&self, region: RegionIdx) -> Vec<RegionIdx> {
        let mut out: Vec<RegionIdx> = self
            .edges
            .iter()
            .filter_map(|e| {
                if e.a == region {
                    Some(e.b)
                } else if e.b == region {
                    Some(e.a)
                } else {
                    None
                }
            })
            .collect();
        crate::sort::sort(&mut out);
        out
    }

    pub fn node(&self, region: RegionIdx) -> Option<&Node> {
        self.nodes
            .binary_search_by_key(&region, |n| n.region)
            .ok()
            .map(|i| &self.nodes[i])
    }
}

/// The sectors a tie is about.
pub fn tie_sectors(dataset: &Dataset, source: TieSource) -> &[SectorIdx] {
    match source {
        TieSource::Network(n) => &dataset.network(n).sectors,
        TieSource::Agreement(a) => &dataset.agreement(a).sectors,
    }
}

fn ordered(a: RegionIdx, b: RegionIdx) -> (RegionIdx, RegionIdx) {
    if a < b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Derives the graph for `query`.
///
/// A membership or agreement counts in year `y` when it had started by `y` and had not ended
/// before `y`; it counts in the range when it counts in any year of it. Two members of a
/// network are tied in the years when both were members.
pub fn derive_graph(dataset: &Dataset, query: &GraphQuery) -> Graph {
    let mut pairs: BTreeMap<(RegionIdx, RegionIdx), BTreeMap<TieSource, Tie>> = BTreeMap::new();
    let mut add = |a: RegionIdx, b: RegionIdx, tie: Tie| {
        let ties = pairs.entry(ordered(a, b)).or_default();
        ties.entry(tie.source)
            .and_modify(|existing| {
                // A region that left and rejoined: the tie spans both periods.
                existing.span.first = existing.span.first.min(tie.span.first);
                existing.span.last = match (existing.span.last, tie.span.last) {
                    (Some(x), Some(y)) => Some(x.max(y)),
                    _ => None,
                };
                existing.estimated &= tie.estimated;
            })
            .or_insert(tie);
    };

    let mut hubs = Vec::new();
    for (n, network) in dataset.networks.iter().enumerate() {
        if !query.sectors_match(&network.sectors)
            || !query.kind_matches(network.kind)
            || !query.keeps_network(NetworkIdx(n as u32))
        {
            continue;
        }
        let source = TieSource::Network(NetworkIdx(n as u32));
        let members: Vec<_> = network
            .members
            .iter()
            .filter(|m| query.role_counts(&m.role))
            .filter(|m| query.keeps_region(m.region))
            .filter(|m| !(query.exclude_estimated && m.estimated))
            .map(|m| (m, network.membership_span(m)))
            .filter(|(_, span)| span.overlaps(query.from_year, query.to_year))
            .collect();
        let mut hub_members: BTreeMap<RegionIdx, HubMember> = BTreeMap::new();
        for (m, span) in &members {
            hub_members
                .entry(m.region)
                .and_modify(|h| {
                    h.span.first = h.span.first.min(span.first);
                    h.span.last = h.span.last.zip(span.last).map(|(a, b)| a.max(b));
                    h.estimated &= m.estimated;
                })
                .or_insert(HubMember {
                    region: m.region,
                    span: *span,
                    estimated: m.estimated,
                });
        }
        if hub_members.len() >= 2 {
            hubs.push(Hub {
                network: NetworkIdx(n as u32),
                members: hub_members.into_values().collect(),
            });
        }
        for (i, (ma, span_a)) in members.iter().enumerate() {
            for (mb, span_b) in &members[i + 1..] {
                if ma.region == mb.region {
                    continue;
                }
                let Some(span) = span_a.intersect(span_b) else {
                    continue;
                };
                if query.span_counts(&span) {
                    let estimated = ma.estimated || mb.estimated;
                    add(
                        ma.region,
                        mb.region,
                        Tie {
                            source,
                            span,
                            estimated,
                        },
                    );
                }
            }
        }
    }

    let mut agreements = Vec::new();
    for (i, agreement) in dataset.agreements.iter().enumerate() {
        let span = agreement.span();
        if !query.sectors_match(&agreement.sectors)
            || !query.span_counts(&span)
            || (query.exclude_estimated && agreement.estimated)
            || !query.keeps_agreement(AgreementIdx(i as u32))
            || agreement
                .parties
                .iter()
                .filter(|&&p| query.keeps_region(p))
                .count()
                < 2
        {
            continue;
        }
        let source = TieSource::Agreement(AgreementIdx(i as u32));
        agreements.push(AgreementIdx(i as u32));
        let parties: Vec<RegionIdx> = agreement
            .parties
            .iter()
            .copied()
            .filter(|&p| query.keeps_region(p))
            .collect();
        for (j, &a) in parties.iter().enumerate() {
            for &b in &parties[j + 1..] {
                add(
                    a,
                    b,
                    Tie {
                        source,
                        span,
                        estimated: agreement.estimated,
                    },
                );
            }
        }
    }

    let edges: Vec<Edge> = pairs
        .into_iter()
        .map(|((a, b), ties)| Edge {
            a,
            b,
            ties: ties.into_values().collect(),
        })
        .collect();

    let mut stats: BTreeMap<RegionIdx, Node> = BTreeMap::new();
    let mut networks = BTreeSet::new();
    for edge in &edges {
        for region in [edge.a, edge.b] {
            let node = stats.entry(region).or_insert(Node {
                region,
                ties: 0,
                partners: 0,
            });
            node.ties += edge.ties.len() as u32;
            node.partners += 1;
        }
        for tie in &edge.ties {
            if let TieSource::Network(n) = tie.source {
                networks.insert(n);
            }
        }
    }

    Graph {
        nodes: stats.into_values().collect(),
        edges,
        networks: networks.into_iter().collect(),
        agreements,
        hubs,
    }
}
