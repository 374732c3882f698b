//! A way of looking at a valid dataset, chosen by the fuzzer (sectors, years, link, focus,
//! layout, screen size, language, search), and showing it through everything the page runs.

use std::collections::BTreeSet;

use arbitrary::{Result, Unstructured};
use atlas_core::dataset::{NetworkIdx, RegionIdx, SectorIdx};
use atlas_core::describe::every_tooltip;
use atlas_core::hit::hit_test;
use atlas_core::layout::{geographic_layout, hub_positions, network_layout, Placement};
use atlas_core::scene::{build_scene, DrawMode, Focus, SceneInput};
use atlas_core::search::search;
use atlas_core::viewport::{ScreenPointPx, Viewport};
use atlas_core::{derive_graph, Dataset, GraphQuery};

use super::*;

/// How the dataset is looked at: the query and what else the screen shows.
pub struct Look {
    pub query: GraphQuery,
    pub draw: DrawMode,
    pub focus: Focus,
    pub highlight_year: Option<i32>,
    pub network_layout: bool,
    pub anchor_strength: f64,
    pub size_px: (f64, f64),
    pub pointer: (f64, f64),
    pub search: String,
    pub lang: &'static str,
}

impl Look {
    /// Everything in the data over every year.
    pub fn everything(d: &Dataset) -> Self {
        let (first, last) = d.year_bounds();
        Look {
            query: GraphQuery {
                sectors: BTreeSet::new(),
                from_year: first,
                to_year: last,
                ..Default::default()
            },
            draw: DrawMode::Hubs,
            focus: Focus::None,
            highlight_year: None,
            network_layout: false,
            anchor_strength: 0.0,
            size_px: (800.0, 600.0),
            pointer: (400.0, 300.0),
            search: String::new(),
            lang: "en",
        }
    }

    /// A look chosen by the fuzzer: through a link's query string (as the app does) or directly.
    pub fn arbitrary(d: &Dataset, u: &mut Unstructured) -> Result<Self> {
        let (first, last) = d.year_bounds();
        let query = if u.arbitrary()? {
            let text: String = u.arbitrary()?;
            let (view, _) = atlas_core::ViewState::parse_query(&text);
            view.resolve(d, first, last.max(d.updated.year)).0
        } else {
            let mut sectors = BTreeSet::new();
            for _ in 0..u.int_in_range(0..=3)? {
                // One past the end too: a query never holds it, but it must not matter.
                sectors.insert(SectorIdx(u.int_in_range(0..=d.sectors.len() as u32)?));
            }
            let year = |u: &mut Unstructured| -> Result<i32> {
                Ok(if u.ratio(1, 10)? {
                    u.arbitrary()?
                } else {
                    u.int_in_range(1890..=2110)?
                })
            };
            GraphQuery {
                sectors,
                from_year: year(u)?,
                to_year: year(u)?,
                ..Default::default()
            }
        };
        let focus = match u.int_in_range(0..=3)? {
            1 if !d.regions.is_empty() => {
                Focus::Region(RegionIdx(u.choose_index(d.regions.len())? as u32))
            }
            2 if !d.networks.is_empty() => {
                Focus::Network(NetworkIdx(u.choose_index(d.networks.len())? as u32))
            }
            3 if d.regions.len() >= 2 => {
                let a = u.choose_index(d.regions.len())? as u32;
                let b = u.choose_index(d.regions.len())? as u32;
                Focus::Edge(RegionIdx(a.min(b)), RegionIdx(a.max(b)))
            }
            _ => Focus::None,
        };
        Ok(Look {
            query,
            draw: if u.arbitrary()? {
                DrawMode::Hubs
            } else {
                DrawMode::Pairs
            },
            focus,
            highlight_year: u.arbitrary()?,
            network_layout: u.ratio(1, 4)?,
            anchor_strength: f64::from(u.int_in_range(0..=20u8)?) / 10.0,
            size_px: (
                f64::from(u.int_in_range(0..=4000u16)?),
                f64::from(u.int_in_range(0..=4000u16)?),
            ),
            pointer: (
                f64::from(u.int_in_range(-100..=4100i16)?),
                f64::from(u.int_in_range(-100..=4100i16)?),
            ),
            search: u.arbitrary()?,
            lang: u.choose(&["en", "it", "de", "fr", "xx", ""])?,
        })
    }
}

/// Derives the graph and draws it as the app does, checking the results on the way.
pub fn show(d: &Dataset, look: &Look) {
    let graph = derive_graph(d, &look.query);
    check_graph(d, &look.query, &graph);
    let geography = geographic_layout(d);
    assert!(geography.positions.iter().all(|&p| finite(p)));
    let geo = Placement {
        hubs: hub_positions(&graph, &geography.positions),
        regions: geography.positions.clone(),
    };
    let bounds = geography.bounds();
    // ForceAtlas2 is the slow part: run it on graphs of the size of a filtered view.
    let placement = match (look.network_layout && graph.nodes.len() <= 40, bounds) {
        (true, Some(frame)) => {
            let placed = network_layout(&graph, &geo, look.draw, look.anchor_strength, frame);
            assert!(
                placed.regions.iter().all(|&p| finite(p)),
                "network layout gave NaN"
            );
            assert!(
                placed.hubs.values().all(|&p| finite(p)),
                "network layout gave NaN"
            );
            placed
        }
        _ => geo,
    };
    // The metrics of the view, and the chains from the focused region to every other: numbers
    // that are finite, chains that start and end where asked and step along ties.
    let metrics = atlas_core::metrics::compute_metrics(&graph, Default::default());
    for r in &metrics.regions {
        assert!(r.betweenness.is_finite() && r.closeness.is_finite() && r.strength.is_finite());
    }
    let chains = match look.focus {
        atlas_core::scene::Focus::Region(from) => metrics
            .regions
            .iter()
            .take(8)
            .flat_map(|to| metrics.chains(from, to.region, 3))
            .collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    for chain in &chains {
        for step in chain.windows(2) {
            assert!(
                graph.edge(step[0], step[1]).is_some(),
                "a chain steps along ties"
            );
        }
    }
    let chain =
        (!chains.is_empty()).then(|| atlas_core::scene::Spotlight::of(&graph, &chains));
    let scene = build_scene(&SceneInput {
        dataset: d,
        graph: &graph,
        query: &look.query,
        region_positions: &placement.regions,
        hub_positions: &placement.hubs,
        draw: look.draw,
        focus: look.focus,
        highlight_years: look.highlight_year.map(|y| (y, y)),
        size_factor: atlas_core::style::node_size_factor(look.size_px.0, look.size_px.1),
        lang: look.lang,
        spotlight: chain.as_ref(),
    });
    check_scene(&scene);
    if let Some(bounds) = bounds {
        let viewport = Viewport::fit(bounds, look.size_px.0, look.size_px.1, 24.0);
        hit_test(
            &scene,
            &viewport,
            ScreenPointPx::new(look.pointer.0, look.pointer.1),
        );
    }
    let lang = atlas_core::i18n::Lang::parse(look.lang).unwrap_or_default();
    every_tooltip(d, &graph, lang);
    search(d, &look.search, 10);
}
