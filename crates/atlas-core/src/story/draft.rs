//! A story being made in the page: every field as the editor holds it, incomplete or not,
//! written as a story file for the reader to check, and kept in the browser's local storage
//! between visits.
//!
//! A draft is never checked on its own: [`StoryDraft::check`] writes the file and reads it
//! back with [`parse_story`], so the editor says exactly what the atlas would say of the file,
//! and then the app checks the story against its data ([`validate_story_in_years`]).

use crate::sort::CollectTree;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::write::{StepFile, StoryFile, Text};
use super::*;

/// The version of the saved draft's wrapper that [`StoryDraft::to_saved_text`] writes.
pub const DRAFT_VERSION: u32 = 1;

/// A story as the editor holds it. Texts are kept for every language ever ticked: unticking a
/// language and ticking it again loses nothing, and only the chosen `languages` are written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StoryDraft {
    /// The story's id; [`StoryDraft::suggested_id`] offers one from the English title.
    pub id: String,
    /// The story's languages, `"en"` first (English is always written, ticked or not).
    pub languages: Vec<String>,
    pub title: BTreeMap<String, String>,
    pub description: BTreeMap<String, String>,
    pub steps: Vec<DraftStep>,
}

/// One step as the editor holds it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftStep {
    pub title: BTreeMap<String, String>,
    pub caption: BTreeMap<String, String>,
    /// The query of an atlas link (or a whole link), as a story's `view`.
    pub view: String,
    pub frame: Option<StepFrame>,
}

/// What local storage holds: the draft in a versioned wrapper.
#[derive(Serialize)]
struct Saved<'a> {
    draft_version: u32,
    draft: &'a StoryDraft,
}

impl StoryDraft {
    /// The draft of a story, to change it: every text, view and frame as the story has them.
    pub fn from_story(story: &Story) -> Self {
        let map = |names: &crate::dataset::Names| -> BTreeMap<String, String> {
            names
                .iter()
                .map(|(lang, text)| (lang.to_owned(), text.to_owned()))
                .collect_map()
        };
        Self {
            id: story.id.clone(),
            languages: story.languages().into_iter().map(str::to_owned).collect(),
            title: map(&story.title),
            description: map(&story.description),
            steps: story
                .steps
                .iter()
                .map(|step| DraftStep {
                    title: map(&step.title),
                    caption: map(&step.caption),
                    view: super::write::view_text(&step.view_query),
                    frame: step.frame.clone(),
                })
                .collect(),
        }
    }

    /// The languages written: English, then the other chosen languages by code, each once.
    pub fn written_languages(&self) -> Vec<&str> {
        let mut langs: Vec<&str> = std::iter::once("en")
            .chain(self.languages.iter().map(String::as_str))
            .collect();
        crate::sort::sort_by_key(&mut langs, |&lang| (lang != "en", lang));
        langs.dedup();
        langs
    }

    /// Chooses the story's languages (English is kept first whether given or not). Texts of
    /// languages no longer chosen are kept, and come back when the language is chosen again.
    pub fn set_languages(&mut self, languages: &[&str]) {
        self.languages = std::iter::once("en")
            .chain(languages.iter().copied())
            .map(str::to_owned)
            .collect();
        crate::sort::sort_by_key(&mut self.languages, |lang| (lang != "en", lang.clone()));
        self.languages.dedup();
    }

    /// The story file, written even when the draft is incomplete: every chosen language of
    /// every text, an empty one as `""`, so that the reader reports it. The description is
    /// written when it has text in any chosen language. `format_version` is the lowest that
    /// reads the draft: 1.1 when a step has a frame, else 1.0 (older atlases read it too).
    pub fn to_file_text(&self) -> String {
        let langs = self.written_languages();
        let text = |map| in_languages(&langs, map);
        let has_description = langs.iter().any(|lang| {
            self.description
                .get(*lang)
                .is_some_and(|t| !t.trim().is_empty())
        });
        let version = if self.steps.iter().any(|s| s.frame.is_some()) {
            STORY_FORMAT_VERSION
        } else {
            "1.0"
        };
        StoryFile {
            format_version: version,
            id: &self.id,
            title: Text::new(text(&self.title)),
            description: has_description.then(|| Text::new(text(&self.description))),
            steps: self
                .steps
                .iter()
                .map(|step| StepFile {
                    title: Text::new(text(&step.title)),
                    caption: Text::new(text(&step.caption)),
                    view: &step.view,
                    frame: step.frame.as_ref(),
                })
                .collect(),
        }
        .to_text()
    }

    /// The story the draft makes, or every problem the reader finds in its file
    /// ([`parse_story`] of [`StoryDraft::to_file_text`]). The app then checks the story against
    /// its data with [`validate_story_in_years`].
    pub fn check(&self) -> Result<Story, StoryError> {
        parse_story(&self.to_file_text())
    }

