//! Names on the map, as an SVG overlay above the canvas: region names that never overlap each
//! other, other nodes or the map controls, and the hubs' acronyms. Placed by the core for the
//! camera at rest; during a drag the overlay moves with one transform. Clicking a name focuses
//! its region or network.

use atlas_core::dataset::{NetworkIdx, RegionIdx};
use atlas_core::labels::{place_labels, LabelRequest, RectPx};
use atlas_core::projection::MapPointKm;
use atlas_core::scene::Emphasis;
use atlas_core::viewport::{ScreenPointPx, Viewport};
use leptos::prelude::*;

use crate::render::text_measure::TextMeasure;
use crate::state::{presenter_font_px, use_atlas, AtlasState, PRESENTER_LABEL_SHARE};

/// Label font; the CSS of `.map-labels` and the canvas that measures labels both use it.
pub const LABEL_FONT_FAMILY: &str =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";
pub const LABEL_FONT_PX: f64 = 11.5;
pub const LABEL_FONT_WEIGHT: &str = "600";
/// Height of a label's box, in pixels.
const LABEL_BOX_PX: f64 = 14.0;
/// A network with at least this many members in view has its hub named before most regions.
const LARGE_NETWORK_MEMBERS: usize = 12;
/// How many of the most connected regions may have labels that cover small nodes.
const LABELS_OVER_NODES: usize = 12;

/// What a label names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LabelTarget {
    Region(RegionIdx),
    Hub(NetworkIdx),
}

/// A placed name, in map space (the left end and vertical middle of its text).
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedName {
    pub target: LabelTarget,
    pub text: String,
    pub at: MapPointKm,
    pub emphasis: Emphasis,
    /// For a name set off from its node: the leader line from the node to the name.
    pub leader: Option<(MapPointKm, MapPointKm)>,
}

/// Places the names of regions and hubs for `viewport`: the same placement the overlay shows
/// and the SVG export writes.
pub fn place_names(
    state: &AtlasState,
    viewport: &Viewport,
    measure: &mut TextMeasure,
) -> Vec<PlacedName> {
    let z = viewport.px_per_km;
    let scale = label_scale(state);
    let visible = viewport.visible_map_rect();
    let bounds = RectPx {
        x_px: visible.min.x_km * z + 4.0,
        y_px: visible.min.y_km * z + 4.0,
        width_px: visible.width_km() * z - 8.0,
        height_px: visible.height_km() * z - 8.0,
    };
    // What lies over the map (zoom buttons, the card, a caption), moved from the map element's
    // pixels to those of the map at this scale.
    let obstacles: Vec<RectPx> = crate::web::covers::label_obstacle_rects()
        .into_iter()
        .map(|r| RectPx {
            x_px: r.x_px + visible.min.x_km * z,
            y_px: r.y_px + visible.min.y_km * z,
            ..r
        })
        .collect();
    state.scene.with(|scene| {
        state.graph.with(|graph| {
            let ties_of = |r: RegionIdx| graph.node(r).map_or(0, |n| n.ties);
            let mut by_ties: Vec<u32> = scene.nodes.iter().map(|n| ties_of(n.region)).collect();
            atlas_core::sort::sort_by(&mut by_ties, |a, b| b.cmp(a));
            let cover_threshold = by_ties
                .get(LABELS_OVER_NODES - 1)
                .copied()
                .unwrap_or(0)
                .max(1);
            let mut names = Vec::new();
            let mut requests = Vec::new();
            // Presenting a focus, the names of what is unrelated step back: only the subject
            // is named, so it stands out from the back of the room.
            let quiet_faded = state.present.is_on.get();
            for node in &scene.nodes {
                if quiet_faded && node.emphasis == Emphasis::Faded {
                    continue;
                }
                let text = state.region_name(node.region);
                let ties = ties_of(node.region);
                // The most connected regions are named before the hubs (their names are what
                // readers look for first); the rest after them.
                let priority = match node.emphasis {
                    Emphasis::Strong => 1e9,
                    Emphasis::Normal if ties >= cover_threshold => 2e8 + ties as f64,
                    Emphasis::Normal => ties as f64,
                    Emphasis::Faded => ties as f64 - 1e6,
                };
                requests.push(LabelRequest {
                    key: requests.len(),
                    node_center: ScreenPointPx::new(node.center.x_km * z, node.center.y_km * z),
                    node_radius_px: node.radius_px,
                    text_width_px: measure.width_px(&text) * scale,
                    text_height_px: LABEL_BOX_PX * scale,
                    priority,
                    may_cover_nodes: node.emphasis == Emphasis::Strong
                        || (node.emphasis == Emphasis::Normal && ties >= cover_threshold),
                });
                names.push((LabelTarget::Region(node.region), text, node.emphasis));
            }
            for hub in &scene.hubs {
                if quiet_faded && hub.emphasis == Emphasis::Faded {
                    continue;
                }
                requests.push(LabelRequest {
                    key: requests.len(),
                    node_center: ScreenPointPx::new(hub.center.x_km * z, hub.center.y_km * z),
                    node_radius_px: hub.half_size_px,
                    text_width_px: measure.width_px(&hub.label) * scale,
                    text_height_px: LABEL_BOX_PX * scale,
                    // The large networks' hubs are named before most regions; the small ones
                    // (a euroregion of three) after every region, where room is left.
                    priority: match hub.emphasis {
                        Emphasis::Faded => -1e6,
                        _ if hub.members >= LARGE_NETWORK_MEMBERS => 1e8,
                        _ => 0.5,
                    },
                    may_cover_nodes: hub.emphasis != Emphasis::Faded,
                });
                names.push((
                    LabelTarget::Hub(hub.network),
                    hub.label.clone(),
                    hub.emphasis,
                ));
            }
            place_labels(&requests, bounds, &obstacles)
                .into_iter()
                .map(|placed| {
                    let (target, text, emphasis) = names[placed.key].clone();
                    let to_map = |p: ScreenPointPx| MapPointKm::new(p.x_px / z, p.y_px / z);
                    PlacedName {
                        leader: placed.leader.map(|l| (to_map(l.from), to_map(l.to))),
                        target,
                        text,
                        at: MapPointKm::new(
                            placed.rect.x_px / z,
                            (placed.rect.y_px + placed.rect.height_px / 2.0) / z,
                        ),
                        emphasis,
                    }
                })
                .collect()
        })
    })
}

