//! The top bar: search, what is shown, map or table, share, present.

pub mod main_view_switch;
pub mod present_menu;
pub mod search_box;
pub mod share_menu;
pub mod status_line;
