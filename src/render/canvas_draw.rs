//! Draws a [`Scene`] on a Canvas 2D context: basemap, edges (batched by style), hubs, nodes,
//! and the highlights of hover, focus and the timeline. Positions come from the scene and the
//! camera; this module decides nothing about what to show.

use std::collections::BTreeMap;

use atlas_core::hit::Hit;
use atlas_core::layout::insets::InsetKind;
use atlas_core::scene::{Emphasis, Scene, SceneEdge};
use atlas_core::style::{edge_opacity, estimate_mark, EstimateMark, THIN_ESTIMATE_WIDTH};
use atlas_core::viewport::Viewport;

use crate::state::DrawnInset;

/// The font of the caption over the box of regions outside Europe.
const INSET_CAPTION_FONT: &str = "600 10px system-ui, sans-serif";
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, Path2d};

/// Colours read from the page's CSS custom properties, so a host site's theme applies.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub sea: String,
    pub land: String,
    pub border: String,
    pub node: String,
    pub node_outside: String,
    pub node_ring: String,
    pub accent: String,
    pub new_glow: String,
    pub muted: String,
    /// Lines are drawn this much thicker (`--atlas-line-scale`: 1 on screen, more for a
    /// projector).
    pub line_scale: f64,
}

impl Default for Theme {
    fn default() -> Self {
        Self {
            sea: "#e4ecf4".into(),
            land: "#fbfbf8".into(),
            border: "#c3ccd7".into(),
            node: "#1d3557".into(),
            node_outside: "#5d6b80".into(),
            node_ring: "#ffffff".into(),
            accent: "#1f5fae".into(),
            new_glow: "#f2b705".into(),
            muted: "#536072".into(),
            line_scale: 1.0,
        }
    }
}

impl Theme {
    /// Reads the `--atlas-*` custom properties of `element`, keeping defaults for missing ones.
    pub fn from_css(element: &web_sys::Element) -> Self {
        let mut theme = Theme::default();
        let Some(style) =
            web_sys::window().and_then(|w| w.get_computed_style(element).ok().flatten())
        else {
            return theme;
        };
        let read = |name: &str, slot: &mut String| {
            if let Ok(value) = style.get_property_value(name) {
                let value = value.trim();
                if !value.is_empty() {
                    *slot = value.to_owned();
                }
            }
        };
        read("--atlas-sea", &mut theme.sea);
        read("--atlas-land", &mut theme.land);
        read("--atlas-border", &mut theme.border);
        read("--atlas-node", &mut theme.node);
        read("--atlas-node-outside", &mut theme.node_outside);
        read("--atlas-node-ring", &mut theme.node_ring);
        read("--atlas-accent", &mut theme.accent);
        read("--atlas-new", &mut theme.new_glow);
        read("--atlas-muted", &mut theme.muted);
        let mut scale = String::new();
        read("--atlas-line-scale", &mut scale);
        if let Ok(scale) = scale.parse::<f64>() {
            theme.line_scale = scale.clamp(0.5, 4.0);
        }
        theme
    }
}

/// Everything one frame needs.
pub struct Frame<'a> {
    pub scene: &'a Scene,
    pub camera: &'a Viewport,
    pub theme: &'a Theme,
    pub basemap: &'a [Path2d],
    /// The insets' frames, and the caption of the one for regions outside Europe.
    pub insets: &'a [DrawnInset],
    pub outside_europe_caption: &'a str,
    /// Draw the basemap: only where positions are geographic (the map layout).
    pub geographic: bool,
    pub hover: Option<Hit>,
    /// Device pixels per CSS pixel.
    pub dpr: f64,
}

fn alpha_for(emphasis: Emphasis, normal: f64) -> f64 {
    match emphasis {
        Emphasis::Faded => 0.07,
        Emphasis::Normal => normal,
        Emphasis::Strong => 0.95,
    }
}

/// Draws one frame.
pub fn draw(ctx: &CanvasRenderingContext2d, frame: &Frame) {
    let v = frame.camera;
    let dpr = frame.dpr;
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    ctx.set_global_alpha(1.0);
    ctx.set_fill_style_str(&frame.theme.sea);
    ctx.fill_rect(0.0, 0.0, v.width_px, v.height_px);

    if frame.geographic {
        draw_basemap(ctx, frame);
    }
    draw_insets(ctx, frame);
    draw_edges(ctx, frame);
    draw_hubs(ctx, frame);
    draw_nodes(ctx, frame);
}

fn draw_basemap(ctx: &CanvasRenderingContext2d, frame: &Frame) {
    if frame.basemap.is_empty() {
        return;
    }
    let v = frame.camera;
    let s = v.px_per_km;
    let tx = v.width_px / 2.0 - v.center.x_km * s;
    let ty = v.height_px / 2.0 - v.center.y_km * s;
    let dpr = frame.dpr;
    let _ = ctx.set_transform(dpr * s, 0.0, 0.0, dpr * s, dpr * tx, dpr * ty);
    ctx.set_fill_style_str(&frame.theme.land);
    ctx.set_stroke_style_str(&frame.theme.border);
    ctx.set_line_width(0.7 / s);
    ctx.set_line_join("round");
    for path in frame.basemap {
        ctx.fill_with_path_2d(path);
        ctx.stroke_with_path(path);
    }
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
}

