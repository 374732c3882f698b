//! Animation over requestAnimationFrame, and the user's reduced-motion preference.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// True when the user asked the system for less motion: transitions then jump to their end.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Smooth start and end.
pub fn ease_in_out(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// A running animation; dropping it does not stop it, [`Animation::cancel`] does.
#[derive(Clone, Default)]
pub struct Animation {
    cancelled: Rc<Cell<bool>>,
}

impl Animation {
    pub fn cancel(&self) {
        self.cancelled.set(true);
    }
}

/// A frame callback that can reschedule itself: it holds its own closure until it is done.
type FrameSlot = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;

pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn request_frame(callback: &Closure<dyn FnMut(f64)>) -> Option<i32> {
    web_sys::window()?
        .request_animation_frame(callback.as_ref().unchecked_ref())
        .ok()
}

/// Calls `on_frame(t)` once a frame with `t` going from 0 to 1 over `duration_ms`, eased, and
/// always ends with `on_frame(1.0)`. With reduced motion it calls `on_frame(1.0)` at once.
pub fn animate(duration_ms: f64, mut on_frame: impl FnMut(f64) + 'static) -> Animation {
    let animation = Animation::default();
    if prefers_reduced_motion() || duration_ms <= 0.0 {
        on_frame(1.0);
        return animation;
    }
    let cancelled = animation.cancelled.clone();
    let start = now_ms();
    let slot: FrameSlot = Rc::new(RefCell::new(None));
    let slot_inner = slot.clone();
    *slot.borrow_mut() = Some(Closure::new(move |_timestamp: f64| {
        if cancelled.get() {
            slot_inner.borrow_mut().take();
            return;
        }
        let t = ((now_ms() - start) / duration_ms).min(1.0);
        on_frame(ease_in_out(t));
        if t >= 1.0 {
            // Drop the closure: the animation is over.
            slot_inner.borrow_mut().take();
        } else if let Some(callback) = slot_inner.borrow().as_ref() {
            request_frame(callback);
        }
    }));
    if let Some(callback) = slot.borrow().as_ref() {
        request_frame(callback);
    }
    animation
}

/// Runs `work` in the next animation frame, once, however often it is asked for before then.
pub struct FrameScheduler {
    pending: Rc<Cell<bool>>,
    /// The browser's id of the frame asked for, to cancel it if the scheduler goes first.
    frame: Cell<Option<i32>>,
    callback: FrameSlot,
}

impl FrameScheduler {
    pub fn new(mut work: impl FnMut() + 'static) -> Self {
        let pending = Rc::new(Cell::new(false));
        let flag = pending.clone();
        let callback = Rc::new(RefCell::new(Some(Closure::new(move |_t: f64| {
            flag.set(false);
            work();
        }) as Closure<dyn FnMut(f64)>)));
        Self {
            pending,
            frame: Cell::new(None),
            callback,
        }
    }

    pub fn request(&self) {
        if self.pending.replace(true) {
            return;
        }
        if let Some(callback) = self.callback.borrow().as_ref() {
            self.frame.set(request_frame(callback));
        }
    }
}

impl Drop for FrameScheduler {
    /// A component that goes away (the map, when the table replaces it) must not leave the
    /// browser a frame to call into a dropped closure.
    fn drop(&mut self) {
        if self.pending.get() {
            if let (Some(id), Some(window)) = (self.frame.get(), web_sys::window()) {
                let _ = window.cancel_animation_frame(id);
            }
        }
    }
}
