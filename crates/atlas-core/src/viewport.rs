//! The camera: which part of map space is on screen, at what scale.
//!
//! Screen space is CSS pixels with the origin at the top-left corner of the map element and
//! y pointing down, like map space ([`crate::projection`]), so no flip is needed between them:
//! `screen = (map - center) * px_per_km + size / 2`.

use crate::projection::MapPointKm;

/// A point on screen, in CSS pixels from the top-left corner of the map element.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ScreenPointPx {
    pub x_px: f64,
    pub y_px: f64,
}

impl ScreenPointPx {
    pub fn new(x_px: f64, y_px: f64) -> Self {
        Self { x_px, y_px }
    }
}

/// An axis-aligned rectangle in map space.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapRectKm {
    pub min: MapPointKm,
    pub max: MapPointKm,
}

impl MapRectKm {
    /// The smallest rectangle holding every point; `None` for no points.
    pub fn around(points: impl IntoIterator<Item = MapPointKm>) -> Option<Self> {
        points.into_iter().fold(None, |rect, p| {
            Some(match rect {
                None => MapRectKm { min: p, max: p },
                Some(r) => MapRectKm {
                    min: MapPointKm::new(r.min.x_km.min(p.x_km), r.min.y_km.min(p.y_km)),
                    max: MapPointKm::new(r.max.x_km.max(p.x_km), r.max.y_km.max(p.y_km)),
                },
            })
        })
    }

    pub fn width_km(&self) -> f64 {
        self.max.x_km - self.min.x_km
    }

    pub fn height_km(&self) -> f64 {
        self.max.y_km - self.min.y_km
    }

    pub fn center(&self) -> MapPointKm {
        MapPointKm::new(
            (self.min.x_km + self.max.x_km) / 2.0,
            (self.min.y_km + self.max.y_km) / 2.0,
        )
    }

    pub fn contains(&self, p: MapPointKm) -> bool {
        (self.min.x_km..=self.max.x_km).contains(&p.x_km)
            && (self.min.y_km..=self.max.y_km).contains(&p.y_km)
    }
}

/// The camera.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// The map point at the centre of the screen.
    pub center: MapPointKm,
    /// Scale: CSS pixels per kilometre of map space.
    pub px_per_km: f64,
    pub width_px: f64,
    pub height_px: f64,
}

/// A picture drawn for one camera, placed for another: its rectangle on screen, in CSS
/// pixels, how much it is enlarged, and how much of the screen it still covers (0 to 1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PicturePlacement {
    pub x_px: f64,
    pub y_px: f64,
    pub width_px: f64,
    pub height_px: f64,
    pub scale: f64,
    pub coverage: f64,
}

impl PicturePlacement {
    /// Good enough to show while moving: not blurred or shrunk more than twice, and missing
    /// at most a quarter of the screen.
    pub fn is_usable(&self) -> bool {
        (0.5..=2.0).contains(&self.scale) && self.coverage >= 0.75
    }
}

/// How far a user may zoom, relative to the scale that fits the whole map.
pub const MIN_ZOOM: f64 = 0.5;
pub const MAX_ZOOM: f64 = 24.0;

impl Viewport {
    /// The camera a link's [`CameraView`] asks for, on the screen of `fitted` (the camera that
    /// shows all regions, whose scale is zoom 1): `None` means the view at `rest` (the view's
    /// subject, framed).
    pub fn from_camera_view(
        fitted: Viewport,
        rest: Viewport,
        view: Option<crate::CameraView>,
    ) -> Viewport {
        match view {
            None => rest,
            Some(view) => Viewport {
                center: crate::projection::map_from_geo(view.center),
                px_per_km: fitted.px_per_km * view.zoom,
                ..fitted
            },
        }
    }

    /// This camera as a link writes it, its zoom relative to `fitted`, rounded as the link
    /// writes it: `None` while it shows the view at `rest` (within 1% of its scale and 2 px of
    /// its centre).
    pub fn camera_view(&self, fitted: Viewport, rest: Viewport) -> Option<crate::CameraView> {
        let zoom = self.px_per_km / fitted.px_per_km;
        let off_rest_px = self.center.distance_km(rest.center) * self.px_per_km;
        if (self.px_per_km / rest.px_per_km - 1.0).abs() < 0.01 && off_rest_px < 2.0 {
            return None;
        }
        let geo = crate::projection::geo_from_map(self.center);
        Some(crate::CameraView {
            zoom: (zoom * 1000.0).round() / 1000.0,
            center: crate::projection::GeoPoint {
                lat_deg: (geo.lat_deg * 10000.0).round() / 10000.0,
                lon_deg: (geo.lon_deg * 10000.0).round() / 10000.0,
            },
        })
    }

