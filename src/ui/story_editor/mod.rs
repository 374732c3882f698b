//! The story editor: a presenter makes a story in the page, by setting up the map and adding
//! each view as a step, with a title and caption in each language the story offers. The draft
//! is kept in the browser as it is typed (see `state::story_library`), saved as a story file
//! (`docs/stories.md`), previewed on three projector sizes and presented.
//!
//! * [`step_editor`]: one step's texts and buttons.
//! * [`preview`]: the story on 1920x1080, 1280x720 and 1024x768 side by side.
//! * [`story_file`]: opening a story file from disk (picker, drag and drop).
//! * [`caption_fit`]: whether a caption will fit a small projector.

pub mod caption_fit;
pub mod preview;
pub mod step_editor;
pub mod story_file;

use std::sync::Arc;

use atlas_core::i18n::Lang;
use atlas_core::story::{DraftStep, StoryDraft};
use leptos::prelude::*;

use crate::i18n::{text, tr, TextKey};
use crate::state::story_library::{draft_file_text, DRAFT_LINK_NAME};
use crate::state::use_atlas;
use crate::web::download::save_text;

use self::preview::StoryPreview;
use self::step_editor::StepEditor;

/// A language's name for the editor's labels: the interface languages by their own name,
/// any other by its code.
pub fn language_name(code: &str) -> String {
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == code)
        .map_or_else(|| code.to_owned(), |l| l.native_name().to_owned())
}

