//! How much a tie weighs, and the graph of the view with one weighted edge per pair.
//!
//! With [`TieWeighting::BySize`] (the default) a tie weighs `1 / (k - 1)` where `k` is the
//! number of regions that share it in the view: a bilateral agreement weighs 1, an agreement of
//! three 0.5 each, a co-membership in a network of 30 members 1/29. A pair's strength is the
//! sum of its ties' weights, so two regions that signed an agreement together are stronger
//! partners than two that only sit in the same large alliance (Newman's weighting of
//! collaboration networks). With [`TieWeighting::Equal`] every tie weighs 1.

use crate::sort::CollectTree;
use std::collections::BTreeMap;

use crate::dataset::RegionIdx;
use crate::graph::{Edge, Graph, Tie, TieSource};

/// How ties are weighed into a pair's strength.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TieWeighting {
    /// A tie shared by `k` regions weighs `1 / (k - 1)`.
    #[default]
    BySize,
    /// Every tie weighs 1.
    Equal,
}

/// Choices that change every count and metric.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MetricsOptions {
    pub weighting: TieWeighting,
    /// Ties that rest on an estimate are left out of every count.
    pub exclude_estimated: bool,
}

/// The view's graph for metrics: its regions (those with at least one counted tie, sorted)
/// and, for each, its neighbours with the pair's strength and number of ties.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StrengthGraph {
    pub regions: Vec<RegionIdx>,
    /// `neighbours[i]`: `(j, strength, ties)` for every region `j` tied to region `i`, sorted
    /// by `j`.
    pub neighbours: Vec<Vec<(usize, f64, u32)>>,
}

impl StrengthGraph {
    /// A graph of `n` vertices from an edge list `(a, b, strength)`; each pair once.
    pub fn from_edges(regions: Vec<RegionIdx>, edges: &[(usize, usize, f64)]) -> Self {
        let mut neighbours = vec![Vec::new(); regions.len()];
        for &(a, b, w) in edges {
            neighbours[a].push((b, w, 1));
            neighbours[b].push((a, w, 1));
        }
        for list in &mut neighbours {
            crate::sort::sort_by_key(list, |&(j, _, _)| j);
        }
        Self {
            regions,
            neighbours,
        }
    }

    /// The graph of the view: the edges of `graph`, each tie weighed by `options`.
    pub fn of_view(graph: &Graph, options: MetricsOptions) -> Self {
        let sharers = sharers_in_view(graph);
        let counted = |t: &&Tie| !(options.exclude_estimated && t.estimated);
        let weight = |t: &Tie| match options.weighting {
            TieWeighting::Equal => 1.0,
            TieWeighting::BySize => {
                let k = sharers.get(&t.source).copied().unwrap_or(2).max(2);
                1.0 / (k - 1) as f64
            }
        };
        let kept: Vec<(&Edge, f64, u32)> = graph
            .edges
            .iter()
            .filter_map(|e| {
                let ties: Vec<&Tie> = e.ties.iter().filter(counted).collect();
                (!ties.is_empty()).then(|| {
                    let strength = ties.iter().map(|t| weight(t)).sum();
                    (e, strength, ties.len() as u32)
                })
            })
            .collect();
        let mut regions: Vec<RegionIdx> = kept.iter().flat_map(|(e, _, _)| [e.a, e.b]).collect();
        crate::sort::sort(&mut regions);
        regions.dedup();
        let index = |r: RegionIdx| regions.binary_search(&r).expect("a region of an edge");
        let mut neighbours = vec![Vec::new(); regions.len()];
        for (e, strength, ties) in &kept {
            let (a, b) = (index(e.a), index(e.b));
            neighbours[a].push((b, *strength, *ties));
            neighbours[b].push((a, *strength, *ties));
        }
        for list in &mut neighbours {
            crate::sort::sort_by_key(list, |&(j, _, _)| j);
        }
        Self {
            regions,
            neighbours,
        }
    }

    pub fn len(&self) -> usize {
        self.regions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.regions.is_empty()
    }

    /// The vertex of `region`, if it has a counted tie.
    pub fn index_of(&self, region: RegionIdx) -> Option<usize> {
        self.regions.binary_search(&region).ok()
    }
}

/// For each network or agreement with ties in the view, how many regions share it there.
fn sharers_in_view(graph: &Graph) -> BTreeMap<TieSource, usize> {
    let mut members: BTreeMap<TieSource, Vec<RegionIdx>> = BTreeMap::new();
    for edge in &graph.edges {
        for tie in &edge.ties {
            let list = members.entry(tie.source).or_default();
            list.push(edge.a);
            list.push(edge.b);
        }
    }
    members
        .into_iter()
        .map(|(source, mut regions)| {
            crate::sort::sort(&mut regions);
            regions.dedup();
            (source, regions.len())
        })
        .collect_map()
}
