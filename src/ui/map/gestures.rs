//! Pointer and touch gestures on the map, as pure bookkeeping: presses in progress, a drag that
//! pans, two fingers that pan and pinch, and the press that was only a click or a tap. The map
//! view feeds it pointer events and applies what it returns to the camera (as sigma.js keeps
//! its captors apart from its camera).

use std::collections::BTreeMap;

use atlas_core::viewport::ScreenPointPx;

/// A press that moves less than this is a click, not a drag.
pub const CLICK_SLOP_PX: f64 = 5.0;

/// One pointer held down.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Press {
    start: ScreenPointPx,
    last: ScreenPointPx,
    moved: bool,
}

/// What a move of a held pointer does to the camera.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Gesture {
    /// One pointer dragged by this much.
    Pan { dx_px: f64, dy_px: f64 },
    /// Two pointers: their midpoint moved by `(dx_px, dy_px)` and their spread changed by
    /// `factor`, about `anchor` (the new midpoint).
    Pinch {
        dx_px: f64,
        dy_px: f64,
        anchor: ScreenPointPx,
        factor: f64,
    },
}

/// What letting go of a pointer means.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Release {
    /// A press that did not move, with no other pointer down: a click or a tap here.
    Click(ScreenPointPx),
    /// The end of a drag or a pinch; `all_up` when no pointer is held any more (the camera can
    /// come to rest).
    EndOfMove { all_up: bool },
}

/// The pointers held on the map, by pointer id.
#[derive(Clone, Debug, Default)]
pub struct Presses {
    held: BTreeMap<i32, Press>,
}

impl Presses {
    pub fn is_empty(&self) -> bool {
        self.held.is_empty()
    }

    pub fn is_held(&self, pointer: i32) -> bool {
        self.held.contains_key(&pointer)
    }

    /// A pointer went down at `at`.
    pub fn press(&mut self, pointer: i32, at: ScreenPointPx) {
        self.held.insert(
            pointer,
            Press {
                start: at,
                last: at,
                moved: false,
            },
        );
    }

    /// A held pointer moved to `to`: what the camera should do, if anything.
    pub fn move_to(&mut self, pointer: i32, to: ScreenPointPx) -> Option<Gesture> {
        let before: Vec<ScreenPointPx> = self.held.values().map(|p| p.last).collect();
        let press = self.held.get_mut(&pointer)?;
        press.last = to;
        let (dx, dy) = (to.x_px - press.start.x_px, to.y_px - press.start.y_px);
        press.moved |= dx.hypot(dy) > CLICK_SLOP_PX;
        let after: Vec<ScreenPointPx> = self.held.values().map(|p| p.last).collect();
        match (before.as_slice(), after.as_slice()) {
            ([a], [b]) => Some(Gesture::Pan {
                dx_px: b.x_px - a.x_px,
                dy_px: b.y_px - a.y_px,
            }),
            ([a0, a1, ..], [b0, b1, ..]) => {
                let (m0, m1) = (midpoint(a0, a1), midpoint(b0, b1));
                Some(Gesture::Pinch {
                    dx_px: m1.x_px - m0.x_px,
                    dy_px: m1.y_px - m0.y_px,
                    anchor: m1,
                    factor: spread(b0, b1) / spread(a0, a1),
                })
            }
            _ => None,
        }
    }

    /// A pointer was let go; `None` if it was not held.
    pub fn release(&mut self, pointer: i32) -> Option<Release> {
        let held_before = self.held.len();
        let press = self.held.remove(&pointer)?;
        if press.moved || held_before > 1 {
            Some(Release::EndOfMove {
                all_up: self.held.is_empty(),
            })
        } else {
            Some(Release::Click(press.last))
        }
    }

    /// The browser took a pointer away (a system gesture, a lost capture).
    pub fn cancel(&mut self, pointer: i32) {
        self.held.remove(&pointer);
    }
}

fn midpoint(p: &ScreenPointPx, q: &ScreenPointPx) -> ScreenPointPx {
    ScreenPointPx::new((p.x_px + q.x_px) / 2.0, (p.y_px + q.y_px) / 2.0)
}

/// The distance between two fingers, at least a pixel (so a factor is never infinite).
fn spread(p: &ScreenPointPx, q: &ScreenPointPx) -> f64 {
    (p.x_px - q.x_px).hypot(p.y_px - q.y_px).max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: f64, y: f64) -> ScreenPointPx {
        ScreenPointPx::new(x, y)
    }

    #[test]
    fn a_press_that_stays_put_is_a_click_where_it_was_let_go() {
        let mut presses = Presses::default();
        presses.press(1, at(100.0, 100.0));
        assert_eq!(
            presses.move_to(1, at(103.0, 101.0)),
            Some(Gesture::Pan {
                dx_px: 3.0,
                dy_px: 1.0
            })
        );
        assert_eq!(presses.release(1), Some(Release::Click(at(103.0, 101.0))));
        assert!(presses.is_empty());
    }

    #[test]
    fn a_drag_pans_and_ends_without_a_click() {
        let mut presses = Presses::default();
        presses.press(1, at(100.0, 100.0));
        presses.move_to(1, at(140.0, 90.0));
        assert_eq!(
            presses.move_to(1, at(150.0, 80.0)),
            Some(Gesture::Pan {
                dx_px: 10.0,
                dy_px: -10.0
            })
        );
        assert_eq!(
            presses.release(1),
            Some(Release::EndOfMove { all_up: true })
        );
    }

    #[test]
    fn two_fingers_spreading_zoom_in_about_their_midpoint() {
        let mut presses = Presses::default();
        presses.press(1, at(100.0, 100.0));
        presses.press(2, at(200.0, 100.0));
        let Some(Gesture::Pinch {
            anchor,
            factor,
            dx_px,
            ..
        }) = presses.move_to(2, at(300.0, 100.0))
        else {
            panic!("two fingers pinch");
        };
        assert_eq!(factor, 2.0);
        assert_eq!(anchor, at(200.0, 100.0));
        assert_eq!(dx_px, 50.0);
        // Lifting one finger of a pinch is not a tap.
        assert_eq!(
            presses.release(1),
            Some(Release::EndOfMove { all_up: false })
        );
        assert_eq!(
            presses.release(2),
            Some(Release::EndOfMove { all_up: true })
        );
    }

    #[test]
    fn fingers_on_one_spot_never_give_an_infinite_zoom() {
        let mut presses = Presses::default();
        presses.press(1, at(100.0, 100.0));
        presses.press(2, at(100.0, 100.0));
        let Some(Gesture::Pinch { factor, .. }) = presses.move_to(2, at(110.0, 100.0)) else {
            panic!("two fingers pinch");
        };
        assert!(factor.is_finite());
    }
}
