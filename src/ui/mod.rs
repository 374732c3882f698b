//! The atlas screen, one folder per part of the screen: the top bar, the side panel with the
//! filters, the map, the details card, the table, the presenter's story bar, and notices.

pub mod atlas;
pub mod data_file;
pub mod details;
pub mod map;
pub mod notices;
pub mod presenter;
pub mod print_sheet;
pub mod roving;
pub mod sidebar;
pub mod skip_link;
pub mod story_editor;
pub mod table;
pub mod topbar;
