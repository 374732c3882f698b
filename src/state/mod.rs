//! The atlas's state: a few small handles, each a `Copy` bundle of signals with the methods
//! that change them, provided together as context.
//!
//! * [`data`]: the dataset, basemap and years (fixed once loaded).
//! * [`link`]: the view in the link, the single writer of the address, what the link names.
//! * [`camera`]: where the map looks.
//! * [`layout`]: where regions and hubs are placed, and the network layout's progress.
//! * [`present`]: presentation mode and stories.
//! * [`pointer`]: what the pointer is over.
//! * [`timeline`]: the year shown and playback.
//!
//! The link is the source of truth for what is shown; the graph and the scene are derived from
//! it by core functions. Components take the handle they use (`state.link`, `state.camera`).

pub mod camera;
pub mod data;
pub mod layout;
pub mod link;
pub mod pointer;
pub mod present;
pub mod story_library;
pub mod timeline;

use std::sync::Arc;

use atlas_core::basemap::Basemap;
use atlas_core::dataset::{NetworkIdx, RegionIdx, SectorIdx};
use atlas_core::describe::names;
use atlas_core::layout::insets::{inset_boxes, InsetKind};
use atlas_core::layout::{declutter_regions, place_hubs_clear, Placement, SPACING};
use atlas_core::metrics::{compute_metrics, GraphMetrics};
use atlas_core::network_sets::set_members;
use atlas_core::projection::MapPointKm;
use atlas_core::scene::{build_scene, Focus, Scene, SceneInput, Spotlight};
use atlas_core::story::StepFrame;
use atlas_core::style::node_size_factor;
use atlas_core::viewport::{MapRectKm, ScreenPointPx};
use atlas_core::{derive_graph, Dataset, Graph, LayoutKind, MainView, ResolvedLink};
use leptos::prelude::*;

use self::camera::CameraHandle;
use self::data::DataHandle;
use self::layout::LayoutHandle;
use self::link::LinkHandle;
use self::pointer::PointerHandle;
use self::present::PresentHandle;
use self::timeline::TimelineHandle;
use crate::i18n::Lang;

/// How much larger nodes are drawn in presentation mode.
pub const PRESENTER_NODE_SCALE: f64 = 1.35;
/// The presenter's type size for a window of this size, in pixels: the same rule as the CSS of
/// `html.presenting` (`clamp(18px, 1.25vw + 0.6vh, 34px)`): 18 px at 1024x768, 20 px at
/// 1280x720, 30 px at 1920x1080.
pub fn presenter_font_px(window_width_px: f64, window_height_px: f64) -> f64 {
    (0.0125 * window_width_px + 0.006 * window_height_px).clamp(18.0, 34.0)
}

/// The size of map labels in presentation mode, as a share of the presenter's type size: names
/// on the map read from the back of the room and stay a step below the caption.
pub const PRESENTER_LABEL_SHARE: f64 = 0.8;

/// How many of the shortest chains between two regions are drawn and listed.
pub const MAX_CHAINS_SHOWN: usize = 3;

/// The whole state of the atlas screen.
#[derive(Clone, Copy)]
pub struct AtlasState {
    pub data: DataHandle,
    pub link: LinkHandle,
    /// The ties the view shows, derived from the link's query.
    pub graph: Memo<Graph>,
    pub camera: CameraHandle,
    pub layout: LayoutHandle,
    pub present: PresentHandle,
    /// The story being made and the stories opened from disk.
    pub stories: story_library::StoryLibrary,
    pub pointer: PointerHandle,
    pub timeline: TimelineHandle,
    /// Where things are drawn at the settled camera: the shown placement with the insets'
    /// regions in their boxes and points moved apart so none sits on another.
    pub drawn: Memo<DrawnPlacement>,
    /// What is drawn: one scene for the canvas, the labels, hit testing and export.
    pub scene: Memo<Scene>,
    /// Partners, strength, centrality and communities of the view (computed when read: the
    /// region card, the regions table).
    pub metrics: Memo<GraphMetrics>,
    /// The shortest chains of ties from the focused region to the link's `chain` region.
    pub chains: Memo<Vec<Vec<RegionIdx>>>,
    /// The members a set of networks picks (`network=esra,ara&members=all`), sorted.
    pub set_members: Memo<Vec<RegionIdx>>,
    /// Frames drawn so far, and how long the last one took (ms), for `allianceAtlas.stats()`.
    pub draw_stats: StoredValue<DrawStats>,
}

