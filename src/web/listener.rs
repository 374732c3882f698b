//! An event listener that is removed when its owner (the component or effect that made it) is
//! cleaned up, instead of a callback leaked with `.forget()`.

use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::convert::FromWasmAbi;
use wasm_bindgen::JsCast;

/// Where to listen and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Before the target's own handlers (`capture: true`).
    Capture,
    /// After them (the default).
    Bubble,
}

/// Listens for `event` on `target` with `handler` until the current reactive owner is cleaned
/// up (the whole page's life for listeners made at start-up).
pub fn listen<E>(
    target: &web_sys::EventTarget,
    event: &'static str,
    phase: Phase,
    handler: impl FnMut(E) + 'static,
) where
    E: FromWasmAbi + 'static,
{
    let closure = Closure::<dyn FnMut(E)>::new(handler);
    let capture = phase == Phase::Capture;
    if target
        .add_event_listener_with_callback_and_bool(event, closure.as_ref().unchecked_ref(), capture)
        .is_err()
    {
        return;
    }
    let held = SendWrapper::new((target.clone(), closure));
    on_cleanup(move || {
        let (target, closure) = held.take();
        let _ = target.remove_event_listener_with_callback_and_bool(
            event,
            closure.as_ref().unchecked_ref(),
            capture,
        );
    });
}

/// [`listen`] on the window.
pub fn listen_on_window<E>(event: &'static str, phase: Phase, handler: impl FnMut(E) + 'static)
where
    E: FromWasmAbi + 'static,
{
    if let Some(window) = web_sys::window() {
        listen(&window, event, phase, handler);
    }
}

/// [`listen`] on the document.
pub fn listen_on_document<E>(event: &'static str, phase: Phase, handler: impl FnMut(E) + 'static)
where
    E: FromWasmAbi + 'static,
{
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        listen(&document, event, phase, handler);
    }
}
