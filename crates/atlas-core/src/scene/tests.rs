use super::*;
use crate::layout::{geographic_layout, hub_positions};
use crate::{derive_graph, parse_dataset};

fn small() -> Dataset {
    parse_dataset(include_str!("../../tests/fixtures/small.json")).unwrap()
}

fn scene(dataset: &Dataset, draw: DrawMode, focus: Focus, highlight_year: Option<i32>) -> Scene {
    let query = GraphQuery {
        sectors: Default::default(),
        from_year: 1988,
        to_year: 2026,
        ..Default::default()
    };
    let graph = derive_graph(dataset, &query);
    let layout = geographic_layout(dataset);
    let hubs = hub_positions(&graph, &layout.positions);
    build_scene(&SceneInput {
        dataset,
        graph: &graph,
        query: &query,
        region_positions: &layout.positions,
        hub_positions: &hubs,
        draw,
        focus,
        highlight_years: highlight_year.map(|y| (y, y)),
        size_factor: 1.0,
        lang: "en",
        spotlight: None,
    })
}

#[test]
fn pairs_draw_every_edge_and_hubs_draw_spokes_and_agreements() {
    let d = small();
    let pairs = scene(&d, DrawMode::Pairs, Focus::None, None);
    assert_eq!(pairs.edges.len(), 5);
    assert!(pairs.hubs.is_empty());
    let hubs = scene(&d, DrawMode::Hubs, Focus::None, None);
    assert_eq!(hubs.hubs.len(), 2);
    let spokes = hubs
        .edges
        .iter()
        .filter(|e| matches!(e.ends, EdgeEnds::Spoke(..)))
        .count();
    let pairs_left = hubs
        .edges
        .iter()
        .filter(|e| matches!(e.ends, EdgeEnds::Regions(..)))
        .count();
    assert_eq!(spokes, 6, "3 members of each network");
    assert_eq!(pairs_left, 1, "only the MoU stays a pair edge");
    assert_eq!(hubs.nodes.len(), 4);
}

#[test]
fn an_edge_about_two_sectors_is_drawn_in_two_colours() {
    let d = small();
    let s = scene(&d, DrawMode::Pairs, Focus::None, None);
    let lombardy = d.region_by_id("ITC4").unwrap();
    let flanders = d.region_by_id("BE2").unwrap();
    let edge = s
        .edges
        .iter()
        .find(|e| e.ends == EdgeEnds::Regions(lombardy.min(flanders), lombardy.max(flanders)))
        .unwrap();
    // Chip network (semiconductors) and the MoU (semiconductors, chemicals).
    let colors: Vec<&str> = edge.strands.iter().map(|s| s.color.as_str()).collect();
    assert_eq!(colors, ["#ee7733", "#aa3377"]);
    assert_ne!(edge.strands[0].control, edge.strands[1].control);
}

#[test]
fn focusing_a_region_fades_what_is_not_tied_to_it() {
    let d = small();
    let bavaria = d.region_by_id("DE2").unwrap();
    let flanders = d.region_by_id("BE2").unwrap();
    let s = scene(&d, DrawMode::Pairs, Focus::Region(bavaria), None);
    let emphasis = |r| s.nodes.iter().find(|n| n.region == r).unwrap().emphasis;
    assert_eq!(emphasis(bavaria), Emphasis::Strong);
    assert_eq!(
        emphasis(flanders),
        Emphasis::Faded,
        "Flanders has no tie to Bavaria"
    );
    assert!(s.edges.iter().all(|e| match e.ends {
        EdgeEnds::Regions(a, b) =>
            (a == bavaria || b == bavaria) == (e.emphasis == Emphasis::Strong),
        EdgeEnds::Spoke(..) => false,
    }));
    // Strong things are drawn last.
    assert_eq!(s.nodes.last().unwrap().region, bavaria);
    assert_eq!(s.edges.last().unwrap().emphasis, Emphasis::Strong);
}

#[test]
fn focusing_a_network_lights_its_hub_and_members() {
    let d = small();
    let chips = NetworkIdx(0);
    let s = scene(&d, DrawMode::Hubs, Focus::Network(chips), None);
    let hub = s.hubs.iter().find(|h| h.network == chips).unwrap();
    assert_eq!(hub.emphasis, Emphasis::Strong);
    let bavaria = d.region_by_id("DE2").unwrap();
    assert_eq!(
        s.nodes
            .iter()
            .find(|n| n.region == bavaria)
            .unwrap()
            .emphasis,
        Emphasis::Faded
    );
}

#[test]
fn ties_that_began_in_the_highlighted_year_are_new() {
    let d = small();
    let s = scene(&d, DrawMode::Pairs, Focus::None, Some(2026));
    let new: Vec<_> = s.edges.iter().filter(|e| e.is_new).collect();
    assert_eq!(new.len(), 1, "only the 2026 MoU");
    let s = scene(&d, DrawMode::Hubs, Focus::None, Some(2024));
    assert_eq!(
        s.edges.iter().filter(|e| e.is_new).count(),
        1,
        "Lombardy's spoke to the chip hub"
    );
}

#[test]
fn long_hub_labels_are_cut_at_a_word() {
    assert_eq!(short_label("ESRA"), "ESRA");
    assert_eq!(
        short_label("Strategic Alliance of North-West Italy"),
        "Strategic Alliance of…"
    );
    assert!(
        short_label("Supercalifragilisticexpialidocious")
            .chars()
            .count()
            <= HUB_LABEL_CHARS
    );
}

#[test]
fn estimated_ties_are_dashed() {
    let d = small();
    let s = scene(&d, DrawMode::Hubs, Focus::None, None);
    let bavaria = d.region_by_id("DE2").unwrap();
    for edge in &s.edges {
        if let EdgeEnds::Spoke(_, region) = edge.ends {
            assert_eq!(edge.dashed, region == bavaria);
        }
    }
}
