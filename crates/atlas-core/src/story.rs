//! Stories for presentation mode: a titled list of steps, each a view of the atlas with a title
//! and a caption, shown one after the other with a clicker (`?story=lombardy&step=3`).
//!
//! A story file is JSON (see `docs/stories.md`):
//!
//! ```json
//! {
//!   "format_version": "1.0",
//!   "id": "lombardy",
//!   "title": { "en": "Lombardy's alliances", "it": "Le alleanze della Lombardia" },
//!   "description": { "en": "…", "it": "…" },
//!   "steps": [
//!     {
//!       "title": { "en": "Four Motors for Europe, 1988", "it": "…" },
//!       "caption": { "en": "…", "it": "…" },
//!       "view": "to=1988&network=four-motors&zoom=2.5&center=45,6"
//!     }
//!   ]
//! }
//! ```
//!
//! A step's `view` is the query of an atlas link, read by [`ViewState::parse_query`]. Reading
//! a story is strict where reading a link is lenient: a link from elsewhere must always open,
//! but a story is written once and shown to a room, so anything the atlas would drop or adjust
//! is refused with a sentence saying where and why.
//!
//! Two stages, like the data: [`parse_story`] checks the file on its own (shape, languages,
//! that every view parameter is understood); [`validate_story`] checks the views against a
//! dataset (ids, years). [`load_story`] does both.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use crate::dataset::{Dataset, Names};
use crate::json_object::{
    deserialize_object, newer_major_version, object_text, utf8_text, JsonSyntaxError,
};
use crate::view_state::{ViewState, ViewWarning};

/// The major story format version this code reads.
pub const STORY_FORMAT_MAJOR: u32 = 1;
/// The story format version this code writes and documents.
pub const STORY_FORMAT_VERSION: &str = "1.0";
/// The largest story file the atlas reads, in bytes (1 MiB). The bundled story, ten steps in
/// two languages, is under 7 kB.
pub const MAX_STORY_BYTES: usize = 1024 * 1024;

/// Link parameters that are not part of a view, refused inside a step: they belong to the link
/// that opens the story (or to the page around the atlas).
pub const NOT_STEP_PARAMETERS: [&str; 6] = ["embed", "data", "lang", "story", "step", "autoplay"];

/// A checked story: at least one step, English text everywhere, every view understood.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// As written in the file, e.g. `"1.0"`.
    pub format_version: String,
    /// The story's id (a slug such as `lombardy-1988-2026`).
    pub id: String,
    pub title: Names,
    /// Empty when the file has none.
    pub description: Names,
    /// One or more.
    pub steps: Vec<Step>,
}

/// One step of a story: what the atlas shows and what the presenter's screen says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub title: Names,
    pub caption: Names,
    /// The view, parsed: without `embed`, `data` or `lang` (refused in steps).
    pub view: ViewState,
    /// The view's query as written in the file (after the `?` if a whole link was pasted).
    pub view_query: String,
}

impl Story {
    /// The title in `lang`, else in English.
    pub fn title(&self, lang: &str) -> &str {
        self.title.get(lang)
    }

    /// The description in `lang`, else in English; empty when the story has none.
    pub fn description(&self, lang: &str) -> &str {
        self.description.get(lang)
    }

    /// The languages the story is written in: those of its title, English first, then by code.
    /// Every title and caption of a checked story has text in each of them.
    pub fn languages(&self) -> Vec<&str> {
        let mut langs: Vec<&str> = self.title.iter().map(|(lang, _)| lang).collect();
        langs.sort_by_key(|&lang| (lang != "en", lang));
        langs
    }

    /// Step `number`, counted from 1 as in `&step=3`.
    pub fn step(&self, number: usize) -> Option<&Step> {
        number.checked_sub(1).and_then(|i| self.steps.get(i))
    }

    /// The nearest step number that exists: 0 becomes 1, past the end becomes the last.
    pub fn clamp_step(&self, number: usize) -> usize {
        number.clamp(1, self.steps.len().max(1))
    }
}

