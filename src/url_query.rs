//! The page's query string, where the view state lives (see `atlas_core::view_state`).

/// The current query string, without the leading `?`.
pub fn current() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// Adds a history entry with the query string (back and forward then move between views);
/// keeps the path and the fragment. Inside a sandboxed frame history may refuse: that is
/// ignored, the view still works.
pub fn push(query: &str) {
    write(query, true);
}

/// Replaces the query string without adding a history entry or reloading.
pub fn replace(query: &str) {
    write(query, false);
}

fn write(query: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if current() == query {
        return;
    }
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if push {
            history.push_state_with_url(&null, "", Some(&url))
        } else {
            history.replace_state_with_url(&null, "", Some(&url))
        };
    }
}
