//! The atlas's state: one `Copy` struct of signals and memos, provided as context.
//!
//! The URL-backed [`ViewState`] is the source of truth for what is shown; everything else is
//! derived from it by core functions, or is transient (hover, the camera, presentation mode).

use std::sync::Arc;

use atlas_core::basemap::Basemap;
use atlas_core::dataset::{NetworkIdx, RegionIdx, SectorIdx};
use atlas_core::hit::Hit;
use atlas_core::layout::{geographic_layout, hub_positions, GeoLayout, Placement};
use atlas_core::scene::{build_scene, DrawMode, Focus, Scene, SceneInput};
use atlas_core::style::node_size_factor;
use atlas_core::viewport::Viewport;
use atlas_core::{derive_graph, Dataset, Graph, GraphQuery, LayoutKind, Selection, ViewState};
use leptos::prelude::*;

use crate::i18n::{use_lang, Lang};
use crate::motion::Animation;
use crate::stories::StoryFailure;
use atlas_core::story::Story;

/// How much larger nodes are drawn in presentation mode.
pub const PRESENTER_NODE_SCALE: f64 = 1.35;
/// How much larger labels are in presentation mode.
pub const PRESENTER_LABEL_SCALE: f64 = 1.5;

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
    pub focus: Memo<Focus>,
    /// What the pointer is over.
    pub hover: RwSignal<Option<Hit>>,
    /// The year the timeline is showing, whose new ties are highlighted.
    pub highlight_year: RwSignal<Option<i32>>,
    /// The timeline is playing: its steps replace the history entry instead of adding one.
    pub playing: RwSignal<bool>,
    /// Hold the network layout near geography.
    pub keep_near_geography: RwSignal<bool>,
    /// The geographic placement of the current graph (regions at their points, hubs amid their
    /// members).
    pub geographic_target: Memo<Placement>,
    /// What the layout runner needs to know to lay out: which layout, how networks are drawn,
    /// and the pull towards geography.
    pub layout_request: Memo<(LayoutKind, DrawMode, f64)>,
    /// Where things should be for the current layout: set by [`crate::layout_runner`], which
    /// computes the network layout a slice at a time.
    pub target: RwSignal<Placement>,
    /// The network layout is being computed.
    pub laying_out: RwSignal<bool>,
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
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// Presentation mode: full screen, large type, keys and clicker step through the story.
    pub presenting: RwSignal<bool>,
    /// The story being presented, once loaded and checked.
    pub story: RwSignal<Option<Arc<Story>>>,
    /// Why the story a link named could not be shown.
    pub story_failure: RwSignal<Option<StoryFailure>>,
    /// Bumped when the page's colours change (presentation mode), so the canvas reads them again.
    pub theme_version: RwSignal<u32>,
    /// The camera's glide in progress, if any.
    pub camera_glide: StoredValue<Option<Animation>, LocalStorage>,
}

