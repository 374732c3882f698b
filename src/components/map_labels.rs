//! Names on the map, as an SVG overlay above the canvas: region names that never overlap each
//! other, other nodes or the map controls, and the hubs' acronyms. Placed by the core for the
//! camera at rest; during a drag the overlay moves with one transform. Clicking a name focuses
//! its region or network.

use atlas_core::labels::{place_labels, LabelRequest, RectPx};
use atlas_core::scene::Emphasis;
use atlas_core::viewport::ScreenPointPx;
use leptos::prelude::*;

use crate::state::use_atlas;
use crate::text_measure::TextMeasure;

/// Label font; the CSS of `.map-labels` and the canvas that measures labels both use it.
pub const LABEL_FONT_FAMILY: &str =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";
pub const LABEL_FONT_PX: f64 = 12.0;
pub const LABEL_FONT_WEIGHT: &str = "600";
/// Height of a label's box, in pixels.
const LABEL_BOX_PX: f64 = 15.0;
/// How many of the most connected regions may have labels that cover small nodes.
const LABELS_OVER_NODES: usize = 12;
/// Width and height of the zoom buttons' corner, from the map's top-right, in pixels.
const MAP_CONTROLS_PX: (f64, f64) = (56.0, 140.0);

/// What a label names.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    Region(usize),
    Hub(usize),
}

/// The label overlay.
#[component]
pub fn MapLabels() -> impl IntoView {
    let state = use_atlas();
    let font = format!("{LABEL_FONT_WEIGHT} {LABEL_FONT_PX}px {LABEL_FONT_FAMILY}");
    let measure = StoredValue::new_local(TextMeasure::new(&font, LABEL_FONT_PX));
    let transform = move || state.camera.with(|v| v.map(|v| v.svg_transform()));
    let labels = move || {
        let viewport = state.settled_camera.get()?;
        let z = viewport.px_per_km;
        let visible = viewport.visible_map_rect();
        let bounds = RectPx {
            x_px: visible.min.x_km * z + 4.0,
            y_px: visible.min.y_km * z + 4.0,
            width_px: visible.width_km() * z - 8.0,
            height_px: visible.height_km() * z - 8.0,
        };
        let controls = RectPx {
            x_px: bounds.x_px + bounds.width_px - MAP_CONTROLS_PX.0,
            y_px: bounds.y_px,
            width_px: MAP_CONTROLS_PX.0,
            height_px: MAP_CONTROLS_PX.1,
        };
        let dataset = state.dataset();
        Some(state.scene.with(|scene| {
            state.graph.with(|graph| {
                let ties_of =
                    |r: atlas_core::dataset::RegionIdx| graph.node(r).map_or(0, |n| n.ties);
                let mut by_ties: Vec<u32> = scene.nodes.iter().map(|n| ties_of(n.region)).collect();
                by_ties.sort_unstable_by(|a, b| b.cmp(a));
                let cover_threshold = by_ties
                    .get(LABELS_OVER_NODES - 1)
                    .copied()
                    .unwrap_or(0)
                    .max(1);
                let mut targets = Vec::new();
                let mut texts = Vec::new();
                let mut requests = Vec::new();
                for (i, node) in scene.nodes.iter().enumerate() {
                    let name = dataset.region(node.region).names.get("en").to_owned();
                    let ties = ties_of(node.region);
                    let priority = match node.emphasis {
                        Emphasis::Strong => 1e9,
                        Emphasis::Normal => ties as f64,
                        Emphasis::Faded => ties as f64 - 1e6,
                    };
                    requests.push(LabelRequest {
                        key: requests.len(),
                        node_center: ScreenPointPx::new(node.center.x_km * z, node.center.y_km * z),
                        node_radius_px: node.radius_px,
                        text_width_px: measure
                            .try_update_value(|m| m.width_px(&name))
                            .unwrap_or(0.0),
                        text_height_px: LABEL_BOX_PX,
                        priority,
                        may_cover_nodes: node.emphasis == Emphasis::Strong
                            || (node.emphasis == Emphasis::Normal && ties >= cover_threshold),
                    });
                    targets.push(Target::Region(i));
                    texts.push(name);
                }
                for (i, hub) in scene.hubs.iter().enumerate() {
                    requests.push(LabelRequest {
                        key: requests.len(),
                        node_center: ScreenPointPx::new(hub.center.x_km * z, hub.center.y_km * z),
                        node_radius_px: hub.half_size_px,
                        text_width_px: measure
                            .try_update_value(|m| m.width_px(&hub.label))
                            .unwrap_or(0.0),
                        text_height_px: LABEL_BOX_PX,
                        priority: if hub.emphasis == Emphasis::Faded {
                            -1e6
                        } else {
                            1e8
                        },
                        may_cover_nodes: hub.emphasis != Emphasis::Faded,
                    });
                    targets.push(Target::Hub(i));
                    texts.push(hub.label.clone());
                }
                place_labels(&requests, bounds, &[controls])
                    .into_iter()
                    .map(|placed| {
                        let x = placed.rect.x_px / z;
                        let y = (placed.rect.y_px + placed.rect.height_px / 2.0) / z;
                        let text = texts[placed.key].clone();
                        match targets[placed.key] {
                            Target::Region(i) => {
                                let node = &scene.nodes[i];
                                let id = dataset.region(node.region).id.clone();
                                view! {
                                    <text
                                        x=x
                                        y=y
                                        font-size=LABEL_FONT_PX / z
                                        stroke-width=3.0 / z
                                        class="region-label"
                                        class:faded=node.emphasis == Emphasis::Faded
                                        class:strong=node.emphasis == Emphasis::Strong
                                        data-region=id
                                    >
                                        {text}
                                    </text>
                                }
                                .into_any()
                            }
                            Target::Hub(i) => {
                                let hub = &scene.hubs[i];
                                let id = dataset.network(hub.network).id.clone();
                                view! {
                                    <text
                                        x=x
                                        y=y
                                        font-size=LABEL_FONT_PX / z
                                        stroke-width=3.0 / z
                                        class="hub-label"
                                        class:faded=hub.emphasis == Emphasis::Faded
                                        data-network=id
                                    >
                                        {text}
                                    </text>
                                }
                                .into_any()
                            }
                        }
                    })
                    .collect_view()
            })
        }))
    };
    view! {
        <svg class="map-labels" width="100%" height="100%" aria-hidden="true">
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
