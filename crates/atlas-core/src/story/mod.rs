//! Stories for presentation mode: a titled list of steps, each a view of the atlas with a title
//! and a caption, shown one after the other with a clicker (`?story=lombardy&step=3`).
//!
//! A story file is JSON (see `docs/stories.md`):
//!
//! ```json
//! {
//!   "format_version": "1.1",
//!   "id": "lombardy",
//!   "title": { "en": "Lombardy's alliances", "it": "Le alleanze della Lombardia" },
//!   "description": { "en": "…", "it": "…" },
//!   "steps": [
//!     {
//!       "title": { "en": "Four Motors for Europe, 1988", "it": "…" },
//!       "caption": { "en": "…", "it": "…" },
//!       "view": "to=1988&network=four-motors",
//!       "frame": { "regions": ["ITC4", "BE2"], "hubs": ["four-motors"] }
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
//!
//! * [`problem`]: what can be wrong with a story, said with where.
//! * [`read`]: reading a file on its own (shape, languages, views).
//! * [`repair`]: going on past missing and trailing commas and unknown fields, to say all
//!   at once; `quotes` and `encoding` (private) find Word's curly quotes and files saved as
//!   documents or as ANSI.
//! * [`check`]: checking the views and frames against a dataset.
//! * [`draft`]: a story being made in the page, and kept in local storage.
//! * [`write`]: writing a story file back, in the documented layout.

pub mod check;
pub mod draft;
mod encoding;
mod frame;
pub mod problem;
mod quotes;
pub mod read;
pub mod repair;
#[cfg(test)]
mod tests;
pub mod write;

pub use check::{load_story, validate_story, validate_story_in_years};
pub use draft::{DraftStep, StoryDraft, DRAFT_VERSION};

pub use problem::{StoryError, StoryProblem, StoryProblemKind};
pub use read::{parse_story, parse_story_bytes};
pub use write::write_story;

use crate::dataset::Names;
use crate::view_state::ViewState;

/// The major story format version this code reads.
pub const STORY_FORMAT_MAJOR: u32 = 1;
/// The story format version this code documents: 1.1 added a step's `frame`. A story keeps the
/// version it was written with ([`write_story`] writes it back unchanged); a draft is written
/// as the lowest version that reads it ([`StoryDraft::to_file_text`]).
pub const STORY_FORMAT_VERSION: &str = "1.1";
/// The first minor version of format 1 that has a step's `frame`.
pub const FRAME_MINOR_VERSION: u32 = 1;
/// The largest story file the atlas reads, in bytes (1 MiB). The bundled story, ten steps in
/// two languages, is under 7 kB.
pub const MAX_STORY_BYTES: usize = 1024 * 1024;

/// Link parameters that are not part of a view, refused inside a step: they belong to the link
/// that opens the story (or to the page around the atlas).
pub const NOT_STEP_PARAMETERS: [&str; 6] = ["embed", "data", "lang", "story", "step", "autoplay"];

impl ViewState {
    /// The view a story's step shows to an audience whose view is `current`: the step's view,
    /// with every parameter of [`NOT_STEP_PARAMETERS`] kept as the audience's link has it (and
    /// `step` set to `number`). Local names stay on if either asks for them.
    pub fn as_story_step(&self, current: &ViewState, number: u32) -> ViewState {
        ViewState {
            embed: current.embed,
            data: current.data.clone(),
            lang: current.lang.clone(),
            story: current.story.clone(),
            step: Some(number),
            autoplay: current.autoplay,
            local_names: self.local_names || current.local_names,
            ..self.clone()
        }
    }
}

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
    /// What must be in view, on any screen (format 1.1); `None` frames the view's own subject.
    pub frame: Option<StepFrame>,
}

/// What a step must keep in view, whatever the screen's size: regions by NUTS id and network
/// hubs by network id. It replaces a hand-made `zoom` and `center`, which are the same on every
/// screen, so a step frames the same subject on a phone and on a projector.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepFrame {
    /// Region ids (NUTS codes such as `ITC4`), each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// Network ids (such as `esra`) whose hubs must be in view, each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hubs: Vec<String>,
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
        crate::sort::sort_by_key(&mut langs, |&lang| (lang != "en", lang));
        langs
    }

    /// The story's languages the interface does not offer (`offered`, such as
    /// [`crate::INTERFACE_LANGUAGES`]), English first then by code. They are kept in the file;
    /// the app says that it cannot show them rather than dropping them.
    pub fn languages_not_offered(&self, offered: &[&str]) -> Vec<String> {
        self.languages()
            .into_iter()
            .filter(|lang| !offered.contains(lang))
            .map(str::to_owned)
            .collect()
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
