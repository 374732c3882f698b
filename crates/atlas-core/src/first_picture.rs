//! The first picture: the map of the bundled data as the atlas opens it (no focus, every sector,
//! the default years), drawn as a plain SVG fragment that `index.html` carries inline, so a phone
//! on a slow network shows the map while the WebAssembly is still arriving.
//!
//! It is built from the same scene as the canvas ([`crate::scene::build_scene`]), in map space
//! (km, y down), with the regions outside the frame of continental Europe (those the map draws in
//! insets) left out. Sizes that stay constant on screen (line widths, dots) use
//! `vector-effect: non-scaling-stroke`, so the picture can be scaled to any screen by its
//! `viewBox` alone; dots and diamonds are zero-length strokes with round and square caps. Colours
//! of land, sea and dots come from the page's style sheet (classes), so a host's scheme and theme
//! apply to it as to the map. Both ways of drawing networks are in it (`data-draw="hubs"` and
//! `"pairs"`); `first-picture.js` shows the one the link asks for, or neither when the link asks
//! for another view than this one.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::basemap::Basemap;
use crate::dataset::Dataset;
use crate::graph::derive_graph;
use crate::layout::geographic_layout;
use crate::layout::hub_positions;
use crate::projection::MapPointKm;
use crate::scene::{build_scene, DrawMode, Focus, Scene, SceneInput};
use crate::style::edge_opacity;
use crate::view_state::resolve_link;
use crate::viewport::MapRectKm;

/// How far beyond continental Europe's regions the picture reaches (land, hubs), as a share of
/// the larger side: a phone in portrait sees far above and below them.
const MARGIN_SHARE: f64 = 0.35;
/// Basemap points closer than this to the last point kept are dropped: at the map's default
/// zoom a kilometre is well under a pixel on a phone and about a quarter of one on a laptop.
const BASEMAP_STEP_KM: f64 = 8.0;
/// The picture's unit of length: coordinates are written in whole units of this many km (at
/// the default zoom, about a pixel on a laptop and half of one on a phone), which keeps them to
/// three digits.
const UNIT_KM: f64 = 5.0;
/// The sizes of dots and diamonds, as the app's size factor sets them (`style::
/// node_size_factor`): "s" for a phone's map (412 by 682 px), "l" from a laptop's up; the
/// style sheet shows one.
const SIZES: [(&str, f64); 2] = [("s", 0.64), ("l", 1.0)];

