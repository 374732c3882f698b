//! What changed in a span of years: who joined which network and who left, which agreements
//! were signed or ended, which presidencies began; each with its date and sources, in date
//! order. Follows the same filter as the map (sectors, kinds of network, full members only).

use crate::dataset::{AgreementIdx, Dataset, MemberRole, NetworkIdx, RegionIdx, SourceIdx};
use crate::date::PartialDate;
use crate::graph::GraphQuery;

/// What happened.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// A network was founded (its founding members joined with it).
    Founded {
        network: NetworkIdx,
    },
    Joined {
        network: NetworkIdx,
        region: RegionIdx,
        role: MemberRole,
    },
    Left {
        network: NetworkIdx,
        region: RegionIdx,
    },
    Signed {
        agreement: AgreementIdx,
    },
    Ended {
        agreement: AgreementIdx,
    },
    PresidencyBegan {
        network: NetworkIdx,
        region: RegionIdx,
        role: String,
    },
}

/// One change, with its date and what supports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub date: PartialDate,
    pub kind: ChangeKind,
    pub sources: Vec<SourceIdx>,
    /// The date or the fact rests on an estimate.
    pub estimated: bool,
}

impl Change {
    /// The regions the change is about.
    pub fn regions(&self, dataset: &Dataset) -> Vec<RegionIdx> {
        match &self.kind {
            ChangeKind::Founded { network } => dataset
                .network(*network)
                .members
                .iter()
                .filter(|m| m.founding)
                .map(|m| m.region)
                .collect(),
            ChangeKind::Joined { region, .. }
            | ChangeKind::Left { region, .. }
            | ChangeKind::PresidencyBegan { region, .. } => vec![*region],
            ChangeKind::Signed { agreement } | ChangeKind::Ended { agreement } => {
                dataset.agreement(*agreement).parties.clone()
            }
        }
    }
}

/// The changes dated from `query.from_year` to `query.to_year` (inclusive) that pass the
/// query's other filters, oldest first.
pub fn changes_between(dataset: &Dataset, query: &GraphQuery) -> Vec<Change> {
    let in_span = |d: PartialDate| (query.from_year..=query.to_year).contains(&d.year);
    let mut out = Vec::new();
    for (n, network) in dataset.networks.iter().enumerate() {
        if !query.sectors_match(&network.sectors) || !query.kind_matches(network.kind) {
            continue;
        }
        let network_idx = NetworkIdx(n as u32);
        if in_span(network.founded) {
            out.push(Change {
                date: network.founded,
                kind: ChangeKind::Founded {
                    network: network_idx,
                },
                sources: network.sources.clone(),
                estimated: false,
            });
        }
        for m in network
            .members
            .iter()
            .filter(|m| query.role_counts(&m.role))
        {
            let sources = if m.sources.is_empty() {
                network.sources.clone()
            } else {
                m.sources.clone()
            };
            // Founding members are told by the founding, not one by one.
            let founding_day = m.founding && m.joined == network.founded;
            if in_span(m.joined) && !founding_day {
                out.push(Change {
                    date: m.joined,
                    kind: ChangeKind::Joined {
                        network: network_idx,
                        region: m.region,
                        role: m.role.clone(),
                    },
                    sources: sources.clone(),
                    estimated: m.estimated,
                });
            }
            if let Some(left) = m.left.filter(|&d| in_span(d)) {
                out.push(Change {
                    date: left,
                    kind: ChangeKind::Left {
                        network: network_idx,
                        region: m.region,
                    },
                    sources,
                    estimated: m.estimated,
                });
            }
        }
        for p in network.presidencies.iter().filter(|p| in_span(p.from)) {
            out.push(Change {
                date: p.from,
                kind: ChangeKind::PresidencyBegan {
                    network: network_idx,
                    region: p.region,
                    role: p.role.clone(),
                },
                sources: p.sources.clone(),
                estimated: p.estimated,
            });
        }
    }
    for (i, agreement) in dataset.agreements.iter().enumerate() {
        if !query.sectors_match(&agreement.sectors) {
            continue;
        }
        let agreement_idx = AgreementIdx(i as u32);
        if in_span(agreement.signed) {
            out.push(Change {
                date: agreement.signed,
                kind: ChangeKind::Signed {
                    agreement: agreement_idx,
                },
                sources: agreement.sources.clone(),
                estimated: agreement.estimated,
            });
        }
        if let Some(ends) = agreement.ends.filter(|&d| in_span(d)) {
            out.push(Change {
                date: ends,
                kind: ChangeKind::Ended {
                    agreement: agreement_idx,
                },
                sources: agreement.sources.clone(),
                estimated: agreement.estimated,
            });
        }
    }
    crate::sort::sort_by(&mut out, |a, b| {
        a.date.cmp(&b.date).then_with(|| a.kind.cmp(&b.kind))
    });
    out
}

/// How many ties began in each year from `first` to `last`: the timeline's histogram. A tie is
/// a membership's start (counted once per member) or an agreement's signature.
pub fn ties_begun_per_year(
    dataset: &Dataset,
    query: &GraphQuery,
    first: i32,
    last: i32,
) -> Vec<u32> {
    let span = GraphQuery {
        from_year: first,
        to_year: last,
        ..query.clone()
    };
    let mut counts = vec![0u32; (last - first + 1).max(0) as usize];
    for change in changes_between(dataset, &span) {
        let weight = match &change.kind {
            ChangeKind::Founded { network } => dataset
                .network(*network)
                .members
                .iter()
                .filter(|m| m.founding && m.joined == dataset.network(*network).founded)
                .count() as u32,
            ChangeKind::Joined { .. } | ChangeKind::Signed { .. } => 1,
            _ => 0,
        };
        if let Some(slot) = counts.get_mut((change.date.year - first) as usize) {
            *slot += weight;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_dataset;

    fn small() -> Dataset {
        parse_dataset(include_str!("../tests/fixtures/small.json")).unwrap()
    }

    fn years(from_year: i32, to_year: i32) -> GraphQuery {
        GraphQuery {
            from_year,
            to_year,
            ..Default::default()
        }
    }

    #[test]
    fn changes_are_dated_in_the_span_and_in_date_order() {
        let d = small();
        let all = changes_between(&d, &years(1900, 2100));
        assert!(!all.is_empty());
        assert!(all.windows(2).all(|w| w[0].date <= w[1].date));
        let in_2026 = changes_between(&d, &years(2026, 2026));
        assert!(in_2026.iter().all(|c| c.date.year == 2026));
        assert!(in_2026.len() < all.len());
        // The fixture's March 2026 memorandum is a change of 2026.
        assert!(in_2026
            .iter()
            .any(|c| matches!(c.kind, ChangeKind::Signed { .. })
                && c.date
                    == PartialDate {
                        year: 2026,
                        month: Some(3),
                        day: Some(3)
                    }));
    }

    #[test]
    fn the_histogram_counts_what_began_each_year() {
        let d = small();
        let (first, last) = (1988, 2026);
        let counts = ties_begun_per_year(&d, &years(first, last), first, last);
        assert_eq!(counts.len(), (last - first + 1) as usize);
        let signed_2026 = changes_between(&d, &years(2026, 2026))
            .iter()
            .filter(|c| {
                matches!(
                    c.kind,
                    ChangeKind::Signed { .. } | ChangeKind::Joined { .. }
                )
            })
            .count() as u32;
        assert!(counts[(2026 - first) as usize] >= signed_2026);
    }
}
