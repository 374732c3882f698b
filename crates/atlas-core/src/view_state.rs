//! The view as it lives in the URL query: `?sectors=semiconductors,automotive&from=1988&to=2026`.
//!
//! The query names are a public interface that other websites link to, so they are short and
//! stable. Reading never fails: a value that cannot be read falls back to the default and
//! leaves a [`ViewWarning`] that the page shows discreetly. Parameters this version does not
//! know are kept as they are, so a link survives a round trip through an older atlas.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use crate::dataset::{Dataset, NetworkIdx, RegionIdx};
use crate::graph::GraphQuery;
use crate::scene::DrawMode;

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
pub enum Display {
    #[default]
    Map,
    /// `view=table`: the visible pairs of regions and what ties them.
    TiesTable,
    /// `view=table&rows=regions`: the visible regions with their counts.
    RegionsTable,
}

impl Display {
    pub fn is_table(self) -> bool {
        self != Display::Map
    }
}

/// The view state that crosses the URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Sector ids, sorted and without duplicates; empty means every sector.
    pub sectors: Vec<String>,
    /// First year shown; `None` means the first year in the data.
    pub from: Option<i32>,
    /// Last year shown; `None` means the current year.
    pub to: Option<i32>,
    /// The region in focus (`region=ITC4`).
    pub region: Option<String>,
    /// The network in focus (`network=esra`).
    pub network: Option<String>,
    /// With `region`, the partner whose ties with it are in focus (`region=ITC4&with=BE2`).
    pub with: Option<String>,
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
    pub display: Display,
    /// `story=lombardy` (a bundled story) or `story=stories/mine.json` (a file on the same
    /// site): presented step by step.
    pub story: Option<String>,
    /// `step=3`: the story's step shown, counted from 1.
    pub step: Option<u32>,
    /// `autoplay=8`: the story moves on every 8 seconds, for a kiosk.
    pub autoplay: Option<u32>,
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub region: Option<RegionIdx>,
    pub network: Option<NetworkIdx>,
    /// The partner of `region` whose pair is in focus.
    pub with: Option<RegionIdx>,
}

/// Something in the URL that could not be used, with what was done instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewWarning {
    NotAYear {
        param: &'static str,
        value: String,
    },
    UnknownSector {
        id: String,
    },
    YearOutOfData {
        param: &'static str,
        year: i32,
        first: i32,
        last: i32,
    },
    InvertedYears {
        from: i32,
        to: i32,
    },
    UnknownRegion {
        id: String,
    },
    UnknownNetwork {
        id: String,
    },
    UnknownChoice {
        param: &'static str,
        value: String,
        choices: &'static str,
    },
    BadCamera {
        param: &'static str,
        value: String,
    },
}

