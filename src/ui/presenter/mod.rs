//! Presentation mode on screen: the story's caption bar with its step and buttons, the
//! presenter's toolbar (full screen, colours, the map's lock, the way out) and a short key.

pub mod presenter_legend;
pub mod presenter_toolbar;
pub mod story_bar;