    /// The camera a fraction `t` (0 to 1) of the way from `self` to `end`: the centre moves
    /// evenly and the scale geometrically, so zooming feels steady.
    pub fn glide_towards(&self, end: &Viewport, t: f64) -> Viewport {
        Viewport {
            center: MapPointKm::new(
                self.center.x_km + (end.center.x_km - self.center.x_km) * t,
                self.center.y_km + (end.center.y_km - self.center.y_km) * t,
            ),
            px_per_km: self.px_per_km * (end.px_per_km / self.px_per_km).powf(t),
            ..*self
        }
    }
}

/// The part of a screen a subject may be framed into: the screen less what covers it (the
/// details card, a story's caption, the insets' strip), in CSS pixels from the top left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FreeRectPx {
    pub left_px: f64,
    pub top_px: f64,
    pub right_px: f64,
    pub bottom_px: f64,
}

impl FreeRectPx {
    /// The whole screen.
    pub fn whole(width_px: f64, height_px: f64) -> Self {
        FreeRectPx {
            left_px: 0.0,
            top_px: 0.0,
            right_px: width_px,
            bottom_px: height_px,
        }
    }

    pub fn width_px(&self) -> f64 {
        (self.right_px - self.left_px).max(0.0)
    }

    pub fn height_px(&self) -> f64 {
        (self.bottom_px - self.top_px).max(0.0)
    }

    /// This rectangle less a covering rectangle: the largest part left on one side of it (a
    /// card along the right edge takes the right, a caption along the bottom the bottom).
    pub fn less(&self, cover: crate::labels::RectPx) -> FreeRectPx {
        let (cl, ct) = (cover.x_px, cover.y_px);
        let (cr, cb) = (cover.x_px + cover.width_px, cover.y_px + cover.height_px);
        if cr <= self.left_px || cl >= self.right_px || cb <= self.top_px || ct >= self.bottom_px {
            return *self;
        }
        let candidates = [
            FreeRectPx {
                right_px: cl.min(self.right_px),
                ..*self
            },
            FreeRectPx {
                left_px: cr.max(self.left_px),
                ..*self
            },
            FreeRectPx {
                bottom_px: ct.min(self.bottom_px),
                ..*self
            },
            FreeRectPx {
                top_px: cb.max(self.top_px),
                ..*self
            },
        ];
        candidates
            .into_iter()
            .max_by(|a, b| {
                (a.width_px() * a.height_px()).total_cmp(&(b.width_px() * b.height_px()))
            })
            .unwrap_or(*self)
    }
}

impl Viewport {
    /// The camera that shows every point of `subject` inside `free` (with `margin_px` to
    /// spare), on a screen of `width_px` by `height_px`, as close as `max_px_per_km` allows. One
    /// point alone is shown at that closest scale. `None` for no points.
    pub fn framing(
        subject: &[MapPointKm],
        width_px: f64,
        height_px: f64,
        free: FreeRectPx,
        margin_px: f64,
        max_px_per_km: f64,
    ) -> Option<Viewport> {
        let bounds = MapRectKm::around(
            subject
                .iter()
                .copied()
                .filter(|p| p.x_km.is_finite() && p.y_km.is_finite()),
        )?;
        // A free part too small to frame into (a phone with a sheet open): use the screen.
        let free = if free.width_px() < 80.0 || free.height_px() < 80.0 {
            FreeRectPx::whole(width_px, height_px)
        } else {
            free
        };
        let usable_w = (free.width_px() - 2.0 * margin_px).max(1.0);
        let usable_h = (free.height_px() - 2.0 * margin_px).max(1.0);
        let scale_w = usable_w / bounds.width_km().max(1e-9);
        let scale_h = usable_h / bounds.height_km().max(1e-9);
        let px_per_km = scale_w.min(scale_h).min(max_px_per_km);
        let subject_centre = MapPointKm::new(
            (bounds.min.x_km + bounds.max.x_km) / 2.0,
            (bounds.min.y_km + bounds.max.y_km) / 2.0,
        );
        // The subject's centre goes to the free part's centre.
        let free_centre_x = (free.left_px + free.right_px) / 2.0;
        let free_centre_y = (free.top_px + free.bottom_px) / 2.0;
        let center = MapPointKm::new(
            subject_centre.x_km - (free_centre_x - width_px / 2.0) / px_per_km,
            subject_centre.y_km - (free_centre_y - height_px / 2.0) / px_per_km,
        );
        Some(Viewport {
            center,
            px_per_km,
            width_px,
            height_px,
        })
    }
}

