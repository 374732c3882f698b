//! The atlas's state: one `Copy` struct of signals and memos, provided as context.
//!
//! The URL-backed [`ViewState`] is the source of truth for what is shown; everything else is
//! derived from it by core functions, or is transient (hover, the selected edge, the camera).

use std::sync::Arc;

use atlas_core::basemap::Basemap;
use atlas_core::dataset::{NetworkIdx, RegionIdx};
use atlas_core::hit::Hit;
use atlas_core::layout::{geographic_layout, hub_positions, network_layout, GeoLayout, Placement};
use atlas_core::scene::{build_scene, DrawMode, Focus, Scene, SceneInput};
use atlas_core::style::node_size_factor;
use atlas_core::viewport::Viewport;
use atlas_core::{derive_graph, Dataset, Graph, GraphQuery, LayoutKind, Selection, ViewState};
use leptos::prelude::*;

/// The whole state of the atlas screen.
#[derive(Clone, Copy)]
pub struct AtlasState {
    pub dataset: StoredValue<Arc<Dataset>>,
    pub basemap: StoredValue<Option<Arc<Basemap>>>,
    pub geography: StoredValue<Arc<GeoLayout>>,
    /// First and last year the controls offer.
    pub years: (i32, i32),
    /// What the link says.
    pub view: RwSignal<ViewState>,
    pub query: Memo<GraphQuery>,
    pub graph: Memo<Graph>,
    pub selection: Memo<Selection>,
    /// The edge the user clicked (transient, not in the link).
    pub selected_edge: RwSignal<Option<(RegionIdx, RegionIdx)>>,
    pub focus: Memo<Focus>,
    /// What the pointer is over.
    pub hover: RwSignal<Option<Hit>>,
    /// The year the timeline is showing, whose new ties are highlighted.
    pub highlight_year: RwSignal<Option<i32>>,
    /// The timeline is playing: its steps replace the history entry instead of adding one.
    pub playing: RwSignal<bool>,
    /// Hold the network layout near geography.
    pub keep_near_geography: RwSignal<bool>,
    /// Where things should be for the current layout.
    pub target: Memo<Placement>,
    /// Where things are drawn now (moves towards `target` when the layout changes).
    pub shown: RwSignal<Placement>,
    /// The camera; `None` until the map knows its size.
    pub camera: RwSignal<Option<Viewport>>,
    /// The camera when it last came to rest (labels are placed for it).
    pub settled_camera: RwSignal<Option<Viewport>>,
    /// The scale that fits all regions; zoom limits are relative to it.
    pub fit_px_per_km: RwSignal<f64>,
    pub scene: Memo<Scene>,
    /// Inside another site's page (`embed=1`): minimal chrome, the wheel scrolls the host.
    pub embed: bool,
    /// The user has clicked into the map: in an embed, the wheel then zooms it.
    pub map_active: RwSignal<bool>,
    /// Frames drawn so far, and how long the last one took (ms), for `allianceAtlas.stats()`.
    pub draw_stats: StoredValue<DrawStats>,
}

/// Counters the canvas keeps for measurement.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DrawStats {
    pub frames: u64,
    pub last_draw_ms: f64,
}

/// Pull towards geography in the network layout when "keep near the map" is on.
const GEOGRAPHY_PULL: f64 = 0.35;