/// The story editor panel, beside the map.
#[component]
pub fn StoryEditor() -> impl IntoView {
    let state = use_atlas();
    let library = state.stories;
    let draft = library.draft;
    // Bumped when the steps or languages change shape, so their inputs are made again;
    // typing changes the draft without remaking the input being typed in.
    let revision = RwSignal::new(0u32);
    let previewing = RwSignal::new(false);
    let confirm_discard = RwSignal::new(false);

    let languages = move || {
        draft.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.written_languages()
                        .into_iter()
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_else(|| vec!["en".to_owned()])
        })
    };
    let toggle_language = move |code: &'static str, on: bool| {
        library.edit_draft(|d| {
            let mut langs: Vec<String> = d
                .written_languages()
                .into_iter()
                .map(str::to_owned)
                .collect();
            langs.retain(|l| l != code);
            if on {
                langs.push(code.to_owned());
            }
            let refs: Vec<&str> = langs.iter().map(String::as_str).collect();
            d.set_languages(&refs);
        });
        revision.update(|r| *r += 1);
    };
    let add_step = move |_| {
        let (view, frame) = state.capture_step_view();
        library.edit_draft(|d| {
            d.add_step(DraftStep {
                view,
                frame,
                ..DraftStep::default()
            })
        });
        revision.update(|r| *r += 1);
    };
    let problems = library.draft_problems;
    let save = move |_| {
        if let Some(d) = draft.get_untracked() {
            let text = draft_file_text(&d);
            if let Ok(story) = library.check(text.as_bytes()) {
                save_text(&text, "application/json", &format!("{}.json", story.id));
            }
        }
    };
    let present = move |_| {
        if let Ok(story) = library.draft_story() {
            state
                .present
                .present_story(Arc::new(story), DRAFT_LINK_NAME, 1, true);
        }
    };
    let discard = move |_| {
        if confirm_discard.get_untracked() {
            library.set_draft(None);
            confirm_discard.set(false);
            library.set_editing(false);
        } else {
            confirm_discard.set(true);
        }
    };
    let title_inputs =
        move || {
            revision.track();
            languages()
            .into_iter()
            .map(|lang| {
                let initial = draft.with_untracked(|d| {
                    d.as_ref().and_then(|d| d.title.get(&lang).cloned()).unwrap_or_default()
                });
                let name = language_name(&lang);
                let on_input = {
                    let lang = lang.clone();
                    move |ev: web_sys::Event| {
                        let value = event_target_value(&ev);
                        library.edit_draft(|d| {
                            d.title.insert(lang.clone(), value);
                        });
                    }
                };
                view! {
                    <label class="editor-field">
                        <span>{tr(TextKey::StoryTitleLabel)} " (" {name} ")"</span>
                        <input type="text" lang=lang.clone() prop:value=initial on:input=on_input/>
                    </label>
                }
            })
            .collect_view()
        };
    let steps = move || {
        revision.track();
        let count = draft.with_untracked(|d| d.as_ref().map_or(0, |d| d.steps.len()));
        if count == 0 {
            return view! { <p class="note">{tr(TextKey::NoStepsYet)}</p> }.into_any();
        }
        view! {
            <ol class="plain step-list">
                {(0..count).map(|index| view! { <StepEditor index count languages=languages() revision/> }).collect_view()}
            </ol>
        }
        .into_any()
    };
    let extra_languages = move || {
        languages()
            .into_iter()
            .filter(|code| Lang::ALL.iter().all(|l| l.code() != code))
            .map(|code| view! { <label class="language-choice"><input type="checkbox" checked disabled/> " " {code}</label> })
            .collect_view()
    };
    view! {
        <aside class="story-editor" aria-label=tr(TextKey::StoryEditor)>
            <header class="editor-head">
                <h2>{tr(TextKey::StoryEditor)}</h2>
                <button type="button" class="link-button" on:click=move |_| library.set_editing(false)>{tr(TextKey::CloseEditor)}</button>
            </header>
            <p class="note">{move || if library.is_kept() { tr(TextKey::DraftKeptHere)() } else { tr(TextKey::DraftNotKept)() }}</p>
            <fieldset class="editor-languages">
                <legend>{tr(TextKey::StoryLanguages)}</legend>
                {Lang::ALL.into_iter().map(|lang| {
                    let code = lang.code();
                    view! {
                        <label class="language-choice">
                            <input
                                type="checkbox"
                                prop:checked=move || languages().iter().any(|l| l == code)
                                disabled={code == "en"}
                                on:change=move |ev| toggle_language(code, event_target_checked(&ev))
                            />
                            " " {lang.native_name()}
                        </label>
                    }
                }).collect_view()}
                {extra_languages}
            </fieldset>
            {title_inputs}
            {steps}
            <div class="editor-actions">
                <button type="button" class="primary" on:click=add_step>{tr(TextKey::AddViewAsStep)}</button>
            </div>
            {move || {
                let problems = problems.get();
                (!problems.is_empty() && draft.with(|d| d.as_ref().is_some_and(|d| !d.steps.is_empty()))).then(|| view! {
                    <div class="editor-problems" role="status">
                        <p>{tr(TextKey::StoryNeeds)}</p>
                        <ul translate="no">{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            <div class="editor-actions">
                <button type="button" disabled={move || !problems.get().is_empty()} on:click=present>{tr(TextKey::PresentThisStory)}</button>
                <button type="button" disabled={move || !problems.get().is_empty()} on:click=move |_| previewing.set(true)>{tr(TextKey::PreviewOnProjectors)}</button>
                <button type="button" disabled={move || !problems.get().is_empty()} on:click=save>{tr(TextKey::SaveStoryFile)}</button>
            </div>
            <div class="editor-actions">
                <button type="button" class="danger" on:click=discard>
                    {move || text(state.lang(), if confirm_discard.get() { TextKey::DiscardConfirm } else { TextKey::DiscardStory })}
                </button>
            </div>
            <Show when=move || previewing.get()>
                <StoryPreview on_close=Callback::new(move |_| previewing.set(false))/>
            </Show>
        </aside>
    }
}

/// Opens the editor on a copy of `story` (the draft is replaced).
pub fn edit_a_copy(state: crate::state::AtlasState, story: &atlas_core::story::Story) {
    state.stories.set_draft(Some(StoryDraft::from_story(story)));
    state.stories.set_editing(true);
}
