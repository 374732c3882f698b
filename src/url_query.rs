//! The page's query string, where the view state lives (see `atlas_core::view_state`).

/// The current query string, without the leading `?`.
pub fn current() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// Replaces the query string without adding a history entry or reloading; keeps the path
/// and the fragment.
pub fn replace(query: &str) {
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
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
