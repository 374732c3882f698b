//! Drawing: the scene on a Canvas 2D context, the moved picture while the camera moves, text
//! measurement for labels, animation frames, and work cut into slices between frames.

pub mod canvas_draw;
pub mod canvas_motion;
pub mod motion;
pub mod text_measure;
pub mod time_slice;
