//! Every metric per region of the view, and ranks among all regions of the view.

use crate::dataset::RegionIdx;
use crate::graph::Graph;

use super::centrality::betweenness_and_closeness;
use super::communities::louvain;
use super::strength::{MetricsOptions, StrengthGraph};

/// What the view says of one region.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionMetrics {
    pub region: RegionIdx,
    /// Regions it is tied to.
    pub partners: u32,
    /// Ties, over all its partners.
    pub ties: u32,
    /// Sum of its pairs' strengths.
    pub strength: f64,
    pub betweenness: f64,
    pub closeness: f64,
    /// Its community, 0 being the largest.
    pub community: usize,
}

/// Above this much work (regions × tie ends) betweenness and closeness are not computed: one
/// walk from every region would take longer than a click should wait. Measured in the browser
/// (`make bench`, 2026-12-01): the bundled data (0.9 million) 15 ms, the 1,000-region graph
/// (16.7 million) 339 ms; at this limit about 0.1 s. Partners, strength and communities are
/// always computed.
pub const CENTRALITY_WORK_LIMIT: usize = 5_000_000;

/// The metrics of a view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GraphMetrics {
    pub graph: StrengthGraph,
    /// Betweenness and closeness were computed (the view is under [`CENTRALITY_WORK_LIMIT`]);
    /// when not, they are 0 for every region and the page says why.
    pub centrality_computed: bool,
    /// One per region with a counted tie, sorted by region.
    pub regions: Vec<RegionMetrics>,
    pub communities: usize,
    pub modularity: f64,
}

impl GraphMetrics {
    pub fn of(&self, region: RegionIdx) -> Option<&RegionMetrics> {
        self.graph.index_of(region).map(|i| &self.regions[i])
    }

    /// A region's strongest partners, strongest first (then by region): each with the pair's
    /// strength and number of ties.
    pub fn strongest_partners(&self, region: RegionIdx) -> Vec<(RegionIdx, f64, u32)> {
        let Some(i) = self.graph.index_of(region) else {
            return Vec::new();
        };
        let mut partners: Vec<(RegionIdx, f64, u32)> = self.graph.neighbours[i]
            .iter()
            .map(|&(j, s, t)| (self.graph.regions[j], s, t))
            .collect();
        crate::sort::sort_by(&mut partners, |a, b| {
            b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
        });
        partners
    }

    /// The shortest chains of ties from one region to another, as regions.
    pub fn chains(&self, from: RegionIdx, to: RegionIdx, limit: usize) -> Vec<Vec<RegionIdx>> {
        let (Some(a), Some(b)) = (self.graph.index_of(from), self.graph.index_of(to)) else {
            return Vec::new();
        };
        super::chains::shortest_chains(&self.graph, a, b, limit)
            .into_iter()
            .map(|chain| chain.into_iter().map(|v| self.graph.regions[v]).collect())
            .collect()
    }
}

/// The metrics of the view `graph` with `options`.
pub fn compute_metrics(graph: &Graph, options: MetricsOptions) -> GraphMetrics {
    let strength_graph = StrengthGraph::of_view(graph, options);
    let tie_ends: usize = strength_graph.neighbours.iter().map(Vec::len).sum();
    let centrality_computed =
        strength_graph.len().saturating_mul(tie_ends) <= CENTRALITY_WORK_LIMIT;
    let (between, close) = if centrality_computed {
        betweenness_and_closeness(&strength_graph)
    } else {
        let zeros = vec![0.0; strength_graph.len()];
        (zeros.clone(), zeros)
    };
    let partition = louvain(&strength_graph);
    let regions = strength_graph
        .regions
        .iter()
        .enumerate()
        .map(|(i, &region)| {
            let list = &strength_graph.neighbours[i];
            RegionMetrics {
                region,
                partners: list.len() as u32,
                ties: list.iter().map(|&(_, _, t)| t).sum(),
                strength: list.iter().map(|&(_, s, _)| s).sum(),
                betweenness: between[i],
                closeness: close[i],
                community: partition.community_of[i],
            }
        })
        .collect();
    GraphMetrics {
        graph: strength_graph,
        centrality_computed,
        regions,
        communities: partition.count,
        modularity: partition.modularity,
    }
}

/// The rank of `value` among `values`, 1 being the highest; equal values share a rank
/// ("3rd of 118": two regions with the most partners are both 1st, the next is 3rd).
pub fn rank_of(values: impl IntoIterator<Item = f64>, value: f64) -> usize {
    1 + values.into_iter().filter(|&v| v > value + 1e-12).count()
}