/// The SVG fragment of the first picture of `dataset` (with the outlines of `basemap`), with the
/// years running to `current_year` as in the app.
pub fn first_picture_svg(
    dataset: &Dataset,
    basemap: Option<&Basemap>,
    current_year: i32,
) -> String {
    let (first, data_last) = dataset.year_bounds();
    let years = (first, data_last.max(current_year));
    let resolved = resolve_link("", dataset, years.0, years.1);
    let graph = derive_graph(dataset, &resolved.query);
    let geo = geographic_layout(dataset);
    let hubs = hub_positions(&graph, &geo.positions);
    // The viewBox is exactly the part of map space the app frames (continental Europe's
    // regions); the style sheet leaves around it the room the app's camera leaves (its margin
    // and the insets' band), and lets land and hubs show beyond it.
    let frame = geo.bounds().unwrap_or(MapRectKm {
        min: MapPointKm::new(0.0, 0.0),
        max: MapPointKm::new(1.0, 1.0),
    });
    let around = widened(frame);
    let scene = |draw: DrawMode, size_factor: f64| {
        build_scene(&SceneInput {
            dataset,
            graph: &graph,
            query: &resolved.query,
            region_positions: &geo.positions,
            hub_positions: &hubs,
            draw,
            focus: Focus::None,
            highlight_years: None,
            size_factor,
            lang: "en",
            spotlight: None,
        })
    };
    let on_map = |p: MapPointKm| around.contains(p);
    let in_inset = |r: crate::dataset::RegionIdx| geo.in_inset[r.index()];

    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"first-picture-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{} {} {} {}\" preserveAspectRatio=\"xMidYMid meet\" aria-hidden=\"true\" focusable=\"false\">",
        num(unit(frame.min.x_km)),
        num(unit(frame.min.y_km)),
        num(unit(frame.width_km())),
        num(unit(frame.height_km()))
    );
    if let Some(basemap) = basemap {
        svg.push_str("<path class=\"fp-land\" d=\"");
        for country in &basemap.countries {
            svg.push_str(&simplified_path(&country.path, &around));
        }
        svg.push_str("\"/>");
    }
    // One scene per way of drawing networks and per size of dots (edges are the same at every
    // size; nodes the same in both ways).
    let scenes: Vec<(DrawMode, Vec<Scene>)> = [DrawMode::Hubs, DrawMode::Pairs]
        .into_iter()
        .map(|draw| (draw, SIZES.iter().map(|&(_, f)| scene(draw, f)).collect()))
        .collect();
    for (draw, sized) in &scenes {
        let _ = write!(
            svg,
            "<g class=\"fp-graph\" data-draw=\"{}\">",
            draw.as_str()
        );
        if let Some(any_size) = sized.first() {
            edges_svg(&mut svg, any_size, &in_inset, &on_map);
        }
        for ((size, _), scene) in SIZES.iter().zip(sized) {
            let _ = write!(svg, "<g class=\"fp-size-{size}\">");
            hubs_svg(&mut svg, scene, &on_map);
            svg.push_str("</g>");
        }
        svg.push_str("</g>");
    }
    svg.push_str("<g class=\"fp-nodes\">");
    if let Some((_, sized)) = scenes.first() {
        for ((size, _), scene) in SIZES.iter().zip(sized) {
            let _ = write!(svg, "<g class=\"fp-size-{size}\">");
            nodes_svg(&mut svg, scene, &in_inset);
            svg.push_str("</g>");
        }
    }
    svg.push_str("</g>");
    svg.push_str("</svg>\n");
    svg
}

/// Where the picture can be seen at some screen's proportions: the frame with a margin.
fn widened(bounds: MapRectKm) -> MapRectKm {
    let pad = MARGIN_SHARE * bounds.width_km().max(bounds.height_km());
    MapRectKm {
        min: MapPointKm::new(bounds.min.x_km - pad, bounds.min.y_km - pad),
        max: MapPointKm::new(bounds.max.x_km + pad, bounds.max.y_km + pad),
    }
}

/// Edges grouped by colour and width (one `<path>` each), as the canvas batches them.
fn edges_svg(
    svg: &mut String,
    scene: &Scene,
    in_inset: &dyn Fn(crate::dataset::RegionIdx) -> bool,
    on_map: &dyn Fn(MapPointKm) -> bool,
) {
    use crate::scene::EdgeEnds;
    // Batched as the canvas batches them (ui's render::canvas_draw): by colour in the order the
    // colours first appear, then by width, so later batches cover earlier ones as on the map.
    let mut colors: Vec<&str> = Vec::new();
    let mut batches: BTreeMap<(usize, u32), String> = BTreeMap::new();
    let mut count = 0;
    for edge in &scene.edges {
        let off_map = match edge.ends {
            EdgeEnds::Regions(a, b) => in_inset(a) || in_inset(b),
            EdgeEnds::Spoke(_, r) => in_inset(r),
        };
        if off_map || !on_map(edge.from) || !on_map(edge.to) {
            continue;
        }
        count += 1;
        let (fx, fy) = (unit(edge.from.x_km), unit(edge.from.y_km));
        for strand in &edge.strands {
            let color = match colors.iter().position(|c| *c == strand.color) {
                Some(i) => i,
                None => {
                    colors.push(&strand.color);
                    colors.len() - 1
                }
            };
            let width_centipx = (strand.width_px * 100.0).round() as u32;
            let _ = write!(
                batches.entry((color, width_centipx)).or_default(),
                "M{} {}q{} {} {} {}",
                num(fx),
                num(fy),
                num(unit(strand.control.x_km) - fx),
                num(unit(strand.control.y_km) - fy),
                num(unit(edge.to.x_km) - fx),
                num(unit(edge.to.y_km) - fy)
            );
        }
    }
    let _ = write!(
        svg,
        "<g class=\"fp-edges\" stroke-opacity=\"{:.2}\">",
        edge_opacity(count)
    );
    for ((color, width_centipx), d) in batches {
        let _ = write!(
            svg,
            "<path stroke=\"{}\" stroke-width=\"{}\" d=\"{d}\"/>",
            colors[color],
            num(width_centipx as f64 / 100.0)
        );
    }
    svg.push_str("</g>");
}

