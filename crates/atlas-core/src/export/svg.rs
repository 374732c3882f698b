//! The current view as a standalone SVG document: title, the map as drawn (basemap, edges,
//! hubs, nodes, names), a legend of the sectors shown, the years and filters, and a sources
//! line. Plain SVG 1.1 attributes only (no CSS, no custom properties), so it opens the same in
//! browsers and in Inkscape.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::xml::escape;
use super::ExportInput;
use crate::basemap::Basemap;
use crate::scene::{Emphasis, Scene};
use crate::viewport::{MapRectKm, ScreenPointPx, Viewport};

/// A name on the exported map, placed by the app exactly as on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportLabel {
    pub text: String,
    /// Left end of the text, in map pixels.
    pub x_px: f64,
    /// Vertical middle of the text, in map pixels.
    pub y_px: f64,
    pub hub: bool,
    pub emphasis: Emphasis,
    /// For a label set off from its node: the leader line from the node to the label, in map
    /// pixels.
    pub leader: Option<(ScreenPointPx, ScreenPointPx)>,
}

/// Everything the SVG needs beyond the graph.
pub struct SvgView<'a> {
    pub scene: &'a Scene,
    pub camera: &'a Viewport,
    pub basemap: Option<&'a Basemap>,
    /// The frames of the insets drawn (the outermost regions, those outside Europe).
    pub insets: &'a [MapRectKm],
    /// Draw the basemap (only in the map layout, where positions are geographic).
    pub geographic: bool,
    pub labels: &'a [ExportLabel],
    /// What is in focus, said in the subtitle ("Focus: Lombardy"), if anything.
    pub focus: Option<String>,
}

/// Colours of the export (the app's default theme).
const SEA: &str = "#e4ecf4";
const LAND: &str = "#fbfbf8";
const BORDER: &str = "#c3ccd7";
const NODE: &str = "#1d3557";
const INK: &str = "#1b2430";
const MUTED: &str = "#536072";
const ACCENT: &str = "#1f5fae";
const FONT: &str = "DejaVu Sans, Arial, Helvetica, sans-serif";
const HEADER_PX: f64 = 66.0;
const LEGEND_ROW_PX: f64 = 20.0;

fn alpha(emphasis: Emphasis, normal: f64) -> f64 {
    match emphasis {
        Emphasis::Faded => 0.07,
        Emphasis::Normal => normal,
        Emphasis::Strong => 0.95,
    }
}

/// The SVG document.
/// An SVG document and its size in CSS pixels (the map, with the header, legend and footer).
#[derive(Clone, Debug, PartialEq)]
pub struct SvgDocument {
    pub text: String,
    pub width_px: f64,
    pub height_px: f64,
}

