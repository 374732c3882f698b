//! The first picture (`#first-picture` in `index.html`): the atlas's frame and the map of the
//! bundled data, drawn before the WebAssembly arrives. It covers the page until the app has
//! something to show in its place: the map's first complete frame, an error panel, the panic
//! notice, or another view than the map (after a short wait).

/// The element's id in `index.html`.
const FIRST_PICTURE_ID: &str = "first-picture";

/// Takes the first picture out of the page (nothing happens if it is already gone).
pub fn remove() {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(FIRST_PICTURE_ID))
    {
        element.remove();
    }
}

/// The atlas has shown its first view (the map's first frame, or the table): the picture goes,
/// and the service worker is registered a little later (see `web::service_worker`).
pub fn first_view_shown() {
    remove();
    crate::web::service_worker::register_after_first_view();
}
