//! Start-up: the first picture's hand-over, fetching the app's files, the bundled stories, the panic notice, timing marks.

pub mod first_picture;
pub mod loader;
pub mod panic_notice;
pub mod perf;
pub mod stories;