/// Hubs as diamonds: a zero-length diagonal stroke with square caps, one `<path>` per colour
/// and size.
fn hubs_svg(svg: &mut String, scene: &Scene, on_map: &dyn Fn(MapPointKm) -> bool) {
    let mut batches: BTreeMap<(String, u32), String> = BTreeMap::new();
    for hub in scene.hubs.iter().filter(|h| on_map(h.center)) {
        // A square of side s turned 45 degrees reaches h = s / sqrt(2) from its centre.
        let side_tenths = (hub.half_size_px * std::f64::consts::SQRT_2 * 10.0).round() as u32;
        let _ = write!(
            batches.entry((hub.color.clone(), side_tenths)).or_default(),
            "M{} {}l.01 .01",
            num(unit(hub.center.x_km)),
            num(unit(hub.center.y_km))
        );
    }
    for ((color, side_tenths), d) in batches {
        let side = side_tenths as f64 / 10.0;
        ringed_marks(svg, "fp-hub", Some(&color), side, 2.0, &d);
    }
}

/// Regions as dots (a ring, then the dot), one `<path>` per size.
fn nodes_svg(
    svg: &mut String,
    scene: &Scene,
    in_inset: &dyn Fn(crate::dataset::RegionIdx) -> bool,
) {
    let mut batches: BTreeMap<u32, String> = BTreeMap::new();
    for node in scene.nodes.iter().filter(|n| !in_inset(n.region)) {
        let diameter_tenths = (node.radius_px * 20.0).round() as u32;
        let _ = write!(
            batches.entry(diameter_tenths).or_default(),
            "M{} {}h0",
            num(unit(node.center.x_km)),
            num(unit(node.center.y_km))
        );
    }
    for (diameter_tenths, d) in batches {
        let diameter = diameter_tenths as f64 / 10.0;
        ringed_marks(svg, "fp-node", None, diameter, 2.6, &d);
    }
}

/// Marks (zero-length strokes of `width` px along the path data `d`) over a ring `ring_px`
/// wider in the page's ring colour: `<class>-ring`, then `<class>` (stroked `color`, else as
/// the style sheet says).
fn ringed_marks(
    svg: &mut String,
    class: &str,
    color: Option<&str>,
    width: f64,
    ring_px: f64,
    d: &str,
) {
    let stroke = color
        .map(|c| format!(" stroke=\"{c}\""))
        .unwrap_or_default();
    let _ = write!(
        svg,
        "<path class=\"{class}-ring\" stroke-width=\"{}\" d=\"{d}\"/><path class=\"{class}\"{stroke} stroke-width=\"{}\" d=\"{d}\"/>",
        num(width + ring_px),
        num(width)
    );
}

