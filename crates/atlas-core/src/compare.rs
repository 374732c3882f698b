//! Regions side by side (`compare=DE1,DE2`): the networks and agreements each has, lacks and
//! shares with the others in the years shown, with the years each joined or signed.

use crate::dataset::{AgreementIdx, Dataset, NetworkIdx, RegionIdx};
use crate::date::PartialDate;
use crate::graph::GraphQuery;

/// One network or agreement, and what each compared region has of it (in their order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareRow<T> {
    pub item: T,
    /// For each region: the date it joined or signed, `None` if it lacks it.
    pub since: Vec<Option<PartialDate>>,
}

impl<T> CompareRow<T> {
    /// Every compared region has it.
    pub fn shared_by_all(&self) -> bool {
        self.since.iter().all(Option::is_some)
    }
}

/// The comparison of some regions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub regions: Vec<RegionIdx>,
    /// Shared by all first, then by how many have it, then in data order.
    pub networks: Vec<CompareRow<NetworkIdx>>,
    pub agreements: Vec<CompareRow<AgreementIdx>>,
}

/// Compares `regions` over the networks and agreements that pass `query` (years, sectors,
/// kinds, roles).
pub fn compare_regions(dataset: &Dataset, query: &GraphQuery, regions: &[RegionIdx]) -> Comparison {
    let mut networks = Vec::new();
    for (n, network) in dataset.networks.iter().enumerate() {
        if !query.sectors_match(&network.sectors) || !query.kind_matches(network.kind) {
            continue;
        }
        let since: Vec<Option<PartialDate>> = regions
            .iter()
            .map(|&r| {
                network
                    .members
                    .iter()
                    .filter(|m| m.region == r && query.role_counts(&m.role))
                    .filter(|m| query.span_counts(&network.membership_span(m)))
                    .map(|m| m.joined)
                    .min()
            })
            .collect();
        if since.iter().any(Option::is_some) {
            networks.push(CompareRow {
                item: NetworkIdx(n as u32),
                since,
            });
        }
    }
    let mut agreements = Vec::new();
    for (a, agreement) in dataset.agreements.iter().enumerate() {
        if !query.sectors_match(&agreement.sectors) || !query.span_counts(&agreement.span()) {
            continue;
        }
        let since: Vec<Option<PartialDate>> = regions
            .iter()
            .map(|r| agreement.parties.contains(r).then_some(agreement.signed))
            .collect();
        if since.iter().any(Option::is_some) {
            agreements.push(CompareRow {
                item: AgreementIdx(a as u32),
                since,
            });
        }
    }
    let having = |since: &[Option<PartialDate>]| since.iter().filter(|s| s.is_some()).count();
    crate::sort::sort_by_key(&mut networks, |row| std::cmp::Reverse(having(&row.since)));
    crate::sort::sort_by_key(&mut agreements, |row| std::cmp::Reverse(having(&row.since)));
    Comparison {
        regions: regions.to_vec(),
        networks,
        agreements,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_dataset;

    #[test]
    fn bavaria_and_baden_wurttemberg_share_the_networks_they_both_joined() {
        let d = parse_dataset(include_str!("../../../public/data/atlas.json")).unwrap();
        let (first, last) = d.year_bounds();
        let query = GraphQuery {
            from_year: first,
            to_year: last,
            ..Default::default()
        };
        let (bw, by) = (
            d.region_by_id("DE1").unwrap(),
            d.region_by_id("DE2").unwrap(),
        );
        let c = compare_regions(&d, &query, &[bw, by]);
        let four_motors = d.network_by_id("four-motors").unwrap();
        let row = |n| c.networks.iter().find(|r| r.item == n);
        // Baden-Württemberg founded the Four Motors; Bavaria is not a member.
        let fm = row(four_motors).unwrap();
        assert!(fm.since[0].is_some() && fm.since[1].is_none());
        assert!(!fm.shared_by_all());
        // Shared rows come first.
        let shared = c.networks.iter().take_while(|r| r.shared_by_all()).count();
        assert!(shared > 0);
        assert!(c.networks[shared..].iter().all(|r| !r.shared_by_all()));
        assert_eq!(
            c.networks.iter().filter(|r| r.shared_by_all()).count(),
            shared
        );
    }
}
