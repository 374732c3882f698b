//! The link and the history follow the view; back and forward bring views back.
//!
//! A change of what is shown (sectors, years, focus, layout, drawing) adds a history entry, so
//! the browser's back button undoes it. Changes that come in streams replace the entry
//! instead: camera moves, slider drags within a second of the last entry, timeline playback.

use atlas_core::ViewState;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::state::AtlasState;
use crate::url_query;

/// Changes closer together than this share one history entry.
const COALESCE_MS: f64 = 1000.0;

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Whether two views differ in more than the camera.
fn differs_beyond_camera(a: &ViewState, b: &ViewState) -> bool {
    let mut a = a.clone();
    a.camera = b.camera;
    a != *b
}

/// Keeps the link in step with `state.view`, and `state.view` in step with back and forward.
pub fn install(state: AtlasState) {
    let written = StoredValue::new(state.view.get_untracked());
    let last_push_ms = StoredValue::new(0.0_f64);
    url_query::replace(&state.view.with_untracked(ViewState::to_query));

    Effect::new(move |_| {
        let view = state.view.get();
        if written.with_value(|w| *w == view) {
            return;
        }
        let query = view.to_query();
        let now = now_ms();
        let streaming = state.playing.get_untracked()
            || now - last_push_ms.get_value() < COALESCE_MS
            || !written.with_value(|w| differs_beyond_camera(w, &view));
        if streaming {
            url_query::replace(&query);
        } else {
            url_query::push(&query);
            last_push_ms.set_value(now);
        }
        written.set_value(view);
    });

    let on_popstate = Closure::<dyn Fn()>::new(move || {
        let dataset = state.dataset();
        let (first, last) = state.years;
        let (view, _) = ViewState::parse_query(&url_query::current());
        let (query, _) = view.resolve(&dataset, first, last);
        let view = view.normalised(&query, &dataset, first, last);
        written.set_value(view.clone());
        state.highlight_year.set(None);
        state.view.set(view);
        state.apply_camera_view();
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
    }
    // Listens for the page's lifetime.
    on_popstate.forget();
}
