//! Writing a story file: the JSON the format documents, in its field order, so that a story
//! made or changed in the page reads back exactly as it was.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::*;

/// A story file's fields in the documented order: `format_version`, `id`, `title`,
/// `description` (only when there is one), `steps` with `title`, `caption`, `view` and `frame`
/// (only when there is one). Shared by [`write_story`] and the draft's file text.
#[derive(serde::Serialize)]
pub(super) struct StoryFile<'a> {
    pub format_version: &'a str,
    pub id: &'a str,
    pub title: Text<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text<'a>>,
    pub steps: Vec<StepFile<'a>>,
}

/// One step of a [`StoryFile`].
#[derive(serde::Serialize)]
pub(super) struct StepFile<'a> {
    pub title: Text<'a>,
    pub caption: Text<'a>,
    pub view: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<&'a StepFrame>,
}

/// A text by language, written with English first, then the other languages by code.
pub(super) struct Text<'a>(Vec<(&'a str, &'a str)>);

impl<'a> Text<'a> {
    pub fn new(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut pairs: Vec<(&str, &str)> = pairs.into_iter().collect();
        crate::sort::sort_by_key(&mut pairs, |&(lang, _)| (lang != "en", lang));
        Self(pairs)
    }
}

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (lang, text) in &self.0 {
            map.serialize_entry(lang, text)?;
        }
        map.end()
    }
}

impl StoryFile<'_> {
    /// The file's text: JSON indented by two spaces, ending with a line break.
    pub fn to_text(&self) -> String {
        // Strings, and maps with string keys, always serialise.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The story as a file: JSON indented by two spaces in the documented field order, English
/// first in every text, ending with a line break. The story's own `format_version` is written
/// back unchanged (a story with a frame is at least 1.1, since the reader refuses a frame in
/// an older one), and each view as its query, so `parse_story(&write_story(&s)) == Ok(s)` for
/// every story that parsed.
pub fn write_story(story: &Story) -> String {
    let views: Vec<String> = story
        .steps
        .iter()
        .map(|s| view_text(&s.view_query))
        .collect();
    StoryFile {
        format_version: &story.format_version,
        id: &story.id,
        title: Text::new(story.title.iter()),
        description: (!story.description.is_empty()).then(|| Text::new(story.description.iter())),
        steps: story
            .steps
            .iter()
            .zip(&views)
            .map(|(step, view)| StepFile {
                title: Text::new(step.title.iter()),
                caption: Text::new(step.caption.iter()),
                view,
                frame: step.frame.as_ref(),
            })
            .collect(),
    }
    .to_text()
}

/// A view's query as the file must say it to be read back the same: with a `?` in front when
/// the query itself holds a `?` or starts with a space (the reader takes what follows the first
/// `?` of a pasted link, and trims the view).
pub(super) fn view_text(query: &str) -> String {
    if query.contains('?') || query.starts_with(char::is_whitespace) {
        format!("?{query}")
    } else {
        query.to_owned()
    }
}
