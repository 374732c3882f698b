//! The one-line summary of what is on the map: `24 regions · 57 ties · 5 networks · 3 agreements`.

use leptos::prelude::*;

use atlas_core::Graph;

use crate::i18n::format::status;
use crate::i18n::{tr, use_lang, TextKey};
use crate::state::layout::LayoutProgress;

/// Announces the counts politely to screen readers as filters change.
#[component]
pub fn StatusLine(graph: Memo<Graph>, progress: RwSignal<LayoutProgress>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="status" role="status" aria-live="polite">
            {move || {
                graph.with(|g| status(lang.get(), g.nodes.len(), g.tie_count(), g.networks.len(), g.agreements.len()))
            }}
            {move || (progress.get() == LayoutProgress::Computing).then(|| view! { <span class="busy">" · " {tr(TextKey::LayingOut)}</span> })}
        </p>
    }
}
