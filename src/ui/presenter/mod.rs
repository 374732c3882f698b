//! Presentation mode on screen: the story's caption bar with its step and buttons.

pub mod story_bar;
