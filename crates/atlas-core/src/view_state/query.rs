//! Reading and writing the query string.

use crate::metrics::TieWeighting;

/// Regions compared side by side at most.
pub const MAX_COMPARED: usize = 3;
use std::collections::BTreeSet;

use super::{
    CameraView, LayoutKind, MainView, ViewState, ViewWarning, AUTOPLAY_SECONDS, INTERFACE_LANGUAGES,
};
use crate::dataset::NetworkKind;
use crate::scene::DrawMode;

impl ViewState {
    /// Reads a query string (with or without the leading `?`), collecting what it cannot use.
    pub fn parse_query(query: &str) -> (ViewState, Vec<ViewWarning>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = ViewState::default();
        let mut warnings = Vec::new();
        let (mut zoom, mut center) = (None, None);
        let (mut table, mut rows) = (None::<bool>, None::<String>);
        let mut changes = false;
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
                "chain" => state.chain = Some(value.trim().to_owned()).filter(|v| !v.is_empty()),
                "weights" => match value.trim() {
                    "equal" => state.metrics.weighting = TieWeighting::Equal,
                    "size" => state.metrics.weighting = TieWeighting::BySize,
                    _ => warnings.push(ViewWarning::UnknownChoice {
                        param: "weights",
                        value: value.into_owned(),
                        choices: "size or equal",
                    }),
                },
                "estimated" => match value.trim() {
                    "exclude" => state.metrics.exclude_estimated = true,
                    "include" => state.metrics.exclude_estimated = false,
                    _ => warnings.push(ViewWarning::UnknownChoice {
                        param: "estimated",
                        value: value.into_owned(),
                        choices: "exclude or include",
                    }),
                },
                "network" => {
                    let ids: Vec<String> = value
                        .split(',')
                        .map(|id| id.trim().to_owned())
                        .filter(|id| !id.is_empty())
                        .fold(Vec::new(), |mut ids, id| {
                            if !ids.contains(&id) {
                                ids.push(id);
                            }
                            ids
                        });
                    if ids.len() >= 2 {
                        state.network_set = ids;
                        state.network = None;
                    } else {
                        state.network = ids.into_iter().next();
                        state.network_set.clear();
                    }
                }
                "compare" => {
                    state.compare = value
                        .split(',')
                        .map(|id| id.trim().to_owned())
                        .filter(|id| !id.is_empty())
                        .fold(Vec::new(), |mut ids, id| {
                            if !ids.contains(&id) && ids.len() < MAX_COMPARED {
                                ids.push(id);
                            }
                            ids
                        });
                }
                "members" => match crate::network_sets::SetRule::parse(value.trim()) {
                    Some(rule) => state.set_rule = rule,
                    None => warnings.push(ViewWarning::UnknownChoice {
                        param: "members",
                        value: value.into_owned(),
                        choices: "all, any or only",
                    }),
                },
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
                "theme" => state.theme = Some(value.trim().to_owned()).filter(|v| !v.is_empty()),
                "scheme" => match crate::theme::ColorScheme::parse(&value) {
                    Some(scheme) => state.scheme = scheme,
                    None => warnings.push(ViewWarning::UnknownChoice {
                        param: "scheme",
                        value: value.into_owned(),
                        choices: "light, dark or auto",
                    }),
                },
                "accent" => match crate::theme::Rgb::parse(&value) {
                    Some(accent) => state.accent = Some(accent),
                    None => warnings.push(ViewWarning::UnknownChoice {
                        param: "accent",
                        value: value.into_owned(),
                        choices: "a colour written RRGGBB, such as 1f5fae",
                    }),
                },
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
                "kinds" => {
                    let mut kinds = BTreeSet::new();
                    for word in value.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                        match NetworkKind::from_word(word) {
                            Some(kind) => {
                                kinds.insert(kind);
                            }
                            None => warnings.push(ViewWarning::UnknownChoice {
                                param: "kinds",
                                value: word.to_owned(),
                                choices: "thematic-alliance, working-community, euroregion, macro-regional-strategy, association-of-regions or summit",
                            }),
                        }
                    }
                    state.kinds = kinds.into_iter().collect();
                }
                "years" => match value.trim() {
                    "began" => state.began_in_years = true,
                    "in-force" => state.began_in_years = false,
                    _ => warnings.push(ViewWarning::UnknownChoice {
                        param: "years",
                        value: value.into_owned(),
                        choices: "in-force or began",
                    }),
                },
                "roles" => match value.trim() {
                    "full" => state.full_members_only = true,
                    "all" => state.full_members_only = false,
                    _ => warnings.push(ViewWarning::UnknownChoice {
                        param: "roles",
                        value: value.into_owned(),
                        choices: "full or all",
                    }),
                },
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
                    "changes" => {
                        table = Some(false);
                        changes = true;
                    }
                    _ => warnings.push(ViewWarning::UnknownChoice {
                        param: "view",
                        value: value.into_owned(),
                        choices: "map, table or changes",
                    }),
                },
                "rows" => rows = Some(value.into_owned()),
                "only" => match super::OnlyTies::parse(&value) {
                    Some(only) => state.only = Some(only),
                    None => warnings.push(ViewWarning::UnknownChoice {
                        param: "only",
                        value: value.into_owned(),
                        choices: super::only::ONLY_FORMS,
                    }),
                },
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
        state.main_view = match (table, rows.as_deref().map(str::trim)) {
            (Some(false), _) if changes => MainView::Changes,
            (Some(true), None | Some("ties")) => MainView::TiesTable,
            (Some(true), Some("regions")) => MainView::RegionsTable,
            (Some(true), Some("agreements")) => MainView::AgreementsTable,
            (Some(true), Some(other)) => {
                warnings.push(ViewWarning::UnknownChoice {
                    param: "rows",
                    value: other.to_owned(),
                    choices: "ties, regions or agreements",
                });
                MainView::TiesTable
            }
            // Rows without a table say nothing; they are dropped.
            (_, _) => MainView::Map,
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
        if self.began_in_years {
            parts.push("years=began".to_owned());
        }
        if !self.kinds.is_empty() {
            let words: Vec<&str> = self.kinds.iter().map(|k| k.as_str()).collect();
            parts.push(format!("kinds={}", words.join(",")));
        }
        if self.full_members_only {
            parts.push("roles=full".to_owned());
        }
        if let Some(only) = &self.only {
            parts.push(format!("only={}", encode(&only.as_query_value())));
        }
        if let Some(region) = &self.region {
            parts.push(format!("region={}", encode(region)));
        }
        if let Some(with) = self.with.as_ref().filter(|_| self.region.is_some()) {
            parts.push(format!("with={}", encode(with)));
        }
        if let Some(chain) = self.chain.as_ref().filter(|_| self.region.is_some()) {
            parts.push(format!("chain={}", encode(chain)));
        }
        if let Some(network) = &self.network {
            parts.push(format!("network={}", encode(network)));
        }
        if self.compare.len() >= 2 {
            let ids: Vec<String> = self.compare.iter().map(|id| encode(id)).collect();
            parts.push(format!("compare={}", ids.join(",")));
        }
        if self.network_set.len() >= 2 {
            let ids: Vec<String> = self.network_set.iter().map(|id| encode(id)).collect();
            parts.push(format!("network={}", ids.join(",")));
            parts.push(format!("members={}", self.set_rule.as_str()));
        }
        if self.metrics.weighting == TieWeighting::Equal {
            parts.push("weights=equal".to_owned());
        }
        if self.metrics.exclude_estimated {
            parts.push("estimated=exclude".to_owned());
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
        if self.scheme != crate::theme::ColorScheme::Auto {
            parts.push(format!("scheme={}", self.scheme.as_str()));
        }
        if let Some(accent) = self.accent {
            // Without the '#', which a link would have to write %23.
            parts.push(format!("accent={}", &accent.to_string()[1..]));
        }
        if let Some(theme) = &self.theme {
            parts.push(format!("theme={}", encode_path(theme)));
        }
        if self.local_names {
            parts.push("names=local".to_owned());
        }
        match self.main_view {
            MainView::Map => {}
            MainView::TiesTable => parts.push("view=table".to_owned()),
            MainView::RegionsTable => parts.push("view=table&rows=regions".to_owned()),
            MainView::AgreementsTable => parts.push("view=table&rows=agreements".to_owned()),
            MainView::Changes => parts.push("view=changes".to_owned()),
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
pub(super) fn trim_number(value: f64, decimals: usize) -> String {
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
