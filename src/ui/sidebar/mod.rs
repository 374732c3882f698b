//! The side panel: layout and drawing, sectors, years and the timeline, the networks.

pub mod network_list;
pub mod sector_filter;
pub mod timeline;
pub mod view_switch;
