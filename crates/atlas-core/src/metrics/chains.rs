//! "How is A connected to B": the shortest chains of ties between two regions, fewest steps
//! first; among chains of the same length, the strongest (highest sum of pair strengths) first.

use std::collections::VecDeque;

use super::strength::StrengthGraph;

/// Up to `limit` shortest chains from vertex `from` to vertex `to`, each the list of vertices
/// from `from` to `to`; empty when they are not connected (or are the same vertex).
pub fn shortest_chains(
    graph: &StrengthGraph,
    from: usize,
    to: usize,
    limit: usize,
) -> Vec<Vec<usize>> {
    let n = graph.len();
    if from >= n || to >= n || from == to || limit == 0 {
        return Vec::new();
    }
    // Distances from `to`, so that walking from `from` downhill finds every shortest chain.
    let mut distance = vec![usize::MAX; n];
    distance[to] = 0;
    let mut queue = VecDeque::from([to]);
    while let Some(v) = queue.pop_front() {
        for &(w, _, _) in &graph.neighbours[v] {
            if distance[w] == usize::MAX {
                distance[w] = distance[v] + 1;
                queue.push_back(w);
            }
        }
    }
    if distance[from] == usize::MAX {
        return Vec::new();
    }
    // Every shortest chain, enumerated depth first (bounded: chains in a graph of regions are
    // few and short, and the walk stops after a generous number).
    const MAX_ENUMERATED: usize = 10_000;
    let mut chains: Vec<(f64, Vec<usize>)> = Vec::new();
    let mut stack = vec![(vec![from], 0.0)];
    while let Some((path, strength)) = stack.pop() {
        let v = *path.last().expect("a chain has a start");
        if v == to {
            chains.push((strength, path));
            if chains.len() >= MAX_ENUMERATED {
                break;
            }
            continue;
        }
        for &(w, s, _) in graph.neighbours[v].iter().rev() {
            if distance[w] + 1 == distance[v] {
                let mut next = path.clone();
                next.push(w);
                stack.push((next, strength + s));
            }
        }
    }
    crate::sort::sort_by(&mut chains, |a, b| {
        b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1))
    });
    chains.into_iter().take(limit).map(|(_, c)| c).collect()
}
