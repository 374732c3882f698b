//! Where each region and hub is drawn, in map space.
//!
//! - `geographic`: a region at its projected point; what is drawn in an inset;
//! - `insets`: the boxes at the map's edge for the outermost regions and those outside Europe;
//! - `declutter`: points moved apart, at the scale drawn, so none sits on another;
//! - `hubs`: each network's hub near its members, off other hubs and region points;
//! - `network`: the network layout (ForceAtlas2), in one call or resumable in slices;
//! - `placement`: positions of regions and hubs for one drawing, and the way between two.

mod declutter;
mod geographic;
mod hubs;
pub mod insets;
mod network;
mod placement;

pub use declutter::{declutter, declutter_regions, place_hubs_clear, SpacingPx, SPACING};
pub use geographic::{geographic_layout, GeoLayout, INSET_STEP_KM};
pub use hubs::hub_positions;
pub use network::{network_layout, NetworkLayoutJob};
pub use placement::Placement;