impl Step {
    /// The step's title in `lang`, else in English.
    pub fn title(&self, lang: &str) -> &str {
        self.title.get(lang)
    }

    /// The step's caption in `lang`, else in English.
    pub fn caption(&self, lang: &str) -> &str {
        self.caption.get(lang)
    }
}

/// One problem with a story, with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryProblem {
    /// JSON path of the value concerned, e.g. `steps[3].view`; empty for the whole file.
    pub path: String,
    /// The step concerned, counted from 1 as in `&step=4` (the path counts from 0).
    pub step: Option<usize>,
    pub kind: StoryProblemKind,
}

impl fmt::Display for StoryProblem {
    /// `steps[3].view (step 4): "region=ITC9" names region "ITC9", but no region has that id`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.path.is_empty(), self.step) {
            (true, _) => write!(f, "{}", self.kind),
            (false, None) => write!(f, "{}: {}", self.path, self.kind),
            (false, Some(step)) => write!(f, "{} (step {step}): {}", self.path, self.kind),
        }
    }
}

impl std::error::Error for StoryProblem {}

/// The kinds of problem a story can have. `what` fields hold `"the story's title"`,
/// `"the caption"`, ...; `written` fields hold a parameter as written, e.g. `"to=2031"`.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum StoryProblemKind {
    #[error("the file is not valid JSON of the story format: {message}")]
    Syntax { message: String },
    #[error(
        "the story file is {bytes} bytes; the atlas reads stories up to {limit} bytes (1 MiB)"
    )]
    TooLarge { bytes: usize, limit: usize },
    #[error("format version \"{found}\" is not of the form MAJOR.MINOR, such as \"1.0\"")]
    FormatVersionMalformed { found: String },
    #[error(
        "this story is format version {found}, newer than this atlas reads (version {supported}.x); \
         update the atlas or write the story as version {supported}.0"
    )]
    FormatVersionTooNew { found: String, supported: u32 },
    #[error("story id \"{id}\" is not valid: {rule}")]
    InvalidId { id: String, rule: &'static str },
    #[error("the story has no steps; it needs at least one")]
    NoSteps,
    #[error(
        "{what} has no English text; every title and caption needs one, as the fallback for \
         other languages"
    )]
    MissingEnglish { what: &'static str },
    #[error("{what} has language code \"{lang}\"; use a lower-case ISO 639-1 code such as \"it\"")]
    InvalidLanguage { what: &'static str, lang: String },
    #[error("{what} in \"{lang}\" is empty")]
    EmptyText { what: &'static str, lang: String },
    #[error(
        "{what} has no text in \"{lang}\", but the story's title has; every title and caption \
         needs each language of the story's title"
    )]
    MissingLanguage { what: &'static str, lang: String },
    #[error(
        "{what} has text in \"{lang}\", but the story's title has none; add \"{lang}\" to the \
         story's title and every step, or remove it here"
    )]
    ExtraLanguage { what: &'static str, lang: String },
    #[error("the view gives \"{param}\" twice; give it once")]
    DuplicateParameter { param: String },
    #[error(
        "\"{written}\" is not a view parameter; a view takes those of an atlas link: sectors, \
         from, to, region, with, network, layout, draw, zoom, center, names"
    )]
    UnknownParameter { written: String },
    #[error("\"{written}\" is not part of a view: {reason}")]
    NotAView {
        written: String,
        reason: &'static str,
    },
    #[error("\"{written}\" is not a year, such as 1988")]
    NotAYear { written: String },
    #[error("\"{written}\" is not one of {choices}")]
    UnknownChoice {
        written: String,
        choices: &'static str,
    },
    #[error("\"{written}\" is not a zoom from 0.5 to 24 (1 shows all regions)")]
    BadZoom { written: String },
    #[error(
        "\"{written}\" is not a centre written as latitude,longitude in degrees, such as \
         center=45.62,9.77"
    )]
    BadCenter { written: String },
    #[error("\"{written}\" needs a centre too, such as center=45.62,9.77")]
    ZoomWithoutCenter { written: String },
    #[error("\"{written}\" needs a zoom too, such as zoom=2.5 (1 shows all regions)")]
    CenterWithoutZoom { written: String },
    #[error("\"{written}\" names a partner but no region; write the pair as region=ITC4&with=BE2")]
    WithoutRegion { written: String },
    #[error("\"region={id}\" and \"with={id}\" name the same region; a pair needs two")]
    WithItself { id: String },
    #[error(
        "\"{written}\" names sector \"{id}\", but no sector has that id; the sectors are {known}"
    )]
    UnknownSector {
        written: String,
        id: String,
        known: String,
    },
    #[error("\"{written}\" names region \"{id}\", but no region has that id")]
    UnknownRegion { written: String, id: String },
    #[error("\"{written}\" names network \"{id}\", but no network has that id")]
    UnknownNetwork { written: String, id: String },
    #[error("\"{written}\" is outside the years of the data ({first} to {last})")]
    YearOutOfData {
        written: String,
        first: i32,
        last: i32,
    },
    #[error("\"from={from}\" comes after \"to={to}\"; swap them")]
    InvertedYears { from: i32, to: i32 },
}