/// How much larger than [`LABEL_FONT_PX`] labels are drawn: in presentation mode they grow
/// with the projector, as the caption does (1.25x at 1024x768, 1.4x at 1280x720, 2.1x at
/// 1920x1080).
pub fn label_scale(state: &AtlasState) -> f64 {
    if !state.present.is_on.get() {
        return 1.0;
    }
    let window = web_sys::window();
    let size = |v: Option<Result<wasm_bindgen::JsValue, _>>| {
        v.and_then(Result::ok)
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    };
    let width_px = size(window.as_ref().map(|w| w.inner_width()));
    let height_px = size(window.as_ref().map(|w| w.inner_height()));
    let label_px = presenter_font_px(width_px, height_px) * PRESENTER_LABEL_SHARE;
    (label_px / LABEL_FONT_PX).max(1.0)
}

/// A text measure in the label font.
pub fn label_measure() -> TextMeasure {
    let font = format!("{LABEL_FONT_WEIGHT} {LABEL_FONT_PX}px {LABEL_FONT_FAMILY}");
    TextMeasure::new(&font, LABEL_FONT_PX)
}

/// The label overlay.
#[component]
pub fn MapLabels() -> impl IntoView {
    let state = use_atlas();
    let measure = StoredValue::new_local(label_measure());
    let transform = move || state.camera.viewport.with(|v| v.map(|v| v.svg_transform()));
    let labels = move || {
        let viewport = state.camera.settled.get()?;
        let z = viewport.px_per_km;
        let scale = label_scale(&state);
        let dataset = state.dataset();
        let names = measure
            .try_update_value(|m| place_names(&state, &viewport, m))
            .unwrap_or_default();
        Some(
            names
                .into_iter()
                .map(|name| {
                    let (region, network) = match name.target {
                        LabelTarget::Region(r) => (Some(dataset.region(r).id.clone()), None),
                        LabelTarget::Hub(n) => (None, Some(dataset.network(n).id.clone())),
                    };
                    let leader = name.leader.map(|(from, to)| {
                        view! {
                            <line
                                class="leader"
                                x1=from.x_km
                                y1=from.y_km
                                x2=to.x_km
                                y2=to.y_km
                                stroke-width=1.0 / z
                            />
                        }
                    });
                    view! {
                        {leader}
                        <text
                            x=name.at.x_km
                            y=name.at.y_km
                            font-size=LABEL_FONT_PX * scale / z
                            stroke-width=3.0 * scale / z
                            class:region-label=region.is_some()
                            class:hub-label=network.is_some()
                            class:faded=name.emphasis == Emphasis::Faded
                            class:strong=name.emphasis == Emphasis::Strong
                            data-region=region
                            data-network=network
                        >
                            {name.text}
                        </text>
                    }
                })
                .collect_view(),
        )
    };
    // Names are placed for the camera at rest. While it zooms (a story's step, a focus, the
    // zoom buttons) the overlay would scale them with the map, so they would swell and stand
    // off their points: they step aside until the camera settles, then show at their size.
    let zooming = move || {
        let live = state.camera.viewport.with(|v| v.map(|v| v.px_per_km));
        let settled = state.camera.settled.with(|v| v.map(|v| v.px_per_km));
        match (live, settled) {
            (Some(live), Some(settled)) if settled > 0.0 => (live / settled - 1.0).abs() > 0.02,
            _ => false,
        }
    };
    view! {
        <svg class="map-labels" class:zooming=zooming width="100%" height="100%" aria-hidden="true" translate="no">
            <g
                transform=transform
                font-family=LABEL_FONT_FAMILY
                font-weight=LABEL_FONT_WEIGHT
            >
                {labels}
            </g>
        </svg>
    }
}
