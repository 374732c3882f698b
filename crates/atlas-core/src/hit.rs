//! What is under the pointer: a region, a hub or an edge of the scene.
//!
//! Works in screen pixels with the camera, so the tolerance is the same at every zoom. Nodes
//! win over hubs, hubs over edges; among edges the nearest wins, strong before faded.

use crate::dataset::{NetworkIdx, RegionIdx};
use crate::projection::MapPointKm;
use crate::scene::{EdgeEnds, Emphasis, Scene};
use crate::viewport::{ScreenPointPx, Viewport};

/// Something the pointer is over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hit {
    Region(RegionIdx),
    Hub(NetworkIdx),
    Edge(EdgeEnds),
}

/// Extra pixels around a node that still count as on it (fingers are wide).
pub const NODE_SLOP_PX: f64 = 4.0;
/// How close to an edge counts as on it, in pixels.
pub const EDGE_SLOP_PX: f64 = 5.0;
/// Segments an arc is cut into for distance tests.
const ARC_SEGMENTS: usize = 12;

fn quad_point(a: MapPointKm, c: MapPointKm, b: MapPointKm, t: f64) -> MapPointKm {
    let u = 1.0 - t;
    MapPointKm::new(
        u * u * a.x_km + 2.0 * u * t * c.x_km + t * t * b.x_km,
        u * u * a.y_km + 2.0 * u * t * c.y_km + t * t * b.y_km,
    )
}

fn distance_to_segment(p: ScreenPointPx, a: ScreenPointPx, b: ScreenPointPx) -> f64 {
    let (dx, dy) = (b.x_px - a.x_px, b.y_px - a.y_px);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.x_px - a.x_px) * dx + (p.y_px - a.y_px) * dy) / len2).clamp(0.0, 1.0)
    };
    (p.x_px - (a.x_px + t * dx)).hypot(p.y_px - (a.y_px + t * dy))
}

/// The midpoint of an arc, in map space (where a label or a test pointer can find it).
pub fn arc_midpoint(from: MapPointKm, control: MapPointKm, to: MapPointKm) -> MapPointKm {
    quad_point(from, control, to, 0.5)
}

/// What is under `pointer`, if anything.
pub fn hit_test(scene: &Scene, viewport: &Viewport, pointer: ScreenPointPx) -> Option<Hit> {
    let dist = |p: MapPointKm| {
        let s = viewport.screen_from_map(p);
        (s.x_px - pointer.x_px).hypot(s.y_px - pointer.y_px)
    };
    // Nodes drawn last are on top: search from the end.
    if let Some(node) = scene
        .nodes
        .iter()
        .rev()
        .find(|n| dist(n.center) <= n.radius_px + NODE_SLOP_PX)
    {
        return Some(Hit::Region(node.region));
    }
    if let Some(hub) = scene.hubs.iter().rev().find(|h| {
        let s = viewport.screen_from_map(h.center);
        (s.x_px - pointer.x_px).abs() <= h.half_size_px + NODE_SLOP_PX
            && (s.y_px - pointer.y_px).abs() <= h.half_size_px + NODE_SLOP_PX
    }) {
        return Some(Hit::Hub(hub.network));
    }
    let mut best: Option<(Emphasis, f64, EdgeEnds)> = None;
    for edge in &scene.edges {
        for strand in &edge.strands {
            let mut previous = viewport.screen_from_map(edge.from);
            for i in 1..=ARC_SEGMENTS {
                let t = i as f64 / ARC_SEGMENTS as f64;
                let next =
                    viewport.screen_from_map(quad_point(edge.from, strand.control, edge.to, t));
                let d = distance_to_segment(pointer, previous, next);
                let tolerance = EDGE_SLOP_PX + strand.width_px / 2.0;
                if d <= tolerance {
                    let better = match best {
                        None => true,
                        Some((emphasis, distance, _)) => {
                            edge.emphasis > emphasis || (edge.emphasis == emphasis && d < distance)
                        }
                    };
                    if better {
                        best = Some((edge.emphasis, d, edge.ends));
                    }
                }
                previous = next;
            }
        }
    }
    best.map(|(_, _, ends)| Hit::Edge(ends))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::{SceneEdge, SceneHub, SceneNode, Strand};
    use crate::viewport::MapRectKm;

    fn viewport() -> Viewport {
        Viewport::fit(
            MapRectKm {
                min: MapPointKm::new(0.0, 0.0),
                max: MapPointKm::new(1000.0, 1000.0),
            },
            1000.0,
            1000.0,
            0.0,
        )
    }

    fn scene() -> Scene {
        let a = MapPointKm::new(100.0, 500.0);
        let b = MapPointKm::new(900.0, 500.0);
        Scene {
            edges: vec![SceneEdge {
                ends: EdgeEnds::Regions(RegionIdx(0), RegionIdx(1)),
                from: a,
                to: b,
                strands: vec![Strand {
                    control: MapPointKm::new(500.0, 600.0),
                    color: "#000000".into(),
                    width_px: 2.0,
                }],
                dashed: false,
                emphasis: Emphasis::Normal,
                is_new: false,
            }],
            hubs: vec![SceneHub {
                network: NetworkIdx(0),
                center: MapPointKm::new(500.0, 200.0),
                half_size_px: 8.0,
                color: "#000000".into(),
                label: "N".into(),
                members: 2,
                emphasis: Emphasis::Normal,
                is_new: false,
            }],
            nodes: vec![
                SceneNode {
                    region: RegionIdx(0),
                    center: a,
                    radius_px: 10.0,
                    emphasis: Emphasis::Normal,
                    is_new: false,
                    outside_europe: false,
                },
                SceneNode {
                    region: RegionIdx(1),
                    center: b,
                    radius_px: 5.0,
                    emphasis: Emphasis::Normal,
                    is_new: false,
                    outside_europe: false,
                },
            ],
        }
    }

    #[test]
    fn finds_nodes_hubs_and_arcs_by_screen_distance() {
        let v = viewport();
        let s = scene();
        assert_eq!(
            hit_test(&s, &v, ScreenPointPx::new(108.0, 500.0)),
            Some(Hit::Region(RegionIdx(0)))
        );
        assert_eq!(
            hit_test(&s, &v, ScreenPointPx::new(505.0, 205.0)),
            Some(Hit::Hub(NetworkIdx(0)))
        );
        // The arc passes through its midpoint (500, 550), not through the straight line (500, 500).
        let mid = arc_midpoint(
            s.edges[0].from,
            s.edges[0].strands[0].control,
            s.edges[0].to,
        );
        assert_eq!(mid, MapPointKm::new(500.0, 550.0));
        assert_eq!(
            hit_test(&s, &v, ScreenPointPx::new(500.0, 552.0)),
            Some(Hit::Edge(EdgeEnds::Regions(RegionIdx(0), RegionIdx(1))))
        );
        assert_eq!(hit_test(&s, &v, ScreenPointPx::new(500.0, 505.0)), None);
        assert_eq!(hit_test(&s, &v, ScreenPointPx::new(50.0, 50.0)), None);
    }
}
