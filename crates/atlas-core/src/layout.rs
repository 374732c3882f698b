//! Where each region is drawn, in map space.
//!
//! The geographic layout puts a region at its projected point. Regions outside Europe (Québec)
//! cannot be drawn at their point on a map of Europe; they are stacked in an inset just beyond
//! the north-west corner of the European regions, which is open Atlantic, and the renderer
//! frames them with a caption.

use crate::dataset::Dataset;
use crate::projection::{map_from_geo, MapPointKm};
use crate::viewport::MapRectKm;

/// Distance between stacked inset regions, and from the corner of Europe's regions, in km.
pub const INSET_STEP_KM: f64 = 220.0;

/// Positions of every region, indexed like `dataset.regions`, and the inset's rectangle if
/// any region is outside Europe.
#[derive(Clone, Debug, PartialEq)]
pub struct GeoLayout {
    pub positions: Vec<MapPointKm>,
    /// The rectangle of the "outside Europe" inset, in map space.
    pub inset: Option<MapRectKm>,
}

impl GeoLayout {
    /// The part of map space all regions occupy, the inset's frame included.
    pub fn bounds(&self) -> Option<MapRectKm> {
        let inset_corners = self.inset.iter().flat_map(|r| [r.min, r.max]);
        MapRectKm::around(self.positions.iter().copied().chain(inset_corners))
    }
}

/// The geographic layout of `dataset`.
pub fn geographic_layout(dataset: &Dataset) -> GeoLayout {
    let european = dataset
        .regions
        .iter()
        .filter(|r| !r.outside_europe)
        .map(|r| map_from_geo(r.position));
    let corner = MapRectKm::around(european)
        .map(|r| r.min)
        .unwrap_or(MapPointKm::new(4321.0, -3210.0));
    let outside = dataset.regions.iter().filter(|r| r.outside_europe).count();
    let inset_x = corner.x_km - INSET_STEP_KM;
    let mut slot = 0.0;
    let positions = dataset
        .regions
        .iter()
        .map(|region| {
            if region.outside_europe {
                slot += 1.0;
                MapPointKm::new(inset_x, corner.y_km + INSET_STEP_KM * (slot - 1.0))
            } else {
                map_from_geo(region.position)
            }
        })
        .collect();
    let inset = (outside > 0).then(|| {
        let half = INSET_STEP_KM / 2.0;
        MapRectKm {
            min: MapPointKm::new(inset_x - half, corner.y_km - half),
            max: MapPointKm::new(
                inset_x + half,
                corner.y_km + INSET_STEP_KM * (outside as f64 - 1.0) + half,
            ),
        }
    });
    GeoLayout { positions, inset }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_dataset;

    #[test]
    fn regions_outside_europe_go_to_an_inset_inside_the_bounds() {
        let text = include_str!("../tests/fixtures/small.json").replacen(
            "\"lat\": 48.947, \"lon\": 11.419,",
            "\"lat\": 52.9, \"lon\": -72.0, \"outside_europe\": true,",
            1,
        );
        let dataset = parse_dataset(&text).unwrap();
        let layout = geographic_layout(&dataset);
        let inset = layout.inset.expect("an inset for Bavaria moved overseas");
        let bavaria = layout.positions[dataset.region_by_id("DE2").unwrap().index()];
        assert!(inset.contains(bavaria));
        let bounds = layout.bounds().unwrap();
        assert!(bounds.contains(inset.min) && bounds.contains(inset.max));
        let europe = MapRectKm::around(
            dataset
                .regions
                .iter()
                .filter(|r| !r.outside_europe)
                .map(|r| map_from_geo(r.position)),
        )
        .unwrap();
        assert!(
            !europe.contains(bavaria),
            "the inset lies beyond Europe's regions"
        );
    }
}

/// How far apart hubs are pushed, in km of map space.
const HUB_SPACING_KM: f64 = 150.0;
/// How far a hub is pushed off a region's point, in km.
const HUB_CLEARANCE_KM: f64 = 70.0;

