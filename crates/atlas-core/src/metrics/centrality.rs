//! Betweenness and closeness centrality by hops, exactly as networkx computes them by default
//! (`betweenness_centrality(G)`, normalized; `closeness_centrality(G)`, with the
//! Wasserman-Faust correction for graphs in several pieces).

use super::strength::StrengthGraph;

/// Betweenness of every vertex (Brandes' algorithm): the share of shortest paths between two
/// other vertices that pass through it, normalized by `(n - 1)(n - 2) / 2` pairs.
pub fn betweenness(graph: &StrengthGraph) -> Vec<f64> {
    betweenness_and_closeness(graph).0
}

/// Betweenness and closeness of every vertex from the same walks (one breadth-first walk from
/// each vertex serves both).
pub fn betweenness_and_closeness(graph: &StrengthGraph) -> (Vec<f64>, Vec<f64>) {
    let n = graph.len();
    let (offsets, targets) = compact_adjacency(graph);
    let neighbours = |v: usize| &targets[offsets[v]..offsets[v + 1]];
    let mut centrality = vec![0.0; n];
    let mut closeness = vec![0.0; n];
    let mut order: Vec<u32> = Vec::with_capacity(n);
    let mut paths = vec![0.0f64; n];
    let mut distance = vec![u32::MAX; n];
    let mut dependency = vec![0.0; n];
    // Each vertex's predecessors on shortest paths, among its own neighbours' slots.
    let mut predecessors = vec![0u32; targets.len()];
    let mut predecessor_count = vec![0usize; n];
    for s in 0..n {
        paths.fill(0.0);
        distance.fill(u32::MAX);
        dependency.fill(0.0);
        predecessor_count.fill(0);
        order.clear();
        paths[s] = 1.0;
        distance[s] = 0;
        order.push(s as u32);
        // Breadth first, `order` doubling as the queue.
        let mut head = 0;
        while head < order.len() {
            let v = order[head] as usize;
            head += 1;
            let next = distance[v] + 1;
            for &w in neighbours(v) {
                let w = w as usize;
                if distance[w] == u32::MAX {
                    distance[w] = next;
                    order.push(w as u32);
                }
                if distance[w] == next {
                    paths[w] += paths[v];
                    predecessors[offsets[w] + predecessor_count[w]] = v as u32;
                    predecessor_count[w] += 1;
                }
            }
        }
        closeness[s] = closeness_from(
            n,
            order.len(),
            order.iter().map(|&v| distance[v as usize] as usize).sum(),
        );
        // Back from the farthest, each vertex passing its share to its predecessors.
        for &w in order.iter().rev() {
            let w = w as usize;
            if w == s {
                continue;
            }
            let share = (1.0 + dependency[w]) / paths[w];
            for &v in &predecessors[offsets[w]..offsets[w] + predecessor_count[w]] {
                let v = v as usize;
                dependency[v] += paths[v] * share;
            }
            centrality[w] += dependency[w];
        }
    }
    // Every pair was counted from both ends; networkx divides the sum by (n - 1)(n - 2).
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        for c in &mut centrality {
            *c *= scale;
        }
    }
    (centrality, closeness)
}

/// networkx's closeness of a vertex that reaches `reached` vertices (itself included) of `n`,
/// at a total distance of `total` steps.
fn closeness_from(n: usize, reached: usize, total: usize) -> f64 {
    if total == 0 || n < 2 {
        return 0.0;
    }
    let others = (reached - 1) as f64;
    (others / total as f64) * (others / (n - 1) as f64)
}

/// The neighbours of every vertex in one array: vertex `v`'s are
/// `targets[offsets[v]..offsets[v + 1]]` (compact, so the walks stay in the cache).
fn compact_adjacency(graph: &StrengthGraph) -> (Vec<usize>, Vec<u32>) {
    let mut offsets = Vec::with_capacity(graph.len() + 1);
    let mut targets = Vec::new();
    offsets.push(0);
    for list in &graph.neighbours {
        targets.extend(list.iter().map(|&(j, _, _)| j as u32));
        offsets.push(targets.len());
    }
    (offsets, targets)
}

/// Closeness of every vertex: the inverse of its mean distance to the vertices it can reach,
/// scaled by the share of the graph it can reach.
pub fn closeness(graph: &StrengthGraph) -> Vec<f64> {
    betweenness_and_closeness(graph).1
}
