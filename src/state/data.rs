//! The data the atlas shows: the checked dataset, the basemap, where regions sit on the map,
//! and the years the controls offer. Set once when the atlas opens; never changes after.

use std::sync::Arc;

use atlas_core::basemap::Basemap;
use atlas_core::layout::{geographic_layout, GeoLayout};
use atlas_core::Dataset;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct DataHandle {
    pub dataset: StoredValue<Arc<Dataset>>,
    pub basemap: StoredValue<Option<Arc<Basemap>>>,
    /// Each region's place on the map (EPSG:3035 km).
    pub geography: StoredValue<Arc<GeoLayout>>,
    /// First and last year the controls offer.
    pub years: (i32, i32),
}

impl DataHandle {
    pub fn new(dataset: Arc<Dataset>, basemap: Option<Arc<Basemap>>, years: (i32, i32)) -> Self {
        let geography = Arc::new(geographic_layout(&dataset));
        Self {
            dataset: StoredValue::new(dataset),
            basemap: StoredValue::new(basemap),
            geography: StoredValue::new(geography),
            years,
        }
    }

    pub fn dataset(&self) -> Arc<Dataset> {
        self.dataset.get_value()
    }
}
