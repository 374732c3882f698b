//! Communities: groups of regions more tied among themselves than to the rest, found by the
//! Louvain method (Blondel et al. 2008) on tie strength. Deterministic: vertices are visited in
//! region order and ties between equal gains go to the lower community, so the same view
//! always gives the same communities. Numbered by size, largest first.

use crate::sort::CollectTree;
use std::collections::BTreeMap;

use super::strength::StrengthGraph;

/// Regions grouped into communities.
#[derive(Clone, Debug, PartialEq)]
pub struct Partition {
    /// The community of each vertex, `0..count`, the largest community first.
    pub community_of: Vec<usize>,
    pub count: usize,
    /// Newman's modularity of the partition (networkx's `modularity`).
    pub modularity: f64,
}

/// A weighted graph being coarsened: `adjacency` without self-loops, `loops` the weight inside
/// each vertex, `degree` each vertex's weighted degree (a loop counts twice, as in networkx).
struct Level {
    adjacency: Vec<BTreeMap<usize, f64>>,
    loops: Vec<f64>,
    degree: Vec<f64>,
}

/// Below this gain in modularity a level stops (networkx's default threshold).
const THRESHOLD: f64 = 1e-7;

/// The Louvain communities of `graph`.
pub fn louvain(graph: &StrengthGraph) -> Partition {
    let n = graph.len();
    let adjacency: Vec<BTreeMap<usize, f64>> = graph
        .neighbours
        .iter()
        .map(|list| list.iter().map(|&(j, w, _)| (j, w)).collect_map())
        .collect();
    let degree: Vec<f64> = adjacency.iter().map(|a| a.values().sum()).collect();
    let two_m: f64 = degree.iter().sum();
    let mut membership: Vec<usize> = (0..n).collect();
    if two_m <= 0.0 {
        return numbered(graph, membership);
    }
    let mut level = Level {
        adjacency,
        loops: vec![0.0; n],
        degree,
    };
    let mut modularity = modularity_of(graph, &membership);
    loop {
        let (moved, community) = move_vertices(&level, two_m);
        if !moved {
            break;
        }
        let (next, renumbered) = aggregate(&level, &community);
        let candidate: Vec<usize> = membership.iter().map(|&v| renumbered[v]).collect();
        let gained = modularity_of(graph, &candidate);
        if gained - modularity <= THRESHOLD {
            break;
        }
        membership = candidate;
        modularity = gained;
        level = next;
    }
    numbered(graph, membership)
}

/// One pass of local moves until none improves modularity; the community of each vertex and
/// whether any vertex moved.
fn move_vertices(level: &Level, two_m: f64) -> (bool, Vec<usize>) {
    let n = level.degree.len();
    let mut community: Vec<usize> = (0..n).collect();
    let mut total: Vec<f64> = level.degree.clone();
    let mut moved_any = false;
    loop {
        let mut moved = false;
        for v in 0..n {
            let own = community[v];
            let k = level.degree[v];
            total[own] -= k;
            let mut links: BTreeMap<usize, f64> = BTreeMap::new();
            links.insert(own, 0.0);
            for (&u, &w) in &level.adjacency[v] {
                *links.entry(community[u]).or_default() += w;
            }
            let gain = |c: usize, w: f64| w - total[c] * k / two_m;
            let mut best = own;
            let mut best_gain = gain(own, links[&own]);
            for (&c, &w) in &links {
                let g = gain(c, w);
                if g > best_gain + 1e-12 {
                    best = c;
                    best_gain = g;
                }
            }
            total[best] += k;
            if best != own {
                community[v] = best;
                moved = true;
                moved_any = true;
            }
        }
        if !moved {
            break;
        }
    }
    (moved_any, community)
}

/// The graph of communities: one vertex per community, numbered by first appearance.
fn aggregate(level: &Level, community: &[usize]) -> (Level, Vec<usize>) {
    let mut renumbered = vec![usize::MAX; community.len()];
    let mut next_id = 0;
    let mut new_of = BTreeMap::new();
    for (v, &c) in community.iter().enumerate() {
        let id = *new_of.entry(c).or_insert_with(|| {
            next_id += 1;
            next_id - 1
        });
        renumbered[v] = id;
    }
    let mut next = Level {
        adjacency: vec![BTreeMap::new(); next_id],
        loops: vec![0.0; next_id],
        degree: vec![0.0; next_id],
    };
    for v in 0..community.len() {
        let cv = renumbered[v];
        next.loops[cv] += level.loops[v];
        next.degree[cv] += level.degree[v];
        for (&u, &w) in &level.adjacency[v] {
            let cu = renumbered[u];
            if cu == cv {
                // Each inner edge is seen from both ends.
                if u > v {
                    next.loops[cv] += w;
                }
            } else {
                *next.adjacency[cv].entry(cu).or_default() += w;
            }
        }
    }
    (next, renumbered)
}

/// Newman's modularity of `membership` on `graph`.
pub fn modularity_of(graph: &StrengthGraph, membership: &[usize]) -> f64 {
    let degree: Vec<f64> = graph
        .neighbours
        .iter()
        .map(|list| list.iter().map(|&(_, w, _)| w).sum())
        .collect();
    let two_m: f64 = degree.iter().sum();
    if two_m <= 0.0 {
        return 0.0;
    }
    let mut inner: BTreeMap<usize, f64> = BTreeMap::new();
    let mut total: BTreeMap<usize, f64> = BTreeMap::new();
    for (v, list) in graph.neighbours.iter().enumerate() {
        *total.entry(membership[v]).or_default() += degree[v];
        for &(u, w, _) in list {
            if u > v && membership[u] == membership[v] {
                *inner.entry(membership[v]).or_default() += w;
            }
        }
    }
    total
        .iter()
        .map(|(c, &d)| inner.get(c).copied().unwrap_or(0.0) / (two_m / 2.0) - (d / two_m).powi(2))
        .sum()
}

/// The partition with communities numbered by size (largest first, then by first vertex).
fn numbered(graph: &StrengthGraph, membership: Vec<usize>) -> Partition {
    let mut sizes: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for (v, &c) in membership.iter().enumerate() {
        let entry = sizes.entry(c).or_insert((0, v));
        entry.0 += 1;
    }
    let mut order: Vec<(usize, usize, usize)> = sizes
        .into_iter()
        .map(|(c, (size, first))| (c, size, first))
        .collect();
    crate::sort::sort_by(&mut order, |a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let rank: BTreeMap<usize, usize> = order
        .iter()
        .enumerate()
        .map(|(i, &(c, _, _))| (c, i))
        .collect_map();
    let community_of: Vec<usize> = membership.iter().map(|c| rank[c]).collect();
    let modularity = modularity_of(graph, &community_of);
    Partition {
        count: order.len(),
        community_of,
        modularity,
    }
}
