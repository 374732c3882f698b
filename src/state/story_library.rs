//! The stories of this browser: the one being made in the editor (the draft) and the story
//! files opened from disk. Both are kept in the browser's local storage (`alliance-atlas.*`
//! keys), so a reload, a new tab or a restarted laptop finds them; never in embed mode, where
//! they live only as long as the page. Anything read back from storage is checked like a file
//! from disk: what cannot be read is said and set aside, never a broken page.
//!
//! Links name them `story=draft` (the draft) and `story=local:ID` (an opened story).

use std::sync::Arc;

use atlas_core::story::{Story, StoryDraft};
use atlas_core::Dataset;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::web::storage;

/// Where the draft is kept.
pub const DRAFT_KEY: &str = "story-draft";
/// Kept while the editor is open, so a reload opens it again.
pub const EDITOR_OPEN_KEY: &str = "story-editor-open";
/// Where a draft that could not be read is set aside, so nothing is lost.
pub const UNREADABLE_DRAFT_KEY: &str = "story-draft.unreadable";
/// Where the stories opened from disk are kept.
pub const OPENED_KEY: &str = "stories-opened";
/// How a link names the draft.
pub const DRAFT_LINK_NAME: &str = "draft";
/// How a link names an opened story: `local:ID`.
pub const LOCAL_PREFIX: &str = "local:";
/// Stories opened from disk kept at most (the oldest goes first).
const MAX_OPENED: usize = 20;

/// A story file opened from disk, checked against the data.
#[derive(Clone, Debug)]
pub struct OpenedStory {
    pub file_name: String,
    pub story: Arc<Story>,
    /// The file as read, kept so the next visit reads it again.
    pub text: String,
}

impl OpenedStory {
    /// How links name it.
    pub fn link_name(&self) -> String {
        format!("{LOCAL_PREFIX}{}", self.story.id)
    }
}

/// The story file of a draft; until the presenter names it, its id follows the English title.
pub fn draft_file_text(draft: &StoryDraft) -> String {
    if draft.id.trim().is_empty() {
        StoryDraft {
            id: draft.suggested_id(),
            ..draft.clone()
        }
        .to_file_text()
    } else {
        draft.to_file_text()
    }
}

/// One opened file as storage keeps it.
#[derive(Serialize, Deserialize)]
struct KeptFile {
    file_name: String,
    text: String,
}

#[derive(Clone, Copy)]
pub struct StoryLibrary {
    /// The story being made, if any.
    pub draft: RwSignal<Option<StoryDraft>>,
    /// Stories opened from disk, newest last.
    pub opened: RwSignal<Vec<OpenedStory>>,
    /// Whether the editor is open.
    pub editing: RwSignal<bool>,
    /// What could not be read (a file from disk, a draft kept from before), one line each;
    /// shown until dismissed.
    pub problems: RwSignal<Option<(String, Vec<String>)>>,
    /// Languages of the story just opened that the interface does not offer: kept in the
    /// file, said to the presenter, never dropped silently.
    pub languages_kept: RwSignal<Vec<String>>,
    /// What keeps the draft from being saved or presented, one line each (empty when it can
    /// be, or when there is no draft). Checked once per change, for the editor and the menu.
    pub draft_problems: Memo<Vec<String>>,
    dataset: StoredValue<Arc<Dataset>>,
    years: (i32, i32),
    embed: bool,
}

impl StoryLibrary {
    /// The library as this browser kept it.
    pub fn new(dataset: Arc<Dataset>, years: (i32, i32), embed: bool) -> Self {
        let draft: RwSignal<Option<StoryDraft>> = RwSignal::new(None);
        let draft_problems = {
            let dataset = dataset.clone();
            Memo::new(move |_| {
                draft.with(|d| match d {
                    None => Vec::new(),
                    Some(d) => crate::boot::stories::checked(
                        draft_file_text(d).as_bytes(),
                        &dataset,
                        years,
                    )
                    .err()
                    .unwrap_or_default(),
                })
            })
        };
        let library = Self {
            draft,
            opened: RwSignal::new(Vec::new()),
            editing: RwSignal::new(false),
            problems: RwSignal::new(None),
            languages_kept: RwSignal::new(Vec::new()),
            draft_problems,
            dataset: StoredValue::new(dataset),
            years,
            embed,
        };
        library.read_kept();
        library.editing.set(
            storage::read(embed, EDITOR_OPEN_KEY).is_some()
                && library.draft.get_untracked().is_some(),
        );
        library
    }

    /// Whether what is made here survives a reload (not embedded, storage allowed).
    pub fn is_kept(&self) -> bool {
        storage::is_available(self.embed)
    }

