//! A host site's colours: what a link may set (`scheme`, `accent`, `theme`), and the contrast
//! every pair of the atlas's colours must keep (WCAG 2.1: 4.5:1 for text, 3:1 for focus rings
//! and other parts of the interface), checked whatever the host sets.

pub mod color;
pub mod contrast_rules;
pub mod scheme;

pub use color::Rgb;
pub use contrast_rules::{ContrastRule, CONTRAST_RULES};
pub use scheme::ColorScheme;
