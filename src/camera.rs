//! Moving the camera: fit, pan, zoom about a point, centre on a place. All through the pure
//! [`Viewport`] functions of the core; the state keeps the result.

use atlas_core::projection::MapPointKm;
use atlas_core::viewport::{ScreenPointPx, Viewport};
use leptos::prelude::*;

use crate::motion::animate;
use crate::state::AtlasState;

/// Free space kept around the regions when the map is fitted, in pixels.
pub const FIT_MARGIN_PX: f64 = 28.0;
/// How far in "centre on" zooms, relative to the fitted scale.
const FOCUS_ZOOM: f64 = 2.2;

impl AtlasState {
    /// Fits all regions into a map of the given size.
    pub fn fit_camera(&self, width_px: f64, height_px: f64) {
        let Some(bounds) = self.geography.with_value(|g| g.bounds()) else {
            return;
        };
        let fitted = Viewport::fit(bounds, width_px, height_px, FIT_MARGIN_PX);
        self.fit_px_per_km.set(fitted.px_per_km);
        self.camera.set(Some(fitted));
        self.settle_camera();
    }

    /// Back to the fitted view.
    pub fn reset_camera(&self) {
        if let Some(v) = self.camera.get_untracked() {
            self.fit_camera(v.width_px, v.height_px);
        }
    }

    /// Marks the camera as at rest: labels are re-placed for it.
    pub fn settle_camera(&self) {
        let now = self.camera.get_untracked();
        if self.settled_camera.get_untracked() != now {
            self.settled_camera.set(now);
        }
    }

    /// Zooms by `factor` keeping the map point under `anchor` (the centre if `None`) in place.
    pub fn zoom_camera(&self, anchor: Option<ScreenPointPx>, factor: f64) {
        let fit = self.fit_px_per_km.get_untracked();
        self.camera.update(|v| {
            if let Some(v) = v {
                let anchor =
                    anchor.unwrap_or(ScreenPointPx::new(v.width_px / 2.0, v.height_px / 2.0));
                *v = v.zoomed_about(anchor, factor, fit);
            }
        });
        self.settle_camera();
    }

    /// Moves the map with a drag of `(dx_px, dy_px)`; call [`Self::settle_camera`] at the end.
    pub fn pan_camera(&self, dx_px: f64, dy_px: f64) {
        self.camera.update(|v| {
            if let Some(v) = v {
                *v = v.panned_by_px(dx_px, dy_px);
            }
        });
    }

    /// The map element changed size.
    pub fn resize_camera(&self, width_px: f64, height_px: f64) {
        match self.camera.get_untracked() {
            None => self.fit_camera(width_px, height_px),
            Some(v) => {
                self.camera.set(Some(v.resized(width_px, height_px)));
                self.settle_camera();
            }
        }
    }

    /// Glides the camera to centre `point`, zooming in to at least a regional scale.
    pub fn centre_camera_on(&self, point: MapPointKm) {
        let Some(start) = self.camera.get_untracked() else {
            return;
        };
        let fit = self.fit_px_per_km.get_untracked();
        let end_scale = start.px_per_km.max(fit * FOCUS_ZOOM);
        let state = *self;
        animate(450.0, move |t| {
            let center = MapPointKm::new(
                start.center.x_km + (point.x_km - start.center.x_km) * t,
                start.center.y_km + (point.y_km - start.center.y_km) * t,
            );
            let px_per_km = start.px_per_km * (end_scale / start.px_per_km).powf(t);
            state.camera.update(|v| {
                if let Some(v) = v {
                    v.center = center;
                    v.px_per_km = px_per_km;
                }
            });
            if t >= 1.0 {
                state.settle_camera();
            }
        });
    }
}