/// Why a story could not be used: one or more problems, all reported at once.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryError {
    pub problems: Vec<StoryProblem>,
}

impl StoryError {
    fn single(path: impl Into<String>, kind: StoryProblemKind) -> Self {
        Self {
            problems: vec![StoryProblem {
                path: path.into(),
                step: None,
                kind,
            }],
        }
    }
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.problems.len();
        writeln!(
            f,
            "{count} problem{} in the story:",
            if count == 1 { "" } else { "s" }
        )?;
        for problem in &self.problems {
            writeln!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for StoryError {}

/// The story file exactly as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStory {
    format_version: String,
    id: String,
    title: BTreeMap<String, String>,
    #[serde(default)]
    description: Option<BTreeMap<String, String>>,
    steps: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    title: BTreeMap<String, String>,
    caption: BTreeMap<String, String>,
    view: String,
}

/// Reads a story from the bytes of a file: checks size and encoding, then [`parse_story`].
pub fn parse_story_bytes(bytes: &[u8]) -> Result<Story, StoryError> {
    if bytes.len() > MAX_STORY_BYTES {
        return Err(too_large(bytes.len()));
    }
    let text = utf8_text(bytes).map_err(syntax)?;
    parse_story(text)
}

/// Parses a story and checks everything that does not depend on the data: the shape (unknown
/// fields refused), the format version, the id, at least one step, English and the same
/// languages on every title and caption, and that every view parameter is understood, is part
/// of a view and reads without falling back to a default.
pub fn parse_story(text: &str) -> Result<Story, StoryError> {
    if text.len() > MAX_STORY_BYTES {
        return Err(too_large(text.len()));
    }
    let text = object_text(text).map_err(syntax)?;
    if let Some(found) = newer_major_version(text, STORY_FORMAT_MAJOR) {
        return Err(StoryError::single(
            "format_version",
            StoryProblemKind::FormatVersionTooNew {
                found,
                supported: STORY_FORMAT_MAJOR,
            },
        ));
    }
    let raw: RawStory = deserialize_object(text).map_err(syntax)?;
    check_raw(raw)
}

/// Checks a parsed story's views against `dataset`, with the years the data spans
/// ([`Dataset::year_bounds`]): every id a view names exists, and no year is outside the data or
/// inverted. Empty when the story can be shown as written.
pub fn validate_story(story: &Story, dataset: &Dataset) -> Vec<StoryProblem> {
    let (first, last) = dataset.year_bounds();
    validate_story_in_years(story, dataset, first, last)
}

/// [`validate_story`] with the years the atlas offers, `first..=last` (the app offers up to
/// the current year, which may be later than the data's last).
pub fn validate_story_in_years(
    story: &Story,
    dataset: &Dataset,
    first: i32,
    last: i32,
) -> Vec<StoryProblem> {
    let mut problems = Vec::new();
    for (i, step) in story.steps.iter().enumerate() {
        let (_, resolve_warnings) = step.view.resolve(dataset, first, last);
        let (_, selection_warnings) = step.view.selection(dataset);
        for warning in resolve_warnings.into_iter().chain(selection_warnings) {
            if let Some(kind) = data_problem(&step.view, &step.view_query, &warning, dataset) {
                problems.push(StoryProblem {
                    path: format!("steps[{i}].view"),
                    step: Some(i + 1),
                    kind,
                });
            }
        }
    }
    problems
}

/// Parses a story's bytes and validates it against `dataset`: the story as the app shows it,
/// or every problem at once.
pub fn load_story(bytes: &[u8], dataset: &Dataset) -> Result<Story, StoryError> {
    let story = parse_story_bytes(bytes)?;
    let problems = validate_story(&story, dataset);
    if problems.is_empty() {
        Ok(story)
    } else {
        Err(StoryError { problems })
    }
}

fn too_large(bytes: usize) -> StoryError {
    StoryError::single(
        "",
        StoryProblemKind::TooLarge {
            bytes,
            limit: MAX_STORY_BYTES,
        },
    )
}

/// A syntax problem as the story reader reports it.
fn syntax(error: JsonSyntaxError) -> StoryError {
    StoryError::single(
        error.path,
        StoryProblemKind::Syntax {
            message: error.message,
        },
    )
}

#[derive(Default)]
struct Checker {
    problems: Vec<StoryProblem>,
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, step: Option<usize>, kind: StoryProblemKind) {
        self.problems.push(StoryProblem {
            path: path.into(),
            step,
            kind,
        });
    }