#[cfg(test)]
mod framing_tests {
    use super::*;

    #[test]
    fn a_subject_is_framed_into_the_part_the_card_leaves_free() {
        let subject = [
            MapPointKm::new(1000.0, 1000.0),
            MapPointKm::new(1400.0, 1300.0),
        ];
        let free = FreeRectPx::whole(1000.0, 700.0).less(crate::labels::RectPx {
            x_px: 620.0,
            y_px: 0.0,
            width_px: 380.0,
            height_px: 700.0,
        });
        assert_eq!(free.right_px, 620.0, "the card takes the right");
        let camera = Viewport::framing(&subject, 1000.0, 700.0, free, 20.0, 100.0).unwrap();
        for p in subject {
            let s = camera.screen_from_map(p);
            assert!(s.x_px >= 19.9 && s.x_px <= 600.1, "{s:?} left of the card");
            assert!(s.y_px >= 19.9 && s.y_px <= 680.1, "{s:?}");
        }
        let one = Viewport::framing(&subject[..1], 1000.0, 700.0, free, 20.0, 2.0).unwrap();
        assert_eq!(one.px_per_km, 2.0, "one point at the closest scale allowed");
        let s = one.screen_from_map(subject[0]);
        assert!((s.x_px - 310.0).abs() < 1e-6 && (s.y_px - 350.0).abs() < 1e-6);
    }

    #[test]
    fn a_caption_along_the_bottom_takes_the_bottom() {
        let free = FreeRectPx::whole(1280.0, 720.0).less(crate::labels::RectPx {
            x_px: 0.0,
            y_px: 520.0,
            width_px: 1280.0,
            height_px: 200.0,
        });
        assert_eq!((free.top_px, free.bottom_px), (0.0, 520.0));
    }
}

#[cfg(test)]
mod camera_view_tests {
    use super::*;

    #[test]
    fn a_camera_survives_a_round_trip_through_the_link() {
        let fitted = Viewport::fit(
            MapRectKm {
                min: MapPointKm::new(0.0, 0.0),
                max: MapPointKm::new(4000.0, 3000.0),
            },
            800.0,
            600.0,
            20.0,
        );
        assert_eq!(fitted.camera_view(fitted, fitted), None);
        let moved = fitted.zoomed_about(ScreenPointPx::new(200.0, 150.0), 2.5, fitted.px_per_km);
        let view = moved
            .camera_view(fitted, fitted)
            .expect("a moved camera is in the link");
        assert_eq!(
            moved.camera_view(fitted, moved),
            None,
            "at rest, the link says nothing"
        );
        let back = Viewport::from_camera_view(fitted, fitted, Some(view));
        assert!((back.px_per_km / moved.px_per_km - 1.0).abs() < 1e-3);
        assert!(back.center.distance_km(moved.center) * back.px_per_km < 1.0);
    }

    #[test]
    fn a_glide_starts_and_ends_where_it_should() {
        let start = Viewport::fit(
            MapRectKm {
                min: MapPointKm::new(0.0, 0.0),
                max: MapPointKm::new(4000.0, 3000.0),
            },
            800.0,
            600.0,
            20.0,
        );
        let end = Viewport {
            center: MapPointKm::new(100.0, 200.0),
            px_per_km: start.px_per_km * 4.0,
            ..start
        };
        assert_eq!(start.glide_towards(&end, 0.0), start);
        let last = start.glide_towards(&end, 1.0);
        assert!(last.center.distance_km(end.center) < 1e-9);
        assert!((last.px_per_km - end.px_per_km).abs() < 1e-9);
        let half = start.glide_towards(&end, 0.5);
        assert!(
            (half.px_per_km - start.px_per_km * 2.0).abs() < 1e-9,
            "geometric zoom"
        );
    }
}

impl Viewport {
    /// The camera that shows all of `rect` in a `width_px` × `height_px` element, leaving
    /// `margin_px` free on every side.
    pub fn fit(rect: MapRectKm, width_px: f64, height_px: f64, margin_px: f64) -> Self {
        let usable_w = (width_px - 2.0 * margin_px).max(1.0);
        let usable_h = (height_px - 2.0 * margin_px).max(1.0);
        let px_per_km =
            (usable_w / rect.width_km().max(1.0)).min(usable_h / rect.height_km().max(1.0));
        Self {
            center: rect.center(),
            px_per_km,
            width_px,
            height_px,
        }
    }