    /// Adds a step at the end.
    pub fn add_step(&mut self, step: DraftStep) {
        self.steps.push(step);
    }

    /// Moves step `from` to place `to` (both counted from 0); false, with nothing changed, when
    /// either is not a step.
    pub fn move_step(&mut self, from: usize, to: usize) -> bool {
        if from >= self.steps.len() || to >= self.steps.len() {
            return false;
        }
        let step = self.steps.remove(from);
        self.steps.insert(to, step);
        true
    }

    /// Puts a copy of step `i` right after it; false when there is no step `i`.
    pub fn duplicate_step(&mut self, i: usize) -> bool {
        let Some(step) = self.steps.get(i).cloned() else {
            return false;
        };
        self.steps.insert(i + 1, step);
        true
    }

    /// Removes step `i` and gives it back (for an undo), or `None` when there is no step `i`.
    pub fn remove_step(&mut self, i: usize) -> Option<DraftStep> {
        (i < self.steps.len()).then(|| self.steps.remove(i))
    }

    /// An id made from the English title: lower-case letters and digits, accents dropped,
    /// apostrophes left out, anything else a single `-`, at most 64 characters; `my-story` when
    /// the title gives nothing usable.
    pub fn suggested_id(&self) -> String {
        let title = self.title.get("en").map(String::as_str).unwrap_or("");
        let mut id = String::new();
        for c in title.chars().flat_map(char::to_lowercase) {
            if matches!(c, '\'' | '’' | '‘' | 'ʼ') {
                continue;
            }
            match crate::latin_fold::latin_ascii(c) {
                Some(plain) => id.push_str(plain),
                None if c.is_ascii_alphanumeric() => id.push(c),
                None if !id.is_empty() && !id.ends_with('-') => id.push('-'),
                None => {}
            }
        }
        id.truncate(64);
        let id = id.trim_end_matches('-');
        if crate::validate::is_slug(id) {
            id.to_owned()
        } else {
            "my-story".to_owned()
        }
    }

    /// The draft for the browser's local storage: `{"draft_version": 1, "draft": {...}}`.
    pub fn to_saved_text(&self) -> String {
        serde_json::to_string(&Saved {
            draft_version: DRAFT_VERSION,
            draft: self,
        })
        .unwrap_or_default()
    }

    /// A draft from local storage, leniently: missing fields are empty and unknown ones
    /// ignored. Anything unreadable (not JSON, no draft, a newer `draft_version`) is one
    /// sentence saying so; it never panics.
    pub fn read_saved(text: &str) -> Result<StoryDraft, String> {
        #[derive(Deserialize)]
        struct Probe {
            draft_version: Option<serde_json::Value>,
            draft: Option<serde_json::Value>,
        }
        let probe: Probe = serde_json::from_str(text).map_err(|e| {
            format!("the saved draft cannot be read ({e}); it may have been cut short or written by another program")
        })?;
        let version = match probe.draft_version {
            Some(serde_json::Value::Number(n)) => n.as_u64(),
            _ => None,
        };
        match version {
            None => {
                return Err(
                    "the saved draft has no draft_version, so it was not saved by the story editor"
                        .to_owned(),
                )
            }
            Some(v) if v > u64::from(DRAFT_VERSION) => {
                return Err(format!(
                    "the saved draft is version {v}, newer than this page reads (version \
                     {DRAFT_VERSION}); open it with the newer atlas that saved it"
                ))
            }
            Some(_) => {}
        }
        let draft = probe
            .draft
            .ok_or_else(|| "the saved draft holds no draft".to_owned())?;
        let mut draft: StoryDraft = serde_json::from_value(draft).map_err(|e| {
            format!(
                "the saved draft cannot be read ({e}); it may have been written by another program"
            )
        })?;
        let langs: Vec<String> = draft.languages.clone();
        draft.set_languages(&langs.iter().map(String::as_str).collect::<Vec<_>>());
        Ok(draft)
    }
}

