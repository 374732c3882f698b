//! Moving the camera: fit, pan, zoom about a point, centre on a place. All through the pure
//! [`Viewport`] functions of the core; the state keeps the result.

use atlas_core::projection::{geo_from_map, map_from_geo, MapPointKm};
use atlas_core::viewport::{ScreenPointPx, Viewport};
use atlas_core::CameraView;
use leptos::prelude::*;

use crate::motion::animate;
use crate::state::AtlasState;

/// Free space kept around the regions when the map is fitted, in pixels.
pub const FIT_MARGIN_PX: f64 = 28.0;
/// How far in "centre on" zooms, relative to the fitted scale.
const FOCUS_ZOOM: f64 = 2.2;

impl AtlasState {
    /// The camera that shows all regions in a map of the given size.
    fn fitted(&self, width_px: f64, height_px: f64) -> Option<Viewport> {
        let bounds = self.geography.with_value(|g| g.bounds())?;
        Some(Viewport::fit(bounds, width_px, height_px, FIT_MARGIN_PX))
    }

    /// Fits all regions into a map of the given size.
    pub fn fit_camera(&self, width_px: f64, height_px: f64) {
        let Some(fitted) = self.fitted(width_px, height_px) else {
            return;
        };
        self.fit_px_per_km.set(fitted.px_per_km);
        self.camera.set(Some(fitted));
        self.settle_camera();
    }

    /// The camera the link asks for, at the current size (all regions fitted when it says
    /// nothing).
    pub fn camera_for_view(&self) -> Option<Viewport> {
        let current = self.camera.get_untracked()?;
        let fitted = self.fitted(current.width_px, current.height_px)?;
        self.fit_px_per_km.set(fitted.px_per_km);
        Some(match self.view.with_untracked(|v| v.camera) {
            None => fitted,
            Some(view) => Viewport {
                center: map_from_geo(view.center),
                px_per_km: fitted.px_per_km * view.zoom,
                ..fitted
            },
        })
    }

    /// Points the camera where the link says (or fits all regions when it says nothing).
    pub fn apply_camera_view(&self) {
        if let Some(camera) = self.camera_for_view() {
            self.camera.set(Some(camera));
            self.settle_camera();
        }
    }

    /// The camera as the link writes it: `None` while it shows the fitted view.
    fn camera_view(&self) -> Option<CameraView> {
        let camera = self.camera.get_untracked()?;
        let fitted = self.fitted(camera.width_px, camera.height_px)?;
        let zoom = camera.px_per_km / fitted.px_per_km;
        let offset_px = camera.center.distance_km(fitted.center) * camera.px_per_km;
        if (zoom - 1.0).abs() < 0.01 && offset_px < 2.0 {
            return None;
        }
        Some(CameraView {
            zoom: (zoom * 1000.0).round() / 1000.0,
            center: {
                let geo = geo_from_map(camera.center);
                atlas_core::projection::GeoPoint {
                    lat_deg: (geo.lat_deg * 10000.0).round() / 10000.0,
                    lon_deg: (geo.lon_deg * 10000.0).round() / 10000.0,
                }
            },
        })
    }

    /// Back to the fitted view.
    pub fn reset_camera(&self) {
        if let Some(v) = self.camera.get_untracked() {
            self.fit_camera(v.width_px, v.height_px);
        }
    }

    /// Marks the camera as at rest: the link says where it is, and the camera snaps to exactly
    /// what the link says (less than a pixel away), so a page opened from the link draws the
    /// very same picture. Labels are then re-placed for it.
    pub fn settle_camera(&self) {
        let view = self.camera_view();
        if let Some(current) = self.camera.get_untracked() {
            if let Some(fitted) = self.fitted(current.width_px, current.height_px) {
                let snapped = match view {
                    None => fitted,
                    Some(v) => Viewport {
                        center: map_from_geo(v.center),
                        px_per_km: fitted.px_per_km * v.zoom,
                        ..fitted
                    },
                };
                if snapped != current {
                    self.camera.set(Some(snapped));
                }
            }
        }
        let now = self.camera.get_untracked();
        if self.settled_camera.get_untracked() != now {
            self.settled_camera.set(now);
        }
        if self.view.with_untracked(|v| v.camera != view) {
            self.view.update(|v| v.camera = view);
        }
    }

    /// Zooms by `factor` keeping the map point under `anchor` (the centre if `None`) in place.
    pub fn zoom_camera(&self, anchor: Option<ScreenPointPx>, factor: f64) {
        self.zoom_camera_moving(anchor, factor);
        self.settle_camera();
    }

    /// Zooms as [`Self::zoom_camera`] without coming to rest: for a stream of wheel events,
    /// which settle once they stop.
    pub fn zoom_camera_moving(&self, anchor: Option<ScreenPointPx>, factor: f64) {
        let fit = self.fit_px_per_km.get_untracked();
        self.camera.update(|v| {
            if let Some(v) = v {
                let anchor =
                    anchor.unwrap_or(ScreenPointPx::new(v.width_px / 2.0, v.height_px / 2.0));
                *v = v.zoomed_about(anchor, factor, fit);
            }
        });
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
            None => {
                // First sizing: look where the link says (settling first would overwrite it).
                if let Some(fitted) = self.fitted(width_px, height_px) {
                    self.camera.set(Some(fitted));
                    self.apply_camera_view();
                }
            }
            // Still showing everything: keep showing everything at the new size.
            Some(_) if self.view.with_untracked(|v| v.camera.is_none()) => {
                self.fit_camera(width_px, height_px);
            }
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
