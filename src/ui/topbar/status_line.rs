//! The one-line summary of what is on the map: `24 regions · 57 ties · 5 networks · 3 agreements`.

use leptos::prelude::*;

use atlas_core::Graph;

use crate::i18n::format::status;
use crate::i18n::{tr, use_lang, TextKey};
use crate::state::layout::LayoutProgress;
use crate::state::AtlasState;

/// Announces the counts politely to screen readers as filters change.
#[component]
pub fn StatusLine(graph: Memo<Graph>, progress: RwSignal<LayoutProgress>) -> impl IntoView {
    let lang = use_lang();
    // The atlas's state, when the line is part of the atlas (a test may mount it alone).
    let state = use_context::<AtlasState>();
    view! {
        <p class="status" role="status" aria-live="polite">
            {move || {
                graph.with(|g| status(lang.get(), g.nodes.len(), g.tie_count(), g.networks.len(), g.agreements.len()))
            }}
            {move || state.and_then(|state| state.link.query.with(|q| q.only).map(|only| view! {
                <span class="only-showing">
                    " · " {tr(TextKey::OnlyShowing)} ": " <span translate="no">{move || state.ties_only_name(only)}</span> " "
                    <button type="button" class="link-button" on:click=move |_| state.link.edit(|v| atlas_core::ViewState { only: None, ..v.clone() })>
                        {tr(TextKey::ShowEveryTie)}
                    </button>
                </span>
            }))}
            {move || (progress.get() == LayoutProgress::Computing).then(|| view! { <span class="busy">" · " {tr(TextKey::LayingOut)}</span> })}
        </p>
    }
}
