//! What the page shows when the data cannot be used: every problem, with where it is.

use leptos::prelude::*;

use crate::loader::LoadFailure;

/// Lists why the data could not be loaded, one problem per line, never a blank page.
#[component]
pub fn LoadErrorPanel(failure: LoadFailure) -> impl IntoView {
    let title = match failure {
        LoadFailure::Data { .. } => "The data file has problems",
        _ => "The atlas could not fetch its data",
    };
    let url = failure.url().to_owned();
    let lines = failure.lines();
    let count = lines.len();
    view! {
        <main class="load-error" role="alert">
            <h1>{title}</h1>
            <p>
                "File: " <code>{url}</code> " · "
                {if count == 1 { "1 problem".to_string() } else { format!("{count} problems") }}
            </p>
            <ul class="problems">
                {lines.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}
            </ul>
            <p class="hint">
                "Check the file with " <code>"cargo run -p atlas-cli -- validate FILE"</code>
                ", fix the lines above, then reload."
            </p>
            <button type="button" on:click=|_| {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }>"Reload"</button>
        </main>
    }
}
