//! When the link asked for a data file that could not be used: say so plainly, list why, and
//! say that the atlas's own data is shown instead.

use leptos::prelude::*;

use crate::boot::loader::LoadFailure;
use crate::i18n::format::and_more;
use crate::i18n::{tr, use_lang, TextKey};

/// Most problems listed before "and N more".
const MAX_LINES: usize = 12;

#[component]
pub fn DataNotice(failure: LoadFailure) -> impl IntoView {
    let dismissed = RwSignal::new(false);
    let lang = use_lang();
    let lines = failure.lines();
    let more = lines.len().saturating_sub(MAX_LINES);
    let url = failure.url().to_owned();
    view! {
        <Show when=move || !dismissed.get()>
            <div class="data-notice" role="alert">
                <p>
                    <strong><code>{url.clone()}</code> " " {tr(TextKey::CouldNotBeUsed)}</strong>
                    {tr(TextKey::ShowsOwnData)}
                </p>
                <p class="hint">{tr(TextKey::DiagnosticsInEnglish)}</p>
                <ul lang="en">
                    {lines.iter().take(MAX_LINES).map(|line| view! { <li><code>{line.clone()}</code></li> }).collect_view()}
                    {(more > 0).then(|| view! { <li>{move || and_more(lang.get(), more)}</li> })}
                </ul>
                <button type="button" class="link" on:click=move |_| dismissed.set(true)>{tr(TextKey::Dismiss)}</button>
            </div>
        </Show>
    }
}
