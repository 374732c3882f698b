//! What is under the pointer: a region, a hub or an edge of the scene.
//!
//! Works in screen pixels with the camera, so the tolerance is the same at every zoom. Among
//! the regions and hubs within reach the nearest to the pointer wins (so a click on a small
//! region's point beside a big one opens the small one); points win over edges; among edges the
//! nearest wins, strong before faded. A finger reaches farther than a mouse: every point is a
//! target of at least [`TOUCH_TARGET_PX`] on a touch screen (WCAG 2.5.8).

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
/// The least size of a point's target for a finger, in CSS pixels (WCAG 2.5.8: 24 px).
pub const TOUCH_TARGET_PX: f64 = 24.0;
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

/// What is under a mouse at `pointer`, if anything.
pub fn hit_test(scene: &Scene, viewport: &Viewport, pointer: ScreenPointPx) -> Option<Hit> {
    hit_test_within(scene, viewport, pointer, 0.0)
}

/// The regions and hubs whose target holds `pointer` (each point's target is at least
/// `min_target_px` across), nearest first, with their distance in pixels.
pub fn points_near(
    scene: &Scene,
    viewport: &Viewport,
    pointer: ScreenPointPx,
    min_target_px: f64,
) -> Vec<(Hit, f64)> {
    let dist = |p: MapPointKm| {
        let s = viewport.screen_from_map(p);
        (s.x_px - pointer.x_px).hypot(s.y_px - pointer.y_px)
    };
    let least_reach = min_target_px / 2.0;
    let mut found: Vec<(Hit, f64)> = scene
        .nodes
        .iter()
        .filter_map(|n| {
            let d = dist(n.center);
            (d <= (n.radius_px + NODE_SLOP_PX).max(least_reach))
                .then_some((Hit::Region(n.region), d))
        })
        .chain(scene.hubs.iter().filter_map(|h| {
            let s = viewport.screen_from_map(h.center);
            let reach = (h.half_size_px + NODE_SLOP_PX).max(least_reach);
            let inside =
                (s.x_px - pointer.x_px).abs() <= reach && (s.y_px - pointer.y_px).abs() <= reach;
            inside.then(|| (Hit::Hub(h.network), dist(h.center)))
        }))
        .collect();
    crate::sort::sort_by(&mut found, |a, b| a.1.total_cmp(&b.1));
    found
}

/// What is under `pointer`, each point's target being at least `min_target_px` across (0 for a
/// mouse, [`TOUCH_TARGET_PX`] for a finger).
pub fn hit_test_within(
    scene: &Scene,
    viewport: &Viewport,
    pointer: ScreenPointPx,
    min_target_px: f64,
) -> Option<Hit> {
    if let Some((hit, _)) = points_near(scene, viewport, pointer, min_target_px).first() {
        return Some(*hit);
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

    #[test]
    fn the_nearest_point_wins_over_a_bigger_one_drawn_on_top() {
        let v = viewport();
        let mut s = scene();
        // A big region (Brussels' disc) drawn over a small one's point (Flanders).
        s.nodes[0].center = MapPointKm::new(300.0, 300.0);
        s.nodes[0].radius_px = 14.0;
        s.nodes[1].center = MapPointKm::new(310.0, 300.0);
        s.nodes[1].radius_px = 4.0;
        s.nodes.swap(0, 1);
        assert_eq!(
            hit_test(&s, &v, ScreenPointPx::new(310.0, 300.0)),
            Some(Hit::Region(RegionIdx(1))),
            "a click on the small region's point opens it"
        );
        assert_eq!(
            hit_test(&s, &v, ScreenPointPx::new(298.0, 300.0)),
            Some(Hit::Region(RegionIdx(0)))
        );
    }

    #[test]
    fn a_finger_reaches_a_small_point_from_twelve_pixels() {
        let v = viewport();
        let s = scene();
        let near_small = ScreenPointPx::new(900.0, 511.0);
        assert_eq!(hit_test(&s, &v, near_small), None, "a mouse must be on it");
        assert_eq!(
            hit_test_within(&s, &v, near_small, TOUCH_TARGET_PX),
            Some(Hit::Region(RegionIdx(1)))
        );
        let both = points_near(&s, &v, ScreenPointPx::new(500.0, 212.0), TOUCH_TARGET_PX);
        assert_eq!(both.len(), 1);
    }
}
