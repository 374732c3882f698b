//! The atlas's network metrics agree with networkx on the same graphs
//! (`fixtures/metrics/networkx.json`, written by `fixtures/metrics/make_fixture.py`), and the
//! metrics of the bundled data rank and chain as a reader would check by hand.

use std::collections::BTreeMap;

use atlas_core::dataset::RegionIdx;
use atlas_core::metrics::centrality::{betweenness, closeness};
use atlas_core::metrics::chains::shortest_chains;
use atlas_core::metrics::communities::{louvain, modularity_of};
use atlas_core::metrics::StrengthGraph;
use serde_json::Value;

fn fixture() -> Vec<Value> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/metrics/networkx.json"
    ))
    .unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    json["graphs"].as_array().unwrap().clone()
}

fn graph_of(g: &Value) -> StrengthGraph {
    let n = g["n"].as_u64().unwrap() as usize;
    let edges: Vec<(usize, usize, f64)> = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e[0].as_u64().unwrap() as usize,
                e[1].as_u64().unwrap() as usize,
                e[2].as_f64().unwrap(),
            )
        })
        .collect();
    StrengthGraph::from_edges((0..n as u32).map(RegionIdx).collect(), &edges)
}

fn numbers(v: &Value) -> Vec<f64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect()
}

fn assert_close(name: &str, what: &str, ours: &[f64], theirs: &[f64]) {
    assert_eq!(ours.len(), theirs.len());
    for (v, (a, b)) in ours.iter().zip(theirs).enumerate() {
        assert!(
            (a - b).abs() < 1e-9,
            "{name}: {what} of vertex {v}: ours {a}, networkx {b}"
        );
    }
}

#[test]
fn betweenness_and_closeness_equal_networkx() {
    for g in fixture() {
        let name = g["name"].as_str().unwrap();
        let graph = graph_of(&g);
        assert_close(
            name,
            "betweenness",
            &betweenness(&graph),
            &numbers(&g["betweenness"]),
        );
        assert_close(
            name,
            "closeness",
            &closeness(&graph),
            &numbers(&g["closeness"]),
        );
    }
}

/// Two partitions are the same when they group the vertices alike, whatever the numbering.
fn same_grouping(a: &[usize], b: &[usize]) -> bool {
    let mut map: BTreeMap<usize, usize> = BTreeMap::new();
    let mut back: BTreeMap<usize, usize> = BTreeMap::new();
    a.iter()
        .zip(b)
        .all(|(&x, &y)| *map.entry(x).or_insert(y) == y && *back.entry(y).or_insert(x) == x)
}

#[test]
fn communities_agree_with_networkx_louvain() {
    for g in fixture() {
        let name = g["name"].as_str().unwrap();
        let graph = graph_of(&g);
        let theirs: Vec<usize> = g["louvain_community_of"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap() as usize)
            .collect();
        let their_modularity = g["louvain_modularity"].as_f64().unwrap();
        // Our modularity is networkx's on networkx's own partition.
        assert!(
            (modularity_of(&graph, &theirs) - their_modularity).abs() < 1e-9,
            "{name}"
        );
        let ours = louvain(&graph);
        // Louvain finds a local optimum: ours must be as good as networkx's, to a hair.
        assert!(
            ours.modularity >= their_modularity - 0.005,
            "{name}: modularity {} vs networkx {their_modularity}",
            ours.modularity
        );
        if name == "three-groups" {
            assert!(
                same_grouping(&ours.community_of, &theirs),
                "{name}: {:?} vs networkx {theirs:?}",
                ours.community_of
            );
        }
        // The same graph always gives the same communities, numbered largest first.
        assert_eq!(louvain(&graph), ours);
        let sizes: Vec<usize> = (0..ours.count)
            .map(|c| ours.community_of.iter().filter(|&&x| x == c).count())
            .collect();
        assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
    }
}

#[test]
fn shortest_chains_are_networkx_shortest_paths() {
    for g in fixture() {
        let name = g["name"].as_str().unwrap();
        let graph = graph_of(&g);
        let chain = &g["chain"];
        let (from, to) = (
            chain["from"].as_u64().unwrap() as usize,
            chain["to"].as_u64().unwrap() as usize,
        );
        let mut theirs: Vec<Vec<usize>> = chain["shortest"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                p.as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_u64().unwrap() as usize)
                    .collect()
            })
            .collect();
        let mut ours = shortest_chains(&graph, from, to, 100);
        ours.sort();
        theirs.sort();
        assert_eq!(ours, theirs, "{name}");
    }
}