    /// Checks one text: English present, valid and non-empty entries, and, when `languages` is
    /// given (the story title's), exactly those languages.
    fn text(
        &mut self,
        path: &str,
        step: Option<usize>,
        what: &'static str,
        text: &BTreeMap<String, String>,
        languages: Option<&[String]>,
    ) -> Names {
        if !text.contains_key("en") {
            self.push(path, step, StoryProblemKind::MissingEnglish { what });
        }
        for (lang, value) in text {
            if !crate::validate::is_language_code(lang) {
                self.push(
                    format!("{path}.{lang}"),
                    step,
                    StoryProblemKind::InvalidLanguage {
                        what,
                        lang: lang.clone(),
                    },
                );
            } else if languages.is_some_and(|langs| !langs.contains(lang)) {
                self.push(
                    format!("{path}.{lang}"),
                    step,
                    StoryProblemKind::ExtraLanguage {
                        what,
                        lang: lang.clone(),
                    },
                );
            }
            if value.trim().is_empty() {
                self.push(
                    format!("{path}.{lang}"),
                    step,
                    StoryProblemKind::EmptyText {
                        what,
                        lang: lang.clone(),
                    },
                );
            }
        }
        for lang in languages.unwrap_or_default() {
            // English is reported once, above.
            if lang != "en" && !text.contains_key(lang) {
                self.push(
                    path,
                    step,
                    StoryProblemKind::MissingLanguage {
                        what,
                        lang: lang.clone(),
                    },
                );
            }
        }
        Names::new(
            text.iter()
                .map(|(k, v)| (k.clone(), v.trim().to_owned()))
                .collect(),
        )
    }

