//! Small helpers that each own one browser resource and release it when their owner goes:
//! event listeners, size observers, timers, full screen; and the page's outward faces: file
//! downloads, height messages to a host page, `window.allianceAtlas`, and the service worker
//! that keeps the atlas for use without a network.

pub mod covers;
pub mod download;
pub mod embed;
pub mod fullscreen;
pub mod host_theme;
pub mod js_api;
pub mod listener;
pub mod media;
pub mod resize;
pub mod service_worker;
pub mod storage;
pub mod tables_reader;