    pub fn screen_from_map(&self, p: MapPointKm) -> ScreenPointPx {
        ScreenPointPx {
            x_px: (p.x_km - self.center.x_km) * self.px_per_km + self.width_px / 2.0,
            y_px: (p.y_km - self.center.y_km) * self.px_per_km + self.height_px / 2.0,
        }
    }

    pub fn map_from_screen(&self, s: ScreenPointPx) -> MapPointKm {
        MapPointKm {
            x_km: (s.x_px - self.width_px / 2.0) / self.px_per_km + self.center.x_km,
            y_km: (s.y_px - self.height_px / 2.0) / self.px_per_km + self.center.y_km,
        }
    }

    /// The camera moved so that the map follows a drag of `(dx_px, dy_px)`.
    pub fn panned_by_px(&self, dx_px: f64, dy_px: f64) -> Self {
        Self {
            center: MapPointKm::new(
                self.center.x_km - dx_px / self.px_per_km,
                self.center.y_km - dy_px / self.px_per_km,
            ),
            ..*self
        }
    }

    /// The camera zoomed by `factor` keeping the map point under `anchor` where it is, with
    /// the scale kept within `MIN_ZOOM..=MAX_ZOOM` times `fit_px_per_km`.
    pub fn zoomed_about(&self, anchor: ScreenPointPx, factor: f64, fit_px_per_km: f64) -> Self {
        let px_per_km =
            (self.px_per_km * factor).clamp(fit_px_per_km * MIN_ZOOM, fit_px_per_km * MAX_ZOOM);
        let fixed = self.map_from_screen(anchor);
        let mut next = Self { px_per_km, ..*self };
        let moved = next.screen_from_map(fixed);
        next = next.panned_by_px(anchor.x_px - moved.x_px, anchor.y_px - moved.y_px);
        next
    }

    /// The same camera for an element of a new size, keeping the centre and the scale.
    pub fn resized(&self, width_px: f64, height_px: f64) -> Self {
        Self {
            width_px,
            height_px,
            ..*self
        }
    }

    /// The part of map space on screen.
    pub fn visible_map_rect(&self) -> MapRectKm {
        MapRectKm {
            min: self.map_from_screen(ScreenPointPx::new(0.0, 0.0)),
            max: self.map_from_screen(ScreenPointPx::new(self.width_px, self.height_px)),
        }
    }

    /// Where a picture drawn with camera `drawn` lands on the screen of this camera: what the
    /// map shows while it moves, before it is drawn again.
    pub fn placement_of(&self, drawn: &Viewport) -> PicturePlacement {
        let scale = self.px_per_km / drawn.px_per_km;
        // The picture's top-left corner is the map point at drawn's screen origin.
        let origin = self.screen_from_map(drawn.map_from_screen(ScreenPointPx::new(0.0, 0.0)));
        let (width_px, height_px) = (drawn.width_px * scale, drawn.height_px * scale);
        let overlap = |start: f64, length: f64, screen: f64| {
            ((start + length).min(screen) - start.max(0.0)).max(0.0)
        };
        let covered = overlap(origin.x_px, width_px, self.width_px)
            * overlap(origin.y_px, height_px, self.height_px);
        PicturePlacement {
            x_px: origin.x_px,
            y_px: origin.y_px,
            width_px,
            height_px,
            scale,
            coverage: covered / (self.width_px * self.height_px).max(1.0),
        }
    }

