//! The camera: where the map looks, in pixels and kilometres. Moving it is live state; when it
//! comes to rest the link records it (zoom relative to the fitted view, and the centre), the
//! one place the two meet. Fitting, panning, zooming and gliding use the core's [`Viewport`].

use atlas_core::projection::MapPointKm;
use atlas_core::viewport::{MapRectKm, ScreenPointPx, Viewport};
use leptos::prelude::*;

use super::link::LinkHandle;
use crate::render::motion::{animate, Animation};

/// Free space kept around the regions when the map is fitted, in pixels.
pub const FIT_MARGIN_PX: f64 = 28.0;
/// How far in "centre on" zooms, relative to the fitted scale.
const FOCUS_ZOOM: f64 = 2.2;
/// How long a glide to a place takes.
const CENTRE_GLIDE_MS: f64 = 450.0;

#[derive(Clone, Copy)]
pub struct CameraHandle {
    /// The camera now; `None` until the map knows its size.
    pub viewport: RwSignal<Option<Viewport>>,
    /// The camera when it last came to rest (labels are placed for it).
    pub settled: RwSignal<Option<Viewport>>,
    /// The scale that fits all regions at the current size; zoom limits are relative to it.
    fit_px_per_km: StoredValue<f64>,
    /// The glide in progress, if any.
    glide: StoredValue<Option<Animation>, LocalStorage>,
    /// What the fitted view shows: every region's point.
    bounds: Option<MapRectKm>,
    link: LinkHandle,
}

impl CameraHandle {
    pub fn new(link: LinkHandle, bounds: Option<MapRectKm>) -> Self {
        Self {
            viewport: RwSignal::new(None),
            settled: RwSignal::new(None),
            fit_px_per_km: StoredValue::new(1.0),
            glide: StoredValue::new_local(None),
            bounds,
            link,
        }
    }

    /// The camera that shows all regions on a screen of the given size.
    fn fitted(&self, width_px: f64, height_px: f64) -> Option<Viewport> {
        let fitted = Viewport::fit(self.bounds?, width_px, height_px, FIT_MARGIN_PX);
        self.fit_px_per_km.set_value(fitted.px_per_km);
        Some(fitted)
    }

    /// The camera the link asks for at the current size (all regions when it says nothing).
    pub fn linked_viewport(&self) -> Option<Viewport> {
        let current = self.viewport.get_untracked()?;
        let fitted = self.fitted(current.width_px, current.height_px)?;
        let asked = self.link.view.with_untracked(|v| v.camera);
        Some(Viewport::from_camera_view(fitted, asked))
    }

    /// Points the camera where the link says, at once.
    pub fn go_to_link(&self) {
        if let Some(camera) = self.linked_viewport() {
            self.viewport.set(Some(camera));
            self.settle();
        }
    }

    /// Fits all regions into a screen of the given size.
    pub fn fit(&self, width_px: f64, height_px: f64) {
        if let Some(fitted) = self.fitted(width_px, height_px) {
            self.viewport.set(Some(fitted));
            self.settle();
        }
    }

    /// Back to the fitted view.
    pub fn reset(&self) {
        if let Some(v) = self.viewport.get_untracked() {
            self.fit(v.width_px, v.height_px);
        }
    }

    /// Marks the camera as at rest: the link says where it is, and the camera snaps to exactly
    /// what the link says (less than a pixel away), so a page opened from the link draws the
    /// very same picture. Labels are then re-placed for it.
    pub fn settle(&self) {
        let Some(current) = self.viewport.get_untracked() else {
            return;
        };
        let Some(fitted) = self.fitted(current.width_px, current.height_px) else {
            return;
        };
        let view = current.camera_view(fitted);
        let snapped = Viewport::from_camera_view(fitted, view);
        if snapped != current {
            self.viewport.set(Some(snapped));
        }
        if self.settled.get_untracked() != Some(snapped) {
            self.settled.set(Some(snapped));
        }
        if self.link.view.with_untracked(|v| v.camera != view) {
            self.link.view.update(|v| v.camera = view);
        }
    }

    /// Zooms by `factor` keeping the map point under `anchor` (the centre if `None`) in place.
    pub fn zoom(&self, anchor: Option<ScreenPointPx>, factor: f64) {
        self.zoom_moving(anchor, factor);
        self.settle();
    }

    /// Zooms as [`Self::zoom`] without coming to rest: for a stream of wheel events, which
    /// settle once they stop.
    pub fn zoom_moving(&self, anchor: Option<ScreenPointPx>, factor: f64) {
        let fit = self.fit_px_per_km.get_value();
        self.viewport.update(|v| {
            if let Some(v) = v {
                let anchor =
                    anchor.unwrap_or(ScreenPointPx::new(v.width_px / 2.0, v.height_px / 2.0));
                *v = v.zoomed_about(anchor, factor, fit);
            }
        });
    }

    /// Moves the map with a drag of `(dx_px, dy_px)`; call [`Self::settle`] at the end.
    pub fn pan(&self, dx_px: f64, dy_px: f64) {
        self.viewport.update(|v| {
            if let Some(v) = v {
                *v = v.panned_by_px(dx_px, dy_px);
            }
        });
    }

    /// The map element changed size.
    pub fn resize(&self, width_px: f64, height_px: f64) {
        match self.viewport.get_untracked() {
            None => {
                // First sizing: look where the link says (settling first would overwrite it).
                if let Some(fitted) = self.fitted(width_px, height_px) {
                    self.viewport.set(Some(fitted));
                    self.go_to_link();
                }
            }
            // Still showing everything: keep showing everything at the new size.
            Some(_) if self.link.view.with_untracked(|v| v.camera.is_none()) => {
                self.fit(width_px, height_px);
            }
            Some(v) => {
                self.viewport.set(Some(v.resized(width_px, height_px)));
                self.settle();
            }
        }
    }

    /// Glides from where the camera is to `end` over `duration_ms` (at once with reduced
    /// motion), then comes to rest. A new glide replaces one under way.
    fn glide_to(&self, end: Viewport, duration_ms: f64) {
        let Some(start) = self.viewport.get_untracked() else {
            return;
        };
        if let Some(glide) = self.glide.try_update_value(Option::take).flatten() {
            glide.cancel();
        }
        let camera = *self;
        let glide = animate(duration_ms, move |t| {
            let at = start.glide_towards(&end, t);
            camera.viewport.update(|v| {
                if let Some(v) = v {
                    v.center = at.center;
                    v.px_per_km = at.px_per_km;
                }
            });
            if t >= 1.0 {
                camera.settle();
            }
        });
        self.glide.set_value(Some(glide));
    }

    /// Glides to where the link says (a story's step).
    pub fn glide_to_link(&self, duration_ms: f64) {
        if let Some(end) = self.linked_viewport() {
            self.glide_to(end, duration_ms);
        }
    }

    /// Glides to centre `point`, zooming in to at least a regional scale.
    pub fn centre_on(&self, point: MapPointKm) {
        let Some(start) = self.viewport.get_untracked() else {
            return;
        };
        let end = Viewport {
            center: point,
            px_per_km: start
                .px_per_km
                .max(self.fit_px_per_km.get_value() * FOCUS_ZOOM),
            ..start
        };
        self.glide_to(end, CENTRE_GLIDE_MS);
    }
}
