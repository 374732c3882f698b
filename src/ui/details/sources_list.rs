//! Source links: every fact on the page leads back to where it was stated.

use atlas_core::dataset::SourceIdx;
use leptos::prelude::*;

use crate::i18n::format::{checked, count, date, Noun};
use crate::state::use_atlas;

/// Only http(s) links are ever made clickable (validation already refuses other schemes; this
/// keeps the page safe even if a file slipped past it).
fn is_web_address(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// A compact list of source links with publisher and date checked, folded when long.
#[component]
pub fn SourcesList(sources: Vec<SourceIdx>) -> impl IntoView {
    let state = use_atlas();
    let dataset = state.dataset();
    let sources_count = sources.len();
    (!sources.is_empty()).then(|| {
        let items = sources
            .into_iter()
            .map(|idx| {
                let source = dataset.source(idx).clone();
                let detail = move || {
                    let lang = state.lang();
                    [
                        source.publisher.clone(),
                        source.published.map(|d| date(lang, d)).unwrap_or_default(),
                        checked(lang, source.checked),
                    ]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
                };
                let source = dataset.source(idx);
                let link = if is_web_address(&source.url) {
                    view! {
                        <a href=source.url.clone() target="_blank" rel="noopener noreferrer" translate="no">
                            {source.title.clone()}
                        </a>
                    }
                    .into_any()
                } else {
                    view! { <span translate="no">{source.title.clone()}</span> }.into_any()
                };
                view! {
                    <li>
                        {link}
                        <span class="source-detail">" (" {detail} ")"</span>
                    </li>
                }
            })
            .collect_view();
        // A long list folds away, one click from view; a short one is open.
        view! {
            <details class="sources" open=sources_count <= 2>
                <summary>{move || count(state.lang(), sources_count, Noun::Source)}</summary>
                <ul>{items}</ul>
            </details>
        }
    })
}
