//! "Present" in the top bar: the current view, one of the bundled stories, or the offline
//! package to download.

use leptos::prelude::*;

use crate::boot::stories;
use crate::i18n::{text, tr, TextKey};
use crate::state::present::PresenterTheme;
use crate::state::story_library::DRAFT_LINK_NAME;
use crate::state::use_atlas;
use crate::ui::story_editor::edit_a_copy;
use crate::ui::story_editor::story_file::StoryFileInput;
use crate::web::service_worker::served_over_web;

/// The offline package's file, beside the page (written by tools/offline-package.mjs).
pub const OFFLINE_PACKAGE: &str = "alliance-atlas-offline.html";

/// "Present" in the top bar: the current view, or one of the bundled stories.
#[component]
pub fn PresentMenu() -> impl IntoView {
    let state = use_atlas();
    let menu = NodeRef::<leptos::html::Details>::new();
    let dataset = state.dataset();
    let bundled = stories::bundled(&dataset, state.data.years);
    let close = move || {
        if let Some(menu) = menu.get_untracked() {
            menu.set_open(false);
        }
    };
    let story_items = bundled
        .into_iter()
        .map(|stories::BundledStory { name, story }| {
            let steps = story.steps.len();
            let title = {
                let story = story.clone();
                move || story.title(state.lang().code()).to_owned()
            };
            let start = move |_| {
                close();
                state.present.present_story(story.clone(), name, 1, true);
            };
            view! {
                <li>
                    <button type="button" class="menu-item" on:click=start>
                        <span translate="no">{title}</span>
                        <span class="menu-hint">{move || format!("{steps} {}", text(state.lang(), TextKey::Steps))}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let library = state.stories;
    let file_input = NodeRef::<leptos::html::Input>::new();
    let open_file = move |_| {
        close();
        if let Some(input) = file_input.get_untracked() {
            input.click();
        }
    };
    let open_editor = move |_| {
        close();
        library.set_editing(true);
    };
    // The story being made, presented as it stands (when it checks).
    let draft_item = move || {
        let title = library.draft.with(|d| {
            d.as_ref().filter(|d| !d.steps.is_empty()).map(|d| {
                // In the interface's language when the story has it, else in English.
                let lang = state.lang().code();
                let title = d.title.get(lang).filter(|t| !t.trim().is_empty());
                let title = title.or_else(|| d.title.get("en")).cloned();
                (title.unwrap_or_default(), d.steps.len())
            })
        })?;
        let ready = library.draft_problems.with(Vec::is_empty);
        let (name, steps) = title;
        Some(view! {
            <li class="story-item">
                <button type="button" class="menu-item" disabled={!ready} on:click=move |_| {
                    close();
                    if let Ok(story) = library.draft_story() {
                        state.present.present_story(std::sync::Arc::new(story), DRAFT_LINK_NAME, 1, true);
                    }
                }>
                    <span translate="no">{name}</span>
                    <span class="menu-hint">{move || format!("{} · {steps} {}", text(state.lang(), TextKey::BeingMade), text(state.lang(), TextKey::Steps))}</span>
                </button>
            </li>
        })
    };
    let opened_items = move || {
        library
            .opened
            .get()
            .into_iter()
            .map(|opened| {
                let story = opened.story.clone();
                let link_name = opened.link_name();
                let id = story.id.clone();
                let steps = story.steps.len();
                let title = {
                    let story = story.clone();
                    move || story.title(state.lang().code()).to_owned()
                };
                let present = {
                    let story = story.clone();
                    move |_| {
                        close();
                        state.present.present_story(story.clone(), &link_name, 1, true);
                    }
                };
                let copy = {
                    let story = story.clone();
                    move |_| {
                        close();
                        edit_a_copy(state, &story);
                    }
                };
                view! {
                    <li class="story-item">
                        <button type="button" class="menu-item" on:click=present>
                            <span translate="no">{title}</span>
                            <span class="menu-hint" translate="no">{move || format!("{} · {steps} {}", opened.file_name, text(state.lang(), TextKey::Steps))}</span>
                        </button>
                        <span class="story-item-actions">
                            <button type="button" class="link-button" on:click=copy>{tr(TextKey::EditACopy)}</button>
                            <button type="button" class="link-button" on:click=move |_| library.forget(&id)>{tr(TextKey::Forget)}</button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="present-menu" node_ref=menu>
            <summary>{tr(TextKey::Present)}</summary>
            <div class="menu">
                <ul class="plain">
                    <li>
                        <button type="button" class="menu-item" on:click=move |_| { close(); state.present.start(true); }>
                            <span>{tr(TextKey::PresentThisView)}</span>
                            <span class="menu-hint">{tr(TextKey::PresentThisViewHint)}</span>
                        </button>
                    </li>
                </ul>
                <h2>{tr(TextKey::Stories)}</h2>
                <ul class="plain">{story_items}{draft_item}</ul>
                {move || (!library.opened.with(Vec::is_empty)).then(|| view! {
                    <h2>{tr(TextKey::OpenedStories)}</h2>
                })}
                <ul class="plain">{opened_items}</ul>
                <ul class="plain">
                    <li>
                        <button type="button" class="menu-item" on:click=open_editor>
                            <span>{move || if library.draft.with(|d| d.as_ref().is_some_and(|d| !d.steps.is_empty())) { tr(TextKey::ContinueStory)() } else { tr(TextKey::MakeStory)() }}</span>
                        </button>
                    </li>
                    <li>
                        <button type="button" class="menu-item" on:click=open_file>
                            <span>{tr(TextKey::OpenStoryFile)}</span>
                        </button>
                        <StoryFileInput input=file_input/>
                    </li>
                </ul>
                <fieldset class="presenter-colours">
                    <legend>{tr(TextKey::PresenterColours)}</legend>
                    {[
                        (PresenterTheme::System, TextKey::ColoursSystem),
                        (PresenterTheme::Light, TextKey::ColoursLight),
                        (PresenterTheme::Dark, TextKey::ColoursDark),
                    ]
                        .into_iter()
                        .map(|(theme, label)| view! {
                            <label>
                                <input
                                    type="radio"
                                    name="presenter-colours"
                                    prop:checked=move || state.present.theme.get() == theme
                                    on:change=move |_| state.present.set_theme(theme)
                                />
                                " " {tr(label)}
                            </label>
                        })
                        .collect_view()}
                </fieldset>
                <p class="menu-note">{tr(TextKey::PresentKeysHint)}</p>
                // The single-file package the build writes beside the page (see README,
                // "Presenting without a network"); the menu is not shown in an embed, the
                // link not in the package itself.
                {served_over_web().then(|| view! {
                    <a class="menu-item" href=OFFLINE_PACKAGE download=OFFLINE_PACKAGE on:click=move |_| close()>
                        <span>{tr(TextKey::DownloadOffline)}</span>
                        <span class="menu-hint">{tr(TextKey::DownloadOfflineHint)}</span>
                    </a>
                })}
            </div>
        </details>
    }
}
