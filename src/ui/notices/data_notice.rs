//! When the link asked for a data file that could not be used: one sentence for the public, in
//! their language, that the atlas shows its own data; the file and every problem with its place
//! behind "Details", for the site's editors (and in the console).

use leptos::prelude::*;

use crate::boot::loader::LoadFailure;
use crate::i18n::format::and_more;
use crate::i18n::{tr, use_lang, TextKey};

/// Most problems listed before "and N more".
const MAX_LINES: usize = 50;

#[component]
pub fn DataNotice(failure: LoadFailure) -> impl IntoView {
    let dismissed = RwSignal::new(false);
    let lang = use_lang();
    let lines = failure.lines();
    let more = lines.len().saturating_sub(MAX_LINES);
    let url = failure.url().to_owned();
    web_sys::console::warn_1(
        &format!(
            "Alliance Atlas: the data file {url} could not be used, so the atlas shows its own data:\n{}",
            lines.join("\n")
        )
        .into(),
    );
    view! {
        <Show when=move || !dismissed.get()>
            <div class="data-notice" role="alert">
                <p class="public-sentence">{tr(TextKey::DataNotReadPublic)}</p>
                <details class="data-problems">
                    <summary>{tr(TextKey::Details)}</summary>
                    <p>
                        <strong><code>{url.clone()}</code> " " {tr(TextKey::CouldNotBeUsed)}</strong>
                        {tr(TextKey::ShowsOwnData)}
                    </p>
                    <p class="hint">{tr(TextKey::DiagnosticsInEnglish)} " " <span translate="no">{concat!("Alliance Atlas ", env!("CARGO_PKG_VERSION"), ".")}</span></p>
                    <ul lang="en">
                        {lines.iter().take(MAX_LINES).map(|line| view! { <li><code>{line.clone()}</code></li> }).collect_view()}
                        {(more > 0).then(|| view! { <li>{move || and_more(lang.get(), more)}</li> })}
                    </ul>
                </details>
                <button type="button" class="link" on:click=move |_| dismissed.set(true)>{tr(TextKey::Dismiss)}</button>
            </div>
        </Show>
    }
}
