//! Points that never sit on each other: at the scale the map is drawn, region points closer
//! than a few pixels are moved apart (the Low Countries, the Alps, the Ruhr, the Swiss
//! cantons), and hub diamonds are moved clear of region points and of each other, each as
//! little as it takes and deterministically. Distances are in screen pixels, so the map keeps
//! them at every size; zoomed in, the moves shrink to nothing and points sit at their places.

use rustc_hash::FxHashMap as HashMap;

use std::collections::BTreeMap;

use super::Placement;
use crate::dataset::NetworkIdx;
use crate::projection::MapPointKm;

/// The least distance kept between centres, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpacingPx {
    pub region_to_region: f64,
    pub hub_to_region: f64,
    pub hub_to_hub: f64,
}

/// What the atlas keeps: a little more than what a pointer needs to tell points apart.
pub const SPACING: SpacingPx = SpacingPx {
    region_to_region: 8.0,
    hub_to_region: 14.0,
    hub_to_hub: 19.0,
};

const REGION_ROUNDS: usize = 40;
/// The spiral a hub searches for a free spot on: rings this far apart, in pixels...
const HUB_SEARCH_STEP_PX: f64 = 4.0;
/// ...this many of them (up to 240 px away)...
const HUB_SEARCH_RINGS: usize = 60;
/// ...with this many spots on each.
const HUB_SEARCH_ANGLES: usize = 24;

/// A fixed direction for points on one spot, different for each pair (the golden angle).
fn direction(salt: usize) -> (f64, f64) {
    let angle = salt as f64 * 2.399_963;
    (angle.cos(), angle.sin())
}

/// Moves apart the points of `points` that are closer than `min_km`, except those `fixed`.
fn spread(points: &mut [MapPointKm], fixed: &[bool], min_km: f64, rounds: usize) {
    if points.len() < 2 || min_km.is_nan() || min_km <= 0.0 || !min_km.is_finite() {
        return;
    }
    for _ in 0..rounds {
        let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::default();
        let cell = |p: MapPointKm| {
            (
                (p.x_km / min_km).floor() as i64,
                (p.y_km / min_km).floor() as i64,
            )
        };
        for (i, p) in points.iter().enumerate() {
            if p.x_km.is_finite() && p.y_km.is_finite() {
                grid.entry(cell(*p)).or_default().push(i);
            }
        }
        let mut moves = vec![(0.0_f64, 0.0_f64); points.len()];
        let mut moved = false;
        for (i, p) in points.iter().enumerate() {
            if !(p.x_km.is_finite() && p.y_km.is_finite()) {
                continue;
            }
            let (cx, cy) = cell(*p);
            for gx in cx - 1..=cx + 1 {
                for gy in cy - 1..=cy + 1 {
                    let Some(others) = grid.get(&(gx, gy)) else {
                        continue;
                    };
                    for &j in others {
                        if j <= i {
                            continue;
                        }
                        let q = points[j];
                        let (dx, dy) = (q.x_km - p.x_km, q.y_km - p.y_km);
                        let d = dx.hypot(dy);
                        if d >= min_km {
                            continue;
                        }
                        let (ux, uy) = if d < 1e-9 {
                            direction(i * 7919 + j)
                        } else {
                            (dx / d, dy / d)
                        };
                        let overlap = min_km - d;
                        // Each moves half the overlap; a fixed point lets the other move all of it.
                        let (share_i, share_j) = match (fixed[i], fixed[j]) {
                            (true, true) => (0.0, 0.0),
                            (true, false) => (0.0, 1.0),
                            (false, true) => (1.0, 0.0),
                            (false, false) => (0.5, 0.5),
                        };
                        moves[i].0 -= ux * overlap * share_i;
                        moves[i].1 -= uy * overlap * share_i;
                        moves[j].0 += ux * overlap * share_j;
                        moves[j].1 += uy * overlap * share_j;
                        moved = true;
                    }
                }
            }
        }
        if !moved {
            return;
        }
        for (p, (mx, my)) in points.iter_mut().zip(moves) {
            // Several neighbours push at once: take a bit more than half of their sum, which
            // settles without overshooting.
            p.x_km += mx * 0.6;
            p.y_km += my * 0.6;
        }
    }
}

