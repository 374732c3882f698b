//! The quiet map under the network: country outlines, already projected into map space.
//!
//! `public/basemap/europe.json` is written by `atlas basemap` (the command-line tool) from
//! Natural Earth's public-domain 1:50m countries, using [`crate::projection`], so the app
//! only parses path strings and never projects thousands of coastline points at start-up.

use serde::{Deserialize, Serialize};

use crate::projection::MapPointKm;
use crate::viewport::MapRectKm;

/// The basemap file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basemap {
    /// Always `"EPSG:3035 in km, y down"`: see [`crate::projection`].
    pub space: String,
    /// Where the outlines come from, with their licence.
    pub attribution: String,
    /// The frame the outlines are clipped to: `[min_x_km, min_y_km, max_x_km, max_y_km]`.
    pub frame_km: [f64; 4],
    pub countries: Vec<BasemapCountry>,
}

/// One country's outline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasemapCountry {
    /// ISO 3166-1 numeric code as Natural Earth gives it ("380" for Italy); empty when none.
    pub id: String,
    /// English short name.
    pub name: String,
    /// SVG path data in map space (km, y down), rounded to whole kilometres.
    pub path: String,
}

impl Basemap {
    pub fn frame(&self) -> MapRectKm {
        let [x0, y0, x1, y1] = self.frame_km;
        MapRectKm {
            min: MapPointKm::new(x0, y0),
            max: MapPointKm::new(x1, y1),
        }
    }
}
