//! Living inside another site's page (`?embed=1`): tell the host how tall the atlas would like
//! to be, with `postMessage`, whenever its width changes.
//!
//! The message is `{ type: "alliance-atlas:height", height: <CSS pixels> }`, posted to the
//! parent with target origin `*`: it carries nothing but a number, and the atlas cannot know
//! the host's origin. `docs/embedding.md` shows the listener a host adds.

use wasm_bindgen::{JsCast, JsValue};

/// The message type hosts listen for.
pub const HEIGHT_MESSAGE: &str = "alliance-atlas:height";

/// Map height for a given width: Europe fits at about this aspect ratio.
fn preferred_map_height(width_px: f64) -> f64 {
    // A phone frames Europe across its width, with the insets' rows above and below: Europe
    // is taller than it is wide.
    let ratio = if width_px < atlas_core::layout::insets::NARROW_SCREEN_PX {
        1.35
    } else {
        0.68
    };
    (width_px * ratio).clamp(320.0, 1000.0)
}

fn top_bar_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".topbar").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .map_or(48.0, |e| e.offset_height() as f64)
}

fn post_height(last: &std::cell::Cell<f64>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(parent) = window.parent() else {
        return;
    };
    let Some(parent) = parent else {
        return;
    };
    let width = window
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(800.0);
    let height = (top_bar_height() + preferred_map_height(width)).round();
    if last.replace(height) == height {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    let _ = parent.post_message(&message, "*");
}

/// Starts telling the host the preferred height (once now, then whenever the page's size
/// changes, until the atlas goes).
pub fn announce_height() {
    let last = std::rc::Rc::new(std::cell::Cell::new(0.0));
    let observed = last.clone();
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        crate::web::resize::observe_size(&root, move |_| post_height(&observed));
    }
    post_height(&last);
}

#[cfg(test)]
mod tests {
    use super::preferred_map_height;

    #[test]
    fn the_map_asks_for_a_height_that_suits_its_width() {
        assert_eq!(preferred_map_height(1000.0), 680.0);
        assert_eq!(preferred_map_height(4000.0), 1000.0);
        // A phone: taller than wide, so Europe fills the width.
        assert!((preferred_map_height(360.0) - 486.0).abs() < 1e-9);
        assert_eq!(preferred_map_height(200.0), 320.0);
    }
}
