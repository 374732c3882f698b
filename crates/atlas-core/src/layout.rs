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
    /// The part of map space all regions occupy, inset included.
    pub fn bounds(&self) -> Option<MapRectKm> {
        MapRectKm::around(self.positions.iter().copied())
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
