//! Map or table: the same visible ties as a picture or as rows, one button away and in the
//! link (`view=table`).

use atlas_core::Display;
use leptos::prelude::*;

use crate::i18n::{tr, T};
use crate::state::use_atlas;

#[component]
pub fn DisplaySwitch() -> impl IntoView {
    let state = use_atlas();
    let is_table = move || state.view.with(|v| v.display.is_table());
    let show = move |table: bool| {
        if table != is_table() {
            state.view.update(|v| {
                v.display = if table {
                    Display::TiesTable
                } else {
                    Display::Map
                };
            });
        }
    };
    view! {
        <div class="segmented display-switch" role="group" aria-label=tr(T::ShowAs)>
            <button type="button" aria-pressed=move || (!is_table()).to_string() on:click=move |_| show(false)>
                <span aria-hidden="true">"◎ "</span>{tr(T::ViewMap)}
            </button>
            <button type="button" aria-pressed=move || is_table().to_string() on:click=move |_| show(true)>
                <span aria-hidden="true">"☰ "</span>{tr(T::ViewTable)}
            </button>
        </div>
    }
}
