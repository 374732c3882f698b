//! Notices: what the link said that could not be used, a data file that fell back, a story
//! that could not be shown, a data file that could not be read at all.

pub mod data_notice;
pub mod load_error;
pub mod story_notice;
pub mod url_notice;
