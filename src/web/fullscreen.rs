//! The whole screen, asked for and given back.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Whether the page is full screen now.
pub fn is_fullscreen() -> bool {
    document().is_some_and(|d| d.fullscreen_element().is_some())
}

/// Asks for the whole screen. Browsers grant it only in answer to a click or a key; a refusal
/// (a link opened without one, or a frame without permission) leaves the page as it is.
pub fn request_fullscreen() {
    let Some(document) = document() else {
        return;
    };
    if document.fullscreen_element().is_some() {
        return;
    }
    let Some(root) = document.document_element() else {
        return;
    };
    let Ok(request) = js_sys::Reflect::get(&root, &"requestFullscreen".into()) else {
        return;
    };
    let Some(request) = request.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(promise) = request.call0(&root) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            // The browser's answer, whichever it is, needs nothing more: a one-shot callback
            // that frees itself once called.
            let ignore = Closure::once_into_js(|_: wasm_bindgen::JsValue| {});
            if let Ok(catch) = js_sys::Reflect::get(&promise, &"catch".into()) {
                if let Some(catch) = catch.dyn_ref::<js_sys::Function>() {
                    let _ = catch.call1(&promise, &ignore);
                }
            }
        }
    }
}

/// Leaves full screen, if the page is full screen.
pub fn exit_fullscreen() {
    if let Some(document) = document() {
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
}
