//! How many ties each sector has in a span of years, whatever sectors are picked: the number a
//! sector chip shows (what picking it would add). Counted straight from the data, without
//! deriving a second whole graph.

use std::collections::{BTreeMap, BTreeSet};

use crate::dataset::{Dataset, RegionIdx, SectorIdx};
use crate::graph::GraphQuery;

/// Ties per sector in force at some point in the years of `query`, with its kinds of network
/// and roles but whatever its sectors. A tie is one pair of regions through one network or
/// agreement, as in [`crate::derive_graph`]; a tie about two sectors counts for both.
pub fn sector_counts(dataset: &Dataset, query: &GraphQuery) -> BTreeMap<SectorIdx, usize> {
    let (from_year, to_year) = (query.from_year, query.to_year);
    let mut counts: BTreeMap<SectorIdx, usize> = BTreeMap::new();
    let mut add = |sectors: &[SectorIdx], ties: usize| {
        if ties == 0 {
            return;
        }
        for &sector in sectors {
            *counts.entry(sector).or_default() += ties;
        }
    };
    for network in &dataset.networks {
        if !query.kind_matches(network.kind) {
            continue;
        }
        let spans: Vec<_> = network
            .members
            .iter()
            .filter(|m| query.role_counts(&m.role))
            .map(|m| (m.region, network.membership_span(m)))
            .filter(|(_, span)| span.overlaps(from_year, to_year))
            .collect();
        let mut pairs: BTreeSet<(RegionIdx, RegionIdx)> = BTreeSet::new();
        for (i, (a, span_a)) in spans.iter().enumerate() {
            for (b, span_b) in &spans[i + 1..] {
                let together = span_a
                    .intersect(span_b)
                    .is_some_and(|s| s.overlaps(from_year, to_year));
                if a != b && together {
                    pairs.insert((*a.min(b), *a.max(b)));
                }
            }
        }
        add(&network.sectors, pairs.len());
    }
    for agreement in &dataset.agreements {
        if agreement.span().overlaps(from_year, to_year) {
            let parties: BTreeSet<RegionIdx> = agreement.parties.iter().copied().collect();
            let n = parties.len();
            add(&agreement.sectors, n * n.saturating_sub(1) / 2);
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derive_graph;
    use crate::graph::tie_sectors;

    /// The same count through the whole graph, as the chips were counted before.
    fn through_the_graph(dataset: &Dataset, query: &GraphQuery) -> BTreeMap<SectorIdx, usize> {
        let all = derive_graph(
            dataset,
            &GraphQuery {
                sectors: Default::default(),
                ..query.clone()
            },
        );
        let mut counts: BTreeMap<SectorIdx, usize> = BTreeMap::new();
        for tie in all.edges.iter().flat_map(|e| &e.ties) {
            for &s in tie_sectors(dataset, tie.source) {
                *counts.entry(s).or_default() += 1;
            }
        }
        counts
    }

    #[test]
    fn counts_what_the_graph_would_show_in_every_span() {
        let dataset =
            crate::parse_dataset(include_str!("../../../public/data/atlas.json")).unwrap();
        let (first, last) = dataset.year_bounds();
        for (from, to) in [
            (first, last),
            (1988, 1988),
            (2004, 2010),
            (2024, 2024),
            (last, last),
        ] {
            let euroregions = [crate::dataset::NetworkKind::Euroregion]
                .into_iter()
                .collect();
            for (kinds, full_members_only) in [(Default::default(), false), (euroregions, true)] {
                let query = GraphQuery {
                    from_year: from,
                    to_year: to,
                    kinds,
                    full_members_only,
                    ..Default::default()
                };
                assert_eq!(
                    sector_counts(&dataset, &query),
                    through_the_graph(&dataset, &query),
                    "{from}-{to}"
                );
            }
        }
    }
}
