//! The one-line summary of what is on the map: `24 regions · 57 ties · 5 networks · 3 agreements`.

use leptos::prelude::*;

use atlas_core::Graph;

use crate::i18n::format::status;
use crate::i18n::use_lang;

/// Announces the counts politely to screen readers as filters change.
#[component]
pub fn StatusLine(graph: Memo<Graph>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="status" role="status" aria-live="polite">
            {move || {
                graph.with(|g| status(lang.get(), g.nodes.len(), g.tie_count(), g.networks.len(), g.agreements.len()))
            }}
        </p>
    }
}
