//! "Show only these ties": one agreement, one network or one pair's ties on their own
//! (`only=`), every count following; pressed again, every tie comes back.

use atlas_core::view_state::TiesOnly;
use leptos::prelude::*;

use crate::i18n::{tr, TextKey};
use crate::state::use_atlas;

/// A toggle button for showing `only` on its own.
#[component]
pub fn OnlyToggle(only: TiesOnly) -> impl IntoView {
    let state = use_atlas();
    let pressed = move || state.link.query.with(|q| q.only == Some(only));
    let toggle = move |_| {
        let next = (!pressed()).then(|| state.data.dataset.with_value(|d| only.written(d)));
        state.link.edit(|v| atlas_core::ViewState {
            only: next,
            ..v.clone()
        });
    };
    let (show_only, show_every) = (tr(TextKey::ShowOnlyThis), tr(TextKey::ShowEveryTie));
    view! {
        <button type="button" class="only-toggle" aria-pressed=move || pressed().to_string() on:click=toggle>
            {move || if pressed() { show_every() } else { show_only() }}
        </button>
    }
}
