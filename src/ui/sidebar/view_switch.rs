//! How the map is drawn: where regions are placed (map or network layout), how a network is
//! drawn (one hub, or every pair of members), the interface language and how places are named.

use atlas_core::scene::DrawMode;
use atlas_core::LayoutKind;
use leptos::prelude::*;

use crate::i18n::{tr, Lang, TextKey};
use crate::state::use_atlas;

#[component]
pub fn ViewSwitch() -> impl IntoView {
    let state = use_atlas();
    let layout = move || state.link.view.with(|v| v.layout);
    let draw = move || state.link.view.with(|v| v.draw);
    let local_names = move || state.link.view.with(|v| v.local_names);
    view! {
        <section class="filter view-switch" aria-label=tr(TextKey::Drawing)>
            <div class="segmented" role="group" aria-label=tr(TextKey::PlaceRegions)>
                <button type="button" aria-pressed=move || (layout() == LayoutKind::Map).to_string() on:click=move |_| state.link.set_layout(LayoutKind::Map)>
                    {tr(TextKey::MapLayout)}
                </button>
                <button type="button" aria-pressed=move || (layout() == LayoutKind::Network).to_string() on:click=move |_| state.link.set_layout(LayoutKind::Network)>
                    {tr(TextKey::NetworkLayout)}
                </button>
            </div>
            <div class="segmented" role="group" aria-label=tr(TextKey::DrawEachNetworkAs)>
                <button
                    type="button"
                    title=tr(TextKey::HubsTitle)
                    aria-pressed=move || (draw() == DrawMode::Hubs).to_string()
                    on:click=move |_| state.link.set_draw(DrawMode::Hubs)
                >
                    {tr(TextKey::Hubs)}
                </button>
                <button
                    type="button"
                    title=tr(TextKey::PairsTitle)
                    aria-pressed=move || (draw() == DrawMode::Pairs).to_string()
                    on:click=move |_| state.link.set_draw(DrawMode::Pairs)
                >
                    {tr(TextKey::Pairs)}
                </button>
            </div>
            <Show when=move || layout() == LayoutKind::Network>
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || state.layout.keep_near_geography.get()
                        on:change=move |ev| state.layout.keep_near_geography.set(event_target_checked(&ev))
                    />
                    " " {tr(TextKey::KeepNearMap)}
                </label>
            </Show>
            <div class="settings-row">
                <label class="select-label">
                    <span>{tr(TextKey::Language)}</span>
                    <select
                        name="lang"
                        on:change=move |ev| {
                            if let Some(lang) = Lang::parse(&event_target_value(&ev)) {
                                state.link.set_language(lang);
                            }
                        }
                    >
                        {Lang::ALL
                            .into_iter()
                            .map(|lang| {
                                view! {
                                    <option value=lang.code() lang=lang.code() translate="no" prop:selected=move || state.lang() == lang>
                                        {lang.native_name()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label class="select-label">
                    <span>{tr(TextKey::PlaceNames)}</span>
                    <select
                        name="names"
                        on:change=move |ev| {
                            let local = event_target_value(&ev) == "local";
                            state.link.view.update(|v| v.local_names = local);
                        }
                    >
                        <option value="interface" prop:selected=move || !local_names()>{tr(TextKey::NamesInterface)}</option>
                        <option value="local" prop:selected=local_names>{tr(TextKey::NamesLocal)}</option>
                    </select>
                </label>
            </div>
        </section>
    }
}
