//! The drawn layers of the map, all in map space inside one transformed SVG group: basemap,
//! edges, nodes, labels. Sizes that must stay constant on screen (radii, fonts) are divided
//! by the zoom (`px_per_km`); strokes use `vector-effect: non-scaling-stroke`.

use std::sync::Arc;

use atlas_core::basemap::Basemap;
use atlas_core::describe::{edge_tooltip, node_tooltip};
use atlas_core::labels::{place_labels, LabelRequest, RectPx};
use atlas_core::layout::GeoLayout;
use atlas_core::style::{arc_path_km, edge_opacity, edge_sector, edge_width_px, node_radius_px};
use atlas_core::viewport::{ScreenPointPx, Viewport};
use atlas_core::{Dataset, Edge, Graph, GraphQuery};
use leptos::prelude::*;

use crate::text_measure::TextMeasure;

/// Label font; the CSS of `.labels` and the canvas that measures labels both use it.
pub const LABEL_FONT_FAMILY: &str =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";
pub const LABEL_FONT_PX: f64 = 12.0;
pub const LABEL_FONT_WEIGHT: &str = "600";
/// How many of the most connected regions may have labels that cover small nodes.
const LABELS_OVER_NODES: usize = 12;
/// Width and height of the zoom buttons' corner, measured from the map's top-right, in pixels.
const MAP_CONTROLS_PX: (f64, f64) = (56.0, 140.0);
/// Height of a label's box, in pixels.
const LABEL_BOX_PX: f64 = 15.0;
/// Colour of edges whose sector is unknown (should not happen with valid data).
const FALLBACK_EDGE_COLOR: &str = "#888888";

/// Country outlines. Drawn once; hidden from assistive technology.
#[component]
pub fn BasemapLayer(basemap: Arc<Basemap>) -> impl IntoView {
    view! {
        <g class="basemap" aria-hidden="true">
            {basemap
                .countries
                .iter()
                .map(|c| view! { <path d=c.path.clone() vector-effect="non-scaling-stroke"></path> })
                .collect_view()}
        </g>
    }
}

/// The frame and caption of the inset for regions outside Europe.
#[component]
pub fn InsetFrame(layout: Arc<GeoLayout>, zoom: Memo<f64>) -> impl IntoView {
    layout.inset.map(|inset| {
        view! {
            <g class="inset" aria-hidden="true">
                <rect
                    x=inset.min.x_km
                    y=inset.min.y_km
                    width=inset.width_km()
                    height=inset.height_km()
                    rx=move || 6.0 / zoom.get()
                    vector-effect="non-scaling-stroke"
                ></rect>
                <text
                    x=inset.min.x_km
                    y=move || inset.max.y_km + 12.0 / zoom.get()
                    font-size=move || 10.0 / zoom.get()
                >
                    "Outside Europe"
                </text>
            </g>
        }
    })
}

fn draw_order(graph: &Graph) -> Vec<&Edge> {
    let mut edges: Vec<&Edge> = graph.edges.iter().collect();
    // Thin edges first, so the strongest ties are drawn on top.
    edges.sort_by_key(|e| e.ties.len());
    edges
}