/// The placement drawn at one camera, and the inset boxes (their frames in map space, so they
/// move with the picture like everything else until the camera rests again).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DrawnPlacement {
    pub placement: Placement,
    pub insets: Vec<DrawnInset>,
}

/// The regions' points as last decluttered, with what they were decluttered from.
struct RegionDeclutter {
    points: Vec<MapPointKm>,
    px_per_km: f64,
    fixed: Vec<bool>,
    decluttered: Vec<MapPointKm>,
}

/// One inset's frame, in map space at the settled camera.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DrawnInset {
    pub kind: InsetKind,
    pub frame: MapRectKm,
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

impl AtlasState {
    /// Builds the state for `dataset`, showing the link as `resolved`.
    pub fn new(
        dataset: Arc<Dataset>,
        basemap: Option<Arc<Basemap>>,
        years: (i32, i32),
        resolved: ResolvedLink,
    ) -> Self {
        let data = DataHandle::new(dataset.clone(), basemap, years);
        let link = LinkHandle::new(dataset.clone(), years, resolved);
        let graph = {
            let dataset = dataset.clone();
            Memo::new(move |_| link.query.with(|q| derive_graph(&dataset, q)))
        };
        let metrics_options = Memo::new(move |_| link.view.with(|v| v.metrics));
        let metrics = Memo::new(move |_| {
            let options = metrics_options.get();
            graph.with(|graph| compute_metrics(graph, options))
        });
        let chains = Memo::new(move |_| {
            let selection = link.selection.get();
            match (selection.region, selection.chain) {
                (Some(from), Some(to)) => metrics.with(|m| m.chains(from, to, MAX_CHAINS_SHOWN)),
                _ => Vec::new(),
            }
        });
        let set_members = Memo::new(move |_| {
            let set = link.selection.with(|s| s.set.clone());
            let rule = link.view.with(|v| v.set_rule);
            graph.with(|g| set_members(g, &set, rule))
        });
        let bounds = data.geography.with_value(|g| g.bounds());
        // A story step's own frame (the regions and hubs it must show), as map points.
        let step_frame_points: RwSignal<Option<Vec<MapPointKm>>> = RwSignal::new(None);
        // What the view is about: framed when the link has no camera of its own.
        let subject = Memo::new(move |_| {
            if let Some(points) = step_frame_points.get().filter(|p| !p.is_empty()) {
                return points;
            }
            let focus = link.focus.get();
            let mut chain_regions: Vec<RegionIdx> =
                chains.with(|c| c.iter().flatten().copied().collect());
            if chain_regions.is_empty() {
                chain_regions = set_members.get();
            }
            if chain_regions.is_empty() {
                chain_regions = link.selection.with(|s| s.compare.clone());
            }
            data.geography.with_value(|geography| {
                graph.with(|graph| {
                    if !chain_regions.is_empty() {
                        return geography.continental_points(chain_regions);
                    }
                    let regions: Vec<RegionIdx> = match focus {
                        Focus::None => (0..geography.positions.len())
                            .map(|i| RegionIdx(i as u32))
                            .collect(),
                        Focus::Region(r) => std::iter::once(r).chain(graph.partners(r)).collect(),
                        Focus::Network(n) => graph
                            .hub(n)
                            .map(|hub| hub.members.iter().map(|m| m.region).collect())
                            .unwrap_or_default(),
                        Focus::Edge(a, b) => vec![a, b],
                    };
                    geography.continental_points(regions)
                })
            })
        });
        let has_insets = data.geography.with_value(|g| !g.insets.is_empty());
        let camera = CameraHandle::new(link, bounds, subject, has_insets);
        let layout = LayoutHandle::new(link, graph, data.geography);
        let timeline = TimelineHandle::new();
        let present = PresentHandle::new(link, camera, timeline, step_frame_points);
        let presenting = present.is_on;
        // On a projector, nodes are drawn larger to be seen from the back of the room.
        let size_factor = Memo::new(move |_| {
            let screen = camera
                .settled
                .with(|v| v.map_or(1.0, |v| node_size_factor(v.width_px, v.height_px)));
            if presenting.get() {
                screen * PRESENTER_NODE_SCALE
            } else {
                screen
            }
        });
        let draw = Memo::new(move |_| link.view.with(|v| v.draw));
        let on_map = Memo::new(move |_| link.view.with(|v| v.layout == LayoutKind::Map));
        let region_declutter = StoredValue::new(None::<RegionDeclutter>);
        let drawn = Memo::new(move |_| {
            let settled = camera.settled.get();
            let on_map = on_map.get();
            layout.shown.with(|shown| {
                let Some(settled) = settled else {
                    return DrawnPlacement {
                        placement: shown.clone(),
                        insets: Vec::new(),
                    };
                };
                let mut placement = shown.clone();
                let mut fixed = vec![false; placement.regions.len()];
                let insets = if on_map {
                    let boxes = data.geography.with_value(|g| {
                        graph.with(|graph| {
                            inset_boxes(&g.insets, settled.width_px, settled.height_px, |r| {
                                graph.node(r).is_some()
                            })
                        })
                    });
                    for inset in &boxes {
                        for &(region, point) in &inset.points {
                            if let Some(slot) = placement.regions.get_mut(region.index()) {
                                *slot = settled.map_from_screen(point);
                                fixed[region.index()] = true;
                            }
                        }
                    }
                    boxes
                        .iter()
                        .map(|inset| DrawnInset {
                            kind: inset.kind,
                            frame: MapRectKm {
                                min: settled.map_from_screen(ScreenPointPx::new(
                                    inset.rect.x_px,
                                    inset.rect.y_px,
                                )),
                                max: settled.map_from_screen(ScreenPointPx::new(
                                    inset.rect.x_px + inset.rect.width_px,
                                    inset.rect.y_px + inset.rect.height_px,
                                )),
                            },
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                // The regions' declutter is kept while their points and the scale stay the
                // same: a filter change or a hub's glide moves only hubs, and at G2 the
                // regions' half takes a few hundred milliseconds.
                let regions = region_declutter.with_value(|cache: &Option<RegionDeclutter>| {
                    cache
                        .as_ref()
                        .filter(|c| {
                            c.px_per_km == settled.px_per_km
                                && c.fixed == fixed
                                && c.points == placement.regions
                        })
                        .map(|c| c.decluttered.clone())
                });
                let regions = regions.unwrap_or_else(|| {
                    let decluttered =
                        declutter_regions(&placement.regions, settled.px_per_km, &fixed, SPACING);
                    region_declutter.set_value(Some(RegionDeclutter {
                        points: placement.regions.clone(),
                        px_per_km: settled.px_per_km,
                        fixed: fixed.clone(),
                        decluttered: decluttered.clone(),
                    }));
                    decluttered
                });
                let hubs = place_hubs_clear(&regions, &placement.hubs, settled.px_per_km, SPACING);
                DrawnPlacement {
                    placement: Placement { regions, hubs },
                    insets,
                }
            })
        });
        // What glows as new: the year the timeline stepped to, the one year the filters show
        // however it was set, or the span of the list of changes.
        let highlight_years = Memo::new(move |_| {
            if let Some(year) = timeline.highlight_year.get() {
                return Some((year, year));
            }
            let (from, to) = link.query.with(|q| (q.from_year, q.to_year));
            let listing_changes = link.view.with(|v| v.main_view == MainView::Changes);
            (listing_changes || from == to).then_some((from, to))
        });
        let scene = Memo::new(move |_| {
            let set = link.selection.with(|s| s.set.clone());
            let chain = chains
                .with(|c| (!c.is_empty()).then(|| graph.with(|g| Spotlight::of(g, c))))
                .or_else(|| (!set.is_empty()).then(|| Spotlight::of_set(set_members.get(), set)))
                .or_else(|| {
                    let compared = link.selection.with(|s| s.compare.clone());
                    (!compared.is_empty()).then(|| {
                        // The regions, and the networks they all share.
                        let shared = graph.with(|g| {
                            g.hubs
                                .iter()
                                .filter(|h| {
                                    compared
                                        .iter()
                                        .all(|r| h.members.iter().any(|m| m.region == *r))
                                })
                                .map(|h| h.network)
                                .collect()
                        });
                        Spotlight::of_set(compared, shared)
                    })
                });
            graph.with(|graph| {
                link.query.with(|query| {
                    drawn.with(|DrawnPlacement { placement, .. }| {
                        build_scene(&SceneInput {
                            dataset: &dataset,
                            graph,
                            query,
                            region_positions: &placement.regions,
                            hub_positions: &placement.hubs,
                            draw: draw.get(),
                            focus: link.focus.get(),
                            highlight_years: highlight_years.get(),
                            size_factor: size_factor.get(),
                            lang: link.lang.get().code(),
                            spotlight: chain.as_ref(),
                        })
                    })
                })
            })
        });
        // A step's frame, from ids to the points the camera frames (where the layout puts them).
        {
            let dataset = data.dataset();
            present.set_frame_resolver(std::sync::Arc::new(move |frame: &StepFrame| {
                layout.shown.with_untracked(|shown| {
                    let regions = frame
                        .regions
                        .iter()
                        .filter_map(|id| dataset.region_by_id(id))
                        .filter_map(|r| shown.regions.get(r.index()).copied());
                    let hubs = frame
                        .hubs
                        .iter()
                        .filter_map(|id| dataset.network_by_id(id))
                        .filter_map(|n| shown.hubs.get(&n).copied());
                    regions.chain(hubs).collect()
                })
            }));
        }
        Self {
            data,
            link,
            graph,
            camera,
            layout,
            present,
            stories: story_library::StoryLibrary::new(data.dataset(), data.years, link.embed()),
            pointer: PointerHandle::new(),
            timeline,
            drawn,
            scene,
            metrics,
            chains,
            set_members,
            draw_stats: StoredValue::new(DrawStats::default()),
        }
    }

    /// The current view as a story step would show it: the view's query without the link's
    /// own parameters (embed, data, language, story) and without a pixel camera; and, when
    /// the presenter moved the camera, the frame: the regions and hubs in view, so the step
    /// frames the same subject on any screen.
    pub fn capture_step_view(&self) -> (String, Option<StepFrame>) {
        let view = self.link.view.get_untracked();
        let moved = view.camera.is_some();
        let step_view = atlas_core::ViewState {
            embed: false,
            data: None,
            lang: None,
            story: None,
            step: None,
            autoplay: None,
            camera: None,
            main_view: MainView::Map,
            ..view
        };
        let frame = moved
            .then(|| {
                let viewport = self.camera.settled.get_untracked()?;
                let visible = viewport.visible_map_rect();
                let dataset = self.dataset();
                self.scene.with_untracked(|scene| {
                    let regions: Vec<String> = scene
                        .nodes
                        .iter()
                        .filter(|n| !n.outside_europe && visible.contains(n.center))
                        .map(|n| dataset.region(n.region).id.clone())
                        .collect();
                    let hubs: Vec<String> = scene
                        .hubs
                        .iter()
                        .filter(|h| visible.contains(h.center))
                        .map(|h| dataset.network(h.network).id.clone())
                        .collect();
                    (!regions.is_empty() || !hubs.is_empty()).then_some(StepFrame { regions, hubs })
                })
            })
            .flatten();
        (step_view.to_query(), frame)
    }

    /// The dataset shown.
    pub fn dataset(&self) -> Arc<Dataset> {
        self.data.dataset()
    }

    /// The interface language. Reactive.
    pub fn lang(&self) -> Lang {
        self.link.lang.get()
    }

    /// A region's name as shown: in the interface language, or in its own language when the
    /// view asks for local names. Reactive.
    pub fn region_name(&self, region: RegionIdx) -> String {
        let local = self.link.view.with(|v| v.local_names);
        let lang = self.lang();
        self.data
            .dataset
            .with_value(|d| names::region_name(d, region, lang, local))
    }

    /// A network's full name in the interface language. Reactive.
    pub fn network_name(&self, network: NetworkIdx) -> String {
        let lang = self.lang();
        self.data
            .dataset
            .with_value(|d| d.network(network).names.get(lang.code()).to_owned())
    }

    /// What a tie comes from, by name: the network's short name or the agreement's name in the
    /// interface language. Reactive.
    pub fn tie_source_name(&self, source: atlas_core::TieSource) -> String {
        match source {
            atlas_core::TieSource::Network(n) => self.network_short_name(n),
            atlas_core::TieSource::Agreement(a) => {
                let lang = self.lang();
                self.data
                    .dataset
                    .with_value(|d| d.agreement(a).names.get(lang.code()).to_owned())
            }
        }
    }

    /// What `only=` shows, by name: the agreement, the network's short name or "A – B".
    /// Reactive.
    pub fn ties_only_name(&self, only: atlas_core::view_state::TiesOnly) -> String {
        use atlas_core::view_state::TiesOnly;
        match only {
            TiesOnly::Agreement(a) => self.tie_source_name(atlas_core::TieSource::Agreement(a)),
            TiesOnly::Network(n) => self.network_short_name(n),
            TiesOnly::Pair(a, b) => format!("{} – {}", self.region_name(a), self.region_name(b)),
        }
    }

    /// A network's short name: its acronym, else its name. Reactive.
    pub fn network_short_name(&self, network: NetworkIdx) -> String {
        let lang = self.lang();
        self.data
            .dataset
            .with_value(|d| names::network_short_name(d, network, lang))
    }

    /// "ESRA (European Semiconductor Regions Alliance)", or the name alone. Reactive.
    pub fn network_label(&self, network: NetworkIdx) -> String {
        let lang = self.lang();
        self.data
            .dataset
            .with_value(|d| names::network_label(d, network, lang))
    }

    /// A sector's label in the interface language. Reactive.
    pub fn sector_label(&self, sector: SectorIdx) -> String {
        let lang = self.lang();
        self.data
            .dataset
            .with_value(|d| names::sector_label(d, sector, lang))
    }
}

/// The state from context. Components under the atlas screen can rely on it.
pub fn use_atlas() -> AtlasState {
    expect_context::<AtlasState>()
}

#[cfg(test)]
mod tests {
    use super::presenter_font_px;

    #[test]
    fn presenter_type_grows_with_the_projector_as_the_css_says() {
        assert_eq!(presenter_font_px(1024.0, 768.0), 18.0);
        assert!((presenter_font_px(1280.0, 720.0) - 20.32).abs() < 1e-9);
        assert!((presenter_font_px(1920.0, 1080.0) - 30.48).abs() < 1e-9);
        assert_eq!(presenter_font_px(3840.0, 2160.0), 34.0);
    }
}