/// The insets' boxes: white over the sea, a dashed frame, and the caption of the box for the
/// regions outside Europe.
fn draw_insets(ctx: &CanvasRenderingContext2d, frame: &Frame) {
    let v = frame.camera;
    for inset in frame.insets {
        let a = v.screen_from_map(inset.frame.min);
        let b = v.screen_from_map(inset.frame.max);
        ctx.set_global_alpha(0.9);
        ctx.set_fill_style_str(&frame.theme.land);
        ctx.fill_rect(a.x_px, a.y_px, b.x_px - a.x_px, b.y_px - a.y_px);
        ctx.set_global_alpha(1.0);
        ctx.set_stroke_style_str(&frame.theme.muted);
        ctx.set_line_width(1.0);
        let _ = ctx.set_line_dash(&dash(&[3.0, 3.0]));
        ctx.stroke_rect(a.x_px, a.y_px, b.x_px - a.x_px, b.y_px - a.y_px);
        let _ = ctx.set_line_dash(&dash(&[]));
        if inset.kind == InsetKind::OutsideEurope {
            // Above the box, ending at its right edge: the box sits at the map's right edge.
            ctx.set_fill_style_str(&frame.theme.muted);
            ctx.set_font(INSET_CAPTION_FONT);
            ctx.set_text_baseline("bottom");
            ctx.set_text_align("right");
            let _ = ctx.fill_text(frame.outside_europe_caption, b.x_px, a.y_px - 2.0);
            ctx.set_text_align("start");
        }
    }
}

fn dash(pattern: &[f64]) -> JsValue {
    let array = js_sys::Array::new();
    for &p in pattern {
        array.push(&JsValue::from_f64(p));
    }
    array.into()
}

/// The style a strand is stroked with; strands with equal styles share one path. Ordered so
/// that faded edges are stroked first and strong ones last, on top.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct StrokeStyle {
    emphasis: Emphasis,
    /// Index into the frame's list of distinct colours.
    color: u16,
    /// Width in hundredths of a pixel (an integer, so it can be a map key).
    width_centipx: u32,
    dashed: bool,
}

/// One quadratic arc in screen pixels: start, control point, end.
type Arc = [f64; 6];

/// Whether an arc's bounding box (which holds the curve) meets the screen, with `pad_px` spare.
fn arc_on_screen(arc: &Arc, width_px: f64, height_px: f64, pad_px: f64) -> bool {
    let (min_x, max_x) = (
        arc[0].min(arc[2]).min(arc[4]),
        arc[0].max(arc[2]).max(arc[4]),
    );
    let (min_y, max_y) = (
        arc[1].min(arc[3]).min(arc[5]),
        arc[1].max(arc[3]).max(arc[5]),
    );
    max_x >= -pad_px
        && min_x <= width_px + pad_px
        && max_y >= -pad_px
        && min_y <= height_px + pad_px
}

fn draw_edges(ctx: &CanvasRenderingContext2d, frame: &Frame) {
    let v = frame.camera;
    let count = frame.scene.edges.len();
    let normal = edge_opacity(count);
    let mut colors: Vec<&str> = Vec::new();
    let mut batches: BTreeMap<StrokeStyle, Vec<Arc>> = BTreeMap::new();
    for edge in &frame.scene.edges {
        let from = v.screen_from_map(edge.from);
        let to = v.screen_from_map(edge.to);
        let mark = estimate_mark(count, edge.emphasis == Emphasis::Strong);
        let dashed = edge.dashed && mark == EstimateMark::Dashed;
        let thin = edge.dashed && mark == EstimateMark::Thin;
        for strand in &edge.strands {
            let c = v.screen_from_map(strand.control);
            let arc = [from.x_px, from.y_px, c.x_px, c.y_px, to.x_px, to.y_px];
            if !arc_on_screen(&arc, v.width_px, v.height_px, strand.width_px) {
                continue;
            }
            let color = match colors.iter().position(|c| *c == strand.color) {
                Some(i) => i,
                None => {
                    colors.push(&strand.color);
                    colors.len() - 1
                }
            };
            let width = strand.width_px
                * frame.theme.line_scale
                * if thin { THIN_ESTIMATE_WIDTH } else { 1.0 };
            batches
                .entry(StrokeStyle {
                    emphasis: edge.emphasis,
                    color: color as u16,
                    width_centipx: (width * 100.0).round() as u32,
                    dashed,
                })
                .or_default()
                .push(arc);
        }
    }
    ctx.set_line_cap("round");
    let solid = dash(&[]);
    let dashes = dash(&[4.0, 3.0]);
    for (style, arcs) in &batches {
        ctx.set_global_alpha(alpha_for(style.emphasis, normal));
        ctx.set_stroke_style_str(colors[style.color as usize]);
        ctx.set_line_width(style.width_centipx as f64 / 100.0);
        let _ = ctx.set_line_dash(if style.dashed { &dashes } else { &solid });
        ctx.begin_path();
        for [fx, fy, cx, cy, tx, ty] in arcs {
            ctx.move_to(*fx, *fy);
            ctx.quadratic_curve_to(*cx, *cy, *tx, *ty);
        }
        ctx.stroke();
    }
    let _ = ctx.set_line_dash(&dash(&[]));
    // Ties new in the highlighted year get a glow underneath a solid redraw.
    for edge in frame.scene.edges.iter().filter(|e| e.is_new) {
        stroke_edge(
            ctx,
            v,
            edge,
            &frame.theme.new_glow,
            4.0,
            0.55,
            frame.theme.line_scale,
        );
        stroke_edge(ctx, v, edge, "", 0.0, 1.0, frame.theme.line_scale);
    }
    if let Some(Hit::Edge(ends)) = frame.hover {
        if let Some(edge) = frame.scene.edges.iter().find(|e| e.ends == ends) {
            stroke_edge(ctx, v, edge, "", 1.5, 1.0, frame.theme.line_scale);
        }
    }
}

