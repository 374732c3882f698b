//! The camera: where the map looks, in pixels and kilometres. Moving it is live state; when it
//! comes to rest the link records it (zoom relative to the view that fits all of continental
//! Europe, and the centre), the one place the two meet. A link without a camera shows the
//! view's subject framed into the part of the map nothing covers: all of Europe, or the region
//! in focus and its partners, a network's members, a pair (see [`Viewport::framing`]).

use atlas_core::layout::insets::{inset_reserve, NARROW_SCREEN_PX};
use atlas_core::projection::MapPointKm;
use atlas_core::scene::Focus;
use atlas_core::viewport::{FreeRectPx, MapRectKm, ScreenPointPx, Viewport};
use leptos::prelude::*;

use super::link::LinkHandle;
use crate::render::motion::{animate, Animation};

/// Free space kept around the regions when the map is fitted, in pixels.
pub const FIT_MARGIN_PX: f64 = 12.0;
/// The same on a phone, where every pixel of width counts.
const NARROW_FIT_MARGIN_PX: f64 = 6.0;
/// Margin around a focused subject (a region and its partners, a network, a pair, a story
/// step), as a share of the free part's shorter side: room for the subject's own rings and
/// names, so that nothing it is about touches the top bar, the caption or the screen's edge.
const SUBJECT_MARGIN_SHARE: f64 = 0.06;
/// The same on a phone.
const NARROW_SUBJECT_MARGIN_SHARE: f64 = 0.035;
/// How close framing a small subject (one region, a pair of neighbours) may come, relative to
/// the scale that fits all of Europe.
const MAX_FRAMING_ZOOM: f64 = 6.0;
/// How long a glide to a newly focused subject takes.
const FRAME_GLIDE_MS: f64 = 600.0;

#[derive(Clone, Copy)]
pub struct CameraHandle {
    /// The camera now; `None` until the map knows its size.
    pub viewport: RwSignal<Option<Viewport>>,
    /// The camera when it last came to rest (labels are placed for it).
    pub settled: RwSignal<Option<Viewport>>,
    /// The glide in progress, if any.
    glide: StoredValue<Option<Animation>, LocalStorage>,
    /// The user has moved the camera (dragged, zoomed) since it last framed the subject: only
    /// then does the link record where it looks.
    moved_by_user: StoredValue<bool>,
    /// What the fitted view shows: every continental region's point.
    bounds: Option<MapRectKm>,
    /// The points the view is about, framed when the link has no camera.
    subject: Memo<Vec<MapPointKm>>,
    /// Whether the data has regions drawn in insets (their boxes take part of the map's edge).
    has_insets: bool,
    link: LinkHandle,
}

impl CameraHandle {
    pub fn new(
        link: LinkHandle,
        bounds: Option<MapRectKm>,
        subject: Memo<Vec<MapPointKm>>,
        has_insets: bool,
    ) -> Self {
        Self {
            viewport: RwSignal::new(None),
            settled: RwSignal::new(None),
            glide: StoredValue::new_local(None),
            moved_by_user: StoredValue::new(false),
            bounds,
            subject,
            has_insets,
            link,
        }
    }

    /// The part of a map of this size that nothing covers: the insets' strip, the details
    /// card and a story's caption are left out.
    fn free_rect(&self, width_px: f64, height_px: f64) -> FreeRectPx {
        let mut free = FreeRectPx::whole(width_px, height_px);
        let reserve = inset_reserve(self.has_insets, width_px);
        free.right_px -= reserve.right_px;
        free.top_px += reserve.top_px;
        free.bottom_px -= reserve.bottom_px;
        for cover in crate::web::covers::covering_rects() {
            free = free.less(cover);
        }
        free
    }

    /// The view's subject framed on a screen of this size (all of Europe when it has none).
    fn framed(&self, fitted: Viewport) -> Viewport {
        let (width_px, height_px) = (fitted.width_px, fitted.height_px);
        let free = self.free_rect(width_px, height_px);
        let narrow = width_px < NARROW_SCREEN_PX;
        let fit_margin_px = if narrow {
            NARROW_FIT_MARGIN_PX
        } else {
            FIT_MARGIN_PX
        };
        let margin_px = if self.link.focus.get_untracked() == Focus::None {
            fit_margin_px
        } else {
            let share = if narrow {
                NARROW_SUBJECT_MARGIN_SHARE
            } else {
                SUBJECT_MARGIN_SHARE
            };
            (share * free.width_px().min(free.height_px())).max(fit_margin_px)
        };
        self.subject
            .with_untracked(|subject| {
                Viewport::framing(
                    subject,
                    width_px,
                    height_px,
                    free,
                    margin_px,
                    fitted.px_per_km * MAX_FRAMING_ZOOM,
                )
            })
            .unwrap_or(fitted)
    }

