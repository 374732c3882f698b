//! The geographic layout: a region at its projected point. Regions outside Europe (Québec)
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
        let text = include_str!("../../tests/fixtures/small.json").replacen(
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
