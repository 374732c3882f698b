//! Where stories come from: the ones built into the atlas (so a presentation needs no network
//! once the page is loaded), or a story file on the same site (`?story=stories/mine.json`).
//! Either way the story is checked against the data before it is shown.

use std::sync::Arc;

use atlas_core::story::{parse_story_bytes, validate_story_in_years, Story};
use atlas_core::Dataset;

use crate::loader::{fetch_bytes, same_origin_url};

/// The bundled stories: their name in links, and their file.
pub const BUNDLED: [(&str, &str); 2] = [
    ("lombardy", include_str!("../public/stories/lombardy.json")),
    (
        "semiconductors",
        include_str!("../public/stories/semiconductors.json"),
    ),
];

/// The bundled stories that read and check against `dataset` (a data file of another site may
/// lack their regions), in the order of [`BUNDLED`].
pub fn bundled(dataset: &Dataset, years: (i32, i32)) -> Vec<Arc<Story>> {
    BUNDLED
        .iter()
        .filter_map(|(_, text)| checked(text.as_bytes(), dataset, years).ok())
        .map(Arc::new)
        .collect()
}

/// Reads a story and checks it against the data, in the years the atlas shows.
fn checked(bytes: &[u8], dataset: &Dataset, years: (i32, i32)) -> Result<Story, Vec<String>> {
    let story = parse_story_bytes(bytes).map_err(|e| {
        e.problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    })?;
    let problems = validate_story_in_years(&story, dataset, years.0, years.1);
    if problems.is_empty() {
        Ok(story)
    } else {
        Err(problems.iter().map(ToString::to_string).collect())
    }
}

/// Why a story could not be shown: where it was looked for, and one line per problem.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryFailure {
    pub name: String,
    pub lines: Vec<String>,
}

/// The story a link names: a bundled one by name, else a `.json` file on the same site.
pub async fn load(
    name: &str,
    dataset: &Dataset,
    years: (i32, i32),
) -> Result<Arc<Story>, StoryFailure> {
    let failure = |lines: Vec<String>| StoryFailure {
        name: name.to_owned(),
        lines,
    };
    if let Some((_, text)) = BUNDLED.iter().find(|(id, _)| *id == name) {
        return checked(text.as_bytes(), dataset, years)
            .map(Arc::new)
            .map_err(failure);
    }
    if !name.ends_with(".json") {
        let known: Vec<&str> = BUNDLED.iter().map(|(id, _)| *id).collect();
        return Err(failure(vec![format!(
            "there is no bundled story \"{name}\" (there are: {}); a story file's address ends in .json",
            known.join(", ")
        )]));
    }
    let url = same_origin_url(name).map_err(|_| {
        failure(vec![format!(
            "{name} is not on this site; the atlas only loads stories from its own address"
        )])
    })?;
    let bytes = fetch_bytes(&url).await.map_err(|m| failure(vec![m]))?;
    checked(&bytes, dataset, years)
        .map(Arc::new)
        .map_err(failure)
}