    /// Reads a step's view strictly: every parameter once, understood, part of a view, and
    /// read without falling back to a default.
    fn view(&mut self, path: &str, step: usize, written: &str) -> (ViewState, String) {
        let query = query_part(written).to_owned();
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let step = Some(step);
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in &pairs {
            let written = format!("{key}={value}");
            if let Some(reason) = not_a_view_reason(key) {
                self.push(path, step, StoryProblemKind::NotAView { written, reason });
            }
            // Said once per parameter, however often it is repeated.
            if seen.iter().filter(|&&k| k == key).count() == 1 {
                self.push(
                    path,
                    step,
                    StoryProblemKind::DuplicateParameter { param: key.clone() },
                );
            }
            seen.push(key);
        }
        let (view, warnings) = ViewState::parse_query(&query);
        for (key, value) in &view.other {
            if not_a_view_reason(key).is_none() {
                self.push(
                    path,
                    step,
                    StoryProblemKind::UnknownParameter {
                        written: format!("{key}={value}"),
                    },
                );
            }
        }
        let last_value = |param: &str| {
            pairs
                .iter()
                .rev()
                .find(|(k, _)| k == param)
                .map(|(_, v)| v.as_str())
        };
        for warning in &warnings {
            if let Some(kind) = reading_problem(warning, &last_value) {
                self.push(path, step, kind);
            }
        }
        match (&view.region, &view.with) {
            (None, Some(with)) => self.push(
                path,
                step,
                StoryProblemKind::WithoutRegion {
                    written: format!("with={with}"),
                },
            ),
            (Some(region), Some(with)) if region == with => self.push(
                path,
                step,
                StoryProblemKind::WithItself { id: region.clone() },
            ),
            _ => {}
        }
        (view, query)
    }
}

/// The query of a view as written: a bare query (`to=1988&region=ITC4`), with or without `?`,
/// or a whole link pasted from the address bar, of which only the query counts.
fn query_part(written: &str) -> &str {
    let written = written.trim();
    let without_fragment = written.split('#').next().unwrap_or("");
    match without_fragment.split_once('?') {
        Some((_, query)) => query,
        None => without_fragment,
    }
}

fn not_a_view_reason(param: &str) -> Option<&'static str> {
    match param {
        "embed" => Some(
            "embedding belongs to the page that shows the atlas, not to a step; put embed=1 on \
             the link that opens the story",
        ),
        "data" => Some(
            "a story is shown over the data the atlas has loaded; put data= on the link that \
             opens the story",
        ),
        "lang" => Some(
            "the language is chosen by the link that opens the story or by the browser; give \
             every title and caption in each language instead",
        ),
        "story" | "step" | "autoplay" => Some(
            "a step cannot open a story, jump to a step or start autoplay; put these on the \
             link that opens the story",
        ),
        _ => None,
    }
}

/// A problem for a warning from reading a view's query; `value` gives a parameter as written.
fn reading_problem<'a>(
    warning: &ViewWarning,
    value: &impl Fn(&str) -> Option<&'a str>,
) -> Option<StoryProblemKind> {
    let written =
        |param: &str, fallback: &str| format!("{param}={}", value(param).unwrap_or(fallback));
    Some(match warning {
        ViewWarning::NotAYear { param, value } => StoryProblemKind::NotAYear {
            written: format!("{param}={value}"),
        },
        // `embed` and `lang` are refused whatever their value.
        ViewWarning::UnknownChoice { param, .. } if NOT_STEP_PARAMETERS.contains(param) => {
            return None
        }
        ViewWarning::UnknownChoice {
            param,
            value,
            choices,
        } => StoryProblemKind::UnknownChoice {
            written: format!("{param}={value}"),
            choices,
        },
        // An empty value means the other half of the camera is missing.
        ViewWarning::BadCamera { param, value } => match (*param, value.is_empty()) {
            ("zoom", false) => StoryProblemKind::BadZoom {
                written: format!("zoom={value}"),
            },
            ("zoom", true) => StoryProblemKind::CenterWithoutZoom {
                written: written("center", ""),
            },
            (_, false) => StoryProblemKind::BadCenter {
                written: format!("center={value}"),
            },
            (_, true) => StoryProblemKind::ZoomWithoutCenter {
                written: written("zoom", ""),
            },
        },
        // The others come from resolving against data, not from reading.
        _ => return None,
    })
}