/// The outline `path` (SVG path data in whole km: absolute `M`, relative `l`, `z`, as `atlas
/// basemap` writes it) with points closer than [`BASEMAP_STEP_KM`] dropped, and rings outside
/// `frame` left out.
fn simplified_path(path: &str, frame: &MapRectKm) -> String {
    let near = |x: f64, y: f64| frame.contains(MapPointKm::new(x, y));
    let mut out = String::new();
    for ring in rings(path) {
        if ring.len() < 3 || !ring.iter().any(|&(x, y)| near(x, y)) {
            continue;
        }
        let mut kept: Vec<(f64, f64)> = vec![ring[0]];
        for &p in &ring[1..] {
            let last = *kept.last().unwrap_or(&p);
            if (p.0 - last.0).hypot(p.1 - last.1) >= BASEMAP_STEP_KM {
                kept.push(p);
            }
        }
        let mut units: Vec<(f64, f64)> = kept.iter().map(|&(x, y)| (unit(x), unit(y))).collect();
        units.dedup();
        if units.len() < 3 {
            continue;
        }
        let _ = write!(out, "M{} {}", num(units[0].0), num(units[0].1));
        for pair in units.windows(2) {
            let _ = write!(
                out,
                "l{} {}",
                num(pair[1].0 - pair[0].0),
                num(pair[1].1 - pair[0].1)
            );
        }
        out.push('z');
    }
    out
}

/// The rings of an outline as absolute points. Reads `M`/`m` (a new ring, its first point),
/// `L`/`l` (lines, several pairs allowed) and `z`; numbers may be signed and separated by spaces,
/// commas or their sign.
fn rings(path: &str) -> Vec<Vec<(f64, f64)>> {
    let mut rings: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut command = 'M';
    let mut numbers: Vec<f64> = Vec::new();
    let mut at = (0.0, 0.0);
    let mut flush = |command: char, numbers: &mut Vec<f64>, rings: &mut Vec<Vec<(f64, f64)>>| {
        for (i, pair) in numbers.chunks_exact(2).enumerate() {
            let (x, y) = (pair[0], pair[1]);
            let relative = command.is_ascii_lowercase();
            at = if relative {
                (at.0 + x, at.1 + y)
            } else {
                (x, y)
            };
            if i == 0 && command.eq_ignore_ascii_case(&'m') {
                rings.push(Vec::new());
            }
            if let Some(ring) = rings.last_mut() {
                ring.push(at);
            }
        }
        numbers.clear();
    };
    let mut token = String::new();
    let push_token = |token: &mut String, numbers: &mut Vec<f64>| {
        if let Ok(n) = token.parse::<f64>() {
            numbers.push(n);
        }
        token.clear();
    };
    for c in path.chars() {
        match c {
            'M' | 'm' | 'L' | 'l' | 'Z' | 'z' => {
                push_token(&mut token, &mut numbers);
                flush(command, &mut numbers, &mut rings);
                command = c;
            }
            '-' => {
                push_token(&mut token, &mut numbers);
                token.push(c);
            }
            ' ' | ',' => push_token(&mut token, &mut numbers),
            _ => token.push(c),
        }
    }
    push_token(&mut token, &mut numbers);
    flush(command, &mut numbers, &mut rings);
    rings
}

/// A length in km as a whole number of picture units.
fn unit(km: f64) -> f64 {
    (km / UNIT_KM).round()
}

/// A number as SVG writes it: whole numbers without a decimal point, others to two places.
fn num(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{}", value as i64)
    } else {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outline_is_read_with_relative_lines_and_several_rings() {
        let rings = rings("M10 20l5 0 0 5-5 0zM100 100l1-1z");
        assert_eq!(
            rings,
            vec![
                vec![(10.0, 20.0), (15.0, 20.0), (15.0, 25.0), (10.0, 25.0)],
                vec![(100.0, 100.0), (101.0, 99.0)],
            ]
        );
    }

    #[test]
    fn close_points_are_dropped_and_far_rings_left_out() {
        let frame = MapRectKm {
            min: MapPointKm::new(0.0, 0.0),
            max: MapPointKm::new(100.0, 100.0),
        };
        let d = simplified_path("M0 0l1 0 1 0 20 0 0 20-22 0zM5000 5000l10 0 0 10z", &frame);
        // In units of 5 km: (0, 0), (22, 0) -> 4, (22, 20) -> 4 4, (0, 20) -> 0 4.
        assert_eq!(d, "M0 0l4 0l0 4l-4 0z");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(-3.0), "-3");
        assert_eq!(num(1.5), "1.5");
        assert_eq!(num(0.01), "0.01");
    }
}
