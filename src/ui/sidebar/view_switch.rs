//! How the map is drawn: where regions are placed (map or network layout), how a network is
//! drawn (one hub, or every pair of members), the interface language and how places are named.

use atlas_core::scene::DrawMode;
use atlas_core::LayoutKind;
use leptos::prelude::*;

use crate::i18n::{tr, Lang, T};
use crate::state::use_atlas;

#[component]
pub fn ViewSwitch() -> impl IntoView {
    let state = use_atlas();
    let layout = move || state.view.with(|v| v.layout);
    let draw = move || state.view.with(|v| v.draw);
    let local_names = move || state.view.with(|v| v.local_names);
    view! {
        <section class="filter view-switch" aria-label=tr(T::Drawing)>
            <div class="segmented" role="group" aria-label=tr(T::PlaceRegions)>
                <button type="button" aria-pressed=move || (layout() == LayoutKind::Map).to_string() on:click=move |_| state.set_layout(LayoutKind::Map)>
                    {tr(T::MapLayout)}
                </button>
                <button type="button" aria-pressed=move || (layout() == LayoutKind::Network).to_string() on:click=move |_| state.set_layout(LayoutKind::Network)>
                    {tr(T::NetworkLayout)}
                </button>
            </div>
            <div class="segmented" role="group" aria-label=tr(T::DrawEachNetworkAs)>
                <button
                    type="button"
                    title=tr(T::HubsTitle)
                    aria-pressed=move || (draw() == DrawMode::Hubs).to_string()
                    on:click=move |_| state.set_draw(DrawMode::Hubs)
                >
                    {tr(T::Hubs)}
                </button>
                <button
                    type="button"
                    title=tr(T::PairsTitle)
                    aria-pressed=move || (draw() == DrawMode::Pairs).to_string()
                    on:click=move |_| state.set_draw(DrawMode::Pairs)
                >
                    {tr(T::Pairs)}
                </button>
            </div>
            <Show when=move || layout() == LayoutKind::Network>
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || state.keep_near_geography.get()
                        on:change=move |ev| state.keep_near_geography.set(event_target_checked(&ev))
                    />
                    " " {tr(T::KeepNearMap)}
                </label>
            </Show>
            <div class="settings-row">
                <label class="select-label">
                    <span>{tr(T::Language)}</span>
                    <select
                        name="lang"
                        on:change=move |ev| {
                            if let Some(lang) = Lang::parse(&event_target_value(&ev)) {
                                state.set_language(lang);
                            }
                        }
                    >
                        {Lang::ALL
                            .into_iter()
                            .map(|lang| {
                                view! {
                                    <option value=lang.code() lang=lang.code() translate="no" prop:selected=move || state.lang.get() == lang>
                                        {lang.native_name()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label class="select-label">
                    <span>{tr(T::PlaceNames)}</span>
                    <select
                        name="names"
                        on:change=move |ev| {
                            let local = event_target_value(&ev) == "local";
                            state.view.update(|v| v.local_names = local);
                        }
                    >
                        <option value="interface" prop:selected=move || !local_names()>{tr(T::NamesInterface)}</option>
                        <option value="local" prop:selected=local_names>{tr(T::NamesLocal)}</option>
                    </select>
                </label>
            </div>
        </section>
    }
}
