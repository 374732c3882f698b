//! The view as it lives in the URL query: `?sectors=semiconductors,automotive&from=1988&to=2026`.
//!
//! The query names are a public interface that other websites link to, so they are short and
//! stable. Reading never fails: a value that cannot be read falls back to the default and
//! leaves a [`ViewWarning`] that the page shows discreetly. Parameters this version does not
//! know are kept as they are, so a link survives a round trip through an older atlas.
//!
//! * [`query`]: reading and writing the query string.
//! * [`resolve`]: the one call from a link's text to everything the app needs
//!   ([`resolve_link`]), and its parts.
//! * [`edit`]: the edits the controls make (years, the timeline, sectors, the focus).
//! * [`warning`]: what a link said that could not be used.

use std::fmt;
use std::str::FromStr;

use crate::dataset::{NetworkIdx, RegionIdx};
use crate::scene::DrawMode;

pub mod edit;
pub mod only;
pub mod query;
pub mod resolve;
#[cfg(test)]
mod tests;
pub mod warning;

pub use edit::PlayMode;
pub use only::{OnlyTies, TiesOnly};
pub use resolve::{resolve_link, ResolvedLink};
pub use warning::ViewWarning;

/// Where regions are placed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LayoutKind {
    /// At their place on the map of Europe.
    #[default]
    Map,
    /// By a force layout of the network (optionally held near geography).
    Network,
}

impl LayoutKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LayoutKind::Map => "map",
            LayoutKind::Network => "network",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "map" => Some(LayoutKind::Map),
            "network" => Some(LayoutKind::Network),
            _ => None,
        }
    }
}

/// What the main area shows: the picture, or the same ties as a table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MainView {
    #[default]
    Map,
    /// `view=table`: the visible pairs of regions and what ties them.
    TiesTable,
    /// `view=table&rows=regions`: the visible regions with their counts.
    RegionsTable,
    /// `view=table&rows=agreements`: the agreements of the view.
    AgreementsTable,
    /// `view=changes`: the map, with the list of what changed from `from` to `to`.
    Changes,
}

impl MainView {
    pub fn is_table(self) -> bool {
        matches!(
            self,
            MainView::TiesTable | MainView::RegionsTable | MainView::AgreementsTable
        )
    }
}

/// The view state that crosses the URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Sector ids, sorted and without duplicates; empty means every sector.
    pub sectors: Vec<String>,
    /// `kinds=euroregion,working-community`: only networks of these kinds, sorted; empty means
    /// every kind.
    pub kinds: Vec<crate::dataset::NetworkKind>,
    /// `roles=full`: only full members tie regions (associates, observers and other roles are
    /// left out).
    pub full_members_only: bool,
    /// `years=began`: the years say when ties began (signed, joined) rather than when they
    /// were in force (the default, `years=in-force`).
    pub began_in_years: bool,
    /// `only=agreement:ID`, `only=network:ID` or `only=pair:A,B`: those ties on their own.
    pub only: Option<OnlyTies>,
    /// First year shown; `None` means the first year in the data.
    pub from: Option<i32>,
    /// Last year shown; `None` means the current year.
    pub to: Option<i32>,
    /// The region in focus (`region=ITC4`).
    pub region: Option<String>,
    /// The network in focus (`network=esra`).
    pub network: Option<String>,
    /// Two or more networks compared as sets (`network=esra,ara`), and which of their members
    /// are shown (`members=all`, `any` or `only`: of all, of any, of the first but no other).
    pub network_set: Vec<String>,
    /// Regions side by side (`compare=DE1,DE2`, two or three).
    pub compare: Vec<String>,
    pub set_rule: crate::network_sets::SetRule,
    /// With `region`, the partner whose ties with it are in focus (`region=ITC4&with=BE2`).
    pub with: Option<String>,
    /// With `region`, the region whose shortest chains of ties to it are shown
    /// (`region=ITC4&chain=CA-QC`: "how is Lombardy connected to Québec").
    pub chain: Option<String>,
    /// `weights=equal`: every tie counts 1 in partners' strength (by default a tie shared by k
    /// regions weighs 1/(k-1)); `estimated=exclude`: ties resting on an estimate are left out
    /// of every count and metric.
    pub metrics: crate::metrics::MetricsOptions,
    /// `layout=map` (the default) or `layout=network`.
    pub layout: LayoutKind,
    /// `draw=hubs` (the default) or `draw=pairs`.
    pub draw: DrawMode,
    /// Where the map looks: `zoom=2.5&center=45.62,9.77`; `None` when fitted to all regions.
    pub camera: Option<CameraView>,
    /// `embed=1`: the atlas inside another site's page, with minimal chrome.
    pub embed: bool,
    /// `data=extract.json`: another data file of the same format, on the same site.
    pub data: Option<String>,
    /// `lang=it`: the interface language (one of [`INTERFACE_LANGUAGES`]); `None` follows the
    /// browser.
    pub lang: Option<String>,
    /// `names=local`: places named in their own language rather than the interface language.
    pub local_names: bool,
    /// `view=table` (with `rows=regions` for the regions): the table instead of the map.
    pub main_view: MainView,
    /// `story=lombardy` (a bundled story) or `story=stories/mine.json` (a file on the same
    /// site): presented step by step.
    pub story: Option<String>,
    /// `step=3`: the story's step shown, counted from 1.
    pub step: Option<u32>,
    /// `autoplay=8`: the story moves on every 8 seconds, for a kiosk.
    pub autoplay: Option<u32>,
    /// `scheme=light|dark|auto`: a host's choice of the atlas's light or dark colours.
    pub scheme: crate::theme::ColorScheme,
    /// `accent=1f5fae`: a host's brand colour for the top bar and the accents.
    pub accent: Option<crate::theme::Rgb>,
    /// `theme=css/atlas-theme.css`: a style sheet on the same site that sets the atlas's colours
    /// (its CSS custom properties).
    pub theme: Option<String>,
    /// Parameters this version does not read, kept in their order.
    pub other: Vec<(String, String)>,
}

/// Where the camera looks, in terms that survive a different screen: the zoom relative to the
/// scale that fits all regions, and the geographic point at the centre of the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CameraView {
    /// 1 fits all regions; 2 is twice as close.
    pub zoom: f64,
    pub center: crate::projection::GeoPoint,
}

// Camera views come from finite, range-checked numbers only (see `parse_camera`).
impl Eq for CameraView {}

/// The shortest and longest time `autoplay` gives a step, in seconds.
pub const AUTOPLAY_SECONDS: (u32, u32) = (3, 600);

/// The interface languages, as the `lang` parameter writes them.
pub const INTERFACE_LANGUAGES: [&str; 4] = ["en", "it", "de", "fr"];

/// The parts of the view that name things in the data, resolved to indices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub region: Option<RegionIdx>,
    pub network: Option<NetworkIdx>,
    /// The partner of `region` whose pair is in focus.
    pub with: Option<RegionIdx>,
    /// The region whose chains of ties to `region` are shown.
    pub chain: Option<RegionIdx>,
    /// The networks compared as sets, in the link's order (known ids only).
    pub set: Vec<NetworkIdx>,
    /// The regions compared side by side, in the link's order (known ids only).
    pub compare: Vec<RegionIdx>,
}

impl FromStr for ViewState {
    type Err = std::convert::Infallible;

    /// Lenient: unreadable values fall back to defaults. Use [`ViewState::parse_query`] to see
    /// what was dropped.
    fn from_str(query: &str) -> Result<Self, Self::Err> {
        Ok(Self::parse_query(query).0)
    }
}

impl fmt::Display for ViewState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_query())
    }
}