pub fn view_svg(input: &ExportInput, view: &SvgView) -> SvgDocument {
    let camera = view.camera;
    let (width, map_height) = (camera.width_px.round(), camera.height_px.round());
    let dataset = input.dataset;

    // Sectors in the legend: those the drawn edges and hubs are coloured with.
    let mut colors_used: BTreeMap<String, ()> = BTreeMap::new();
    for edge in &view.scene.edges {
        for strand in &edge.strands {
            colors_used.insert(strand.color.clone(), ());
        }
    }
    let legend: Vec<(String, String)> = dataset
        .sectors
        .iter()
        .filter(|s| colors_used.contains_key(&s.color))
        .map(|s| (s.color.clone(), s.labels.get(input.lang).to_owned()))
        .collect();
    // Legend entries flow in rows; about 190 px each.
    let per_row = ((width - 32.0) / 190.0).floor().max(1.0) as usize;
    let legend_rows = legend.len().div_ceil(per_row) + 1;
    let footer_top = HEADER_PX + map_height + 10.0 + legend_rows as f64 * LEGEND_ROW_PX + 6.0;
    let total_height = footer_top + 36.0;

    let mut out = String::new();
    let _ = writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{total_height}" viewBox="0 0 {width} {total_height}" font-family="{FONT}">"#
    );
    let title = if dataset.title.is_empty() {
        "Alliance Atlas".to_owned()
    } else {
        dataset.title.clone()
    };
    let mut subtitle = input.filter_description();
    if let Some(focus) = &view.focus {
        subtitle = format!("{subtitle} · Focus: {focus}");
    }
    let _ = writeln!(out, "  <title>{}</title>", escape(&title));
    let _ = writeln!(out, "  <desc>{}</desc>", escape(&subtitle));
    let _ = writeln!(
        out,
        r#"  <rect x="0" y="0" width="{width}" height="{total_height}" fill="white"/>"#
    );
    let _ = writeln!(
        out,
        r#"  <text x="16" y="28" font-size="20" font-weight="700" fill="{INK}">{}</text>"#,
        escape(&title)
    );
    let _ = writeln!(
        out,
        r#"  <text x="16" y="50" font-size="13" fill="{MUTED}">{}</text>"#,
        escape(&subtitle)
    );

    // The map, clipped to its frame.
    let _ = writeln!(
        out,
        r#"  <clipPath id="map-frame"><rect x="0" y="0" width="{width}" height="{map_height}"/></clipPath>"#
    );
    let _ = writeln!(out, r#"  <g transform="translate(0 {HEADER_PX})">"#);
    let _ = writeln!(out, r#"  <g clip-path="url(#map-frame)">"#);
    let _ = writeln!(
        out,
        r#"    <rect x="0" y="0" width="{width}" height="{map_height}" fill="{SEA}"/>"#
    );
    if view.geographic {
        if let Some(basemap) = view.basemap {
            let s = camera.px_per_km;
            let tx = camera.width_px / 2.0 - camera.center.x_km * s;
            let ty = camera.height_px / 2.0 - camera.center.y_km * s;
            let _ = writeln!(
                out,
                r#"    <g transform="translate({tx:.2} {ty:.2}) scale({s:.6})" fill="{LAND}" stroke="{BORDER}" stroke-width="{:.4}" stroke-linejoin="round">"#,
                0.7 / s
            );
            for country in &basemap.countries {
                let _ = writeln!(out, r#"      <path d="{}"/>"#, escape(&country.path));
            }
            let _ = writeln!(out, "    </g>");
        }
        for inset in view.insets {
            let a = camera.screen_from_map(inset.min);
            let b = camera.screen_from_map(inset.max);
            let _ = writeln!(
                out,
                r#"    <rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="white" fill-opacity="0.55" stroke="{MUTED}" stroke-dasharray="3 3"/>"#,
                a.x_px,
                a.y_px,
                b.x_px - a.x_px,
                b.y_px - a.y_px
            );
        }
    }
    let normal = crate::style::edge_opacity(view.scene.edges.len());
    let _ = writeln!(out, r#"    <g fill="none" stroke-linecap="round">"#);
    for edge in &view.scene.edges {
        let from = camera.screen_from_map(edge.from);
        let to = camera.screen_from_map(edge.to);
        for strand in &edge.strands {
            let c = camera.screen_from_map(strand.control);
            let dash = if edge.dashed {
                r#" stroke-dasharray="4 3""#
            } else {
                ""
            };
            let _ = writeln!(
                out,
                r#"      <path d="M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}" stroke="{}" stroke-width="{:.2}" stroke-opacity="{:.2}"{dash}/>"#,
                from.x_px,
                from.y_px,
                c.x_px,
                c.y_px,
                to.x_px,
                to.y_px,
                escape(&strand.color),
                strand.width_px,
                alpha(edge.emphasis, normal),
            );
        }
    }
    let _ = writeln!(out, "    </g>");
    for hub in &view.scene.hubs {
        let c = camera.screen_from_map(hub.center);
        let r = hub.half_size_px;
        let opacity = if hub.emphasis == Emphasis::Faded {
            0.25
        } else {
            1.0
        };
        let _ = writeln!(
            out,
            r#"    <polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{}" stroke="white" stroke-width="1.5" opacity="{opacity}"/>"#,
            c.x_px,
            c.y_px - r,
            c.x_px + r,
            c.y_px,
            c.x_px,
            c.y_px + r,
            c.x_px - r,
            c.y_px,
            escape(&hub.color),
        );
    }
    for node in &view.scene.nodes {
        let c = camera.screen_from_map(node.center);
        let opacity = if node.emphasis == Emphasis::Faded {
            0.22
        } else {
            1.0
        };
        let _ = writeln!(
            out,
            r#"    <circle cx="{:.1}" cy="{:.1}" r="{:.2}" fill="{NODE}" stroke="white" stroke-width="1.3" opacity="{opacity}"/>"#,
            c.x_px, c.y_px, node.radius_px
        );
        if node.emphasis == Emphasis::Strong {
            let _ = writeln!(
                out,
                r#"    <circle cx="{:.1}" cy="{:.1}" r="{:.2}" fill="none" stroke="{ACCENT}" stroke-width="2.5"/>"#,
                c.x_px,
                c.y_px,
                node.radius_px + 3.0
            );
        }
    }
    let _ = writeln!(
        out,
        r#"    <g font-size="12" font-weight="600" stroke="white" stroke-width="3" stroke-linejoin="round" paint-order="stroke">"#
    );
    for (from, to) in view.labels.iter().filter_map(|l| l.leader) {
        let _ = writeln!(
            out,
            r#"      <line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{MUTED}" stroke-width="1"/>"#,
            from.x_px, from.y_px, to.x_px, to.y_px
        );
    }
    for label in view.labels {
        let fill = match (label.hub, label.emphasis) {
            (true, _) => MUTED,
            (false, Emphasis::Strong) => ACCENT,
            _ => INK,
        };
        let opacity = if label.emphasis == Emphasis::Faded {
            0.45
        } else {
            1.0
        };
        let style = if label.hub {
            r#" font-style="italic""#
        } else {
            ""
        };
        // The middle of a 12 px line sits about 4.3 px above its baseline.
        let _ = writeln!(
            out,
            r#"      <text x="{:.1}" y="{:.1}" fill="{fill}" fill-opacity="{opacity}"{style}>{}</text>"#,
            label.x_px,
            label.y_px + 4.3,
            escape(&label.text)
        );
    }
    let _ = writeln!(out, "    </g>");
    let _ = writeln!(out, "  </g>");
    let _ = writeln!(
        out,
        r#"  <rect x="0.5" y="0.5" width="{}" height="{}" fill="none" stroke="{BORDER}"/>"#,
        width - 1.0,
        map_height - 1.0
    );
    let _ = writeln!(out, "  </g>");

    // Legend: sectors shown, then what the shapes and dashes mean.
    let legend_top = HEADER_PX + map_height + 10.0;
    for (i, (color, label)) in legend.iter().enumerate() {
        let x = 16.0 + (i % per_row) as f64 * 190.0;
        let y = legend_top + (i / per_row) as f64 * LEGEND_ROW_PX;
        let _ = writeln!(
            out,
            r#"  <line x1="{x}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{}" stroke-width="3"/><text x="{:.1}" y="{:.1}" font-size="12" fill="{INK}">{}</text>"#,
            y + 7.0,
            x + 18.0,
            y + 7.0,
            escape(color),
            x + 24.0,
            y + 11.0,
            escape(label)
        );
    }
    let y = legend_top + (legend_rows - 1) as f64 * LEGEND_ROW_PX;
    let _ = writeln!(
        out,
        r#"  <circle cx="22" cy="{:.1}" r="5" fill="{NODE}"/><text x="32" y="{:.1}" font-size="12" fill="{MUTED}">region, sized by its ties</text>"#,
        y + 7.0,
        y + 11.0
    );
    let _ = writeln!(
        out,
        r#"  <polygon points="212,{:.1} 218,{:.1} 212,{:.1} 206,{:.1}" fill="{MUTED}"/><text x="226" y="{:.1}" font-size="12" fill="{MUTED}">network, tied to its members</text>"#,
        y + 1.0,
        y + 7.0,
        y + 13.0,
        y + 7.0,
        y + 11.0
    );
    let _ = writeln!(
        out,
        r#"  <line x1="406" y1="{:.1}" x2="430" y2="{:.1}" stroke="{MUTED}" stroke-width="2" stroke-dasharray="4 3"/><text x="438" y="{:.1}" font-size="12" fill="{MUTED}">rests on an estimate</text>"#,
        y + 7.0,
        y + 7.0,
        y + 11.0
    );

    let sources_line = format!(
        "Sources: {} documents cited in the atlas data, listed with every tie in the atlas. Country outlines: Natural Earth (public domain). Data updated {}.",
        dataset.sources.len(),
        dataset.updated
    );
    let _ = writeln!(
        out,
        r#"  <text x="16" y="{:.1}" font-size="11" fill="{MUTED}">{}</text>"#,
        footer_top + 14.0,
        escape(&sources_line)
    );
    let _ = writeln!(
        out,
        r#"  <text x="16" y="{:.1}" font-size="11" fill="{MUTED}">Made with Alliance Atlas</text>"#,
        footer_top + 29.0
    );
    out.push_str("</svg>\n");
    SvgDocument {
        text: out,
        width_px: width,
        height_px: total_height,
    }
}
