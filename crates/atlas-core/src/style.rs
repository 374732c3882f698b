//! How the graph looks, as pure functions: node sizes, edge widths and colours, edge arcs.
//!
//! The renderer draws what these return and decides nothing itself, so the SVG on screen, an
//! export and a test all agree.

use std::collections::BTreeMap;

use crate::dataset::{Dataset, SectorIdx};
use crate::graph::{tie_sectors, Edge, GraphQuery};
use crate::projection::MapPointKm;

/// Smallest node radius, for a region with one tie.
pub const NODE_RADIUS_MIN_PX: f64 = 3.5;
/// Largest node radius, for the region with the most ties.
pub const NODE_RADIUS_MAX_PX: f64 = 15.0;

/// Node radius by number of active ties, by area: a region with four times the ties of
/// another has twice its radius. `max_ties` is the largest count on screen.
pub fn node_radius_px(ties: u32, max_ties: u32) -> f64 {
    if max_ties == 0 {
        return NODE_RADIUS_MIN_PX;
    }
    let share = (ties as f64 / max_ties as f64).clamp(0.0, 1.0);
    NODE_RADIUS_MIN_PX + (NODE_RADIUS_MAX_PX - NODE_RADIUS_MIN_PX) * share.sqrt()
}

/// How much to shrink nodes on a small map: 1 on a laptop-sized map, down to 0.55 on a phone,
/// so a 390 px map is not covered by its own nodes.
pub fn node_size_factor(width_px: f64, height_px: f64) -> f64 {
    (width_px.min(height_px) / 640.0).clamp(0.55, 1.0)
}

/// Edge opacity by number of edges on screen: many edges are drawn fainter, so that where they
/// pile up the pile reads as density instead of a solid blot.
pub fn edge_opacity(edge_count: usize) -> f64 {
    match edge_count {
        0..=150 => 0.7,
        n => (0.7 * (150.0 / n as f64).sqrt()).max(0.22),
    }
}

/// Above this many edges, estimated edges in the background are drawn thin instead of dashed:
/// a dash pattern costs the browser several times a plain line, and in a dense picture single
/// dashes cannot be told apart anyway. Edges in focus keep their dashes.
pub const DASHED_EDGES_LIMIT: usize = 1_000;

/// How an edge that rests on an estimate is drawn among `edge_count` edges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EstimateMark {
    Dashed,
    /// Solid, at [`THIN_ESTIMATE_WIDTH`] of its width.
    Thin,
}

/// The width factor of an estimated edge drawn [`EstimateMark::Thin`].
pub const THIN_ESTIMATE_WIDTH: f64 = 0.55;

pub fn estimate_mark(edge_count: usize, strong: bool) -> EstimateMark {
    if strong || edge_count <= DASHED_EDGES_LIMIT {
        EstimateMark::Dashed
    } else {
        EstimateMark::Thin
    }
}

/// Edge width by number of ties between the pair: 1 px for one tie, thicker for more.
pub fn edge_width_px(tie_count: usize) -> f64 {
    (0.9 + 0.8 * (tie_count.saturating_sub(1) as f64)).min(6.0)
}