/// Counters the canvas keeps for measurement.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DrawStats {
    /// Frames drawn, complete or moved.
    pub frames: u64,
    /// Of those, frames that showed the last complete picture moved (while the camera moved).
    pub moved_pictures: u64,
    pub last_draw_ms: f64,
    /// Network layouts computed to the end, how long the last took from start to end (ms,
    /// wall time), and its longest slice of work (ms): the longest the page had to wait.
    pub layouts_done: u64,
    pub last_layout_ms: f64,
    pub last_layout_longest_slice_ms: f64,
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
        let focus = Memo::new(move |_| {
            let s = selection.get();
            match (s.region, s.with, s.network) {
                (Some(a), Some(b), _) => Focus::Edge(a.min(b), a.max(b)),
                (Some(r), None, _) => Focus::Region(r),
                (None, _, Some(n)) => Focus::Network(n),
                (None, _, None) => Focus::None,
            }
        });
        let keep_near_geography = RwSignal::new(false);
        let geographic_target = {
            let geography = geography.clone();
            Memo::new(move |_| {
                graph.with(|graph| Placement {
                    hubs: hub_positions(graph, &geography.positions),
                    regions: geography.positions.clone(),
                })
            })
        };
        let layout_request = Memo::new(move |_| {
            let (layout, draw) = view.with(|v| (v.layout, v.draw));
            let pull = if keep_near_geography.get() {
                GEOGRAPHY_PULL
            } else {
                0.0
            };
            (layout, draw, pull)
        });
        let target = RwSignal::new(geographic_target.get_untracked());
        let shown = RwSignal::new(target.get_untracked());
        let camera = RwSignal::new(None::<Viewport>);
        let settled_camera = RwSignal::new(None::<Viewport>);
        let highlight_year = RwSignal::new(None);
        let presenting = RwSignal::new(false);
        // On a projector, nodes are drawn larger to be seen from the back of the room.
        let size_factor = Memo::new(move |_| {
            let screen = settled_camera
                .with(|v| v.map_or(1.0, |v| node_size_factor(v.width_px, v.height_px)));
            if presenting.get() {
                screen * PRESENTER_NODE_SCALE
            } else {
                screen
            }
        });
        let language = use_lang();
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
                                lang: language.get().code(),
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
            focus,
            hover: RwSignal::new(None),
            highlight_year,
            playing: RwSignal::new(false),
            keep_near_geography,
            geographic_target,
            layout_request,
            target,
            laying_out: RwSignal::new(false),
            shown,
            camera,
            settled_camera,
            fit_px_per_km: RwSignal::new(1.0),
            scene,
            embed,
            map_active: RwSignal::new(false),
            draw_stats: StoredValue::new(DrawStats::default()),
            lang: language,
            presenting,
            story: RwSignal::new(None),
            story_failure: RwSignal::new(None),
            theme_version: RwSignal::new(0),
            camera_glide: StoredValue::new_local(None),
        }
    }

    /// Follows the link's `lang` (back and forward included); without one, the browser's.
    pub fn follow_link_language(&self) {
        let (view, lang) = (self.view, self.lang);
        Effect::new(move |_| {
            let wanted = view
                .with(|v| v.lang.as_deref().and_then(Lang::parse))
                .unwrap_or_else(Lang::from_browser);
            if lang.get_untracked() != wanted {
                lang.set(wanted);
            }
        });
    }

    /// Switches the interface language; the link records it.
    pub fn set_language(&self, lang: Lang) {
        self.view.update(|v| v.lang = Some(lang.code().to_owned()));
    }

    /// A region's name as shown: in the interface language, or in its own language when the
    /// view asks for local names. Reactive.
    pub fn region_name(&self, region: RegionIdx) -> String {
        let local = self.view.with(|v| v.local_names);
        let lang = self.lang.get();
        self.dataset.with_value(|d| {
            let r = d.region(region);
            if local {
                r.own_name().to_owned()
            } else {
                r.names.get(lang.code()).to_owned()
            }
        })
    }

    /// A network's full name in the interface language. Reactive.
    pub fn network_name(&self, network: NetworkIdx) -> String {
        let lang = self.lang.get();
        self.dataset
            .with_value(|d| d.network(network).names.get(lang.code()).to_owned())
    }

    /// A network's short name: its acronym, else its name. Reactive.
    pub fn network_short_name(&self, network: NetworkIdx) -> String {
        let lang = self.lang.get();
        self.dataset
            .with_value(|d| d.network(network).short_name(lang.code()).to_owned())
    }

    /// "ESRA (European Semiconductor Regions Alliance)", or the name alone. Reactive.
    pub fn network_label(&self, network: NetworkIdx) -> String {
        let lang = self.lang.get();
        self.dataset.with_value(|d| {
            let n = d.network(network);
            let name = n.names.get(lang.code());
            if n.acronym.is_empty() {
                name.to_owned()
            } else {
                format!("{} ({name})", n.acronym)
            }
        })
    }

    /// A sector's label in the interface language. Reactive.
    pub fn sector_label(&self, sector: SectorIdx) -> String {
        let lang = self.lang.get();
        self.dataset
            .with_value(|d| d.sector(sector).labels.get(lang.code()).to_owned())
    }

    pub fn dataset(&self) -> Arc<Dataset> {
        self.dataset.get_value()
    }

    /// Focuses a region (or clears the focus with `None`); the link follows.
    pub fn focus_region(&self, region: Option<RegionIdx>) {
        let id = region.map(|r| self.dataset.with_value(|d| d.region(r).id.clone()));
        self.view.update(|v| {
            v.region = id;
            v.with = None;
            v.network = None;
        });
    }

    /// Focuses a network (or clears the focus with `None`); the link follows.
    pub fn focus_network(&self, network: Option<NetworkIdx>) {
        let id = network.map(|n| self.dataset.with_value(|d| d.network(n).id.clone()));
        self.view.update(|v| {
            v.network = id;
            v.region = None;
            v.with = None;
        });
    }

    /// Focuses the ties between two regions; the link names the first as `region` and the
    /// second as `with`.
    pub fn select_edge(&self, a: RegionIdx, b: RegionIdx) {
        let (a, b) = self
            .dataset
            .with_value(|d| (d.region(a).id.clone(), d.region(b).id.clone()));
        self.view.update(|v| {
            v.region = Some(a);
            v.with = Some(b);
            v.network = None;
        });
    }

    /// Clears every focus.
    pub fn clear_focus(&self) {
        if self
            .view
            .with_untracked(|v| v.region.is_some() || v.network.is_some())
        {
            self.view.update(|v| {
                v.region = None;
                v.with = None;
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
