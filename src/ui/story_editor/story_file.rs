//! Opening a story file from disk, by the file picker or by dropping it on the page: read in
//! the browser (never uploaded), checked against the data, kept in the library and presented;
//! or every problem shown at once.

use js_sys::Uint8Array;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{tr, TextKey};
use crate::state::{use_atlas, AtlasState};
use crate::web::listener::{listen_on_document, Phase};

/// The bytes of a file someone chose or dropped (a story here; a data file in `ui::data_file`).
pub(crate) async fn file_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("{} could not be read from the disk", file.name()))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Opens `file` as a story: presents it, or shows why it cannot be.
pub fn open_story_file(state: AtlasState, file: web_sys::File) {
    leptos::task::spawn_local(async move {
        let name = file.name();
        let result = match file_bytes(&file).await {
            Ok(bytes) => state.stories.open_file(&name, &bytes),
            Err(why) => Err(vec![why]),
        };
        match result {
            Ok(opened) => {
                state.stories.problems.set(None);
                let offered: Vec<&str> = atlas_core::i18n::Lang::ALL
                    .iter()
                    .map(|l| l.code())
                    .collect();
                state
                    .stories
                    .languages_kept
                    .set(opened.story.languages_not_offered(&offered));
                let link_name = opened.link_name();
                state
                    .present
                    .present_story(opened.story, &link_name, 1, false);
            }
            Err(lines) => state.stories.problems.set(Some((name, lines))),
        }
    });
}

/// The hidden file input behind "Open a story file…"; `open` clicks it.
#[component]
pub fn StoryFileInput(input: NodeRef<leptos::html::Input>) -> impl IntoView {
    let state = use_atlas();
    let on_change = move |ev: web_sys::Event| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = target.files().and_then(|files| files.get(0)) {
            open_story_file(state, file);
        }
        // The same file can be chosen again after it is fixed.
        target.set_value("");
    };
    view! {
        <input
            node_ref=input
            class="story-file-input"
            type="file"
            accept=".json,application/json,text/plain"
            aria-label=tr(TextKey::OpenStoryFile)
            tabindex="-1"
            on:change=on_change
        />
    }
}

/// A story file dropped anywhere on the page opens; while one is dragged over, the page says
/// so. Not in embed mode (a host's visitors do not present).
#[component]
pub fn StoryDropZone() -> impl IntoView {
    let state = use_atlas();
    let dragging = RwSignal::new(false);
    let has_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer().is_some_and(|t| {
            t.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
    };
    if !state.link.embed() {
        listen_on_document("dragover", Phase::Bubble, move |ev: web_sys::DragEvent| {
            if has_files(&ev) {
                ev.prevent_default();
                dragging.set(true);
            }
        });
        listen_on_document("dragleave", Phase::Bubble, move |ev: web_sys::DragEvent| {
            // Leaving the window: no element is entered.
            if ev.related_target().is_none() {
                dragging.set(false);
            }
        });
        // Data files (a data file, an overlay, spreadsheet tables) dropped here are checked and
        // shown instead (crate::ui::data_file).
        let loaded = use_context::<std::sync::Arc<crate::boot::loader::Loaded>>();
        let opened = crate::ui::data_file::use_opened_data();
        listen_on_document("drop", Phase::Bubble, move |ev: web_sys::DragEvent| {
            dragging.set(false);
            let files: Vec<web_sys::File> = ev
                .data_transfer()
                .and_then(|t| t.files())
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                .unwrap_or_default();
            let Some(first) = files.first().cloned() else {
                return;
            };
            ev.prevent_default();
            let loaded = loaded.clone();
            leptos::task::spawn_local(async move {
                let tables = files
                    .iter()
                    .any(|f| f.name().to_ascii_lowercase().ends_with(".csv"));
                let story = !tables
                    && file_bytes(&first)
                        .await
                        .is_ok_and(|bytes| crate::ui::data_file::open::looks_like_story(&bytes));
                match loaded {
                    Some(loaded) if !story => {
                        crate::ui::data_file::open::open_data_files(opened, loaded, files)
                    }
                    _ => open_story_file(state, first),
                }
            });
        });
    }
    view! {
        <Show when=move || dragging.get()>
            <div class="story-drop-zone" aria-hidden="true">
                <p>{tr(TextKey::DropStoryHere)}</p>
            </div>
        </Show>
    }
}

/// What was wrong with the story file or the kept draft, every problem at once; and the
/// languages of an opened story that the atlas keeps but cannot show.
#[component]
pub fn StoryProblemsNotice() -> impl IntoView {
    let state = use_atlas();
    let kept = move || {
        let languages = state.stories.languages_kept.get();
        (!languages.is_empty()).then(|| {
            view! {
                <div class="notice story-languages-kept" role="status">
                    <p>{tr(TextKey::LanguagesKept)} " " <span translate="no">{languages.join(", ")}</span></p>
                    <button type="button" class="link-button" on:click=move |_| state.stories.languages_kept.set(Vec::new())>
                        {tr(TextKey::Dismiss)}
                    </button>
                </div>
            }
        })
    };
    let problems = move || {
        state.stories.problems.get().map(|(name, lines)| {
            view! {
                <div class="notice story-problems" role="alert">
                    <p><strong>{tr(TextKey::StoryFileProblems)}</strong> " " <span translate="no">{name}</span></p>
                    <ul translate="no">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <button type="button" class="link-button" on:click=move |_| state.stories.problems.set(None)>
                        {tr(TextKey::Dismiss)}
                    </button>
                </div>
            }
        })
    };
    view! { {kept} {problems} }
}
