//! The table view's rows: the visible regions and the visible pairs of regions with what ties
//! them, narrowed to the focus. Names are left to the caller, which knows the language; every
//! other column is here, with the sort orders that do not depend on names.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use crate::dataset::{Dataset, NetworkIdx, RegionIdx, SectorIdx};
use crate::graph::{tie_sectors, Graph, TieSource};
use crate::scene::Focus;

/// One visible region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionRow {
    pub region: RegionIdx,
    /// Ties with other regions, counted once per network or agreement and partner.
    pub ties: u32,
    pub partners: u32,
    /// Networks the region is a member of in the shown years and sectors.
    pub networks: u32,
    /// Agreements the region is a party to in the shown years and sectors.
    pub agreements: u32,
}

/// One visible pair of regions (`a < b` by index) and what ties them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairRow {
    pub a: RegionIdx,
    pub b: RegionIdx,
    /// The networks and agreements both are in, sorted.
    pub ties: Vec<TieSource>,
    /// The first year any of the ties was in force.
    pub since: i32,
    /// The last year any of the ties was in force; `None` while one still is.
    pub until: Option<i32>,
    /// The sectors of all ties, sorted, without duplicates.
    pub sectors: Vec<SectorIdx>,
    /// Every tie rests on an estimate.
    pub estimated: bool,
}

/// The regions the focus shows: all, one, a network's members, or the two of a pair.
pub fn region_rows(dataset: &Dataset, graph: &Graph, focus: Focus) -> Vec<RegionRow> {
    let mut networks = vec![0u32; dataset.regions.len()];
    for hub in &graph.hubs {
        for member in &hub.members {
            networks[member.region.index()] += 1;
        }
    }
    let mut agreements = vec![0u32; dataset.regions.len()];
    for &agreement in &graph.agreements {
        for &party in &dataset.agreement(agreement).parties {
            agreements[party.index()] += 1;
        }
    }
    let keep = |region: RegionIdx| match focus {
        Focus::None => true,
        Focus::Region(r) => r == region || graph.edge(r, region).is_some(),
        Focus::Network(n) => graph
            .hub(n)
            .is_some_and(|hub| hub.members.iter().any(|m| m.region == region)),
        Focus::Edge(a, b) => region == a || region == b,
    };
    graph
        .nodes
        .iter()
        .filter(|node| keep(node.region))
        .map(|node| RegionRow {
            region: node.region,
            ties: node.ties,
            partners: node.partners,
            networks: networks[node.region.index()],
            agreements: agreements[node.region.index()],
        })
        .collect()
}

/// The pairs the focus shows: all, a region's, a network's, or the one pair.
pub fn pair_rows(dataset: &Dataset, graph: &Graph, focus: Focus) -> Vec<PairRow> {
    let keep_network = |network: NetworkIdx, ties: &[TieSource]| {
        ties.iter()
            .any(|t| matches!(t, TieSource::Network(n) if *n == network))
    };
    graph
        .edges
        .iter()
        .filter_map(|edge| {
            let ties: Vec<TieSource> = edge.ties.iter().map(|t| t.source).collect();
            let kept = match focus {
                Focus::None => true,
                Focus::Region(r) => edge.a == r || edge.b == r,
                Focus::Network(n) => keep_network(n, &ties),
                Focus::Edge(a, b) => (edge.a, edge.b) == (a.min(b), a.max(b)),
            };
            if !kept || ties.is_empty() {
                return None;
            }
            let sectors: BTreeSet<SectorIdx> = ties
                .iter()
                .flat_map(|&t| tie_sectors(dataset, t).iter().copied())
                .collect();
            Some(PairRow {
                a: edge.a,
                b: edge.b,
                since: edge.ties.iter().map(|t| t.span.first).min().unwrap_or(0),
                until: edge
                    .ties
                    .iter()
                    .map(|t| t.span.last)
                    .collect::<Option<Vec<i32>>>()
                    .and_then(|lasts| lasts.into_iter().max()),
                sectors: sectors.into_iter().collect(),
                estimated: edge.all_estimated(),
                ties,
            })
        })
        .collect()
}

/// The agreements of the view the focus shows: all, a region's, or a pair's; sorted.
pub fn agreement_rows(
    dataset: &Dataset,
    graph: &Graph,
    focus: Focus,
) -> Vec<crate::dataset::AgreementIdx> {
    graph
        .agreements
        .iter()
        .copied()
        .filter(|&a| {
            let parties = &dataset.agreement(a).parties;
            match focus {
                Focus::None => true,
                Focus::Region(r) => parties.contains(&r),
                Focus::Network(_) => false,
                Focus::Edge(x, y) => parties.contains(&x) && parties.contains(&y),
            }
        })
        .collect()
}

/// The columns of the regions table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RegionColumn {
    #[default]
    Name,
    Country,
    Ties,
    Partners,
    Networks,
    Agreements,
    /// The metrics of [`crate::metrics`], which the caller holds.
    Strength,
    Betweenness,
    Closeness,
    Community,
}

/// The columns of the pairs table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PairColumn {
    #[default]
    Region,
    Partner,
    Ties,
    Since,
}

/// Which way a column sorts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortOrder {
    #[default]
    Ascending,
    Descending,
}

