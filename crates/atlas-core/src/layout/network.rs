//! The network layout: ForceAtlas2 over the regions with ties (and the hubs), started from
//! geography and fitted into the map's frame; in one call or a little at a time.

use std::collections::BTreeMap;

use crate::dataset::{NetworkIdx, RegionIdx};
use crate::force::{ForceGraph, ForceLayout, ForceSettings};
use crate::graph::{Graph, TieSource};
use crate::projection::MapPointKm;
use crate::scene::DrawMode;
use crate::viewport::MapRectKm;

use super::Placement;

/// The network layout of `graph` as drawn in `draw` mode: ForceAtlas2 over the regions with
/// ties (and the hubs, in hub mode), started from geography and fitted into `frame`.
/// `anchor_strength` 0 lays the network out freely; higher values hold it near geography.
/// Regions without ties keep their geographic place (they are not drawn).
pub fn network_layout(
    graph: &Graph,
    geography: &Placement,
    draw: DrawMode,
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
    layout: ForceLayout,
    geography_regions: Vec<MapPointKm>,
    /// Layout node of each region with ties, and of each hub.
    node_of_region: Vec<(RegionIdx, usize)>,
    node_of_hub: Vec<(NetworkIdx, usize)>,
    frame: MapRectKm,
}

impl NetworkLayoutJob {
    pub fn new(
        graph: &Graph,
        geography: &Placement,
        draw: DrawMode,
        anchor_strength: f64,
        frame: MapRectKm,
    ) -> Self {
        let mut index_of_region = BTreeMap::new();
        let mut anchors = Vec::new();
        for node in &graph.nodes {
            index_of_region.insert(node.region, anchors.len() as u32);
            anchors.push(geography.regions[node.region.index()]);
        }
        let mut index_of_hub = BTreeMap::new();
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
mod tests {
    use super::*;
    use crate::graph::GraphQuery;
    use crate::layout::{geographic_layout, hub_positions};
    use crate::{derive_graph, parse_dataset};

    #[test]
    fn lays_out_regions_and_hubs_inside_the_frame_deterministically() {
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
