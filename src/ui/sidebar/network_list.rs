//! The list of networks with their member counts in the years shown; clicking one focuses it.

use atlas_core::dataset::NetworkIdx;
use atlas_core::scene::Focus;
use atlas_core::style::network_color;
use leptos::prelude::*;

use crate::i18n::{tr, TextKey};
use crate::state::use_atlas;

#[component]
pub fn NetworkList() -> impl IntoView {
    let state = use_atlas();
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
            rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            rows.into_iter()
                .map(|(n, count)| {
                    let network = dataset.network(n);
                    let color = state
                        .link
                        .query
                        .with(|q| network_color(&dataset, n, &q.sectors));
                    let selected = focus == Focus::Network(n);
                    view! {
                        <li>
                            <button
                                type="button"
                                class="network-row"
                                class:inactive=count == 0
                                aria-pressed=selected.to_string()
                                data-network=network.id.clone()
                                on:click=move |_| state.link.focus_network(if selected { None } else { Some(n) })
                            >
                                <span class="hub-swatch" aria-hidden="true" style:background-color=color></span>
                                <span class="network-name">
                                    <strong translate="no">{state.network_short_name(n)}</strong>
                                    {(!network.acronym.is_empty()).then(|| view! { <span class="network-full" translate="no">{state.network_name(n)}</span> })}
                                </span>
                                <span class="count">{crate::i18n::format::count(state.lang(), count, crate::i18n::format::Noun::Member)}</span>
                            </button>
                        </li>
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
            <ul class="network-list">{items}</ul>
        </section>
    }
}