    /// The camera that shows all regions on a screen of the given size; zoom limits are
    /// relative to its scale.
    fn fitted(&self, width_px: f64, height_px: f64) -> Option<Viewport> {
        Some(Viewport::fit(
            self.bounds?,
            width_px,
            height_px,
            FIT_MARGIN_PX,
        ))
    }

    /// The camera the link asks for at the current size (the subject framed when it says
    /// nothing).
    pub fn linked_viewport(&self) -> Option<Viewport> {
        let current = self.viewport.get_untracked()?;
        let fitted = self.fitted(current.width_px, current.height_px)?;
        let asked = self.link.view.with_untracked(|v| v.camera);
        Some(Viewport::from_camera_view(
            fitted,
            self.framed(fitted),
            asked,
        ))
    }

    /// Points the camera where the link says, at once.
    pub fn go_to_link(&self) {
        self.moved_by_user.set_value(false);
        if let Some(camera) = self.linked_viewport() {
            self.viewport.set(Some(camera));
            self.settle();
        }
    }

    /// Frames the view's subject on a screen of the given size.
    pub fn fit(&self, width_px: f64, height_px: f64) {
        self.moved_by_user.set_value(false);
        if let Some(fitted) = self.fitted(width_px, height_px) {
            self.viewport.set(Some(self.framed(fitted)));
            self.settle();
        }
    }

    /// Back to the view's subject, framed (all of Europe without a focus).
    pub fn reset(&self) {
        if self.link.view.with_untracked(|v| v.camera.is_some()) {
            self.link.view.update(|v| v.camera = None);
        }
        if let Some(v) = self.viewport.get_untracked() {
            self.fit(v.width_px, v.height_px);
        }
    }

    /// Glides to the view's subject, framed, once the page has drawn what may cover it (the
    /// card that a new focus opens).
    pub fn frame_subject_soon(&self) {
        let camera = *self;
        request_animation_frame(move || {
            if camera.link.view.with_untracked(|v| v.camera.is_none()) {
                camera.glide_to_link(FRAME_GLIDE_MS);
            }
        });
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
        // A camera that only framed the subject (the user has not moved it) stays framed: the
        // link keeps saying nothing, even if what covers the map changed meanwhile.
        let framing_only = !self.moved_by_user.get_value()
            && self.link.view.with_untracked(|v| v.camera.is_none());
        let framed = self.framed(fitted);
        let view = if framing_only {
            None
        } else {
            current.camera_view(fitted, framed)
        };
        let snapped = if framing_only {
            current
        } else {
            Viewport::from_camera_view(fitted, framed, view)
        };
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
        self.moved_by_user.set_value(true);
        let camera = *self;
        self.viewport.update(|v| {
            if let Some(v) = v {
                let Some(fitted) = camera.fitted(v.width_px, v.height_px) else {
                    return;
                };
                let anchor =
                    anchor.unwrap_or(ScreenPointPx::new(v.width_px / 2.0, v.height_px / 2.0));
                *v = v.zoomed_about(anchor, factor, fitted.px_per_km);
            }
        });
    }

    /// Moves the map with a drag of `(dx_px, dy_px)`; call [`Self::settle`] at the end.
    pub fn pan(&self, dx_px: f64, dy_px: f64) {
        if dx_px != 0.0 || dy_px != 0.0 {
            self.moved_by_user.set_value(true);
        }
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
            // Showing the subject: keep showing it at the new size (rotation, a sheet opening).
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

    /// A new focus frames its subject: the camera glides to it once the card is on screen.
    pub fn install(&self) {
        let camera = *self;
        let focus = self.link.focus;
        Effect::new(move |previous: Option<()>| {
            focus.track();
            if previous.is_some() {
                camera.frame_subject_soon();
            }
        });
    }

    /// Glides to where the link says (a story's step).
    pub fn glide_to_link(&self, duration_ms: f64) {
        self.moved_by_user.set_value(false);
        if let Some(end) = self.linked_viewport() {
            self.glide_to(end, duration_ms);
        }
    }
}
