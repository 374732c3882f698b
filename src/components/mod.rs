//! The atlas screen and its parts. Components bind signals to core functions and draw.

pub mod atlas;
pub mod load_error;
pub mod map_layers;
pub mod map_view;
pub mod sector_filter;
pub mod status_line;
pub mod url_notice;
pub mod year_range;
