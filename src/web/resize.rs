//! A ResizeObserver on one element that disconnects, and frees its callback, when its owner
//! is cleaned up.

use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A content box size in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SizePx {
    pub width_px: f64,
    pub height_px: f64,
}

/// Calls `on_resize` with the element's content size now and whenever it changes, until the
/// current reactive owner is cleaned up.
pub fn observe_size(element: &web_sys::Element, mut on_resize: impl FnMut(SizePx) + 'static) {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
            return;
        };
        let rect = entry.content_rect();
        on_resize(SizePx {
            width_px: rect.width(),
            height_px: rect.height(),
        });
    });
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(element);
    let held = SendWrapper::new((observer, callback));
    on_cleanup(move || {
        let (observer, _callback) = held.take();
        observer.disconnect();
    });
}
