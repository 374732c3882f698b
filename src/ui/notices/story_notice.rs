//! Says why the story a link named could not be shown (the atlas shows the view instead).

use leptos::prelude::*;

use crate::i18n::{tr, TextKey};
use crate::state::present::Presenting;
use crate::state::use_atlas;

/// Says why the story a link named could not be shown (the atlas shows the view instead).
#[component]
pub fn StoryNotice() -> impl IntoView {
    let state = use_atlas();
    view! {
        {move || state.present.mode.with(|m| match m {
            Presenting::StoryFailed(failure) => Some(failure.clone()),
            _ => None,
        }).map(|failure| view! {
            <div class="data-notice" role="alert">
                <p>
                    <strong>{tr(TextKey::StoryNotShown)} " " <code>{failure.name.clone()}</code></strong>
                </p>
                <p class="hint">{tr(TextKey::DiagnosticsInEnglish)}</p>
                <ul lang="en">
                    {failure.lines.iter().take(12).map(|line| view! { <li><code>{line.clone()}</code></li> }).collect_view()}
                </ul>
                <button type="button" class="link" on:click=move |_| state.present.mode.set(Presenting::Off)>{tr(TextKey::Dismiss)}</button>
            </div>
        })}
    }
}
