//! What the page shows when the data cannot be used: every problem, with where it is.

use leptos::prelude::*;

use crate::boot::loader::LoadFailure;
use crate::i18n::format::{count, Noun};
use crate::i18n::{tr, use_lang, TextKey};

/// Lists why the data could not be loaded, one problem per line, never a blank page. The
/// problems themselves are in English, for whoever maintains the file; the page says so.
#[component]
pub fn LoadErrorPanel(failure: LoadFailure) -> impl IntoView {
    let lang = use_lang();
    let title = match failure {
        LoadFailure::Data { .. } => TextKey::DataProblemsTitle,
        _ => TextKey::FetchFailedTitle,
    };
    let url = failure.url().to_owned();
    let lines = failure.lines();
    let problems = lines.len();
    view! {
        <main class="load-error" role="alert">
            <h1>{tr(title)}</h1>
            <p>
                {tr(TextKey::File)} <code>{url}</code> " · " {move || count(lang.get(), problems, Noun::Problem)}
            </p>
            <p class="hint">{tr(TextKey::DiagnosticsInEnglish)}</p>
            <ul class="problems" lang="en">
                {lines.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}
            </ul>
            <p class="hint">
                {tr(TextKey::CheckTheFile)} <code>"cargo run -p atlas-cli -- validate FILE"</code> {tr(TextKey::FixThenReload)}
            </p>
            <button type="button" on:click=|_| crate::state::link::reload_page()>{tr(TextKey::Reload)}</button>
        </main>
    }
}
