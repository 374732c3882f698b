//! The service worker that keeps the atlas, its data, basemap and stories on the device, so a
//! page opened once with a network opens again without one. The build writes `sw.js` beside
//! the page (tools/service-worker.mjs); this registers it, relative to the page, so its scope
//! is the folder the atlas is served from.
//!
//! Not registered inside another site's page (`?embed=1`), from a file (`file:`, the offline
//! package), where the browser has no service workers, or where storage is refused (a frame
//! sandboxed without `allow-same-origin`, a browser set to keep nothing): there reading
//! `navigator.serviceWorker` or `localStorage` throws, which is caught here.

use wasm_bindgen::{JsCast, JsValue};

/// The worker's script, relative to the page.
pub const SCRIPT: &str = "sw.js";

/// Whether the page came over http(s) (not from a file, as the offline package does).
pub fn served_over_web() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "http:" || p == "https:")
}

/// Reads a property of the window or navigator, `None` if missing, null or if reading throws.
fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

thread_local! {
    static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// How long after the first view the worker is registered.
const AFTER_FIRST_VIEW: std::time::Duration = std::time::Duration::from_secs(2);

/// Registers the service worker a little after the atlas first shows its map (or table), once:
/// installing it downloads every file again (past the HTTP cache, see tools/service-worker.mjs),
/// which on a phone's slow network would otherwise share the line with the wasm and the data
/// the first view waits for.
pub fn register_after_first_view() {
    if ASKED.with(|asked| asked.replace(true)) {
        return;
    }
    leptos::prelude::set_timeout(register, AFTER_FIRST_VIEW);
}

/// Registers the service worker when the page may have one (see the module's notes). Never
/// fails loudly: a refusal leaves the atlas working online, with one line in the console.
pub fn register() {
    let embed = atlas_core::ViewState::parse_query(&crate::state::link::current_query())
        .0
        .embed;
    if embed || !served_over_web() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    // A context that refuses storage throws here; it would refuse the worker's cache too.
    if property(&window, "localStorage").is_none() {
        return;
    }
    let Some(container) = property(&window.navigator(), "serviceWorker")
        .and_then(|c| c.dyn_into::<web_sys::ServiceWorkerContainer>().ok())
    else {
        return;
    };
    let registration = container.register(SCRIPT);
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(registration).await {
            let reason = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| format!("{e:?}"));
            warn(&format!(
                "Alliance Atlas will not open without a network next time: the browser refused its service worker ({reason})."
            ));
        }
    });
}