impl AtlasState {
    /// Builds the state for `dataset`, starting from the view in `initial`.
    pub fn new(
        dataset: Arc<Dataset>,
        basemap: Option<Arc<Basemap>>,
        years: (i32, i32),
        initial: ViewState,
    ) -> Self {
        let (first, last) = years;
        let embed = initial.embed;
        let geography = Arc::new(geographic_layout(&dataset));
        let view = RwSignal::new(initial);
        let query = {
            let dataset = dataset.clone();
            Memo::new(move |_| view.with(|v| v.resolve(&dataset, first, last).0))
        };
        let graph = {
            let dataset = dataset.clone();
            Memo::new(move |_| query.with(|q| derive_graph(&dataset, q)))
        };
        let selection = {
            let dataset = dataset.clone();
            Memo::new(move |_| view.with(|v| v.selection(&dataset).0))
        };
        let selected_edge = RwSignal::new(None::<(RegionIdx, RegionIdx)>);
        let focus = Memo::new(move |_| {
            if let Some((a, b)) = selected_edge.get() {
                return Focus::Edge(a.min(b), a.max(b));
            }
            let s = selection.get();
            match (s.region, s.network) {
                (Some(r), _) => Focus::Region(r),
                (None, Some(n)) => Focus::Network(n),
                (None, None) => Focus::None,
            }
        });
        let keep_near_geography = RwSignal::new(false);
        let target = {
            let geography = geography.clone();
            Memo::new(move |_| {
                let (layout, draw) = view.with(|v| (v.layout, v.draw));
                graph.with(|graph| {
                    let geo = Placement {
                        hubs: hub_positions(graph, &geography.positions),
                        regions: geography.positions.clone(),
                    };
                    match layout {
                        LayoutKind::Map => geo,
                        LayoutKind::Network => {
                            let frame = geography.bounds().expect("regions");
                            let pull = if keep_near_geography.get() {
                                GEOGRAPHY_PULL
                            } else {
                                0.0
                            };
                            network_layout(graph, &geo, draw, pull, frame)
                        }
                    }
                })
            })
        };
        let shown = RwSignal::new(target.get_untracked());
        let camera = RwSignal::new(None::<Viewport>);
        let settled_camera = RwSignal::new(None::<Viewport>);
        let highlight_year = RwSignal::new(None);
        let size_factor = Memo::new(move |_| {
            settled_camera.with(|v| v.map_or(1.0, |v| node_size_factor(v.width_px, v.height_px)))
        });
        let scene = {
            let dataset = dataset.clone();
            Memo::new(move |_| {
                let draw = view.with(|v| v.draw);
                graph.with(|graph| {
                    query.with(|query| {
                        shown.with(|placement| {
                            build_scene(&SceneInput {
                                dataset: &dataset,
                                graph,
                                query,
                                region_positions: &placement.regions,
                                hub_positions: &placement.hubs,
                                draw,
                                focus: focus.get(),
                                highlight_year: highlight_year.get(),
                                size_factor: size_factor.get(),
                            })
                        })
                    })
                })
            })
        };
        Self {
            dataset: StoredValue::new(dataset),
            basemap: StoredValue::new(basemap),
            geography: StoredValue::new(geography),
            years,
            view,
            query,
            graph,
            selection,
            selected_edge,
            focus,
            hover: RwSignal::new(None),
            highlight_year,
            playing: RwSignal::new(false),
            keep_near_geography,
            target,
            shown,
            camera,
            settled_camera,
            fit_px_per_km: RwSignal::new(1.0),
            scene,
            embed,
            map_active: RwSignal::new(false),
            draw_stats: StoredValue::new(DrawStats::default()),
        }
    }

    pub fn dataset(&self) -> Arc<Dataset> {
        self.dataset.get_value()
    }

    /// Focuses a region (or clears the focus with `None`); the link follows.
    pub fn focus_region(&self, region: Option<RegionIdx>) {
        let id = region.map(|r| self.dataset.with_value(|d| d.region(r).id.clone()));
        self.selected_edge.set(None);
        self.view.update(|v| {
            v.region = id;
            v.network = None;
        });
    }

    /// Focuses a network (or clears the focus with `None`); the link follows.
    pub fn focus_network(&self, network: Option<NetworkIdx>) {
        let id = network.map(|n| self.dataset.with_value(|d| d.network(n).id.clone()));
        self.selected_edge.set(None);
        self.view.update(|v| {
            v.network = id;
            v.region = None;
        });
    }

    /// Selects the edge between two regions.
    pub fn select_edge(&self, a: RegionIdx, b: RegionIdx) {
        self.view.update(|v| {
            v.region = None;
            v.network = None;
        });
        self.selected_edge.set(Some((a.min(b), a.max(b))));
    }

    /// Clears every focus.
    pub fn clear_focus(&self) {
        self.selected_edge.set(None);
        if self
            .view
            .with_untracked(|v| v.region.is_some() || v.network.is_some())
        {
            self.view.update(|v| {
                v.region = None;
                v.network = None;
            });
        }
    }

    pub fn set_draw(&self, draw: DrawMode) {
        self.view.update(|v| v.draw = draw);
    }

    pub fn set_layout(&self, layout: LayoutKind) {
        self.view.update(|v| v.layout = layout);
    }
}

/// The state from context. Components under the atlas screen can rely on it.
pub fn use_atlas() -> AtlasState {
    expect_context::<AtlasState>()
}
