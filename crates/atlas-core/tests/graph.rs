//! Which ties are active for a filter: the interval rules and the sector rule, on a fixture
//! small enough to check by hand.

use std::collections::BTreeSet;

use atlas_core::{derive_graph, parse_dataset, Dataset, Graph, GraphQuery, TieSource};

fn small() -> Dataset {
    parse_dataset(include_str!("fixtures/small.json")).unwrap()
}

fn query(dataset: &Dataset, sectors: &[&str], from_year: i32, to_year: i32) -> GraphQuery {
    GraphQuery {
        sectors: sectors
            .iter()
            .map(|id| dataset.sector_by_id(id).unwrap())
            .collect::<BTreeSet<_>>(),
        from_year,
        to_year,
        ..Default::default()
    }
}

/// Edges as sorted "A-B:ties" strings by region id, easy to compare.
fn edges(dataset: &Dataset, graph: &Graph) -> Vec<String> {
    let mut out: Vec<String> = graph
        .edges
        .iter()
        .map(|e| {
            let (a, b) = (&dataset.region(e.a).id, &dataset.region(e.b).id);
            let (a, b) = if a < b { (a, b) } else { (b, a) };
            format!("{a}-{b}:{}", e.ties.len())
        })
        .collect();
    out.sort();
    out
}

#[test]
fn everything_over_all_years() {
    let d = small();
    let g = derive_graph(&d, &query(&d, &[], 1988, 2026));
    assert_eq!(
        edges(&d, &g),
        [
            "BE2-ITC1:1",
            "BE2-ITC4:2",
            "DE2-ITC1:1",
            "DE2-ITC4:1",
            "ITC1-ITC4:2"
        ]
    );
    assert_eq!(g.nodes.len(), 4);
    assert_eq!(g.tie_count(), 7);
    assert_eq!(g.networks.len(), 2);
    assert_eq!(g.agreements.len(), 1);
}

#[test]
fn a_member_counts_only_from_the_year_it_joined() {
    let d = small();
    // Lombardy joined the chip network in 2024: in 2020-2023 it has no chip ties.
    let g = derive_graph(&d, &query(&d, &["semiconductors"], 2020, 2023));
    assert_eq!(edges(&d, &g), ["BE2-ITC1:1"]);
}

#[test]
fn a_member_counts_through_the_year_it_left_and_not_after() {
    let d = small();
    let in_2024 = derive_graph(&d, &query(&d, &["automotive"], 2024, 2024));
    assert_eq!(
        edges(&d, &in_2024),
        ["DE2-ITC1:1", "DE2-ITC4:1", "ITC1-ITC4:1"]
    );
    let in_2025 = derive_graph(&d, &query(&d, &["automotive"], 2025, 2025));
    assert_eq!(edges(&d, &in_2025), ["ITC1-ITC4:1"]);
}

#[test]
fn an_agreement_counts_from_the_year_it_was_signed() {
    let d = small();
    let before = derive_graph(&d, &query(&d, &["chemicals"], 2020, 2025));
    assert!(before.edges.is_empty());
    let after = derive_graph(&d, &query(&d, &["chemicals"], 2026, 2026));
    assert_eq!(edges(&d, &after), ["BE2-ITC4:1"]);
    assert!(matches!(
        after.edges[0].ties[0].source,
        TieSource::Agreement(_)
    ));
}

#[test]
fn a_tie_shows_when_any_of_its_sectors_is_selected() {
    let d = small();
    let g = derive_graph(
        &d,
        &query(&d, &["semiconductors", "automotive"], 2026, 2026),
    );
    assert_eq!(
        edges(&d, &g),
        ["BE2-ITC1:1", "BE2-ITC4:2", "ITC1-ITC4:2"],
        "Bavaria left the car network in 2024"
    );
}

#[test]
fn ties_resting_on_estimates_are_flagged() {
    let d = small();
    let g = derive_graph(&d, &query(&d, &["automotive"], 2022, 2022));
    let bavaria = d.region_by_id("DE2").unwrap();
    for edge in &g.edges {
        let touches_bavaria = edge.a == bavaria || edge.b == bavaria;
        assert_eq!(edge.all_estimated(), touches_bavaria);
    }
}

#[test]
fn node_counts_follow_the_edges() {
    let d = small();
    let g = derive_graph(&d, &query(&d, &[], 1988, 2026));
    let lombardy = g.node(d.region_by_id("ITC4").unwrap()).unwrap();
    assert_eq!((lombardy.ties, lombardy.partners), (5, 3));
}

#[test]
fn output_is_sorted_and_deterministic() {
    let d = small();
    let q = query(&d, &[], 1988, 2026);
    let g = derive_graph(&d, &q);
    assert_eq!(g, derive_graph(&d, &q));
    assert!(g
        .edges
        .windows(2)
        .all(|w| (w[0].a, w[0].b) < (w[1].a, w[1].b)));
    assert!(g.edges.iter().all(|e| e.a < e.b));
    assert!(g.nodes.windows(2).all(|w| w[0].region < w[1].region));
}

#[test]
fn networks_become_hubs_with_their_members_in_the_years_shown() {
    let d = small();
    let g = derive_graph(&d, &query(&d, &[], 2022, 2023));
    let ids = |hub: &atlas_core::graph::Hub| -> Vec<String> {
        hub.members
            .iter()
            .map(|m| d.region(m.region).id.clone())
            .collect()
    };
    assert_eq!(g.hubs.len(), 2);
    let chips = g.hub(g.hubs[0].network).unwrap();
    assert_eq!(d.network(chips.network).id, "chips");
    assert_eq!(ids(chips), ["ITC1", "BE2"], "Lombardy joined in 2024");
    let cars = &g.hubs[1];
    assert_eq!(ids(cars), ["ITC4", "ITC1", "DE2"]);
    assert!(cars.members[2].estimated);
    // A network with a single member in the years shown is not a hub.
    let g = derive_graph(&d, &query(&d, &["semiconductors"], 2020, 2022));
    assert!(g.hubs.is_empty());
}

#[test]
fn partners_and_edge_lookup() {
    let d = small();
    let g = derive_graph(&d, &query(&d, &[], 1988, 2026));
    let lombardy = d.region_by_id("ITC4").unwrap();
    let flanders = d.region_by_id("BE2").unwrap();
    assert_eq!(g.partners(lombardy).len(), 3);
    assert_eq!(g.edge(flanders, lombardy).unwrap().ties.len(), 2);
    assert_eq!(g.edge(lombardy, flanders), g.edge(flanders, lombardy));
}
