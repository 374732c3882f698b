//! Long work cut into short slices, so that the page keeps drawing frames and answering input
//! while it runs: each slice runs for at most [`SLICE_BUDGET_MS`] and then gives the browser a
//! turn. The next slice is queued as a message on a `MessageChannel`, as React's scheduler does:
//! a zero-delay timer would do too, but browsers hold nested timers back by 4 ms each, which
//! would leave the work idle almost half the time.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::render::motion::now_ms;

/// How long one slice of work may run. A frame at 60 Hz is 16.7 ms; leaving most of it for
/// drawing, a slice and the chunk that overruns it stay under 8 ms.
pub const SLICE_BUDGET_MS: f64 = 4.0;

/// Work running in slices; [`SlicedWork::cancel`] stops it before its next slice.
#[derive(Clone, Default)]
pub struct SlicedWork {
    cancelled: Rc<Cell<bool>>,
}

impl SlicedWork {
    pub fn cancel(&self) {
        self.cancelled.set(true);
    }
}

type SliceSlot = Rc<RefCell<Option<Closure<dyn FnMut()>>>>;

/// Runs `work` slice after slice until it returns true (done) or the returned handle is
/// cancelled. `work` gets a clock to ask: it should stop at a convenient point once the clock
/// says the slice's time is up, and return whether it has finished.
pub fn run_in_slices(
    mut work: impl FnMut(&mut dyn FnMut() -> bool) -> bool + 'static,
) -> SlicedWork {
    let handle = SlicedWork::default();
    let Ok(channel) = web_sys::MessageChannel::new() else {
        // No channel (not a browser page): do it all now.
        while !work(&mut || false) {}
        return handle;
    };
    let cancelled = handle.cancelled.clone();
    let slot: SliceSlot = Rc::new(RefCell::new(None));
    let slot_inner = slot.clone();
    let (receiver, sender) = (channel.port1(), channel.port2());
    let receiver_inner = receiver.clone();
    *slot.borrow_mut() = Some(Closure::new(move || {
        let over = cancelled.get() || {
            let start = now_ms();
            work(&mut || now_ms() - start >= SLICE_BUDGET_MS)
        };
        if over || cancelled.get() {
            // Drop the closure: the work is over.
            receiver_inner.set_onmessage(None);
            slot_inner.borrow_mut().take();
        } else {
            let _ = sender.post_message(&wasm_bindgen::JsValue::NULL);
        }
    }));
    if let Some(callback) = slot.borrow().as_ref() {
        receiver.set_onmessage(Some(callback.as_ref().unchecked_ref()));
        let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
    }
    handle
}

/// Gives the browser a turn (to draw a frame, handle input) before going on.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let queued = web_sys::window().is_some_and(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .is_ok()
        });
        if !queued {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
