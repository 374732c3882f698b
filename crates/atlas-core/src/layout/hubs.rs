//! Where the hub of each network sits in the geographic layout.

use crate::sort::CollectTree;
use std::collections::BTreeMap;

use crate::dataset::NetworkIdx;
use crate::graph::Graph;
use crate::projection::MapPointKm;

/// How far apart hubs are pushed, in km of map space.
const HUB_SPACING_KM: f64 = 150.0;
/// How far a hub is pushed off a region's point, in km.
const HUB_CLEARANCE_KM: f64 = 70.0;

/// Where each hub sits: at the centre of its members, nudged away from other hubs and from
/// region points so that no hub hides a region or another hub. Deterministic: the same graph
/// always gives the same places.
pub fn hub_positions(
    graph: &Graph,
    region_positions: &[MapPointKm],
) -> BTreeMap<NetworkIdx, MapPointKm> {
    let centres: Vec<MapPointKm> = graph
        .hubs
        .iter()
        .map(|hub| {
            let n = hub.members.len().max(1) as f64;
            let (sx, sy) = hub.members.iter().fold((0.0, 0.0), |(sx, sy), m| {
                let p = region_positions[m.region.index()];
                (sx + p.x_km, sy + p.y_km)
            });
            MapPointKm::new(sx / n, sy / n)
        })
        .collect();
    let mut places = centres.clone();
    for _ in 0..60 {
        let mut moves = vec![(0.0, 0.0); places.len()];
        for i in 0..places.len() {
            let push = |from: MapPointKm, at: MapPointKm, min: f64, salt: usize| {
                let (dx, dy) = (at.x_km - from.x_km, at.y_km - from.y_km);
                // Most pairs are far apart: compared squared, without a root (this loop runs
                // hubs x (hubs + regions) x 60 times on every filter change).
                let d2 = dx * dx + dy * dy;
                if d2 >= min * min {
                    return (0.0, 0.0);
                }
                let d = d2.sqrt();
                // Coincident points get a fixed direction per pair, not a random one.
                let (ux, uy) = if d < 1e-6 {
                    let angle = salt as f64 * 2.399_963; // golden angle
                    (angle.cos(), angle.sin())
                } else {
                    (dx / d, dy / d)
                };
                ((min - d) * 0.5 * ux, (min - d) * 0.5 * uy)
            };
            for (j, other) in places.iter().enumerate() {
                if i != j {
                    let (mx, my) = push(*other, places[i], HUB_SPACING_KM, i * 31 + j);
                    moves[i].0 += mx;
                    moves[i].1 += my;
                }
            }
            for (k, region) in region_positions.iter().enumerate() {
                let (mx, my) = push(*region, places[i], HUB_CLEARANCE_KM, i * 17 + k);
                moves[i].0 += mx;
                moves[i].1 += my;
            }
            // A gentle pull back to the members' centre.
            moves[i].0 += (centres[i].x_km - places[i].x_km) * 0.05;
            moves[i].1 += (centres[i].y_km - places[i].y_km) * 0.05;
        }
        for (place, (mx, my)) in places.iter_mut().zip(moves) {
            place.x_km += mx;
            place.y_km += my;
        }
    }
    graph
        .hubs
        .iter()
        .zip(places)
        .map(|(hub, place)| (hub.network, place))
        .collect_map()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::GraphQuery;
    use crate::layout::geographic_layout;
    use crate::{derive_graph, parse_dataset};

    #[test]
    fn hubs_sit_near_their_members_apart_from_each_other_and_off_region_points() {
        let dataset = parse_dataset(include_str!("../../tests/fixtures/small.json")).unwrap();
        let graph = derive_graph(
            &dataset,
            &GraphQuery {
                sectors: Default::default(),
                from_year: 1988,
                to_year: 2026,
                ..Default::default()
            },
        );
        let layout = geographic_layout(&dataset);
        let places = hub_positions(&graph, &layout.positions);
        assert_eq!(places.len(), 2);
        let hubs: Vec<MapPointKm> = places.values().copied().collect();
        assert!(hubs[0].distance_km(hubs[1]) >= HUB_SPACING_KM * 0.9);
        for hub in &hubs {
            for region in &layout.positions {
                assert!(
                    hub.distance_km(*region) >= HUB_CLEARANCE_KM * 0.8,
                    "{hub:?} on {region:?}"
                );
            }
        }
        // Still within the members' area: no hub is pushed off across Europe.
        for (network, place) in &places {
            let hub = graph.hub(*network).unwrap();
            let nearest = hub
                .members
                .iter()
                .map(|m| layout.positions[m.region.index()].distance_km(*place))
                .fold(f64::INFINITY, f64::min);
            assert!(nearest < 600.0, "{nearest}");
        }
        assert_eq!(
            places,
            hub_positions(&graph, &layout.positions),
            "deterministic"
        );
    }
}
