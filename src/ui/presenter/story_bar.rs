//! What presentation mode shows: the menu that starts it (this view, or a story), the story's
//! caption bar with its step and buttons for a mouse, and the way out.

use std::sync::Arc;

use atlas_core::story::Story;
use leptos::prelude::*;

use crate::i18n::{text, tr, T};
use crate::state::use_atlas;
use crate::stories;

/// "Present" in the top bar: the current view, or one of the bundled stories.
#[component]
pub fn PresentMenu() -> impl IntoView {
    let state = use_atlas();
    let menu = NodeRef::<leptos::html::Details>::new();
    let dataset = state.dataset();
    let bundled: Vec<(String, Arc<Story>)> = stories::BUNDLED
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .zip(stories::bundled(&dataset, state.years))
        .collect();
    let close = move || {
        if let Some(menu) = menu.get_untracked() {
            menu.set_open(false);
        }
    };
    let story_items = bundled
        .into_iter()
        .map(|(name, story)| {
            let steps = story.steps.len();
            let title = {
                let story = story.clone();
                move || story.title(state.lang.get().code()).to_owned()
            };
            let start = move |_| {
                close();
                state.present_story(story.clone(), &name, 1, true);
            };
            view! {
                <li>
                    <button type="button" class="menu-item" on:click=start>
                        <span translate="no">{title}</span>
                        <span class="menu-hint">{move || format!("{steps} {}", text(state.lang.get(), T::Steps))}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="present-menu" node_ref=menu>
            <summary>{tr(T::Present)}</summary>
            <div class="menu">
                <ul class="plain">
                    <li>
                        <button type="button" class="menu-item" on:click=move |_| { close(); state.start_presenting(true); }>
                            <span>{tr(T::PresentThisView)}</span>
                            <span class="menu-hint">{tr(T::PresentThisViewHint)}</span>
                        </button>
                    </li>
                </ul>
                <h3>{tr(T::Stories)}</h3>
                <ul class="plain">{story_items}</ul>
                <p class="menu-note">{tr(T::PresentKeysHint)}</p>
            </div>
        </details>
    }
}

/// The story's caption, its step and the buttons, at the foot of the map while presenting.
#[component]
pub fn StoryBar() -> impl IntoView {
    let state = use_atlas();
    let lang = move || state.lang.get().code();
    let step = move || {
        let (number, _) = state.story_position()?;
        state.story.with(|s| {
            let step = s.as_ref()?.step(number)?;
            Some((
                step.title(lang()).to_owned(),
                step.caption(lang()).to_owned(),
            ))
        })
    };
    let position = move || state.story_position();
    let story_title = move || {
        state
            .story
            .with(|s| s.as_ref().map(|s| s.title(lang()).to_owned()))
    };
    view! {
        <Show when=move || state.presenting.get()>
            {move || match step() {
                Some((title, caption)) => view! {
                    <section class="story-bar" aria-label=move || story_title().unwrap_or_default() aria-live="polite">
                        <div class="story-text" translate="no">
                            <p class="story-name">{story_title}</p>
                            <h2>{title}</h2>
                            <p class="caption">{caption}</p>
                        </div>
                        <div class="story-controls">
                            <button
                                type="button"
                                aria-label=tr(T::PreviousStep)
                                title=tr(T::PreviousStep)
                                disabled=move || position().is_some_and(|(n, _)| n <= 1)
                                on:click=move |_| state.step_by(-1, false)
                            >
                                "‹"
                            </button>
                            <span class="story-position">
                                {move || position().map(|(n, count)| format!("{n} / {count}"))}
                            </span>
                            <button
                                type="button"
                                aria-label=tr(T::NextStep)
                                title=tr(T::NextStep)
                                disabled=move || position().is_some_and(|(n, count)| n >= count)
                                on:click=move |_| state.step_by(1, false)
                            >
                                "›"
                            </button>
                        </div>
                    </section>
                }
                .into_any(),
                None => ().into_any(),
            }}
            <button type="button" class="leave-presentation" on:click=move |_| state.stop_presenting()>
                {tr(T::LeavePresentation)}
            </button>
        </Show>
    }
}

/// Says why the story a link named could not be shown (the atlas shows the view instead).
#[component]
pub fn StoryNotice() -> impl IntoView {
    let state = use_atlas();
    view! {
        {move || state.story_failure.get().map(|failure| view! {
            <div class="data-notice" role="alert">
                <p>
                    <strong>{tr(T::StoryNotShown)} " " <code>{failure.name.clone()}</code></strong>
                </p>
                <p class="hint">{tr(T::DiagnosticsInEnglish)}</p>
                <ul lang="en">
                    {failure.lines.iter().take(12).map(|line| view! { <li><code>{line.clone()}</code></li> }).collect_view()}
                </ul>
                <button type="button" class="link" on:click=move |_| state.story_failure.set(None)>{tr(T::Dismiss)}</button>
            </div>
        })}
    }
}