    /// The SVG `transform` that draws map-space content with this camera.
    pub fn svg_transform(&self) -> String {
        let tx = self.width_px / 2.0 - self.center.x_km * self.px_per_km;
        let ty = self.height_px / 2.0 - self.center.y_km * self.px_per_km;
        format!("translate({tx:.2} {ty:.2}) scale({:.6})", self.px_per_km)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_follows_the_camera_while_it_moves() {
        let drawn = Viewport {
            center: MapPointKm::new(4000.0, 3000.0),
            px_per_km: 0.5,
            width_px: 800.0,
            height_px: 600.0,
        };
        // Unmoved: it covers the screen exactly.
        let same = drawn.placement_of(&drawn);
        assert_eq!(
            (same.x_px, same.y_px, same.scale, same.coverage),
            (0.0, 0.0, 1.0, 1.0)
        );
        // Dragged 100 px right and 50 px down: the picture moves with the drag.
        let dragged = drawn.panned_by_px(100.0, 50.0).placement_of(&drawn);
        assert!((dragged.x_px - 100.0).abs() < 1e-9 && (dragged.y_px - 50.0).abs() < 1e-9);
        assert!((dragged.coverage - (700.0 * 550.0) / (800.0 * 600.0)).abs() < 1e-9);
        assert!(dragged.is_usable());
        // Zoomed twice about the centre: twice as large, centred, still covering all.
        let zoomed = drawn
            .zoomed_about(ScreenPointPx::new(400.0, 300.0), 2.0, 0.1)
            .placement_of(&drawn);
        assert!((zoomed.scale - 2.0).abs() < 1e-9);
        assert!((zoomed.x_px + 400.0).abs() < 1e-9 && (zoomed.y_px + 300.0).abs() < 1e-9);
        assert_eq!(zoomed.coverage, 1.0);
        // Three times closer, or dragged half a screen away: draw again.
        let closer = drawn.zoomed_about(ScreenPointPx::new(400.0, 300.0), 3.0, 0.1);
        assert!(!closer.placement_of(&drawn).is_usable());
        assert!(!drawn
            .panned_by_px(400.0, 0.0)
            .placement_of(&drawn)
            .is_usable());
    }

    fn europe() -> MapRectKm {
        MapRectKm {
            min: MapPointKm::new(2500.0, -5500.0),
            max: MapPointKm::new(7500.0, -1500.0),
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn screen_and_map_round_trip() {
        let v = Viewport::fit(europe(), 1280.0, 800.0, 20.0);
        for p in [
            MapPointKm::new(4321.0, -3210.0),
            MapPointKm::new(2600.0, -5400.0),
        ] {
            let back = v.map_from_screen(v.screen_from_map(p));
            assert!(close(back.x_km, p.x_km) && close(back.y_km, p.y_km));
        }
    }

    #[test]
    fn fit_shows_the_whole_rectangle_inside_the_margin() {
        let v = Viewport::fit(europe(), 1280.0, 800.0, 20.0);
        let tl = v.screen_from_map(europe().min);
        let br = v.screen_from_map(europe().max);
        assert!(tl.x_px >= 20.0 - 1e-9 && tl.y_px >= 20.0 - 1e-9, "{tl:?}");
        assert!(
            br.x_px <= 1260.0 + 1e-9 && br.y_px <= 780.0 + 1e-9,
            "{br:?}"
        );
        // The height is the binding constraint: 4000 km in 760 px.
        assert!(close(v.px_per_km, 760.0 / 4000.0));
    }

    #[test]
    fn zoom_keeps_the_point_under_the_cursor() {
        let v = Viewport::fit(europe(), 1280.0, 800.0, 20.0);
        let cursor = ScreenPointPx::new(300.0, 200.0);
        let before = v.map_from_screen(cursor);
        let zoomed = v.zoomed_about(cursor, 2.0, v.px_per_km);
        let after = zoomed.map_from_screen(cursor);
        assert!(close(zoomed.px_per_km, v.px_per_km * 2.0));
        assert!(close(before.x_km, after.x_km) && close(before.y_km, after.y_km));
    }

    #[test]
    fn zoom_stops_at_its_limits() {
        let v = Viewport::fit(europe(), 1280.0, 800.0, 20.0);
        let centre = ScreenPointPx::new(640.0, 400.0);
        let far_in = v.zoomed_about(centre, 1e6, v.px_per_km);
        assert!(close(far_in.px_per_km, v.px_per_km * MAX_ZOOM));
        let far_out = v.zoomed_about(centre, 1e-6, v.px_per_km);
        assert!(close(far_out.px_per_km, v.px_per_km * MIN_ZOOM));
    }

    #[test]
    fn panning_moves_the_map_with_the_pointer() {
        let v = Viewport::fit(europe(), 1280.0, 800.0, 20.0);
        let p = MapPointKm::new(4321.0, -3210.0);
        let before = v.screen_from_map(p);
        let after = v.panned_by_px(30.0, -12.0).screen_from_map(p);
        assert!(close(after.x_px - before.x_px, 30.0));
        assert!(close(after.y_px - before.y_px, -12.0));
    }

    #[test]
    fn the_svg_transform_agrees_with_screen_from_map() {
        let v = Viewport::fit(europe(), 1000.0, 700.0, 10.0).panned_by_px(13.0, 7.0);
        let p = MapPointKm::new(5000.0, -2500.0);
        let s = v.screen_from_map(p);
        let tx = v.width_px / 2.0 - v.center.x_km * v.px_per_km;
        let ty = v.height_px / 2.0 - v.center.y_km * v.px_per_km;
        assert!(close(p.x_km * v.px_per_km + tx, s.x_px));
        assert!(close(p.y_km * v.px_per_km + ty, s.y_px));
        assert!(v.svg_transform().starts_with("translate("));
    }
}
