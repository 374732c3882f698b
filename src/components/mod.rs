//! The atlas screen and its parts. Components bind signals to core functions and draw.

pub mod atlas;
pub mod data_notice;
pub mod details_panel;
pub mod display_switch;
pub mod edge_card;
pub mod load_error;
pub mod map_canvas;
pub mod map_labels;
pub mod map_view;
pub mod network_card;
pub mod network_list;
pub mod presenter;
pub mod region_card;
pub mod search_box;
pub mod sector_filter;
pub mod share_menu;
pub mod sources_list;
pub mod status_line;
pub mod table_view;
pub mod timeline;
pub mod tooltip;
pub mod url_notice;
pub mod view_switch;
