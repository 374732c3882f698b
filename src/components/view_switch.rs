//! Two switches: where regions are placed (map or network layout) and how a network is drawn
//! (one hub, or every pair of members).

use atlas_core::scene::DrawMode;
use atlas_core::LayoutKind;
use leptos::prelude::*;

use crate::state::use_atlas;

#[component]
pub fn ViewSwitch() -> impl IntoView {
    let state = use_atlas();
    let layout = move || state.view.with(|v| v.layout);
    let draw = move || state.view.with(|v| v.draw);
    view! {
        <section class="filter view-switch" aria-label="Drawing">
            <div class="segmented" role="group" aria-label="Place regions">
                <button type="button" aria-pressed=move || (layout() == LayoutKind::Map).to_string() on:click=move |_| state.set_layout(LayoutKind::Map)>
                    "Map"
                </button>
                <button type="button" aria-pressed=move || (layout() == LayoutKind::Network).to_string() on:click=move |_| state.set_layout(LayoutKind::Network)>
                    "Network"
                </button>
            </div>
            <div class="segmented" role="group" aria-label="Draw each network as">
                <button
                    type="button"
                    title="One node per network, tied to each member"
                    aria-pressed=move || (draw() == DrawMode::Hubs).to_string()
                    on:click=move |_| state.set_draw(DrawMode::Hubs)
                >
                    "Hubs"
                </button>
                <button
                    type="button"
                    title="Every two members tied directly"
                    aria-pressed=move || (draw() == DrawMode::Pairs).to_string()
                    on:click=move |_| state.set_draw(DrawMode::Pairs)
                >
                    "Pairs"
                </button>
            </div>
            <Show when=move || layout() == LayoutKind::Network>
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || state.keep_near_geography.get()
                        on:change=move |ev| state.keep_near_geography.set(event_target_checked(&ev))
                    />
                    " Keep regions near their place on the map"
                </label>
            </Show>
        </section>
    }
}
