//! Line simplification (Ramer-Douglas-Peucker) and polygon clipping (Sutherland-Hodgman),
//! in map space. Small and exact enough for a basemap; the geo crate would bring far more.

use atlas_core::projection::MapPointKm;
use atlas_core::viewport::MapRectKm;

fn distance_to_segment_km(p: MapPointKm, a: MapPointKm, b: MapPointKm) -> f64 {
    let (dx, dy) = (b.x_km - a.x_km, b.y_km - a.y_km);
    let length_sq = dx * dx + dy * dy;
    if length_sq == 0.0 {
        return p.distance_km(a);
    }
    let t = (((p.x_km - a.x_km) * dx + (p.y_km - a.y_km) * dy) / length_sq).clamp(0.0, 1.0);
    p.distance_km(MapPointKm::new(a.x_km + t * dx, a.y_km + t * dy))
}

/// Keeps the points of `line` needed to stay within `tolerance_km` of it; keeps both ends,
/// so arcs shared by two countries simplify identically for both.
pub fn simplify(line: &[MapPointKm], tolerance_km: f64) -> Vec<MapPointKm> {
    if line.len() <= 2 {
        return line.to_vec();
    }
    let mut keep = vec![false; line.len()];
    keep[0] = true;
    keep[line.len() - 1] = true;
    let mut stack = vec![(0, line.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (mut farthest, mut max_distance) = (0, 0.0);
        for i in first + 1..last {
            let d = distance_to_segment_km(line[i], line[first], line[last]);
            if d > max_distance {
                (farthest, max_distance) = (i, d);
            }
        }
        if max_distance > tolerance_km {
            keep[farthest] = true;
            stack.push((first, farthest));
            stack.push((farthest, last));
        }
    }
    line.iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

/// Clips a closed ring to a rectangle. The result may run along the rectangle's edge.
pub fn clip_ring(ring: &[MapPointKm], rect: MapRectKm) -> Vec<MapPointKm> {
    type Inside = fn(MapPointKm, &MapRectKm) -> bool;
    type Cross = fn(MapPointKm, MapPointKm, &MapRectKm) -> MapPointKm;
    fn lerp_x(a: MapPointKm, b: MapPointKm, x: f64) -> MapPointKm {
        let t = (x - a.x_km) / (b.x_km - a.x_km);
        MapPointKm::new(x, a.y_km + t * (b.y_km - a.y_km))
    }
    fn lerp_y(a: MapPointKm, b: MapPointKm, y: f64) -> MapPointKm {
        let t = (y - a.y_km) / (b.y_km - a.y_km);
        MapPointKm::new(a.x_km + t * (b.x_km - a.x_km), y)
    }
    let edges: [(Inside, Cross); 4] = [
        (
            |p, r| p.x_km >= r.min.x_km,
            |a, b, r| lerp_x(a, b, r.min.x_km),
        ),
        (
            |p, r| p.x_km <= r.max.x_km,
            |a, b, r| lerp_x(a, b, r.max.x_km),
        ),
        (
            |p, r| p.y_km >= r.min.y_km,
            |a, b, r| lerp_y(a, b, r.min.y_km),
        ),
        (
            |p, r| p.y_km <= r.max.y_km,
            |a, b, r| lerp_y(a, b, r.max.y_km),
        ),
    ];
    let mut output: Vec<MapPointKm> = ring.to_vec();
    for (inside, cross) in edges {
        let input = std::mem::take(&mut output);
        let Some(&last) = input.last() else {
            break;
        };
        let mut previous = last;
        for &current in &input {
            match (inside(current, &rect), inside(previous, &rect)) {
                (true, true) => output.push(current),
                (true, false) => {
                    output.push(cross(previous, current, &rect));
                    output.push(current);
                }
                (false, true) => output.push(cross(previous, current, &rect)),
                (false, false) => {}
            }
            previous = current;
        }
    }
    output
}

/// Signed area of a ring in km² (shoelace formula).
pub fn ring_area_km2(ring: &[MapPointKm]) -> f64 {
    let mut sum = 0.0;
    for i in 0..ring.len() {
        let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
        sum += a.x_km * b.y_km - b.x_km * a.y_km;
    }
    sum / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> MapPointKm {
        MapPointKm::new(x, y)
    }

    #[test]
    fn simplify_drops_points_within_tolerance_and_keeps_the_ends() {
        let line = [
            p(0.0, 0.0),
            p(1.0, 0.1),
            p(2.0, -0.1),
            p(3.0, 5.0),
            p(4.0, 0.0),
        ];
        let simple = simplify(&line, 0.5);
        assert_eq!(simple.first(), line.first());
        assert_eq!(simple.last(), line.last());
        assert!(simple.contains(&p(3.0, 5.0)));
        assert!(!simple.contains(&p(1.0, 0.1)));
    }

    #[test]
    fn clipping_a_square_half_outside_halves_its_area() {
        let square = [p(-5.0, 0.0), p(5.0, 0.0), p(5.0, 10.0), p(-5.0, 10.0)];
        let rect = MapRectKm {
            min: p(0.0, -100.0),
            max: p(100.0, 100.0),
        };
        let clipped = clip_ring(&square, rect);
        assert!((ring_area_km2(&clipped).abs() - 50.0).abs() < 1e-9);
        let outside = MapRectKm {
            min: p(50.0, 50.0),
            max: p(60.0, 60.0),
        };
        assert!(ring_area_km2(&clip_ring(&square, outside)).abs() < 1e-9);
    }
}