/// Each of `langs` with its text in `map`, `""` when it has none.
fn in_languages<'a>(
    langs: &[&'a str],
    map: &'a BTreeMap<String, String>,
) -> Vec<(&'a str, &'a str)> {
    langs
        .iter()
        .map(|&lang| (lang, map.get(lang).map(String::as_str).unwrap_or("")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOMBARDY: &str = include_str!("../../../../public/stories/lombardy.json");

    fn text(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_story_made_a_draft_checks_back_to_itself() {
        let story = parse_story(LOMBARDY).unwrap();
        let draft = StoryDraft::from_story(&story);
        assert_eq!(draft.languages, ["en", "it"]);
        assert_eq!(draft.check(), Ok(story.clone()));
        assert_eq!(draft.to_file_text(), write_story(&story));
        let saved = draft.to_saved_text();
        assert!(saved.starts_with("{\"draft_version\":1,\"draft\":{"));
        assert_eq!(StoryDraft::read_saved(&saved), Ok(draft));
    }

    #[test]
    fn an_incomplete_draft_is_written_and_the_reader_says_what_is_missing() {
        let mut draft = StoryDraft {
            languages: vec!["en".into(), "it".into()],
            title: text(&[("en", "Chips"), ("it", "")]),
            ..Default::default()
        };
        draft.add_step(DraftStep {
            title: text(&[("en", "One")]),
            caption: text(&[("en", "First."), ("de", "Erste.")]),
            view: "to=2024".into(),
            frame: None,
        });
        let file = draft.to_file_text();
        assert!(file.contains("\"it\": \"\""), "{file}");
        assert!(!file.contains("Erste"), "only chosen languages are written");
        let problems: Vec<String> = draft
            .check()
            .unwrap_err()
            .problems
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            problems,
            [
                "id: story id \"\" is not valid: use 1 to 64 lower-case letters, digits, '-', '_' or '.', starting with a letter or digit",
                "title.it: the story's title in \"it\" is empty",
                "steps[0].title.it (step 1): the title in \"it\" is empty",
                "steps[0].caption.it (step 1): the caption in \"it\" is empty",
            ]
        );
        draft.id = draft.suggested_id();
        assert_eq!(draft.id, "chips");
        // German ticked: the caption's German text comes back.
        draft.set_languages(&["de"]);
        assert_eq!(draft.languages, ["en", "de"]);
        assert!(draft.to_file_text().contains("Erste"));
    }

    #[test]
    fn steps_move_duplicate_and_go() {
        let step = |v: &str| DraftStep {
            view: v.into(),
            ..Default::default()
        };
        let mut draft = StoryDraft::default();
        for v in ["a", "b", "c"] {
            draft.add_step(step(v));
        }
        let views = |d: &StoryDraft| d.steps.iter().map(|s| s.view.clone()).collect::<Vec<_>>();
        assert!(draft.move_step(0, 2));
        assert_eq!(views(&draft), ["b", "c", "a"]);
        assert!(!draft.move_step(0, 3) && !draft.move_step(3, 0));
        assert!(draft.duplicate_step(1) && !draft.duplicate_step(4));
        assert_eq!(views(&draft), ["b", "c", "c", "a"]);
        assert_eq!(draft.remove_step(0).map(|s| s.view), Some("b".into()));
        assert_eq!(draft.remove_step(3), None);
        assert_eq!(views(&draft), ["c", "c", "a"]);
    }

    #[test]
    fn a_suggested_id_is_a_valid_slug() {
        let id = |title: &str| {
            StoryDraft {
                title: text(&[("en", title)]),
                ..Default::default()
            }
            .suggested_id()
        };
        assert_eq!(
            id("Lombardy's alliances, 1972 to 2026"),
            "lombardys-alliances-1972-to-2026"
        );
        assert_eq!(
            id("Rhône-Alpes & Baden-Württemberg"),
            "rhone-alpes-baden-wurttemberg"
        );
        assert_eq!(id("  !!  "), "my-story");
        assert_eq!(id("Ελλάδα"), "my-story");
        assert_eq!(id(&"a ".repeat(60)).len(), 63);
        assert_eq!(StoryDraft::default().suggested_id(), "my-story");
    }

    #[test]
    fn a_saved_draft_that_cannot_be_read_is_one_sentence() {
        for (text, start) in [
            ("", "the saved draft cannot be read"),
            ("[1]", "the saved draft cannot be read"),
            ("{}", "the saved draft has no draft_version"),
            (
                "{\"draft_version\": 2, \"draft\": {}}",
                "the saved draft is version 2, newer",
            ),
            ("{\"draft_version\": 1}", "the saved draft holds no draft"),
            (
                "{\"draft_version\": 1, \"draft\": {\"steps\": 3}}",
                "the saved draft cannot be read",
            ),
        ] {
            let error = StoryDraft::read_saved(text).unwrap_err();
            assert!(
                error.starts_with(start) && !error.contains('\n'),
                "{text}: {error}"
            );
        }
        let lenient = StoryDraft::read_saved(
            "{\"draft_version\": 1, \"draft\": {\"id\": \"x\", \"colour\": 1, \"steps\": [{}]}}",
        )
        .unwrap();
        assert_eq!((lenient.id.as_str(), lenient.steps.len()), ("x", 1));
        assert_eq!(lenient.languages, ["en"]);
    }
}