/// `placement` with points moved apart for a map drawn at `px_per_km`; regions for which
/// `fixed` holds (those in an inset) stay where they are.
pub fn declutter(
    placement: &Placement,
    px_per_km: f64,
    fixed: &[bool],
    spacing: SpacingPx,
) -> Placement {
    let regions = declutter_regions(&placement.regions, px_per_km, fixed, spacing);
    let hubs = place_hubs_clear(&regions, &placement.hubs, px_per_km, spacing);
    Placement { regions, hubs }
}

/// The regions' points moved apart for a map drawn at `px_per_km` (those for which `fixed`
/// holds stay). The costly half of [`declutter`], and it depends only on the regions' points and
/// the scale: a filter change that moves only hubs can keep its result.
pub fn declutter_regions(
    regions: &[MapPointKm],
    px_per_km: f64,
    fixed: &[bool],
    spacing: SpacingPx,
) -> Vec<MapPointKm> {
    let mut out = regions.to_vec();
    if !usable_scale(px_per_km) {
        return out;
    }
    let fixed_regions: Vec<bool> = (0..out.len())
        .map(|i| fixed.get(i).copied().unwrap_or(false))
        .collect();
    spread(
        &mut out,
        &fixed_regions,
        spacing.region_to_region / px_per_km,
        REGION_ROUNDS,
    );
    out
}

fn usable_scale(px_per_km: f64) -> bool {
    px_per_km.is_finite() && px_per_km > 0.0
}