/// Where each hub sits: at the centre of its members, nudged away from other hubs and from
/// region points so that no hub hides a region or another hub. Deterministic: the same graph
/// always gives the same places.
pub fn hub_positions(
    graph: &crate::graph::Graph,
    region_positions: &[MapPointKm],
) -> std::collections::BTreeMap<crate::dataset::NetworkIdx, MapPointKm> {
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
                let d = dx.hypot(dy);
                if d >= min {
                    return (0.0, 0.0);
                }
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
        .collect()
}

#[cfg(test)]
mod hub_tests {
    use super::*;
    use crate::graph::GraphQuery;
    use crate::{derive_graph, parse_dataset};

    #[test]
    fn hubs_sit_near_their_members_apart_from_each_other_and_off_region_points() {
        let dataset = parse_dataset(include_str!("../tests/fixtures/small.json")).unwrap();
        let graph = derive_graph(
            &dataset,
            &GraphQuery {
                sectors: Default::default(),
                from_year: 1988,
                to_year: 2026,
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

/// Positions of regions and hubs for one drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Placement {
    /// Indexed like `dataset.regions`.
    pub regions: Vec<MapPointKm>,
    pub hubs: std::collections::BTreeMap<crate::dataset::NetworkIdx, MapPointKm>,
}

/// The network layout of `graph` as drawn in `draw` mode: ForceAtlas2 over the regions with
/// ties (and the hubs, in hub mode), started from geography and fitted into `frame`.
/// `anchor_strength` 0 lays the network out freely; higher values hold it near geography.
/// Regions without ties keep their geographic place (they are not drawn).
pub fn network_layout(
    graph: &crate::graph::Graph,
    geography: &Placement,
    draw: crate::scene::DrawMode,
    anchor_strength: f64,
    frame: MapRectKm,
) -> Placement {
    let mut job = NetworkLayoutJob::new(graph, geography, draw, anchor_strength, frame);
    job.advance(&mut || false);
    job.placement()
}

/// A network layout that can run a little at a time ([`NetworkLayoutJob::advance`]), so that
/// the page stays responsive while it runs; it ends with the same placement as
/// [`network_layout`].
pub struct NetworkLayoutJob {
    layout: crate::force::ForceLayout,
    geography_regions: Vec<MapPointKm>,
    /// Layout node of each region with ties, and of each hub.
    node_of_region: Vec<(crate::dataset::RegionIdx, usize)>,
    node_of_hub: Vec<(crate::dataset::NetworkIdx, usize)>,
    frame: MapRectKm,
}

impl NetworkLayoutJob {
    pub fn new(
        graph: &crate::graph::Graph,
        geography: &Placement,
        draw: crate::scene::DrawMode,
        anchor_strength: f64,
        frame: MapRectKm,
    ) -> Self {
        use crate::force::{ForceGraph, ForceLayout, ForceSettings};
        use crate::graph::TieSource;
        use crate::scene::DrawMode;

        let mut index_of_region = std::collections::BTreeMap::new();
        let mut anchors = Vec::new();
        for node in &graph.nodes {
            index_of_region.insert(node.region, anchors.len() as u32);
            anchors.push(geography.regions[node.region.index()]);
        }
        let mut index_of_hub = std::collections::BTreeMap::new();
        if draw == DrawMode::Hubs {
            for hub in &graph.hubs {
                if let Some(&at) = geography.hubs.get(&hub.network) {
                    index_of_hub.insert(hub.network, anchors.len() as u32);
                    anchors.push(at);
                }
            }
        }
        let mut edges = Vec::new();
        for edge in &graph.edges {
            let weight = edge
                .ties
                .iter()
                .filter(|t| draw == DrawMode::Pairs || matches!(t.source, TieSource::Agreement(_)))
                .count();
            if weight > 0 {
                edges.push((
                    index_of_region[&edge.a],
                    index_of_region[&edge.b],
                    weight as f64,
                ));
            }
        }
        for hub in &graph.hubs {
            if let Some(&h) = index_of_hub.get(&hub.network) {
                for member in &hub.members {
                    edges.push((h, index_of_region[&member.region], 1.0));
                }
            }
        }
        let settings = ForceSettings {
            anchor_strength,
            ..ForceSettings::default()
        };
        Self {
            layout: ForceLayout::new(&ForceGraph { anchors, edges }, settings),
            geography_regions: geography.regions.clone(),
            node_of_region: index_of_region
                .into_iter()
                .map(|(r, i)| (r, i as usize))
                .collect(),
            node_of_hub: index_of_hub
                .into_iter()
                .map(|(n, i)| (n, i as usize))
                .collect(),
            frame,
        }
    }

    /// Runs until done or until `out_of_time` says to stop (asked after every few hundred
    /// nodes' work). Returns whether the layout is done.
    pub fn advance(&mut self, out_of_time: &mut dyn FnMut() -> bool) -> bool {
        self.layout.advance(out_of_time)
    }

    pub fn done(&self) -> bool {
        self.layout.done()
    }

    /// The placement as it stands (the final one once [`Self::done`]).
    pub fn placement(&self) -> Placement {
        let placed = self.layout.positions_in(self.frame);
        let mut regions = self.geography_regions.clone();
        for &(region, i) in &self.node_of_region {
            regions[region.index()] = placed[i];
        }
        let hubs = self
            .node_of_hub
            .iter()
            .map(|&(network, i)| (network, placed[i]))
            .collect();
        Placement { regions, hubs }
    }
}

#[cfg(test)]
mod network_layout_tests {
    use super::*;
    use crate::graph::GraphQuery;
    use crate::scene::DrawMode;
    use crate::{derive_graph, parse_dataset};

    #[test]
    fn lays_out_regions_and_hubs_inside_the_frame_deterministically() {
        let dataset = parse_dataset(include_str!("../tests/fixtures/small.json")).unwrap();
        let graph = derive_graph(
            &dataset,
            &GraphQuery {
                sectors: Default::default(),
                from_year: 1988,
                to_year: 2026,
            },
        );
        let geo = geographic_layout(&dataset);
        let geography = Placement {
            hubs: hub_positions(&graph, &geo.positions),
            regions: geo.positions.clone(),
        };
        let frame = geo.bounds().unwrap();
        let a = network_layout(&graph, &geography, DrawMode::Hubs, 0.0, frame);
        let b = network_layout(&graph, &geography, DrawMode::Hubs, 0.0, frame);
        assert_eq!(a, b);
        assert_eq!(a.hubs.len(), 2);
        assert_ne!(a.regions, geography.regions);
        for p in a.regions.iter().chain(a.hubs.values()) {
            assert!(frame.contains(*p), "{p:?}");
        }
        let pairs = network_layout(&graph, &geography, DrawMode::Pairs, 0.0, frame);
        assert!(pairs.hubs.is_empty());

        // Run a little at a time, the job ends on exactly the same picture.
        let mut job = NetworkLayoutJob::new(&graph, &geography, DrawMode::Hubs, 0.0, frame);
        let mut slices = 0;
        while !job.advance(&mut || true) {
            slices += 1;
        }
        assert!(slices > 10, "{slices}");
        assert_eq!(job.placement(), a);
    }
}

impl Placement {
    /// The placement a share `t` (0 to 1) of the way from `self` to `to`. Hubs only in `to`
    /// appear at their place; hubs only in `self` are dropped.
    pub fn lerp(&self, to: &Placement, t: f64) -> Placement {
        let mix = |a: MapPointKm, b: MapPointKm| {
            MapPointKm::new(
                a.x_km + (b.x_km - a.x_km) * t,
                a.y_km + (b.y_km - a.y_km) * t,
            )
        };
        Placement {
            regions: to
                .regions
                .iter()
                .enumerate()
                .map(|(i, &b)| self.regions.get(i).map_or(b, |&a| mix(a, b)))
                .collect(),
            hubs: to
                .hubs
                .iter()
                .map(|(&n, &b)| (n, self.hubs.get(&n).map_or(b, |&a| mix(a, b))))
                .collect(),
        }
    }
}
