//! The current view as a standalone SVG document: title, the map as drawn (basemap, edges,
//! hubs, nodes, names), a legend of the sectors shown, the years and filters, and a sources
//! line. Plain SVG 1.1 attributes only (no CSS, no custom properties), so it opens the same in
//! browsers and in Inkscape.

use crate::sort::CollectTree;
use std::collections::BTreeSet;
use std::fmt::Write;

use super::text_width::{text_width_px, truncate_to_width, wrap_text};
use super::xml::escape;
use super::ExportInput;
use crate::basemap::Basemap;
use crate::graph::tie_sectors;
use crate::i18n::format::{export_filters, export_sources};
use crate::i18n::{text, Lang, TextKey};
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
    /// What is in focus, named in the export's language, said in the subtitle ("Focus:
    /// Lombardy"), if anything.
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
/// The page's left and right margins.
const MARGIN_PX: f64 = 16.0;
/// Room between two legend entries in a row.
const LEGEND_GAP_PX: f64 = 20.0;
/// The mark before a legend entry's text, and the room after it.
const LEGEND_MARK_PX: f64 = 24.0;
const LEGEND_FONT_PX: f64 = 12.0;
const FOOTER_FONT_PX: f64 = 11.0;
const FOOTER_LINE_PX: f64 = 15.0;

/// What a legend entry's mark is.
#[derive(Clone, Debug, PartialEq)]
pub enum LegendMark {
    /// A sector, by its colour.
    Sector(String),
    /// A region's dot.
    Region,
    /// A network's diamond.
    Network,
    /// A dashed line: a tie that rests on an estimate.
    Estimate,
}

/// An entry of the legend, placed: its box runs from `x_px` to `x_px + width_px`, in the row
/// whose top is `y_px` (relative to the legend's top).
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub mark: LegendMark,
    pub label: String,
    pub x_px: f64,
    pub y_px: f64,
    pub width_px: f64,
}

/// The sectors on the map, as `(colour, label)` in the data's order: every sector whose
/// colour a drawn edge or hub carries and that a tie or network shown has (sectors share
/// colour families, so the colour alone would list sectors that are not there).
pub fn legend_sectors(input: &ExportInput, scene: &Scene) -> Vec<(String, String)> {
    let dataset = input.dataset;
    let picked = &input.query.sectors;
    let colours: BTreeSet<&str> = scene
        .edges
        .iter()
        .flat_map(|e| e.strands.iter().map(|s| s.color.as_str()))
        .chain(scene.hubs.iter().map(|h| h.color.as_str()))
        .collect_set();
    let mut present: BTreeSet<crate::dataset::SectorIdx> = input
        .graph
        .edges
        .iter()
        .flat_map(|e| e.ties.iter())
        .flat_map(|t| tie_sectors(dataset, t.source).iter().copied())
        .filter(|s| picked.is_empty() || picked.contains(s))
        .collect_set();
    for hub in &scene.hubs {
        let sectors = &dataset.network(hub.network).sectors;
        if let Some(&s) = sectors
            .iter()
            .find(|s| picked.is_empty() || picked.contains(s))
            .or(sectors.first())
        {
            present.insert(s);
        }
    }
    dataset
        .sectors
        .iter()
        .enumerate()
        .filter(|(_, s)| colours.contains(s.color.as_str()))
        .filter(|(i, s)| {
            // A colour drawn whose sectors were not found (it cannot happen with a scene built
            // from this graph) still gets its entries.
            present.contains(&crate::dataset::SectorIdx(*i as u32))
                || !dataset.sectors.iter().enumerate().any(|(j, o)| {
                    o.color == s.color && present.contains(&crate::dataset::SectorIdx(j as u32))
                })
        })
        .map(|(_, s)| (s.color.clone(), s.labels.get(input.lang).to_owned()))
        .collect()
}