impl SortOrder {
    pub fn apply(self, ordering: Ordering) -> Ordering {
        match self {
            SortOrder::Ascending => ordering,
            SortOrder::Descending => ordering.reverse(),
        }
    }

    /// The order a column starts in when first chosen: counts and years read best largest
    /// or latest first, names from A.
    pub fn first_for_numbers(numeric: bool) -> SortOrder {
        if numeric {
            SortOrder::Descending
        } else {
            SortOrder::Ascending
        }
    }
}

impl RegionColumn {
    pub fn is_numeric(self) -> bool {
        !matches!(self, RegionColumn::Name | RegionColumn::Country)
    }

    /// Compares two rows by a column that does not depend on the language (`None` for the
    /// name, which the caller compares with the names it shows, and for the metrics, which the
    /// caller holds).
    pub fn compare(self, dataset: &Dataset, x: &RegionRow, y: &RegionRow) -> Option<Ordering> {
        Some(match self {
            RegionColumn::Name
            | RegionColumn::Strength
            | RegionColumn::Betweenness
            | RegionColumn::Closeness
            | RegionColumn::Community => return None,
            RegionColumn::Country => dataset
                .region(x.region)
                .country
                .cmp(&dataset.region(y.region).country),
            RegionColumn::Ties => x.ties.cmp(&y.ties),
            RegionColumn::Partners => x.partners.cmp(&y.partners),
            RegionColumn::Networks => x.networks.cmp(&y.networks),
            RegionColumn::Agreements => x.agreements.cmp(&y.agreements),
        })
    }
}

impl PairColumn {
    pub fn is_numeric(self) -> bool {
        matches!(self, PairColumn::Ties | PairColumn::Since)
    }

    /// As [`RegionColumn::compare`]: `None` for the columns of names.
    pub fn compare(self, x: &PairRow, y: &PairRow) -> Option<Ordering> {
        Some(match self {
            PairColumn::Region | PairColumn::Partner => return None,
            PairColumn::Ties => x.ties.len().cmp(&y.ties.len()),
            PairColumn::Since => x.since.cmp(&y.since),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{derive_graph, GraphQuery};
    use crate::load::parse_dataset;

    fn small() -> (Dataset, Graph) {
        let dataset =
            parse_dataset(include_str!("../tests/fixtures/small.json")).expect("the fixture loads");
        let (first, last) = dataset.year_bounds();
        let graph = derive_graph(
            &dataset,
            &GraphQuery {
                sectors: BTreeSet::new(),
                from_year: first,
                to_year: last.max(2026),
                ..Default::default()
            },
        );
        (dataset, graph)
    }

    #[test]
    fn every_pair_and_region_of_the_graph_has_a_row() {
        let (d, g) = small();
        let pairs = pair_rows(&d, &g, Focus::None);
        assert_eq!(pairs.len(), g.edges.len());
        assert_eq!(
            pairs.iter().map(|p| p.ties.len()).sum::<usize>(),
            g.tie_count()
        );
        assert_eq!(region_rows(&d, &g, Focus::None).len(), g.nodes.len());
    }

    #[test]
    fn a_focused_region_keeps_its_pairs_and_partners() {
        let (d, g) = small();
        let lombardy = d.region_by_id("ITC4").unwrap();
        let pairs = pair_rows(&d, &g, Focus::Region(lombardy));
        assert!(!pairs.is_empty());
        assert!(pairs.iter().all(|p| p.a == lombardy || p.b == lombardy));
        let regions = region_rows(&d, &g, Focus::Region(lombardy));
        assert_eq!(regions.len(), g.partners(lombardy).len() + 1);
    }

    #[test]
    fn a_focused_pair_is_one_row_with_since_and_sectors() {
        let (d, g) = small();
        let edge = &g.edges[0];
        let pairs = pair_rows(&d, &g, Focus::Edge(edge.b, edge.a));
        assert_eq!(pairs.len(), 1);
        let row = &pairs[0];
        assert_eq!(
            row.since,
            edge.ties.iter().map(|t| t.span.first).min().unwrap()
        );
        assert!(row.sectors.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(region_rows(&d, &g, Focus::Edge(edge.a, edge.b)).len(), 2);
    }

    #[test]
    fn a_focused_network_keeps_its_members() {
        let (d, g) = small();
        let hub = &g.hubs[0];
        let regions = region_rows(&d, &g, Focus::Network(hub.network));
        assert_eq!(regions.len(), hub.members.len());
        let pairs = pair_rows(&d, &g, Focus::Network(hub.network));
        let n = hub.members.len();
        assert_eq!(pairs.len(), n * (n - 1) / 2);
    }

    #[test]
    fn counts_sort_largest_first_and_names_are_left_to_the_caller() {
        let (d, g) = small();
        let mut rows = region_rows(&d, &g, Focus::None);
        let order = SortOrder::first_for_numbers(RegionColumn::Ties.is_numeric());
        crate::sort::sort_by(&mut rows, |x, y| {
            order.apply(RegionColumn::Ties.compare(&d, x, y).unwrap())
        });
        assert!(rows.windows(2).all(|w| w[0].ties >= w[1].ties));
        assert_eq!(RegionColumn::Name.compare(&d, &rows[0], &rows[1]), None);
    }
}
