//! Alliance Atlas, the web app: a Leptos client-side app over `atlas-core`.
//!
//! The core computes; the components here only bind signals to core functions and draw what
//! they return. Table of contents:
//!
//! * [`app`]: start-up: fetch the data and the basemap, then show the atlas or what went wrong.
//! * [`loader`]: fetching files from the app's own origin.
//! * [`url_query`]: reading and writing the page's query string (the view state).
//! * [`panic_notice`]: a message with a reload button instead of a frozen page.
//! * [`text_measure`]: text widths for label placement, measured by the browser.
//! * [`i18n`]: the interface in English, Italian, German and French.
//! * [`state`]: the atlas's signals and memos, provided as context.
//! * [`camera`]: fitting, panning, zooming, centring.
//! * [`motion`]: animation frames and the reduced-motion preference.
//! * [`canvas_draw`]: drawing the scene on a Canvas 2D context.
//! * [`js_api`]: `window.allianceAtlas`, for host pages and tests.
//! * [`download`]: saving files (exports) from the page.
//! * [`embed`]: telling a host page the atlas's preferred height.
//! * [`history_sync`]: the link and the browser history follow the view, and back again.
//! * [`components`]: the atlas screen and its parts.

pub mod app;
pub mod camera;
pub mod canvas_draw;
pub mod canvas_motion;
pub mod components;
pub mod download;
pub mod embed;
pub mod history_sync;
pub mod i18n;
pub mod js_api;
pub mod layout_runner;
pub mod loader;
pub mod motion;
pub mod panic_notice;
pub mod perf;
pub mod presentation;
pub mod state;
pub mod stories;
pub mod text_measure;
pub mod time_slice;
pub mod url_query;

/// Starts the app in the page's `<body>`.
pub fn start() {
    panic_notice::install();
    leptos::mount::mount_to_body(app::App);
}
