//! The map: the canvas, the labels, the tooltip, and the input that moves and points
//! (pointer and touch gestures, the wheel, the keyboard).

pub mod browse_marker;
pub mod gestures;
pub mod keyboard;
pub mod map_canvas;
pub mod map_labels;
pub mod map_view;
pub mod target_chooser;
pub mod tooltip;
pub mod wheel;
