//! The part of a region's card that answers "how central is it, who are its strongest
//! partners, how is it connected to that other region": ranks among all regions of the view,
//! its five strongest partners with what they share, the rule that weighs ties (switchable),
//! and the shortest chains of ties to a region the reader picks.

use atlas_core::dataset::RegionIdx;
use atlas_core::metrics::{rank_of, MetricsOptions, TieWeighting};
use leptos::prelude::*;

use crate::i18n::format::{chain_steps, region_rank_by_partners, region_ranks};
use crate::i18n::{text, tr, TextKey};
use crate::state::use_atlas;

/// How many of the strongest partners the card lists.
const STRONGEST_SHOWN: usize = 5;

#[component]
pub fn RegionMetrics(region: RegionIdx) -> impl IntoView {
    let state = use_atlas();
    let lang = state.link.lang;
    let ranks = move || {
        state.metrics.with(|m| {
            let me = m.of(region)?;
            let by_partners = rank_of(
                m.regions.iter().map(|r| r.partners as f64),
                me.partners as f64,
            );
            if !m.centrality_computed {
                return Some(format!(
                    "{} {}",
                    region_rank_by_partners(lang.get(), by_partners, m.regions.len()),
                    text(lang.get(), TextKey::CentralityNotComputed)
                ));
            }
            let by_betweenness = rank_of(m.regions.iter().map(|r| r.betweenness), me.betweenness);
            Some(region_ranks(
                lang.get(),
                by_partners,
                by_betweenness,
                m.regions.len(),
            ))
        })
    };
    // What two regions share, by name: the networks and agreements of their edge.
    let shared = move |a: RegionIdx, b: RegionIdx| {
        state.graph.with(|g| {
            g.edge(a, b)
                .map(|e| {
                    e.ties
                        .iter()
                        .map(|t| state.tie_source_name(t.source))
                        .collect::<Vec<_>>()
                        .join(" · ")
                })
                .unwrap_or_default()
        })
    };
    let strongest = move || {
        let partners = state.metrics.with(|m| m.strongest_partners(region));
        partners
            .into_iter()
            .take(STRONGEST_SHOWN)
            .map(|(p, strength, _)| {
                view! {
                    <li>
                        <button type="button" class="link-button" translate="no" on:click=move |_| state.link.focus_pair(region, p)>
                            {move || state.region_name(p)}
                        </button>
                        <span class="strength">" " {format!("{strength:.2}")}</span>
                        <span class="shared" translate="no">{move || shared(region, p)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let options = move || state.link.view.with(|v| v.metrics);
    let set_equal = move |ev: web_sys::Event| {
        let equal = event_target_checked(&ev);
        state.link.set_metrics(MetricsOptions {
            weighting: if equal {
                TieWeighting::Equal
            } else {
                TieWeighting::BySize
            },
            ..options()
        });
    };
    let set_exclude = move |ev: web_sys::Event| {
        state.link.set_metrics(MetricsOptions {
            exclude_estimated: event_target_checked(&ev),
            ..options()
        });
    };

    // "How is it connected to…": every other region of the view, by name.
    let choices = move || {
        let mut regions: Vec<(String, RegionIdx)> = state.metrics.with(|m| {
            m.regions
                .iter()
                .map(|r| r.region)
                .filter(|&r| r != region)
                .map(|r| (state.region_name(r), r))
                .collect()
        });
        atlas_core::sort::sort(&mut regions);
        let chosen = state.link.selection.with(|s| s.chain);
        regions
            .into_iter()
            .map(|(name, r)| {
                view! { <option value=r.0.to_string() selected=chosen == Some(r) translate="no">{name}</option> }
            })
            .collect_view()
    };
    let choose = move |ev: web_sys::Event| {
        let value = event_target_value(&ev);
        state
            .link
            .show_chain(value.parse::<u32>().ok().map(RegionIdx));
    };
    let has_chain_target = move || state.link.selection.with(|s| s.chain.is_some());
    let chains = move || {
        let chains = state.chains.get();
        if chains.is_empty() {
            return has_chain_target()
                .then(|| view! { <p class="note">{tr(TextKey::NotConnected)}</p> }.into_any());
        }
        Some(
            view! {
                <ol class="chains">
                    {chains
                        .into_iter()
                        .map(|chain| {
                            let steps = chain.len() - 1;
                            let hops = chain
                                .windows(2)
                                .map(|w| {
                                    let (a, b) = (w[0], w[1]);
                                    view! {
                                        <li>
                                            <button type="button" class="link-button" translate="no" on:click=move |_| state.link.focus_pair(a, b)>
                                                {move || format!("{} → {}", state.region_name(a), state.region_name(b))}
                                            </button>
                                            <span class="shared" translate="no">{move || shared(a, b)}</span>
                                        </li>
                                    }
                                })
                                .collect_view();
                            view! {
                                <li>
                                    <strong>{move || chain_steps(lang.get(), steps)}</strong>
                                    <ul class="plain">{hops}</ul>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            }
            .into_any(),
        )
    };

    let has_ties = move || state.metrics.with(|m| m.of(region).is_some());
    move || {
        has_ties().then(|| view! {
        <p class="ranks">{ranks}</p>
        <h3>{tr(TextKey::StrongestPartners)}</h3>
        <ol class="strongest">{strongest}</ol>
        <p class="note">{tr(TextKey::StrengthRule)}</p>
        <label class="check">
            <input type="checkbox" prop:checked=move || options().weighting == TieWeighting::Equal on:change=set_equal/>
            {tr(TextKey::CountTiesEqually)}
        </label>
        <label class="check">
            <input type="checkbox" prop:checked=move || options().exclude_estimated on:change=set_exclude/>
            {tr(TextKey::LeaveOutEstimated)}
        </label>
        <h3><label for="chain-target">{tr(TextKey::ConnectedTo)}</label></h3>
        <div class="chain-controls">
            <select id="chain-target" class="chain-target" on:change=choose>
                <option value="" selected=move || !has_chain_target()>{tr(TextKey::ChooseRegion)}</option>
                {choices}
            </select>
            {move || has_chain_target().then(|| view! {
                <button type="button" class="link-button" on:click=move |_| state.link.show_chain(None)>{tr(TextKey::StopChain)}</button>
            })}
        </div>
        {chains}
        })
    }
}
