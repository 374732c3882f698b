//! Answers about the filtered graph: who has most partners, who sits between the others, which
//! regions form communities, who are a region's strongest partners, and how two regions are
//! connected. Computed from the same graph the map draws (one edge per pair of regions), so
//! every number matches what is on screen; checked against networkx on fixtures
//! (`tests/metrics.rs`, the script beside its fixture).
//!
//! - [`strength`]: how much a tie weighs (a bilateral agreement above a co-membership in a
//!   large network) and the weighted graph of the view;
//! - [`centrality`]: betweenness and closeness, by hops, as networkx defines them;
//! - [`communities`]: a deterministic Louvain on tie strength;
//! - [`chains`]: the shortest chains of ties between two regions;
//! - [`region_metrics`]: all of it per region, with ranks ("3rd of 118 by partners").

pub mod centrality;
pub mod chains;
pub mod communities;
pub mod region_metrics;
pub mod strength;

pub use region_metrics::{
    compute_metrics, rank_of, GraphMetrics, RegionMetrics, CENTRALITY_WORK_LIMIT,
};
pub use strength::{MetricsOptions, StrengthGraph, TieWeighting};