/// One arc per pair of tied regions, coloured by sector, wider for more ties, dashed when the
/// ties rest on estimates. Each carries a tooltip listing its ties.
#[component]
pub fn EdgeLayer(
    dataset: Arc<Dataset>,
    graph: Memo<Graph>,
    query: Memo<GraphQuery>,
    layout: Arc<GeoLayout>,
) -> impl IntoView {
    let edges = move || {
        let dataset = dataset.clone();
        let layout = layout.clone();
        graph.with(|graph| {
            query.with(|query| {
                draw_order(graph)
                    .into_iter()
                    .map(|edge| {
                        let a = layout.positions[edge.a.index()];
                        let b = layout.positions[edge.b.index()];
                        let color = edge_sector(&dataset, edge, query)
                            .map(|s| dataset.sector(s).color.clone())
                            .unwrap_or_else(|| FALLBACK_EDGE_COLOR.to_owned());
                        let tooltip = edge_tooltip(&dataset, edge, "en");
                        view! {
                            <path
                                class="edge"
                                class:estimated=edge.all_estimated()
                                d=arc_path_km(a, b)
                                stroke=color
                                stroke-width=edge_width_px(edge.ties.len())
                                vector-effect="non-scaling-stroke"
                                data-a=dataset.region(edge.a).id.clone()
                                data-b=dataset.region(edge.b).id.clone()
                                data-ties=edge.ties.len()
                            >
                                <title>{tooltip}</title>
                            </path>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let opacity = move || graph.with(|g| edge_opacity(g.edges.len()).to_string());
    view! { <g class="edges" style:--edge-opacity=opacity>{edges}</g> }
}

/// One circle per tied region, its area by number of ties.
#[component]
pub fn NodeLayer(
    dataset: Arc<Dataset>,
    graph: Memo<Graph>,
    layout: Arc<GeoLayout>,
    zoom: Memo<f64>,
    size_factor: Memo<f64>,
) -> impl IntoView {
    let nodes = move || {
        let dataset = dataset.clone();
        let layout = layout.clone();
        graph.with(|graph| {
            let max_ties = graph.nodes.iter().map(|n| n.ties).max().unwrap_or(0);
            graph
                .nodes
                .iter()
                .map(|node| {
                    let p = layout.positions[node.region.index()];
                    let radius_px = node_radius_px(node.ties, max_ties);
                    let region = dataset.region(node.region);
                    view! {
                        <circle
                            class="node"
                            class:outside=region.outside_europe
                            cx=p.x_km
                            cy=p.y_km
                            r=move || radius_px * size_factor.get() / zoom.get()
                            vector-effect="non-scaling-stroke"
                            data-region=region.id.clone()
                        >
                            <title>{node_tooltip(&dataset, node, "en")}</title>
                        </circle>
                    }
                })
                .collect_view()
        })
    };
    view! { <g class="nodes">{nodes}</g> }
}

/// Region names that never overlap each other, other nodes or the edge of the map. Placement
/// is done in "zoom space" (map space times the zoom, no translation) for the viewport where
/// the camera last came to rest: during a drag labels move with their nodes, and are re-placed
/// when the camera settles.
#[component]
pub fn LabelLayer(
    dataset: Arc<Dataset>,
    graph: Memo<Graph>,
    layout: Arc<GeoLayout>,
    camera: Signal<Option<Viewport>>,
    size_factor: Memo<f64>,
) -> impl IntoView {
    let font = format!("{LABEL_FONT_WEIGHT} {LABEL_FONT_PX}px {LABEL_FONT_FAMILY}");
    let measure = StoredValue::new_local(TextMeasure::new(&font, LABEL_FONT_PX));
    let labels = move || {
        let viewport = camera.get()?;
        let z = viewport.px_per_km;
        let factor = size_factor.get();
        let visible = viewport.visible_map_rect();
        let bounds = RectPx {
            x_px: visible.min.x_km * z + 4.0,
            y_px: visible.min.y_km * z + 4.0,
            width_px: visible.width_km() * z - 8.0,
            height_px: visible.height_km() * z - 8.0,
        };
        let dataset = dataset.clone();
        let layout = layout.clone();
        Some(graph.with(|graph| {
            let max_ties = graph.nodes.iter().map(|n| n.ties).max().unwrap_or(0);
            let mut by_ties: Vec<u32> = graph.nodes.iter().map(|n| n.ties).collect();
            by_ties.sort_unstable_by(|a, b| b.cmp(a));
            let cover_threshold = by_ties.get(LABELS_OVER_NODES - 1).copied().unwrap_or(0);
            let names: Vec<&str> = graph
                .nodes
                .iter()
                .map(|n| dataset.region(n.region).names.get("en"))
                .collect();
            let requests: Vec<LabelRequest> = graph
                .nodes
                .iter()
                .enumerate()
                .map(|(key, node)| {
                    let p = layout.positions[node.region.index()];
                    LabelRequest {
                        key,
                        node_center: ScreenPointPx::new(p.x_km * z, p.y_km * z),
                        node_radius_px: node_radius_px(node.ties, max_ties) * factor,
                        text_width_px: measure
                            .try_update_value(|m| m.width_px(names[key]))
                            .unwrap_or(0.0),
                        text_height_px: LABEL_BOX_PX,
                        priority: node.ties as f64,
                        may_cover_nodes: node.ties >= cover_threshold.max(1),
                    }
                })
                .collect();
            // The zoom buttons sit over the top-right corner (see .map-controls in the CSS).
            let controls = RectPx {
                x_px: bounds.x_px + bounds.width_px - MAP_CONTROLS_PX.0,
                y_px: bounds.y_px,
                width_px: MAP_CONTROLS_PX.0,
                height_px: MAP_CONTROLS_PX.1,
            };
            place_labels(&requests, bounds, &[controls])
                .into_iter()
                .map(|placed| {
                    let name = names[placed.key].to_owned();
                    let region_id = dataset.region(graph.nodes[placed.key].region).id.clone();
                    let x = placed.rect.x_px / z;
                    let y = (placed.rect.y_px + placed.rect.height_px / 2.0) / z;
                    view! {
                        <text
                            x=x
                            y=y
                            font-size=LABEL_FONT_PX / z
                            stroke-width=3.0 / z
                            data-region=region_id
                        >
                            {name}
                        </text>
                    }
                })
                .collect_view()
        }))
    };
    view! {
        <g
            class="labels"
            aria-hidden="true"
            font-family=LABEL_FONT_FAMILY
            font-weight=LABEL_FONT_WEIGHT
        >
            {labels}
        </g>
    }
}
