//! Alliance Atlas, the web app: a Leptos client-side app over `atlas-core`.
//!
//! The core computes; the code here binds signals to core functions and draws what they
//! return. The folders follow the screen and the page's life:
//!
//! * [`app`]: the root: fetch the data and the basemap, then show the atlas or what went wrong.
//! * [`boot`]: start-up: fetching files, the bundled stories, the panic notice, timing marks.
//! * [`state`]: the atlas's state in small handles (data, link, camera, layout, presentation,
//!   pointer, timeline); [`state::link`] is the only code that touches the address.
//! * [`render`]: drawing the scene on a canvas, animation, text measurement, sliced work.
//! * [`web`]: browser resources that release themselves (listeners, observers, full screen),
//!   downloads, the embed's height messages, `window.allianceAtlas`, the service worker.
//! * [`i18n`]: the interface language in context (the strings are the core's).
//! * [`ui`]: the screen: `topbar/`, `sidebar/`, `map/`, `details/`, `table/`, `presenter/`,
//!   `notices/`.

pub mod app;
pub mod boot;
pub mod i18n;
pub mod render;
pub mod state;
pub mod ui;
pub mod web;

/// Starts the app in the page's `<body>`.
pub fn start() {
    boot::panic_notice::install();
    remove_boot_message();
    leptos::mount::mount_to_body(app::App);
}

/// The page's static message for a browser that never runs the app (index.html opened from a
/// file): the app runs, so it goes.
fn remove_boot_message() {
    if let Some(message) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot-message"))
    {
        message.remove();
    }
}
