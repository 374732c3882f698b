//! Where a finger lands among several points (the Low Countries, the Swiss cantons on a phone),
//! a small list next to it asks which one was meant, instead of guessing.

use atlas_core::hit::Hit;
use atlas_core::viewport::ScreenPointPx;
use leptos::prelude::*;

use crate::i18n::{tr, TextKey};
use crate::state::use_atlas;

#[component]
pub fn TargetChooser(
    choices: RwSignal<Option<(ScreenPointPx, Vec<Hit>)>>,
    on_choose: Callback<Hit>,
) -> impl IntoView {
    let state = use_atlas();
    let name = move |hit: Hit| match hit {
        Hit::Region(region) => state.region_name(region),
        Hit::Hub(network) => state.network_label(network),
        Hit::Edge(_) => String::new(),
    };
    view! {
        {move || choices.get().map(|(at, hits)| {
            let items = hits
                .into_iter()
                .map(|hit| view! {
                    <li>
                        <button type="button" class="menu-item" translate="no" on:click=move |_| on_choose.run(hit)>
                            {move || name(hit)}
                        </button>
                    </li>
                })
                .collect_view();
            view! {
                <div
                    class="target-chooser"
                    role="dialog"
                    aria-label=tr(TextKey::WhichDidYouMean)
                    style:left=format!("{}px", (at.x_px - 90.0).max(4.0))
                    style:top=format!("{}px", at.y_px + 14.0)
                >
                    <p class="chooser-title">{tr(TextKey::WhichDidYouMean)}</p>
                    <ul class="plain">{items}</ul>
                    <button type="button" class="link" on:click=move |_| choices.set(None)>{tr(TextKey::Dismiss)}</button>
                </div>
            }
        })}
    }
}
