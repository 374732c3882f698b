//! The list of networks with their member counts in the years shown; clicking one focuses it.

use atlas_core::dataset::NetworkIdx;
use atlas_core::scene::Focus;
use leptos::prelude::*;

use crate::i18n::{tr, T};
use crate::state::use_atlas;

#[component]
pub fn NetworkList() -> impl IntoView {
    let state = use_atlas();
    let items = move || {
        let dataset = state.dataset();
        let focus = state.focus.get();
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
                    let color = network
                        .sectors
                        .iter()
                        .find(|s| state.query.with(|q| q.sectors.is_empty() || q.sectors.contains(s)))
                        .or(network.sectors.first())
                        .map(|&s| dataset.sector(s).color.clone())
                        .unwrap_or_default();
                    let selected = focus == Focus::Network(n);
                    view! {
                        <li>
                            <button
                                type="button"
                                class="network-row"
                                class:inactive=count == 0
                                aria-pressed=selected.to_string()
                                data-network=network.id.clone()
                                on:click=move |_| state.focus_network(if selected { None } else { Some(n) })
                            >
                                <span class="hub-swatch" aria-hidden="true" style:background-color=color></span>
                                <span class="network-name">
                                    <strong translate="no">{state.network_short_name(n)}</strong>
                                    {(!network.acronym.is_empty()).then(|| view! { <span class="network-full" translate="no">{state.network_name(n)}</span> })}
                                </span>
                                <span class="count">{crate::i18n::format::count(state.lang.get(), count, crate::i18n::format::Noun::Member)}</span>
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
                <h2 id="networks-heading">{tr(T::Networks)}</h2>
            </div>
            <p class="filter-hint">{tr(T::NetworksHint)}</p>
            <ul class="network-list">{items}</ul>
        </section>
    }
}
