//! Map or table: the same visible ties as a picture or as rows, one button away and in the
//! link (`view=table`).

use atlas_core::MainView;
use leptos::prelude::*;

use crate::i18n::{tr, TextKey};
use crate::state::use_atlas;

#[component]
pub fn MainViewSwitch() -> impl IntoView {
    let state = use_atlas();
    let is_table = move || state.link.view.with(|v| v.main_view.is_table());
    let show = move |table: bool| {
        if table != is_table() {
            state.link.view.update(|v| {
                v.main_view = if table {
                    MainView::TiesTable
                } else {
                    MainView::Map
                };
            });
        }
    };
    view! {
        <div class="segmented display-switch" role="group" aria-label=tr(TextKey::ShowAs)>
            <button type="button" aria-pressed=move || (!is_table()).to_string() on:click=move |_| show(false)>
                <span aria-hidden="true">"◎ "</span>{tr(TextKey::ViewMap)}
            </button>
            <button type="button" aria-pressed=move || is_table().to_string() on:click=move |_| show(true)>
                <span aria-hidden="true">"☰ "</span>{tr(TextKey::ViewTable)}
            </button>
        </div>
    }
}
