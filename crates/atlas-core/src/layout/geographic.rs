//! The geographic layout: a region at its projected point. Regions drawn in an inset (outside
//! Europe, or one of the EU's outermost regions: see [`super::insets`]) are not part of the
//! frame of continental Europe; the map draws them in boxes at its edge. For what needs a place
//! in map space all the same (a hub amid its members, the network layout's pull), the regions
//! outside Europe are stacked just beyond the north-west corner of Europe's regions, which is
//! open Atlantic, and the outermost regions keep their own points.

use super::insets::{inset_groups, InsetGroup};
use crate::dataset::{Dataset, RegionIdx};
use crate::projection::{map_from_geo, MapPointKm};
use crate::viewport::MapRectKm;

/// Distance between stacked regions outside Europe, and from the corner of Europe's regions,
/// in km.
pub const INSET_STEP_KM: f64 = 220.0;

/// Positions of every region, indexed like `dataset.regions`, and which regions are drawn in an
/// inset.
#[derive(Clone, Debug, PartialEq)]
pub struct GeoLayout {
    pub positions: Vec<MapPointKm>,
    /// The insets, each with its regions.
    pub insets: Vec<InsetGroup>,
    /// For each region, whether it is drawn in an inset.
    pub in_inset: Vec<bool>,
}

impl GeoLayout {
    /// The part of map space continental Europe's regions occupy: what the map frames.
    pub fn bounds(&self) -> Option<MapRectKm> {
        MapRectKm::around(
            self.positions
                .iter()
                .zip(&self.in_inset)
                .filter(|(_, inset)| !**inset)
                .map(|(p, _)| *p),
        )
    }

    /// The points of `regions` that are on the map proper (not in an inset).
    pub fn continental_points(
        &self,
        regions: impl IntoIterator<Item = RegionIdx>,
    ) -> Vec<MapPointKm> {
        regions
            .into_iter()
            .filter(|r| !self.in_inset.get(r.index()).copied().unwrap_or(true))
            .map(|r| self.positions[r.index()])
            .collect()
    }
}

/// The geographic layout of `dataset`.
pub fn geographic_layout(dataset: &Dataset) -> GeoLayout {
    let insets = inset_groups(dataset);
    let mut in_inset = vec![false; dataset.regions.len()];
    for group in &insets {
        for r in &group.regions {
            in_inset[r.index()] = true;
        }
    }
    let continental = dataset
        .regions
        .iter()
        .zip(&in_inset)
        .filter(|(_, inset)| !**inset)
        .map(|(r, _)| map_from_geo(r.position));
    let corner = MapRectKm::around(continental)
        .map(|r| r.min)
        .unwrap_or(MapPointKm::new(4321.0, -3210.0));
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
    GeoLayout {
        positions,
        insets,
        in_inset,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_dataset;

    #[test]
    fn regions_outside_europe_go_to_an_inset_outside_the_frame() {
        let text = include_str!("../../tests/fixtures/small.json").replacen(
            "\"lat\": 48.947, \"lon\": 11.419,",
            "\"lat\": 52.9, \"lon\": -72.0, \"outside_europe\": true,",
            1,
        );
        let dataset = parse_dataset(&text).unwrap();
        let layout = geographic_layout(&dataset);
        let bavaria_idx = dataset.region_by_id("DE2").unwrap();
        assert_eq!(
            layout.insets.len(),
            1,
            "one inset, for Bavaria moved overseas"
        );
        assert_eq!(layout.insets[0].regions, vec![bavaria_idx]);
        assert!(layout.in_inset[bavaria_idx.index()]);
        let bavaria = layout.positions[bavaria_idx.index()];
        let bounds = layout.bounds().unwrap();
        assert!(
            !bounds.contains(bavaria),
            "the frame of Europe leaves the inset's region out"
        );
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
