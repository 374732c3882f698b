//! Positions of regions and hubs for one drawing, and the way between two of them.

use std::collections::BTreeMap;

use crate::dataset::NetworkIdx;
use crate::projection::MapPointKm;

/// Positions of regions and hubs for one drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Placement {
    /// Indexed like `dataset.regions`.
    pub regions: Vec<MapPointKm>,
    pub hubs: BTreeMap<NetworkIdx, MapPointKm>,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lerp_moves_shared_points_and_takes_new_hubs_as_they_are() {
        let from = Placement {
            regions: vec![MapPointKm::new(0.0, 0.0)],
            hubs: BTreeMap::from([(NetworkIdx(0), MapPointKm::new(10.0, 10.0))]),
        };
        let to = Placement {
            regions: vec![MapPointKm::new(100.0, -50.0), MapPointKm::new(7.0, 7.0)],
            hubs: BTreeMap::from([(NetworkIdx(1), MapPointKm::new(3.0, 4.0))]),
        };
        let half = from.lerp(&to, 0.5);
        assert_eq!(
            half.regions,
            [MapPointKm::new(50.0, -25.0), MapPointKm::new(7.0, 7.0)]
        );
        assert_eq!(
            half.hubs,
            BTreeMap::from([(NetworkIdx(1), MapPointKm::new(3.0, 4.0))]),
            "a hub only in `from` is dropped; one only in `to` appears at its place"
        );
        assert_eq!(from.lerp(&to, 1.0), to);
    }
}