/// The hubs moved, one after the other (in network order), to the nearest spot clear of the
/// (decluttered) `regions` and of the hubs placed before them, at `px_per_km`.
pub fn place_hubs_clear(
    regions: &[MapPointKm],
    hubs: &BTreeMap<NetworkIdx, MapPointKm>,
    px_per_km: f64,
    spacing: SpacingPx,
) -> BTreeMap<NetworkIdx, MapPointKm> {
    if !usable_scale(px_per_km) {
        return hubs.clone();
    }
    let km = |px: f64| px / px_per_km;
    // Hubs, one after the other (largest first): each takes the nearest spot, on a spiral
    // around where it would be, that is clear of every region point and of the hubs already
    // placed.
    let networks: Vec<_> = hubs.keys().copied().collect();
    let mut hubs: Vec<MapPointKm> = networks.iter().map(|n| hubs[n]).collect();
    let (to_region, to_hub) = (km(spacing.hub_to_region), km(spacing.hub_to_hub));
    let cell_km = to_region.max(to_hub);
    let cell = |p: MapPointKm| {
        (
            (p.x_km / cell_km).floor() as i64,
            (p.y_km / cell_km).floor() as i64,
        )
    };
    let mut regions_grid: HashMap<(i64, i64), Vec<MapPointKm>> = HashMap::default();
    for p in regions
        .iter()
        .filter(|p| p.x_km.is_finite() && p.y_km.is_finite())
    {
        regions_grid.entry(cell(*p)).or_default().push(*p);
    }
    let mut hubs_grid: HashMap<(i64, i64), Vec<MapPointKm>> = HashMap::default();
    let clear = |at: MapPointKm,
                 regions_grid: &HashMap<(i64, i64), Vec<MapPointKm>>,
                 hubs_grid: &HashMap<(i64, i64), Vec<MapPointKm>>| {
        let (cx, cy) = cell(at);
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                let near_region = regions_grid
                    .get(&(gx, gy))
                    .into_iter()
                    .flatten()
                    .any(|r| r.distance_km(at) < to_region);
                let near_hub = hubs_grid
                    .get(&(gx, gy))
                    .into_iter()
                    .flatten()
                    .any(|h| h.distance_km(at) < to_hub);
                if near_region || near_hub {
                    return false;
                }
            }
        }
        true
    };
    for hub in hubs.iter_mut() {
        if !(hub.x_km.is_finite() && hub.y_km.is_finite()) {
            continue;
        }
        let step_km = km(HUB_SEARCH_STEP_PX);
        let origin = *hub;
        let spot = (0..HUB_SEARCH_RINGS)
            .flat_map(|ring| {
                let radius = ring as f64 * step_km;
                let around = if ring == 0 { 1 } else { HUB_SEARCH_ANGLES };
                (0..around).map(move |k| {
                    // Each ring starts at a different angle, so spots do not line up.
                    let angle =
                        k as f64 * std::f64::consts::TAU / around as f64 + ring as f64 * 0.7;
                    MapPointKm::new(
                        origin.x_km + radius * angle.cos(),
                        origin.y_km + radius * angle.sin(),
                    )
                })
            })
            .find(|&at| clear(at, &regions_grid, &hubs_grid));
        if let Some(spot) = spot {
            *hub = spot;
        }
        hubs_grid.entry(cell(*hub)).or_default().push(*hub);
    }
    networks.into_iter().zip(hubs).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::NetworkIdx;

    fn min_distance_px(points: &[MapPointKm], px_per_km: f64) -> f64 {
        let mut least = f64::INFINITY;
        for (i, a) in points.iter().enumerate() {
            for b in &points[i + 1..] {
                least = least.min(a.distance_km(*b) * px_per_km);
            }
        }
        least
    }

    #[test]
    fn a_dense_cluster_spreads_to_the_spacing_and_no_further_than_it_needs() {
        // Twelve regions within 20 km, drawn at 0.25 px per km: all on a few pixels.
        let regions: Vec<MapPointKm> = (0..12)
            .map(|i| MapPointKm::new(4000.0 + (i % 4) as f64 * 6.0, 2500.0 + (i / 4) as f64 * 6.0))
            .collect();
        let mut hubs = std::collections::BTreeMap::new();
        hubs.insert(NetworkIdx(0), MapPointKm::new(4009.0, 2506.0));
        hubs.insert(NetworkIdx(1), MapPointKm::new(4010.0, 2507.0));
        let placement = Placement {
            regions: regions.clone(),
            hubs,
        };
        let out = declutter(&placement, 0.25, &[], SPACING);
        assert!(min_distance_px(&out.regions, 0.25) >= SPACING.region_to_region * 0.98);
        for (r, moved) in regions.iter().zip(&out.regions) {
            assert!(
                r.distance_km(*moved) * 0.25 < 40.0,
                "moved at most a few tens of pixels"
            );
        }
        let hubs: Vec<MapPointKm> = out.hubs.values().copied().collect();
        assert!(hubs[0].distance_km(hubs[1]) * 0.25 >= SPACING.hub_to_hub * 0.98);
        for hub in &hubs {
            for region in &out.regions {
                assert!(hub.distance_km(*region) * 0.25 >= SPACING.hub_to_region * 0.98);
            }
        }
        // The same input gives the same picture.
        assert_eq!(declutter(&placement, 0.25, &[], SPACING), out);
    }

    #[test]
    fn zoomed_in_nothing_moves_and_fixed_points_stay() {
        let placement = Placement {
            regions: vec![MapPointKm::new(0.0, 0.0), MapPointKm::new(100.0, 0.0)],
            hubs: Default::default(),
        };
        assert_eq!(declutter(&placement, 1.0, &[], SPACING), placement);
        let out = declutter(&placement, 0.01, &[true, false], SPACING);
        assert_eq!(out.regions[0], placement.regions[0]);
        assert!(out.regions[1].x_km > 100.0);
    }
}
