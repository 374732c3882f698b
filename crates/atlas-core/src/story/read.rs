//! Reading a story file on its own: its shape, version, languages and views.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::*;
use super::{encoding, quotes, repair};
use crate::dataset::Names;
use crate::json_object::{newer_major_version, object_text, utf8_text, JsonSyntaxError};
use crate::view_state::{ViewState, ViewWarning};

/// The story file exactly as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStory {
    format_version: String,
    id: String,
    title: BTreeMap<String, String>,
    #[serde(default)]
    description: Option<BTreeMap<String, String>>,
    steps: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStep {
    title: BTreeMap<String, String>,
    caption: BTreeMap<String, String>,
    view: String,
    #[serde(default)]
    frame: Option<StepFrame>,
}

/// Reads a story from the bytes of a file: checks size and encoding, then [`parse_story`]. A
/// word processor's document is refused as such; text saved as ANSI (Windows-1252) is said to
/// be, and read all the same to find its other problems.
pub fn parse_story_bytes(bytes: &[u8]) -> Result<Story, StoryError> {
    if bytes.len() > MAX_STORY_BYTES {
        return Err(too_large(bytes.len()));
    }
    if let Some(kind) = encoding::not_plain_text(bytes) {
        return Err(StoryError::single("", kind));
    }
    match utf8_text(bytes) {
        Ok(text) => parse_story(text),
        Err(error) => match encoding::windows_1252(bytes) {
            Some((text, kind)) => {
                let text = object_text(&text).map_err(syntax)?;
                read_all(text, vec![repair::whole_file(kind)])
            }
            None => Err(syntax(error)),
        },
    }
}

/// Parses a story and checks everything that does not depend on the data: the shape (unknown
/// fields refused), the format version, the id, at least one step, English and the same
/// languages on every title and caption, that every view parameter is understood, is part
/// of a view and reads without falling back to a default, and each step's frame.
///
/// Every problem is reported at once, also in a file as Word or Notepad may leave it: curly
/// quotes standing for straight ones are said once for the whole file, and the reader goes on
/// past them, past missing and trailing commas and unknown fields ([`repair`]) to the checks
/// after them.
pub fn parse_story(text: &str) -> Result<Story, StoryError> {
    if text.len() > MAX_STORY_BYTES {
        return Err(too_large(text.len()));
    }
    if let Some(kind) = encoding::not_plain_text(text.as_bytes()) {
        return Err(StoryError::single("", kind));
    }
    let text = object_text(text).map_err(syntax)?;
    read_all(text, Vec::new())
}

/// Reads `text`, after the `problems` already found, to the end: quotes, syntax, version,
/// shape and checks. Any problem refuses the story.
fn read_all(text: &str, mut problems: Vec<StoryProblem>) -> Result<Story, StoryError> {
    let mut copy = match quotes::straighten(text) {
        Some(straightened) => {
            problems.push(repair::whole_file(StoryProblemKind::CurlyQuotes {
                first_line: straightened.first_line,
                found: straightened.found,
                lines: straightened.lines,
            }));
            straightened.text
        }
        None => text.to_owned(),
    };
    let refused = |problems| Err(StoryError { problems });
    if !repair::syntax_pass(&mut copy, &mut problems) {
        return refused(problems);
    }
    if let Some(found) = newer_major_version(&copy, STORY_FORMAT_MAJOR) {
        problems.push(StoryProblem {
            path: "format_version".to_owned(),
            step: None,
            kind: StoryProblemKind::FormatVersionTooNew {
                found,
                supported: STORY_FORMAT_MAJOR,
            },
        });
        return refused(problems);
    }
    let Some(raw) = repair::shape_pass(&mut copy, &mut problems) else {
        return refused(problems);
    };
    match check_raw(raw) {
        Ok(story) if problems.is_empty() => Ok(story),
        Ok(_) => refused(problems),
        Err(error) => {
            problems.extend(error.problems);
            refused(problems)
        }
    }
}

pub(super) fn too_large(bytes: usize) -> StoryError {
    StoryError::single(
        "",
        StoryProblemKind::TooLarge {
            bytes,
            limit: MAX_STORY_BYTES,
        },
    )
}

/// A syntax problem as the story reader reports it.
pub(super) fn syntax(error: JsonSyntaxError) -> StoryError {
    StoryError {
        problems: vec![syntax_problem(error)],
    }
}

/// One syntax problem, at its JSON path.
pub(super) fn syntax_problem(error: JsonSyntaxError) -> StoryProblem {
    StoryProblem {
        path: error.path,
        step: None,
        kind: StoryProblemKind::Syntax {
            message: error.message,
        },
    }
}

#[derive(Default)]
pub(super) struct Checker {
    problems: Vec<StoryProblem>,
}

impl Checker {
    pub(super) fn push(
        &mut self,
        path: impl Into<String>,
        step: Option<usize>,
        kind: StoryProblemKind,
    ) {
        self.problems.push(StoryProblem {
            path: path.into(),
            step,
            kind,
        });
    }

    /// Checks one text: English present, valid and non-empty entries, and, when `languages` is
    /// given (the story title's), exactly those languages.
    pub(super) fn text(
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
    pub(super) fn view(&mut self, path: &str, step: usize, written: &str) -> (ViewState, String) {
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
pub(super) fn query_part(written: &str) -> &str {
    let written = written.trim();
    let without_fragment = written.split('#').next().unwrap_or("");
    match without_fragment.split_once('?') {
        Some((_, query)) => query,
        None => without_fragment,
    }
}

pub(super) fn not_a_view_reason(param: &str) -> Option<&'static str> {
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
pub(super) fn reading_problem<'a>(
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

pub(super) fn check_raw(raw: RawStory) -> Result<Story, StoryError> {
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
        if let Some(frame) = &step.frame {
            c.frame(&path, i + 1, frame, &view_query, parsed_version);
        }
        steps.push(Step {
            title,
            caption,
            view,
            view_query,
            frame: step.frame.clone(),
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
