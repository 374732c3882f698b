//! Living inside another site's page (`?embed=1`): the atlas is as tall as what it shows, and
//! tells the host that height with `postMessage`, so the frame never scrolls inside.
//!
//! The map gets a height of its own from the frame's width ([`preferred_map_height`], written
//! to the CSS custom property [`MAP_HEIGHT_PROPERTY`] on the root element), not from the
//! frame's height: otherwise a frame sized to the atlas would size the atlas to the frame.
//! Everything else (the top bar, notices, and on a phone the card below the map) flows around
//! it, and the message carries the height of all of it.
//!
//! The message is `{ type: "alliance-atlas:height", height: <CSS pixels> }`, posted to the
//! parent with target origin `*`: it carries nothing but a number, and the atlas cannot know
//! the host's origin. `public/embed/alliance-atlas-embed.js` is the host's side.

use wasm_bindgen::{JsCast, JsValue};

/// The message type hosts listen for.
pub const HEIGHT_MESSAGE: &str = "alliance-atlas:height";

/// The CSS custom property holding the map's height in an embed (`public/style/atlas.css`).
pub const MAP_HEIGHT_PROPERTY: &str = "--atlas-embed-map-height";

/// Map height in CSS pixels for a frame `width_px` wide: Europe fits at about this aspect ratio.
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

/// The height the host's frame needs in CSS pixels: the atlas's whole content, rounded up so
/// that no fraction of a pixel is left to scroll.
fn frame_height_px(content_px: f64) -> f64 {
    content_px.ceil().max(1.0)
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets the map's height from the frame's width.
fn set_map_height(root: &web_sys::HtmlElement, width_px: f64) {
    let _ = root.style().set_property(
        MAP_HEIGHT_PROPERTY,
        &format!("{}px", preferred_map_height(width_px).round()),
    );
}

/// The height of everything the atlas shows, in CSS pixels.
fn content_height_px() -> Option<f64> {
    let atlas = document()?.query_selector(".atlas").ok().flatten()?;
    Some(atlas.get_bounding_client_rect().height())
}

fn post_height(last: &std::cell::Cell<f64>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    let Some(content) = content_height_px() else {
        return;
    };
    let height = frame_height_px(content);
    if last.replace(height) == height {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    let _ = parent.post_message(&message, "*");
}

/// Gives the map its height from the frame's width, and tells the host the atlas's height (once
/// it is drawn, then whenever the frame's width or the atlas's content changes, until the atlas
/// goes).
pub fn announce_height() {
    let Some(document) = document() else {
        return;
    };
    let Some(root) = document
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = root.class_list().add_1("atlas-embedded");
    let width = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(800.0);
    set_map_height(&root, width);
    let last = std::rc::Rc::new(std::cell::Cell::new(0.0));
    {
        let root_for_width = root.clone();
        crate::web::resize::observe_size(&root, move |size| {
            set_map_height(&root_for_width, size.width_px)
        });
    }
    // The body holds the atlas: its height changes with the atlas's content (a card opening,
    // a notice, the map's height following the width).
    if let Some(body) = document.body() {
        let observed = last.clone();
        crate::web::resize::observe_size(&body, move |_| post_height(&observed));
    }
    // Browsers hold back size observers (and animation frames) in a frame that is out of view,
    // as an embed below the fold is: timers still run, so the first heights go by them too.
    if let Some(window) = web_sys::window() {
        for delay_ms in FIRST_HEIGHT_DELAYS_MS {
            let last = last.clone();
            let post = wasm_bindgen::closure::Closure::once_into_js(move || post_height(&last));
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                post.unchecked_ref(),
                delay_ms,
            );
        }
    }
}

/// When the height is also sent after the atlas starts, in milliseconds, whatever the size
/// observer does: the card and the notices settle within the first second or two.
const FIRST_HEIGHT_DELAYS_MS: [i32; 4] = [0, 300, 1000, 3000];

#[cfg(test)]
mod tests {
    use super::{frame_height_px, preferred_map_height};

    #[test]
    fn the_map_asks_for_a_height_that_suits_its_width() {
        assert_eq!(preferred_map_height(1000.0), 680.0);
        assert_eq!(preferred_map_height(4000.0), 1000.0);
        // A phone: taller than wide, so Europe fills the width.
        assert!((preferred_map_height(360.0) - 486.0).abs() < 1e-9);
        assert_eq!(preferred_map_height(200.0), 320.0);
    }

    #[test]
    fn the_frame_is_never_a_fraction_of_a_pixel_short() {
        assert_eq!(frame_height_px(4762.2), 4763.0);
        assert_eq!(frame_height_px(509.0), 509.0);
    }
}