mod bundled {
    use atlas_core::metrics::{compute_metrics, rank_of, MetricsOptions, TieWeighting};
    use atlas_core::{derive_graph, parse_dataset_bytes, Dataset, GraphQuery};

    fn bundled() -> Dataset {
        parse_dataset_bytes(include_bytes!("../../../public/data/atlas.json")).unwrap()
    }

    fn all_years(d: &Dataset) -> GraphQuery {
        let (from_year, to_year) = d.year_bounds();
        GraphQuery {
            from_year,
            to_year,
            ..Default::default()
        }
    }

    #[test]
    fn lombardys_strongest_partners_are_those_it_signed_agreements_with() {
        let d = bundled();
        let graph = derive_graph(&d, &all_years(&d));
        let metrics = compute_metrics(&graph, MetricsOptions::default());
        let lombardy = d.region_by_id("ITC4").unwrap();
        let strongest = metrics.strongest_partners(lombardy);
        let names: Vec<&str> = strongest[..5]
            .iter()
            .map(|p| d.region(p.0).id.as_str())
            .collect();
        // Piedmont and Liguria share the North-West Italy alliance (three members) and more;
        // a bilateral agreement weighs a whole tie, a network of thirty a thirtieth.
        assert!(names.contains(&"ITC1"), "{names:?}");
        for pair in strongest.windows(2) {
            assert!(pair[0].1 >= pair[1].1);
        }
        // Counted equally, the partners that share most ties come first instead.
        let equal = compute_metrics(
            &graph,
            MetricsOptions {
                weighting: TieWeighting::Equal,
                ..Default::default()
            },
        );
        let by_ties = equal.strongest_partners(lombardy);
        assert!(by_ties
            .windows(2)
            .all(|p| p[0].2 >= p[1].2 || p[0].1 >= p[1].1));
        assert_ne!(
            strongest[..5],
            by_ties[..5],
            "the weighting changes the ranking"
        );
    }

    #[test]
    fn ranks_chains_and_the_estimates_option() {
        let d = bundled();
        let graph = derive_graph(&d, &all_years(&d));
        let metrics = compute_metrics(&graph, MetricsOptions::default());
        let lombardy = d.region_by_id("ITC4").unwrap();
        let quebec = d.region_by_id("CA-QC").unwrap();
        let m = metrics.of(lombardy).unwrap();
        let rank = rank_of(
            metrics.regions.iter().map(|r| r.partners as f64),
            m.partners as f64,
        );
        assert!(rank >= 1 && rank <= metrics.regions.len());
        assert_eq!(m.partners as usize, graph.partners(lombardy).len());
        // Lombardy and Québec signed a letter of intent: the chain is one step.
        let chains = metrics.chains(lombardy, quebec, 5);
        assert_eq!(chains[0], vec![lombardy, quebec]);
        // Without estimated ties there are fewer (or as many) ties, never more.
        let sure = compute_metrics(
            &graph,
            MetricsOptions {
                exclude_estimated: true,
                ..Default::default()
            },
        );
        let total =
            |g: &atlas_core::metrics::GraphMetrics| g.regions.iter().map(|r| r.ties).sum::<u32>();
        assert!(total(&sure) < total(&metrics));
        assert!(metrics.communities >= 2 && metrics.modularity > 0.0);
    }
}

#[test]
fn centrality_waits_for_a_view_small_enough_to_compute_at_once() {
    use atlas_core::date::YearSpan;
    use atlas_core::metrics::{compute_metrics, MetricsOptions};
    use atlas_core::{Edge, Graph, Tie, TieSource};
    // Everyone tied to everyone: n regions, n(n-1) tie ends.
    let complete = |n: u32| Graph {
        edges: (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .map(|(a, b)| Edge {
                a: RegionIdx(a),
                b: RegionIdx(b),
                ties: vec![Tie {
                    source: TieSource::Network(atlas_core::dataset::NetworkIdx(0)),
                    span: YearSpan {
                        first: 2000,
                        last: None,
                    },
                    estimated: false,
                }],
            })
            .collect(),
        ..Default::default()
    };
    let small = compute_metrics(&complete(60), MetricsOptions::default());
    assert!(small.centrality_computed);
    assert!(small
        .regions
        .iter()
        .all(|r| (r.closeness - 1.0).abs() < 1e-12));
    let large = compute_metrics(&complete(400), MetricsOptions::default());
    assert!(
        !large.centrality_computed,
        "400 × 159,600 tie ends is over the limit"
    );
    assert_eq!(large.regions.len(), 400);
    assert!(large.regions.iter().all(|r| r.partners == 399));
}
