//! The list of networks with their member counts in the years shown; clicking one focuses it.

use atlas_core::dataset::NetworkIdx;
use atlas_core::dataset::NetworkKind;
use atlas_core::describe::network_kind_label;
use atlas_core::scene::Focus;
use atlas_core::style::network_color;
use atlas_core::ViewState;
use leptos::prelude::*;

use crate::i18n::{tr, TextKey};
use crate::state::use_atlas;
use crate::ui::roving::Roving;

#[component]
pub fn NetworkList() -> impl IntoView {
    let state = use_atlas();
    // The networks are one stop of the Tab key; the arrows move among them.
    let roving = Roving::new();
    let items = move || {
        let dataset = state.dataset();
        let focus = state.link.focus.get();
        state.graph.with(|graph| {
            let mut rows: Vec<(NetworkIdx, usize)> = (0..dataset.networks.len())
                .map(|i| {
                    let n = NetworkIdx(i as u32);
                    (n, graph.hub(n).map_or(0, |h| h.members.len()))
                })
                .collect();
            atlas_core::sort::sort_by(&mut rows, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let len = rows.len();
            rows.into_iter()
                .enumerate()
                .map(|(i, (n, count))| {
                    let network = dataset.network(n);
                    let color = state
                        .link
                        .query
                        .with(|q| network_color(&dataset, n, &q.sectors));
                    let selected = focus == Focus::Network(n);
                    view! {
                        <button
                            type="button"
                            class="network-row"
                            class:inactive=count == 0
                            aria-pressed=selected.to_string()
                            data-network=network.id.clone()
                            data-roving-item=""
                            tabindex=roving.tabindex(i, len)
                            on:click=move |_| state.link.focus_network(if selected { None } else { Some(n) })
                        >
                            <span class="hub-swatch" aria-hidden="true" style:background-color=color></span>
                            <span class="network-name">
                                <strong translate="no">{state.network_short_name(n)}</strong>
                                {(!network.acronym.is_empty()).then(|| view! { <span class="network-full" translate="no">{state.network_name(n)}</span> })}
                            </span>
                            <span class="count">{crate::i18n::format::count(state.lang(), count, crate::i18n::format::Noun::Member)}</span>
                        </button>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="filter networks" aria-labelledby="networks-heading">
            <div class="filter-head">
                <h2 id="networks-heading">{tr(TextKey::Networks)}</h2>
            </div>
            <p class="filter-hint">{tr(TextKey::NetworksHint)}</p>
            <label class="select-label">
                <span>{tr(TextKey::KindOfNetwork)}</span>
                <select name="kinds" on:change=move |ev| {
                    let word = event_target_value(&ev);
                    let kinds: Vec<NetworkKind> = NetworkKind::from_word(&word).into_iter().collect();
                    state.link.edit(|v| ViewState { kinds, ..v.clone() });
                }>
                    <option value="" selected=move || state.link.view.with(|v| v.kinds.is_empty())>{tr(TextKey::AllKinds)}</option>
                    {NetworkKind::ALL.into_iter().map(|kind| view! {
                        <option
                            value=kind.as_str()
                            selected=move || state.link.view.with(|v| v.kinds == [kind])
                        >
                            {move || network_kind_label(kind, state.lang())}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <label class="check-label">
                <input
                    type="checkbox"
                    name="roles"
                    prop:checked=move || state.link.view.with(|v| v.full_members_only)
                    on:change=move |ev| {
                        let full_members_only = event_target_checked(&ev);
                        state.link.edit(|v| ViewState { full_members_only, ..v.clone() });
                    }
                />
                " " {tr(TextKey::FullMembersOnly)}
            </label>
            <div
                class="network-list"
                role="toolbar"
                aria-orientation="vertical"
                aria-labelledby="networks-heading"
                on:keydown=move |ev| roving.on_keydown(ev)
                on:focusin=move |ev| roving.on_focusin(ev)
            >
                {items}
            </div>
        </section>
    }
}