/// A problem for a warning from resolving a view against the data.
fn data_problem(
    view: &ViewState,
    query: &str,
    warning: &ViewWarning,
    dataset: &Dataset,
) -> Option<StoryProblemKind> {
    let written = |param: &str| {
        form_urlencoded::parse(query.as_bytes())
            .filter(|(k, _)| k == param)
            .last()
            .map(|(k, v)| format!("{k}={v}"))
            .unwrap_or_else(|| format!("{param}="))
    };
    Some(match warning {
        ViewWarning::UnknownSector { id } => StoryProblemKind::UnknownSector {
            written: written("sectors"),
            id: id.clone(),
            known: dataset
                .sectors
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        },
        ViewWarning::YearOutOfData {
            param, first, last, ..
        } => StoryProblemKind::YearOutOfData {
            written: written(param),
            first: *first,
            last: *last,
        },
        ViewWarning::InvertedYears { from, to } => StoryProblemKind::InvertedYears {
            // As written (the warning holds the years after clamping).
            from: view.from.unwrap_or(*from),
            to: view.to.unwrap_or(*to),
        },
        ViewWarning::UnknownRegion { id } => {
            let param = if view.region.as_deref() == Some(id.as_str()) {
                "region"
            } else {
                "with"
            };
            StoryProblemKind::UnknownRegion {
                written: written(param),
                id: id.clone(),
            }
        }
        ViewWarning::UnknownNetwork { id } => StoryProblemKind::UnknownNetwork {
            written: written("network"),
            id: id.clone(),
        },
        // Reading warnings were refused by `parse_story`.
        _ => return None,
    })
}

fn check_raw(raw: RawStory) -> Result<Story, StoryError> {
    let mut c = Checker::default();
    let parsed_version = raw
        .format_version
        .split_once('.')
        .and_then(|(major, minor)| Some((major.parse::<u32>().ok()?, minor.parse::<u32>().ok()?)));
    if parsed_version.is_none() {
        c.push(
            "format_version",
            None,
            StoryProblemKind::FormatVersionMalformed {
                found: raw.format_version.clone(),
            },
        );
    }
    if !crate::validate::is_slug(&raw.id) {
        c.push(
            "id",
            None,
            StoryProblemKind::InvalidId {
                id: raw.id.clone(),
                rule: crate::validate::SLUG_RULE,
            },
        );
    }
    let title = c.text("title", None, "the story's title", &raw.title, None);
    let languages: Vec<String> = raw
        .title
        .keys()
        .filter(|lang| crate::validate::is_language_code(lang))
        .cloned()
        .collect();
    let description = match &raw.description {
        Some(text) => c.text(
            "description",
            None,
            "the story's description",
            text,
            Some(&languages),
        ),
        None => Names::default(),
    };
    if raw.steps.is_empty() {
        c.push("steps", None, StoryProblemKind::NoSteps);
    }
    let mut steps = Vec::with_capacity(raw.steps.len());
    for (i, step) in raw.steps.iter().enumerate() {
        let path = format!("steps[{i}]");
        let number = Some(i + 1);
        let title = c.text(
            &format!("{path}.title"),
            number,
            "the title",
            &step.title,
            Some(&languages),
        );
        let caption = c.text(
            &format!("{path}.caption"),
            number,
            "the caption",
            &step.caption,
            Some(&languages),
        );
        let (view, view_query) = c.view(&format!("{path}.view"), i + 1, &step.view);
        steps.push(Step {
            title,
            caption,
            view,
            view_query,
        });
    }
    if !c.problems.is_empty() {
        return Err(StoryError {
            problems: c.problems,
        });
    }
    Ok(Story {
        format_version: raw.format_version,
        id: raw.id,
        title,
        description,
        steps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_link_counts_by_its_query() {
        assert_eq!(
            query_part("https://example.eu/atlas/?to=1988&region=ITC4#x"),
            "to=1988&region=ITC4"
        );
        assert_eq!(query_part("?to=1988"), "to=1988");
        assert_eq!(query_part(" to=1988 "), "to=1988");
        assert_eq!(query_part(""), "");
    }

    #[test]
    fn a_problem_names_its_step_counted_from_one() {
        let problem = StoryProblem {
            path: "steps[3].view".into(),
            step: Some(4),
            kind: StoryProblemKind::UnknownRegion {
                written: "region=ITC9".into(),
                id: "ITC9".into(),
            },
        };
        assert_eq!(
            problem.to_string(),
            "steps[3].view (step 4): \"region=ITC9\" names region \"ITC9\", but no region has that id"
        );
    }
}