    fn read_kept(&self) {
        if let Some(text) = storage::read(self.embed, DRAFT_KEY) {
            match StoryDraft::read_saved(&text) {
                Ok(draft) => self.draft.set(Some(draft)),
                Err(why) => {
                    let _ = storage::write(self.embed, UNREADABLE_DRAFT_KEY, &text);
                    storage::remove(self.embed, DRAFT_KEY);
                    self.problems.set(Some((
                        "draft".to_owned(),
                        vec![format!(
                            "{why}; it is set aside in this browser's storage as \
                             alliance-atlas.{UNREADABLE_DRAFT_KEY}"
                        )],
                    )));
                }
            }
        }
        let Some(text) = storage::read(self.embed, OPENED_KEY) else {
            return;
        };
        let kept: Vec<KeptFile> = serde_json::from_str(&text).unwrap_or_default();
        let mut opened = Vec::new();
        for file in kept {
            // A file that no longer checks (the data changed) is left out quietly: its
            // original is still on the presenter's disk.
            if let Ok(story) = self.check(file.text.as_bytes()) {
                opened.push(OpenedStory {
                    file_name: file.file_name,
                    story: Arc::new(story),
                    text: file.text,
                });
            }
        }
        self.opened.set(opened);
    }

    /// Reads a story file and checks it against the data: the story, or every problem.
    pub fn check(&self, bytes: &[u8]) -> Result<Story, Vec<String>> {
        self.dataset
            .with_value(|d| crate::boot::stories::checked(bytes, d, self.years))
    }

    /// Opens a story file read from disk: kept in the library (replacing one with the same
    /// id), or its problems, all at once.
    pub fn open_file(&self, file_name: &str, bytes: &[u8]) -> Result<OpenedStory, Vec<String>> {
        let story = self.check(bytes)?;
        let opened = OpenedStory {
            file_name: file_name.to_owned(),
            story: Arc::new(story),
            text: String::from_utf8_lossy(bytes).into_owned(),
        };
        self.opened.update(|list| {
            list.retain(|o| o.story.id != opened.story.id);
            list.push(opened.clone());
            if list.len() > MAX_OPENED {
                list.remove(0);
            }
        });
        self.keep_opened();
        Ok(opened)
    }

    /// Forgets an opened story (its file stays on disk).
    pub fn forget(&self, id: &str) {
        self.opened.update(|list| list.retain(|o| o.story.id != id));
        self.keep_opened();
    }

    fn keep_opened(&self) {
        let kept: Vec<KeptFile> = self.opened.with_untracked(|list| {
            list.iter()
                .map(|o| KeptFile {
                    file_name: o.file_name.clone(),
                    text: o.text.clone(),
                })
                .collect()
        });
        if let Ok(text) = serde_json::to_string(&kept) {
            let _ = storage::write(self.embed, OPENED_KEY, &text);
        }
    }

    /// Opens or closes the editor; an open editor opens again after a reload.
    pub fn set_editing(&self, open: bool) {
        self.editing.set(open);
        if open {
            let _ = storage::write(self.embed, EDITOR_OPEN_KEY, "1");
        } else {
            storage::remove(self.embed, EDITOR_OPEN_KEY);
        }
    }

    /// Changes the draft (making one if there is none) and keeps it.
    pub fn edit_draft(&self, edit: impl FnOnce(&mut StoryDraft)) {
        self.draft
            .update(|draft| edit(draft.get_or_insert_with(StoryDraft::default)));
        self.keep_draft();
    }

    /// Replaces the draft (with a story to change, or nothing) and keeps it.
    pub fn set_draft(&self, draft: Option<StoryDraft>) {
        self.draft.set(draft);
        self.keep_draft();
    }

    fn keep_draft(&self) {
        match self
            .draft
            .with_untracked(|d| d.as_ref().map(StoryDraft::to_saved_text))
        {
            Some(text) => {
                let _ = storage::write(self.embed, DRAFT_KEY, &text);
            }
            None => storage::remove(self.embed, DRAFT_KEY),
        }
    }

    /// The draft as a story, checked against the data: or every problem.
    pub fn draft_story(&self) -> Result<Story, Vec<String>> {
        let Some(draft) = self.draft.get_untracked() else {
            return Err(vec!["there is no story being made".to_owned()]);
        };
        self.check(draft_file_text(&draft).as_bytes())
    }

    /// The story a link names, if it is one of this library's (`draft`, `local:ID`):
    /// `None` when the name is not of this library; `Some(Err)` when it is but cannot be shown.
    pub fn find(&self, name: &str) -> Option<Result<Arc<Story>, Vec<String>>> {
        if name == DRAFT_LINK_NAME {
            return Some(self.draft_story().map(Arc::new));
        }
        let id = name.strip_prefix(LOCAL_PREFIX)?;
        Some(
            self.opened
                .with_untracked(|list| {
                    list.iter()
                        .find(|o| o.story.id == id)
                        .map(|o| o.story.clone())
                })
                .ok_or_else(|| {
                    vec![format!(
                        "the story \"{id}\" was opened from a file in another browser or has been \
                         forgotten here; open its file again (Present › Open a story file)"
                    )]
                }),
        )
    }
}
