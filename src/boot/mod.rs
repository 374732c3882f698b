//! Start-up: fetching the app's files, the bundled stories, the panic notice, timing marks.

pub mod loader;
pub mod panic_notice;
pub mod perf;
pub mod stories;