impl fmt::Display for ViewWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ViewWarning::NotAYear { param, value } => {
                write!(f, "\"{param}={value}\" in the link is not a year; using the default")
            }
            ViewWarning::UnknownSector { id } => {
                write!(f, "the link names sector \"{id}\", which the data does not have; ignored")
            }
            ViewWarning::YearOutOfData {
                param,
                year,
                first,
                last,
            } => write!(
                f,
                "\"{param}={year}\" in the link is outside the years of the data ({first} to {last}); adjusted"
            ),
            ViewWarning::InvertedYears { from, to } => write!(
                f,
                "the link asks for years from {from} to {to}; showing {to} to {from} instead"
            ),
            ViewWarning::UnknownRegion { id } => {
                write!(f, "the link names region \"{id}\", which the data does not have; ignored")
            }
            ViewWarning::UnknownNetwork { id } => {
                write!(f, "the link names network \"{id}\", which the data does not have; ignored")
            }
            ViewWarning::UnknownChoice {
                param,
                value,
                choices,
            } => write!(f, "\"{param}={value}\" in the link is not one of {choices}; using the default"),
            ViewWarning::BadCamera { param, value } => write!(
                f,
                "\"{param}={value}\" in the link is not a usable {}; showing the whole map",
                if *param == "zoom" { "zoom (a number from 0.5 to 24)" } else { "centre (latitude,longitude)" }
            ),
        }
    }
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`), collecting what it cannot use.
    pub fn parse_query(query: &str) -> (ViewState, Vec<ViewWarning>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = ViewState::default();
        let mut warnings = Vec::new();
        let (mut zoom, mut center) = (None, None);
        let (mut table, mut rows) = (None::<bool>, None::<String>);
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            match key.as_ref() {
                "sectors" => {
                    let ids: BTreeSet<String> = value
                        .split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect();
                    state.sectors = ids.into_iter().collect();
                }
                "from" => state.from = parse_year("from", &value, &mut warnings),
                "to" => state.to = parse_year("to", &value, &mut warnings),
                "region" => state.region = Some(value.trim().to_owned()).filter(|v| !v.is_empty()),
                "with" => state.with = Some(value.trim().to_owned()).filter(|v| !v.is_empty()),
                "network" => {
                    state.network = Some(value.trim().to_owned()).filter(|v| !v.is_empty())
                }
                "layout" => match LayoutKind::parse(value.trim()) {
                    Some(layout) => state.layout = layout,
                    None => warnings.push(ViewWarning::UnknownChoice {
                        param: "layout",
                        value: value.into_owned(),
                        choices: "map or network",
                    }),
                },
                "draw" => match DrawMode::parse(value.trim()) {
                    Some(draw) => state.draw = draw,
                    None => warnings.push(ViewWarning::UnknownChoice {
                        param: "draw",
                        value: value.into_owned(),
                        choices: "hubs or pairs",
                    }),
                },
                "zoom" => zoom = Some(value.into_owned()),
                "center" => center = Some(value.into_owned()),
                "embed" => match value.trim() {
                    "1" | "true" | "yes" => state.embed = true,
                    "0" | "false" | "no" => state.embed = false,
                    _ => warnings.push(ViewWarning::UnknownChoice {
                        param: "embed",
                        value: value.into_owned(),
                        choices: "1 or 0",
                    }),
                },
                "data" => state.data = Some(value.trim().to_owned()).filter(|v| !v.is_empty()),
                "lang" => {
                    let code = value.trim().to_ascii_lowercase();
                    if INTERFACE_LANGUAGES.contains(&code.as_str()) {
                        state.lang = Some(code);
                    } else {
                        warnings.push(ViewWarning::UnknownChoice {
                            param: "lang",
                            value: value.into_owned(),
                            choices: "en, it, de or fr",
                        });
                    }
                }
                "names" => match value.trim() {
                    "local" => state.local_names = true,
                    "interface" => state.local_names = false,
                    _ => warnings.push(ViewWarning::UnknownChoice {
                        param: "names",
                        value: value.into_owned(),
                        choices: "local or interface",
                    }),
                },
                "view" => match value.trim() {
                    "table" => table = Some(true),
                    "map" => table = Some(false),
                    _ => warnings.push(ViewWarning::UnknownChoice {
                        param: "view",
                        value: value.into_owned(),
                        choices: "map or table",
                    }),
                },
                "rows" => rows = Some(value.into_owned()),
                "story" => state.story = Some(value.trim().to_owned()).filter(|v| !v.is_empty()),
                "step" => match value.trim().parse::<u32>() {
                    Ok(step) if step >= 1 => state.step = Some(step),
                    _ => warnings.push(ViewWarning::UnknownChoice {
                        param: "step",
                        value: value.into_owned(),
                        choices: "a step number from 1",
                    }),
                },
                "autoplay" => match value.trim().parse::<u32>() {
                    Ok(seconds) if (AUTOPLAY_SECONDS.0..=AUTOPLAY_SECONDS.1).contains(&seconds) => {
                        state.autoplay = Some(seconds)
                    }
                    _ => warnings.push(ViewWarning::UnknownChoice {
                        param: "autoplay",
                        value: value.into_owned(),
                        choices: "a number of seconds from 3 to 600",
                    }),
                },
                _ => state.other.push((key.into_owned(), value.into_owned())),
            }
        }
        state.camera = parse_camera(zoom.as_deref(), center.as_deref(), &mut warnings);
        state.display = match (table, rows.as_deref().map(str::trim)) {
            (Some(true), None | Some("ties")) => Display::TiesTable,
            (Some(true), Some("regions")) => Display::RegionsTable,
            (Some(true), Some(other)) => {
                warnings.push(ViewWarning::UnknownChoice {
                    param: "rows",
                    value: other.to_owned(),
                    choices: "ties or regions",
                });
                Display::TiesTable
            }
            // Rows without a table say nothing; they are dropped.
            (_, _) => Display::Map,
        };
        (state, warnings)
    }

    /// The query string for this view, without the leading `?`; empty for the default view.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.sectors.is_empty() {
            parts.push(format!("sectors={}", encode(&self.sectors.join(","))));
        }
        if let Some(from) = self.from {
            parts.push(format!("from={from}"));
        }
        if let Some(to) = self.to {
            parts.push(format!("to={to}"));
        }
        if let Some(region) = &self.region {
            parts.push(format!("region={}", encode(region)));
        }
        if let Some(with) = self.with.as_ref().filter(|_| self.region.is_some()) {
            parts.push(format!("with={}", encode(with)));
        }
        if let Some(network) = &self.network {
            parts.push(format!("network={}", encode(network)));
        }
        if self.layout != LayoutKind::default() {
            parts.push(format!("layout={}", self.layout.as_str()));
        }
        if self.draw != DrawMode::default() {
            parts.push(format!("draw={}", self.draw.as_str()));
        }
        if let Some(camera) = self.camera {
            parts.push(format!("zoom={}", trim_number(camera.zoom, 3)));
            parts.push(format!(
                "center={},{}",
                trim_number(camera.center.lat_deg, 4),
                trim_number(camera.center.lon_deg, 4)
            ));
        }
        if self.embed {
            parts.push("embed=1".to_owned());
        }
        if let Some(data) = &self.data {
            parts.push(format!("data={}", encode_path(data)));
        }
        if let Some(lang) = &self.lang {
            parts.push(format!("lang={}", encode(lang)));
        }
        if self.local_names {
            parts.push("names=local".to_owned());
        }
        match self.display {
            Display::Map => {}
            Display::TiesTable => parts.push("view=table".to_owned()),
            Display::RegionsTable => parts.push("view=table&rows=regions".to_owned()),
        }
        if let Some(story) = &self.story {
            parts.push(format!("story={}", encode_path(story)));
            if let Some(step) = self.step {
                parts.push(format!("step={step}"));
            }
            if let Some(seconds) = self.autoplay {
                parts.push(format!("autoplay={seconds}"));
            }
        }
        for (key, value) in &self.other {
            parts.push(format!("{}={}", encode(key), encode(value)));
        }
        parts.join("&")
    }

    /// Turns the view into a graph query for `dataset`, clamping years to `first..=last` and
    /// dropping unknown sectors. Warnings say what was changed.
    pub fn resolve(
        &self,
        dataset: &Dataset,
        first: i32,
        last: i32,
    ) -> (GraphQuery, Vec<ViewWarning>) {
        let mut warnings = Vec::new();
        let mut sectors = BTreeSet::new();
        for id in &self.sectors {
            match dataset.sector_by_id(id) {
                Some(idx) => {
                    sectors.insert(idx);
                }
                None => warnings.push(ViewWarning::UnknownSector { id: id.clone() }),
            }
        }
        let mut clamp = |param: &'static str, year: Option<i32>, default: i32| match year {
            None => default,
            Some(year) if year < first || year > last => {
                warnings.push(ViewWarning::YearOutOfData {
                    param,
                    year,
                    first,
                    last,
                });
                year.clamp(first, last)
            }
            Some(year) => year,
        };
        let mut from_year = clamp("from", self.from, first);
        let mut to_year = clamp("to", self.to, last);
        if from_year > to_year {
            warnings.push(ViewWarning::InvertedYears {
                from: from_year,
                to: to_year,
            });
            std::mem::swap(&mut from_year, &mut to_year);
        }
        (
            GraphQuery {
                sectors,
                from_year,
                to_year,
            },
            warnings,
        )
    }
}

impl ViewState {
    /// The view that shows exactly `query`: what the link should say once unknown sectors are
    /// dropped and years adjusted. Defaults are left out, so the default view has no query.
    pub fn normalised(
        &self,
        query: &GraphQuery,
        dataset: &Dataset,
        first: i32,
        last: i32,
    ) -> ViewState {
        let selection = self.selection(dataset).0;
        ViewState {
            region: selection.region.map(|r| dataset.region(r).id.clone()),
            network: selection.network.map(|n| dataset.network(n).id.clone()),
            with: selection.with.map(|r| dataset.region(r).id.clone()),
            layout: self.layout,
            draw: self.draw,
            camera: self.camera,
            embed: self.embed,
            data: self.data.clone(),
            lang: self.lang.clone(),
            local_names: self.local_names,
            display: self.display,
            story: self.story.clone(),
            step: self.step,
            autoplay: self.autoplay,
            sectors: query
                .sectors
                .iter()
                .map(|&s| dataset.sector(s).id.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            from: (query.from_year != first).then_some(query.from_year),
            to: (query.to_year != last).then_some(query.to_year),
            other: self.other.clone(),
        }
    }
}

impl ViewState {
    /// The region and network the view names, with warnings for ids the data lacks.
    pub fn selection(&self, dataset: &Dataset) -> (Selection, Vec<ViewWarning>) {
        let mut warnings = Vec::new();
        let region = self.region.as_ref().and_then(|id| {
            let found = dataset.region_by_id(id);
            if found.is_none() {
                warnings.push(ViewWarning::UnknownRegion { id: id.clone() });
            }
            found
        });
        let network = self.network.as_ref().and_then(|id| {
            let found = dataset
                .networks
                .iter()
                .position(|n| &n.id == id)
                .map(|i| NetworkIdx(i as u32));
            if found.is_none() {
                warnings.push(ViewWarning::UnknownNetwork { id: id.clone() });
            }
            found
        });
        let with = match (region, &self.with) {
            (Some(region), Some(id)) => match dataset.region_by_id(id) {
                Some(partner) if partner != region => Some(partner),
                Some(_) => None,
                None => {
                    warnings.push(ViewWarning::UnknownRegion { id: id.clone() });
                    None
                }
            },
            _ => None,
        };
        (
            Selection {
                region,
                network,
                with,
            },
            warnings,
        )
    }
}

/// Reads `zoom` and `center` together: a camera needs both (a zoom alone keeps the centre of
/// the fitted map).
fn parse_camera(
    zoom: Option<&str>,
    center: Option<&str>,
    warnings: &mut Vec<ViewWarning>,
) -> Option<CameraView> {
    use crate::viewport::{MAX_ZOOM, MIN_ZOOM};
    if zoom.is_none() && center.is_none() {
        return None;
    }
    let zoom_value = zoom.and_then(|z| z.trim().parse::<f64>().ok());
    let zoom_ok = zoom_value.filter(|z| z.is_finite() && (MIN_ZOOM..=MAX_ZOOM).contains(z));
    if let (Some(text), None) = (zoom, zoom_ok) {
        warnings.push(ViewWarning::BadCamera {
            param: "zoom",
            value: text.to_owned(),
        });
        return None;
    }
    let center_ok = center.map(|c| {
        let mut parts = c.split(',').map(|p| p.trim().parse::<f64>().ok());
        match (parts.next().flatten(), parts.next().flatten(), parts.next()) {
            (Some(lat), Some(lon), None)
                if lat.is_finite()
                    && lon.is_finite()
                    && lat.abs() <= 90.0
                    && lon.abs() <= 180.0 =>
            {
                Some(crate::projection::GeoPoint {
                    lat_deg: lat,
                    lon_deg: lon,
                })
            }
            _ => None,
        }
    });
    match (zoom_ok, center_ok) {
        (_, Some(None)) => {
            warnings.push(ViewWarning::BadCamera {
                param: "center",
                value: center.unwrap_or_default().to_owned(),
            });
            None
        }
        (Some(zoom), Some(Some(center))) => Some(CameraView { zoom, center }),
        // One without the other: the fitted view, said discreetly.
        (Some(_), None) => {
            warnings.push(ViewWarning::BadCamera {
                param: "center",
                value: String::new(),
            });
            None
        }
        (None, Some(Some(_))) => {
            warnings.push(ViewWarning::BadCamera {
                param: "zoom",
                value: String::new(),
            });
            None
        }
        (None, None) => None,
    }
}

/// A number with at most `decimals` decimals and no trailing zeros: 2.5, 45.621, 3.
fn trim_number(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// Percent-encodes a path for a link, keeping `/` readable.
fn encode_path(path: &str) -> String {
    path.split('/').map(encode).collect::<Vec<_>>().join("/")
}

fn parse_year(param: &'static str, value: &str, warnings: &mut Vec<ViewWarning>) -> Option<i32> {
    match value.trim().parse::<i32>() {
        Ok(year) if (1000..=9999).contains(&year) => Some(year),
        _ => {
            warnings.push(ViewWarning::NotAYear {
                param,
                value: value.to_owned(),
            });
            None
        }
    }
}

/// Percent-encodes everything but unreserved characters and the comma that separates ids,
/// so links stay readable: `sectors=automotive,semiconductors`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_documented_example() {
        let (state, warnings) =
            ViewState::parse_query("?sectors=semiconductors,automotive&from=1988&to=2026");
        assert!(warnings.is_empty());
        assert_eq!(state.sectors, vec!["automotive", "semiconductors"]);
        assert_eq!(state.from, Some(1988));
        assert_eq!(state.to, Some(2026));
    }

    #[test]
    fn display_then_parse_gives_the_same_state() {
        let states = [
            ViewState::default(),
            ViewState {
                sectors: vec!["automotive".into(), "semiconductors".into()],
                from: Some(2020),
                to: Some(2025),
                region: Some("ITC4".into()),
                network: Some("esra".into()),
                with: Some("BE2".into()),
                layout: LayoutKind::Network,
                draw: DrawMode::Pairs,
                camera: Some(CameraView {
                    zoom: 3.25,
                    center: crate::projection::GeoPoint {
                        lat_deg: 50.5,
                        lon_deg: 4.25,
                    },
                }),
                embed: true,
                data: Some("extracts/a b.json".into()),
                lang: Some("it".into()),
                local_names: true,
                display: Display::RegionsTable,
                story: Some("stories/a story.json".into()),
                step: Some(3),
                autoplay: Some(8),
                other: vec![("q".into(), "a b&c=d".into())],
            },
        ];
        for state in states {
            let text = state.to_string();
            assert_eq!(text.parse::<ViewState>().unwrap(), state, "{text}");
        }
    }

    #[test]
    fn writes_readable_links() {
        let state = ViewState {
            sectors: vec!["automotive".into(), "semiconductors".into()],
            from: Some(1988),
            ..Default::default()
        };
        assert_eq!(
            state.to_query(),
            "sectors=automotive,semiconductors&from=1988"
        );
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn an_unreadable_year_falls_back_and_says_so() {
        let (state, warnings) = ViewState::parse_query("from=nineteen&to=2026");
        assert_eq!(state.from, None);
        assert_eq!(state.to, Some(2026));
        assert_eq!(
            warnings,
            vec![ViewWarning::NotAYear {
                param: "from",
                value: "nineteen".into()
            }]
        );
        assert!(warnings[0].to_string().contains("from=nineteen"));
    }

    #[test]
    fn reads_focus_layout_and_drawing() {
        let (state, warnings) = ViewState::parse_query("region=ITC4&layout=network&draw=pairs");
        assert!(warnings.is_empty());
        assert_eq!(state.region.as_deref(), Some("ITC4"));
        assert_eq!(state.layout, LayoutKind::Network);
        assert_eq!(state.draw, DrawMode::Pairs);
        assert_eq!(state.to_query(), "region=ITC4&layout=network&draw=pairs");
        let (state, warnings) = ViewState::parse_query("layout=globe&draw=bundles");
        assert_eq!(
            (state.layout, state.draw),
            (LayoutKind::Map, DrawMode::Hubs)
        );
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].to_string().contains("map or network"));
    }

    #[test]
    fn camera_embed_and_data_round_trip() {
        let (state, warnings) = ViewState::parse_query(
            "zoom=2.5&center=45.621,9.769&embed=1&data=extracts/lombardy.json",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let camera = state.camera.unwrap();
        assert_eq!(camera.zoom, 2.5);
        assert_eq!(
            (camera.center.lat_deg, camera.center.lon_deg),
            (45.621, 9.769)
        );
        assert!(state.embed);
        assert_eq!(state.data.as_deref(), Some("extracts/lombardy.json"));
        assert_eq!(
            state.to_query(),
            "zoom=2.5&center=45.621,9.769&embed=1&data=extracts/lombardy.json"
        );
    }

    #[test]
    fn a_bad_camera_falls_back_to_the_whole_map_and_says_so() {
        for query in [
            "zoom=900&center=45,9",
            "zoom=2&center=north",
            "zoom=2",
            "center=45,9",
            "zoom=nan&center=45,9",
        ] {
            let (state, warnings) = ViewState::parse_query(query);
            assert_eq!(state.camera, None, "{query}");
            assert_eq!(warnings.len(), 1, "{query}: {warnings:?}");
            assert!(warnings[0].to_string().contains("showing the whole map"));
        }
        assert_eq!(trim_number(3.0, 2), "3");
        assert_eq!(trim_number(2.456, 2), "2.46");
    }

    #[test]
    fn language_and_place_names() {
        let (state, warnings) = ViewState::parse_query("lang=IT&names=local");
        assert!(warnings.is_empty());
        assert_eq!(state.lang.as_deref(), Some("it"));
        assert!(state.local_names);
        assert_eq!(state.to_query(), "lang=it&names=local");
        let (state, warnings) = ViewState::parse_query("lang=tlh");
        assert_eq!(state.lang, None);
        assert!(warnings[0].to_string().contains("en, it, de or fr"));
    }

    #[test]
    fn unknown_parameters_survive_a_round_trip() {
        let (state, _) = ViewState::parse_query("utm_source=x&embed=1&sectors=energy&lang=it");
        assert_eq!(
            state.to_query(),
            "sectors=energy&embed=1&lang=it&utm_source=x"
        );
    }

    #[test]
    fn a_story_step_and_autoplay_are_a_link() {
        let (state, warnings) = ViewState::parse_query("story=lombardy&step=3&autoplay=8");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(state.story.as_deref(), Some("lombardy"));
        assert_eq!((state.step, state.autoplay), (Some(3), Some(8)));
        assert_eq!(state.to_query(), "story=lombardy&step=3&autoplay=8");
        let (state, warnings) = ViewState::parse_query("story=lombardy&step=0&autoplay=1");
        assert_eq!((state.step, state.autoplay), (None, None));
        assert_eq!(warnings.len(), 2);
        assert!(warnings[1].to_string().contains("3 to 600"));
    }

    #[test]
    fn the_table_is_a_link() {
        let (state, warnings) = ViewState::parse_query("view=table");
        assert!(warnings.is_empty());
        assert_eq!(state.display, Display::TiesTable);
        assert_eq!(state.to_query(), "view=table");
        let (state, _) = ViewState::parse_query("rows=regions&view=table");
        assert_eq!(state.display, Display::RegionsTable);
        assert_eq!(state.to_query(), "view=table&rows=regions");
        let (state, warnings) = ViewState::parse_query("view=chart");
        assert_eq!(state.display, Display::Map);
        assert!(warnings[0].to_string().contains("map or table"));
    }

    #[test]
    fn a_pair_is_written_with_its_region_only() {
        let (state, _) = ViewState::parse_query("with=BE2&region=ITC4");
        assert_eq!(state.to_query(), "region=ITC4&with=BE2");
        let (state, _) = ViewState::parse_query("with=BE2");
        assert_eq!(
            state.to_query(),
            "",
            "a partner without a region names no pair"
        );
    }
}
