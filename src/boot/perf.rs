//! Marks on the browser's performance timeline (`performance.mark`), so a benchmark or the
//! DevTools can see how long each phase of start-up takes: the data ready, the state built, the
//! first complete draw.

/// Sets a mark named `name` now.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
