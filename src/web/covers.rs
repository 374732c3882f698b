//! What covers the map: the details card and a story's caption, as rectangles in the map's own
//! pixels, read from the page when the camera frames a subject.

use atlas_core::labels::RectPx;
use wasm_bindgen::JsCast;

/// Elements that may lie over the map.
const COVERS: [&str; 3] = [".details", ".story-bar", ".presenter-toolbar"];
/// Elements over the map that names must keep clear of: the covers, the zoom buttons and the
/// presenter's buttons and key.
const LABEL_OBSTACLES: [&str; 5] = [
    ".details",
    ".story-bar",
    ".map-controls",
    ".presenter-toolbar",
    ".presenter-legend",
];

/// The rectangles that cover the map element now, relative to its top left; empty without a
/// map.
pub fn covering_rects() -> Vec<RectPx> {
    rects_of(&COVERS)
}

/// The rectangles over the map that its names must not go under, relative to its top left.
pub fn label_obstacle_rects() -> Vec<RectPx> {
    rects_of(&LABEL_OBSTACLES)
}

fn rects_of(selectors: &[&str]) -> Vec<RectPx> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Some(map) = document.query_selector(".map").ok().flatten() else {
        return Vec::new();
    };
    let origin = map.get_bounding_client_rect();
    selectors
        .iter()
        .filter_map(|selector| document.query_selector(selector).ok().flatten())
        .filter_map(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|element| element.offset_width() > 0 && element.offset_height() > 0)
        .map(|element| {
            let rect = element.get_bounding_client_rect();
            RectPx {
                x_px: rect.left() - origin.left(),
                y_px: rect.top() - origin.top(),
                width_px: rect.width(),
                height_px: rect.height(),
            }
        })
        .collect()
}