/// The legend of a picture `width_px` wide: the sectors, then (on a row of their own) what the
/// shapes and dashes mean, each entry as wide as its text, flowed into rows so that no two
/// overlap and none passes the right margin (a label too long for a row is cut).
pub fn legend_layout(
    lang: Lang,
    sectors: &[(String, String)],
    width_px: f64,
) -> (Vec<LegendEntry>, usize) {
    let right = (width_px - MARGIN_PX).max(MARGIN_PX + LEGEND_MARK_PX + 12.0);
    let room = right - MARGIN_PX - LEGEND_MARK_PX;
    let mut entries = Vec::new();
    let mut row = 0usize;
    let mut x = MARGIN_PX;
    let mut place =
        |mark: LegendMark, label: &str, new_row: bool, entries: &mut Vec<LegendEntry>| {
            let label = truncate_to_width(label, LEGEND_FONT_PX, false, room);
            let width = LEGEND_MARK_PX + text_width_px(&label, LEGEND_FONT_PX, false);
            if (new_row || x + width > right) && x > MARGIN_PX {
                row += 1;
                x = MARGIN_PX;
            }
            entries.push(LegendEntry {
                mark,
                label,
                x_px: x,
                y_px: row as f64 * LEGEND_ROW_PX,
                width_px: width,
            });
            x += width + LEGEND_GAP_PX;
        };
    for (colour, label) in sectors {
        place(
            LegendMark::Sector(colour.clone()),
            label,
            false,
            &mut entries,
        );
    }
    let shapes = [
        (LegendMark::Region, TextKey::ExportLegendRegion),
        (LegendMark::Network, TextKey::ExportLegendNetwork),
        (LegendMark::Estimate, TextKey::ExportLegendEstimate),
    ];
    for (i, (mark, key)) in shapes.into_iter().enumerate() {
        place(mark, text(lang, key), i == 0, &mut entries);
    }
    (entries, row + 1)
}

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

    let lang = Lang::parse(input.lang).unwrap_or_default();
    let legend = legend_sectors(input, view.scene);
    let (entries, legend_rows) = legend_layout(lang, &legend, width);

    let title = if dataset.title.is_empty() || lang != Lang::En {
        format!(
            "{}: {}",
            text(lang, TextKey::AppName),
            text(lang, TextKey::Tagline)
        )
    } else {
        dataset.title.clone()
    };
    let picked: Vec<&str> = input
        .query
        .sectors
        .iter()
        .map(|&s| dataset.sector(s).labels.get(input.lang))
        .collect();
    let mut subtitle = export_filters(
        lang,
        input.query.from_year,
        input.query.to_year,
        input.query.began_in_years,
        &picked,
    );
    if let Some(focus) = &view.focus {
        subtitle = format!("{subtitle} · {}{focus}", text(lang, TextKey::ExportFocus));
    }
    let line_room = (width - 2.0 * MARGIN_PX).max(40.0);
    let title_lines = wrap_text(&title, 20.0, true, line_room);
    let subtitle_lines = wrap_text(&subtitle, 13.0, false, line_room);
    let subtitle_top = 28.0 + (title_lines.len() - 1) as f64 * 24.0 + 22.0;
    let header = (subtitle_top + (subtitle_lines.len() - 1) as f64 * 17.0 + 16.0).max(HEADER_PX);

    let sources_line = export_sources(lang, dataset.sources.len(), dataset.updated);
    let footer_lines = wrap_text(&sources_line, FOOTER_FONT_PX, false, line_room);
    let legend_top = header + map_height + 10.0;
    let footer_top = legend_top + legend_rows as f64 * LEGEND_ROW_PX + 6.0;
    let total_height = footer_top + (footer_lines.len() + 1) as f64 * FOOTER_LINE_PX + 6.0;

    let mut out = String::new();
    let _ = writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{total_height}" viewBox="0 0 {width} {total_height}" font-family="{FONT}" xml:lang="{}">"#,
        lang.code()
    );
    let _ = writeln!(out, "  <title>{}</title>", escape(&title));
    let _ = writeln!(out, "  <desc>{}</desc>", escape(&subtitle));
    let _ = writeln!(
        out,
        r#"  <rect x="0" y="0" width="{width}" height="{total_height}" fill="white"/>"#
    );
    for (i, line) in title_lines.iter().enumerate() {
        let _ = writeln!(
            out,
            r#"  <text x="{MARGIN_PX}" y="{:.1}" font-size="20" font-weight="700" fill="{INK}">{}</text>"#,
            28.0 + i as f64 * 24.0,
            escape(line)
        );
    }
    for (i, line) in subtitle_lines.iter().enumerate() {
        let _ = writeln!(
            out,
            r#"  <text x="{MARGIN_PX}" y="{:.1}" font-size="13" fill="{MUTED}">{}</text>"#,
            subtitle_top + i as f64 * 17.0,
            escape(line)
        );
    }

    // The map, clipped to its frame.
    let _ = writeln!(
        out,
        r#"  <clipPath id="map-frame"><rect x="0" y="0" width="{width}" height="{map_height}"/></clipPath>"#
    );
    let _ = writeln!(out, r#"  <g transform="translate(0 {header})">"#);
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
    for entry in &entries {
        let (x, y) = (entry.x_px, legend_top + entry.y_px);
        let (mark, ink) = match &entry.mark {
            LegendMark::Sector(colour) => (
                format!(
                    r#"<line x1="{x:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{}" stroke-width="3"/>"#,
                    y + 7.0,
                    x + 18.0,
                    y + 7.0,
                    escape(colour)
                ),
                INK,
            ),
            LegendMark::Region => (
                format!(
                    r#"<circle cx="{:.1}" cy="{:.1}" r="5" fill="{NODE}"/>"#,
                    x + 6.0,
                    y + 7.0
                ),
                MUTED,
            ),
            LegendMark::Network => (
                format!(
                    r#"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{MUTED}"/>"#,
                    x + 6.0,
                    y + 1.0,
                    x + 12.0,
                    y + 7.0,
                    x + 6.0,
                    y + 13.0,
                    x,
                    y + 7.0
                ),
                MUTED,
            ),
            LegendMark::Estimate => (
                format!(
                    r#"<line x1="{x:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{MUTED}" stroke-width="2" stroke-dasharray="4 3"/>"#,
                    y + 7.0,
                    x + 18.0,
                    y + 7.0
                ),
                MUTED,
            ),
        };
        let _ = writeln!(
            out,
            r#"  {mark}<text x="{:.1}" y="{:.1}" font-size="{LEGEND_FONT_PX}" fill="{ink}">{}</text>"#,
            x + LEGEND_MARK_PX,
            y + 11.0,
            escape(&entry.label)
        );
    }

    for (i, line) in footer_lines
        .iter()
        .map(String::as_str)
        .chain([text(lang, TextKey::ExportMadeWith)])
        .enumerate()
    {
        let _ = writeln!(
            out,
            r#"  <text x="{MARGIN_PX}" y="{:.1}" font-size="{FOOTER_FONT_PX}" fill="{MUTED}">{}</text>"#,
            footer_top + 14.0 + i as f64 * FOOTER_LINE_PX,
            escape(line)
        );
    }
    out.push_str("</svg>\n");
    SvgDocument {
        text: out,
        width_px: width,
        height_px: total_height,
    }
}
