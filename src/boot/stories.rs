//! Where stories come from: the ones built into the atlas (so a presentation needs no network
//! once the page is loaded), or a story file on the same site (`?story=stories/mine.json`).
//! Either way the story is checked against the data before it is shown.

use std::sync::Arc;

use atlas_core::story::{parse_story_bytes, validate_story_in_years, Story};
use atlas_core::Dataset;

use crate::boot::loader::{fetch_bytes, same_origin_url};
use crate::state::story_library::StoryLibrary;

/// The bundled stories: their name in links, and their file.
pub const BUNDLED: [(&str, &str); 2] = [
    (
        "lombardy",
        include_str!("../../public/stories/lombardy.json"),
    ),
    (
        "semiconductors",
        include_str!("../../public/stories/semiconductors.json"),
    ),
];

/// The site's folder of story files, found by short name (`?story=NAME`).
pub const STORIES_FOLDER: &str = "stories";

/// A story's short name: 1 to 64 letters, digits, `-` or `_` (no dots or slashes, so it can
/// only name a file in the stories folder).
fn is_short_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A bundled story that reads and checks against the data, with the name links give it.
#[derive(Clone, Debug)]
pub struct BundledStory {
    pub name: &'static str,
    pub story: Arc<Story>,
}

/// The bundled stories that read and check against `dataset` (a data file of another site may
/// lack their regions), in the order of [`BUNDLED`], each with its own name: a story that
/// fails is left out without moving the others' names.
pub fn bundled(dataset: &Dataset, years: (i32, i32)) -> Vec<BundledStory> {
    BUNDLED
        .iter()
        .filter_map(|(name, text)| {
            let story = checked(text.as_bytes(), dataset, years).ok()?;
            Some(BundledStory {
                name,
                story: Arc::new(story),
            })
        })
        .collect()
}

/// Reads a story and checks it against the data, in the years the atlas shows: the story, or
/// one line per problem.
pub fn checked(bytes: &[u8], dataset: &Dataset, years: (i32, i32)) -> Result<Story, Vec<String>> {
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

/// The story a link names: this browser's draft or an opened file (`draft`, `local:ID`), a
/// bundled one by name, else a file on the same site: `stories/NAME.json` for a short name
/// (`?story=board-2027`), or the path given (`?story=talks/board.json`).
pub async fn load(
    name: &str,
    dataset: &Dataset,
    years: (i32, i32),
    library: &StoryLibrary,
) -> Result<Arc<Story>, StoryFailure> {
    let failure = |lines: Vec<String>| StoryFailure {
        name: name.to_owned(),
        lines,
    };
    if let Some(found) = library.find(name) {
        return found.map_err(failure);
    }
    if let Some((_, text)) = BUNDLED.iter().find(|(id, _)| *id == name) {
        return checked(text.as_bytes(), dataset, years)
            .map(Arc::new)
            .map_err(failure);
    }
    let path = if name.ends_with(".json") {
        name.to_owned()
    } else if is_short_name(name) {
        format!("{STORIES_FOLDER}/{name}.json")
    } else {
        let known: Vec<&str> = BUNDLED.iter().map(|(id, _)| *id).collect();
        return Err(failure(vec![format!(
            "\"{name}\" is neither a story's short name (letters, digits, - and _, for a file in              the site's {STORIES_FOLDER}/ folder) nor a file's address ending in .json; the bundled              stories are {}",
            known.join(", ")
        )]));
    };
    let url = same_origin_url(&path).map_err(|_| {
        failure(vec![format!(
            "{name} is not on this site; the atlas only loads stories from its own address"
        )])
    })?;
    let bytes = fetch_bytes(&url).await.map_err(|m| {
        let known: Vec<&str> = BUNDLED.iter().map(|(id, _)| *id).collect();
        failure(vec![
            m,
            format!(
                "a story's short name is its file's in the site's {STORIES_FOLDER}/ folder; the \
                 bundled stories are {}",
                known.join(", ")
            ),
        ])
    })?;
    checked(&bytes, dataset, years)
        .map(Arc::new)
        .map_err(failure)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled data without ARGE ALP: the Lombardy story names it and fails, the
    /// semiconductors story does not.
    fn data_without_arge_alp() -> Dataset {
        let mut raw: serde_json::Value =
            serde_json::from_str(include_str!("../../public/data/atlas.json")).unwrap();
        raw["networks"]
            .as_array_mut()
            .unwrap()
            .retain(|n| n["id"] != "arge-alp");
        atlas_core::parse_dataset(&raw.to_string()).unwrap()
    }

    #[test]
    fn a_failing_bundled_story_does_not_shift_the_names_of_the_others() {
        let dataset = data_without_arge_alp();
        let stories = bundled(&dataset, dataset.year_bounds());
        let names: Vec<&str> = stories.iter().map(|s| s.name).collect();
        assert_eq!(names, ["semiconductors"]);
        assert_eq!(
            stories[0].story.title("en"),
            "Europe's semiconductor regions"
        );
    }
}