/// The sector an edge is drawn in: the one most of its ties are about, among the selected
/// sectors when a filter is on. Ties between sectors go to the sector listed first.
pub fn edge_sector(dataset: &Dataset, edge: &Edge, query: &GraphQuery) -> Option<SectorIdx> {
    let mut counts: BTreeMap<SectorIdx, usize> = BTreeMap::new();
    for tie in &edge.ties {
        for &sector in tie_sectors(dataset, tie.source) {
            if query.sectors.is_empty() || query.sectors.contains(&sector) {
                *counts.entry(sector).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by(|(sa, ca), (sb, cb)| ca.cmp(cb).then(sb.cmp(sa)))
        .map(|(sector, _)| sector)
}

/// The sectors of an edge, with how many of its ties are about each, most frequent first.
pub fn edge_sector_counts(dataset: &Dataset, edge: &Edge) -> Vec<(SectorIdx, usize)> {
    let mut counts: BTreeMap<SectorIdx, usize> = BTreeMap::new();
    for tie in &edge.ties {
        for &sector in tie_sectors(dataset, tie.source) {
            *counts.entry(sector).or_default() += 1;
        }
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    crate::sort::sort_by(&mut counts, |(sa, ca), (sb, cb)| {
        cb.cmp(ca).then(sa.cmp(sb))
    });
    counts
}

/// How far an edge bows out of the straight line, as a share of its length.
pub const EDGE_BEND: f64 = 0.14;

/// The control point of the quadratic curve from `a` to `b`. Always on the same side of the
/// directed line, so two edges between nearby pairs curve apart instead of lying on each other.
pub fn arc_control_point(a: MapPointKm, b: MapPointKm) -> MapPointKm {
    let (dx, dy) = (b.x_km - a.x_km, b.y_km - a.y_km);
    MapPointKm::new(
        (a.x_km + b.x_km) / 2.0 - dy * EDGE_BEND,
        (a.y_km + b.y_km) / 2.0 + dx * EDGE_BEND,
    )
}

/// SVG path data for the edge arc, in map space.
pub fn arc_path_km(a: MapPointKm, b: MapPointKm) -> String {
    let c = arc_control_point(a, b);
    format!(
        "M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}",
        a.x_km, a.y_km, c.x_km, c.y_km, b.x_km, b.y_km
    )
}

/// The colour of edges and of a hub without a sector to go by.
pub const FALLBACK_COLOR: &str = "#888888";

/// A network's colour, one rule for its hub on the map and its swatch in the list: its first
/// sector among those picked (any sector when none is picked), else its first sector.
pub fn network_color(
    dataset: &crate::Dataset,
    network: crate::dataset::NetworkIdx,
    picked: &std::collections::BTreeSet<crate::dataset::SectorIdx>,
) -> String {
    let sectors = &dataset.network(network).sectors;
    sectors
        .iter()
        .find(|s| picked.is_empty() || picked.contains(s))
        .or(sectors.first())
        .map(|&s| dataset.sector(s).color.clone())
        .unwrap_or_else(|| FALLBACK_COLOR.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_area_grows_with_ties() {
        assert_eq!(node_radius_px(0, 0), NODE_RADIUS_MIN_PX);
        assert_eq!(node_radius_px(100, 100), NODE_RADIUS_MAX_PX);
        let quarter = node_radius_px(25, 100) - NODE_RADIUS_MIN_PX;
        let full = node_radius_px(100, 100) - NODE_RADIUS_MIN_PX;
        assert!((quarter * 2.0 - full).abs() < 1e-9);
    }

    #[test]
    fn small_maps_get_smaller_nodes_and_dense_maps_fainter_edges() {
        assert_eq!(node_size_factor(1280.0, 800.0), 1.0);
        assert_eq!(node_size_factor(390.0, 500.0), 0.609375);
        assert_eq!(node_size_factor(200.0, 200.0), 0.55);
        assert_eq!(edge_opacity(40), 0.7);
        assert!(edge_opacity(600) < edge_opacity(300));
        assert_eq!(edge_opacity(1_000_000), 0.22);
    }

    #[test]
    fn more_ties_make_wider_edges_up_to_a_limit() {
        assert!(edge_width_px(2) > edge_width_px(1));
        assert_eq!(edge_width_px(100), 6.0);
    }

    #[test]
    fn arcs_bow_to_one_side_of_the_line() {
        let a = MapPointKm::new(0.0, 0.0);
        let b = MapPointKm::new(100.0, 0.0);
        let c = arc_control_point(a, b);
        assert_eq!(c.x_km, 50.0);
        assert!((c.y_km - 14.0).abs() < 1e-9);
        assert_eq!(arc_path_km(a, b), "M0.0 0.0Q50.0 14.0 100.0 0.0");
    }

    #[test]
    fn estimates_are_dashed_unless_the_picture_is_dense_and_they_are_not_in_focus() {
        assert_eq!(estimate_mark(250, false), EstimateMark::Dashed);
        assert_eq!(
            estimate_mark(DASHED_EDGES_LIMIT, false),
            EstimateMark::Dashed
        );
        assert_eq!(estimate_mark(2_319, false), EstimateMark::Thin);
        assert_eq!(estimate_mark(84_040, true), EstimateMark::Dashed);
    }
}