/// Strokes an edge's strands in their colour (or `color` if not empty), `scale` times as
/// thick and `extra_px` wider.
#[allow(clippy::too_many_arguments)]
fn stroke_edge(
    ctx: &CanvasRenderingContext2d,
    v: &Viewport,
    edge: &SceneEdge,
    color: &str,
    extra_px: f64,
    alpha: f64,
    scale: f64,
) {
    let from = v.screen_from_map(edge.from);
    let to = v.screen_from_map(edge.to);
    ctx.set_global_alpha(alpha);
    for strand in &edge.strands {
        let c = v.screen_from_map(strand.control);
        ctx.set_stroke_style_str(if color.is_empty() {
            &strand.color
        } else {
            color
        });
        ctx.set_line_width(strand.width_px * scale + extra_px);
        ctx.begin_path();
        ctx.move_to(from.x_px, from.y_px);
        ctx.quadratic_curve_to(c.x_px, c.y_px, to.x_px, to.y_px);
        ctx.stroke();
    }
}

fn draw_hubs(ctx: &CanvasRenderingContext2d, frame: &Frame) {
    let v = frame.camera;
    for hub in &frame.scene.hubs {
        let c = v.screen_from_map(hub.center);
        let h = hub.half_size_px;
        let hovered = frame.hover == Some(Hit::Hub(hub.network));
        ctx.set_global_alpha(match hub.emphasis {
            Emphasis::Faded => 0.25,
            _ => 1.0,
        });
        if hub.is_new {
            ctx.set_fill_style_str(&frame.theme.new_glow);
            diamond(ctx, c.x_px, c.y_px, h + 5.0);
            ctx.fill();
        }
        ctx.set_fill_style_str(&hub.color);
        ctx.set_stroke_style_str(&frame.theme.node_ring);
        ctx.set_line_width(1.5);
        diamond(ctx, c.x_px, c.y_px, h);
        ctx.fill();
        ctx.stroke();
        if hub.emphasis == Emphasis::Strong || hovered {
            ctx.set_stroke_style_str(&frame.theme.accent);
            ctx.set_line_width(2.5);
            diamond(ctx, c.x_px, c.y_px, h + 3.5);
            ctx.stroke();
        }
    }
}

fn diamond(ctx: &CanvasRenderingContext2d, x: f64, y: f64, r: f64) {
    ctx.begin_path();
    ctx.move_to(x, y - r);
    ctx.line_to(x + r, y);
    ctx.line_to(x, y + r);
    ctx.line_to(x - r, y);
    ctx.close_path();
}

fn draw_nodes(ctx: &CanvasRenderingContext2d, frame: &Frame) {
    let v = frame.camera;
    let tau = std::f64::consts::TAU;
    for node in &frame.scene.nodes {
        let c = v.screen_from_map(node.center);
        let r = node.radius_px;
        ctx.set_global_alpha(match node.emphasis {
            Emphasis::Faded => 0.22,
            _ => 1.0,
        });
        if node.is_new {
            ctx.set_fill_style_str(&frame.theme.new_glow);
            ctx.begin_path();
            let _ = ctx.arc(c.x_px, c.y_px, r + 5.0, 0.0, tau);
            ctx.fill();
        }
        ctx.set_fill_style_str(if node.outside_europe {
            &frame.theme.node_outside
        } else {
            &frame.theme.node
        });
        ctx.set_stroke_style_str(&frame.theme.node_ring);
        ctx.set_line_width(1.3);
        ctx.begin_path();
        let _ = ctx.arc(c.x_px, c.y_px, r, 0.0, tau);
        ctx.fill();
        ctx.stroke();
        let hovered = frame.hover == Some(Hit::Region(node.region));
        if node.emphasis == Emphasis::Strong || hovered {
            ctx.set_global_alpha(1.0);
            ctx.set_stroke_style_str(&frame.theme.accent);
            ctx.set_line_width(2.5);
            ctx.begin_path();
            let _ = ctx.arc(c.x_px, c.y_px, r + 3.0, 0.0, tau);
            ctx.stroke();
        }
    }
    ctx.set_global_alpha(1.0);
}
