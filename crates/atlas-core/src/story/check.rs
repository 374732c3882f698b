//! Checking a story's views against a dataset: ids that exist, years inside the data.

use super::*;
use crate::dataset::Dataset;
use crate::view_state::{ViewState, ViewWarning};

/// Checks a parsed story's views against `dataset`, with the years the data spans
/// ([`Dataset::year_bounds`]): every id a view names exists, and no year is outside the data or
/// inverted, and every region and hub of a step's frame exists. Empty when the story can be shown as written.
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
        if let Some(frame) = &step.frame {
            for (j, id) in frame.regions.iter().enumerate() {
                if dataset.region_by_id(id).is_none() {
                    problems.push(StoryProblem {
                        path: format!("steps[{i}].frame.regions[{j}]"),
                        step: Some(i + 1),
                        kind: StoryProblemKind::UnknownFrameRegion { id: id.clone() },
                    });
                }
            }
            for (j, id) in frame.hubs.iter().enumerate() {
                if dataset.network_by_id(id).is_none() {
                    problems.push(StoryProblem {
                        path: format!("steps[{i}].frame.hubs[{j}]"),
                        step: Some(i + 1),
                        kind: StoryProblemKind::UnknownFrameHub { id: id.clone() },
                    });
                }
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

/// A problem for a warning from resolving a view against the data.
pub(super) fn data_problem(
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
        // `only=` names ties the data lacks.
        ViewWarning::UnknownChoice {
            param: "only",
            choices,
            ..
        } => StoryProblemKind::UnknownChoice {
            written: written("only"),
            choices,
        },
        // Reading warnings were refused by `parse_story`.
        _ => return None,
    })
}
