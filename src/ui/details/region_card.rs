//! A region's card: its names, code, networks (with joining year), agreements and partners,
//! each with its sources.

use atlas_core::dataset::{NetworkIdx, RegionIdx, Role};
use leptos::prelude::*;

use crate::components::details_panel::{ConflictsList, EstimatedBadge};
use crate::components::sources_list::SourcesList;
use crate::i18n::format::{date, nuts_code, presidency, region_summary, signed, since};
use crate::i18n::{text, tr, T};
use crate::state::use_atlas;

#[component]
pub fn RegionCard(region: RegionIdx) -> impl IntoView {
    let state = use_atlas();
    let dataset = state.dataset();
    let r = dataset.region(region).clone();
    let lang = state.lang;
    let title = move || state.region_name(region);
    let other_names = {
        let r = r.clone();
        move || {
            let shown = state.region_name(region);
            r.names
                .iter()
                .filter(|(_, name)| *name != shown)
                .map(|(code, name)| format!("{name} ({code})"))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>()
                .join(" · ")
        }
    };
    let code = {
        let r = r.clone();
        move || {
            let lang = lang.get();
            let code = if r.nuts_level > 0 {
                nuts_code(lang, &r.id, r.nuts_level, &r.nuts_version)
            } else {
                format!("{} ({})", r.id, text(lang, T::OutsideNuts))
            };
            let membership = text(lang, if r.eu { T::Eu } else { T::OutsideEu });
            format!("{code} · {} · {membership}", r.country)
        }
    };
    let summary = move || {
        let lang = lang.get();
        state.graph.with(|g| match g.node(region) {
            Some(node) => region_summary(lang, node.ties as usize, node.partners as usize),
            None => text(lang, T::NoTiesShown).to_owned(),
        })
    };

    // Every network the region belongs to, in order of joining.
    let mut networks: Vec<(NetworkIdx, atlas_core::dataset::Membership)> = dataset
        .networks
        .iter()
        .enumerate()
        .flat_map(|(i, n)| {
            n.members
                .iter()
                .filter(|m| m.region == region)
                .map(move |m| (NetworkIdx(i as u32), m.clone()))
        })
        .collect();
    networks.sort_by_key(|(_, m)| m.joined);
    let network_items = networks
        .into_iter()
        .map(|(n, m)| {
            let network = dataset.network(n);
            let when = move || {
                let lang = lang.get();
                let years = match m.left {
                    Some(left) => format!("{}–{}", date(lang, m.joined), date(lang, left)),
                    None => since(lang, m.joined),
                };
                let role = match m.role {
                    Role::Member => String::new(),
                    Role::Associate => format!(" · {}", text(lang, T::Associate)),
                    Role::Observer => format!(" · {}", text(lang, T::Observer)),
                };
                let founding = if m.founding {
                    format!(" · {}", text(lang, T::FoundingMember))
                } else {
                    String::new()
                };
                format!(" {years}{role}{founding}")
            };
            let sources = if m.sources.is_empty() {
                network.sources.clone()
            } else {
                m.sources.clone()
            };
            view! {
                <li>
                    <button type="button" class="link-button" translate="no" on:click=move |_| state.focus_network(Some(n))>
                        {move || state.network_label(n)}
                    </button>
                    <span class="when">{when}</span>
                    {m.estimated.then(|| view! { " " <EstimatedBadge note=m.note.clone()/> })}
                    {(!m.note.is_empty() && !m.estimated).then(|| view! { <p class="note" lang="en" translate="no">{m.note.clone()}</p> })}
                    <SourcesList sources=sources/>
                </li>
            }
        })
        .collect_view();

    let mut agreements: Vec<_> = dataset
        .agreements
        .iter()
        .filter(|a| a.parties.contains(&region))
        .cloned()
        .collect();
    agreements.sort_by_key(|a| a.signed);
    let agreement_items = agreements
        .into_iter()
        .map(|a| {
            let partners = a
                .parties
                .iter()
                .copied()
                .filter(|&p| p != region)
                .map(|p| {
                    view! {
                        <button type="button" class="link-button" translate="no" on:click=move |_| state.select_edge(region, p)>
                            {move || state.region_name(p)}
                        </button>
                    }
                })
                .collect_view();
            let sectors = {
                let ids = a.sectors.clone();
                move || ids.iter().map(|&s| state.sector_label(s)).collect::<Vec<_>>().join(", ")
            };
            let name = {
                let names = a.names.clone();
                move || names.get(lang.get().code()).to_owned()
            };
            let summary = (!a.summary.is_empty()).then(|| {
                let summary = a.summary.clone();
                move || summary.get(lang.get().code()).to_owned()
            });
            let signed_on = a.signed;
            view! {
                <li>
                    <strong translate="no">{name}</strong>
                    <span class="when">" " {move || signed(lang.get(), signed_on)}</span>
                    {a.estimated.then(|| view! { " " <EstimatedBadge note=a.note.clone()/> })}
                    <p class="partners">{tr(T::With)} " " {partners}</p>
                    <p class="sectors-line">{sectors}</p>
                    {summary.map(|summary| view! { <p class="summary" translate="no">{summary}</p> })}
                    <SourcesList sources=a.sources.clone()/>
                </li>
            }
        })
        .collect_view();

    let presidencies: Vec<(NetworkIdx, atlas_core::dataset::Presidency)> = dataset
        .networks
        .iter()
        .enumerate()
        .flat_map(|(i, n)| {
            n.presidencies
                .iter()
                .filter(|p| p.region == region)
                .map(move |p| (NetworkIdx(i as u32), p.clone()))
        })
        .collect();
    let has_presidencies = !presidencies.is_empty();
    let presidency_items = presidencies
        .into_iter()
        .map(|(n, p)| {
            view! {
                <li>
                    {move || presidency(lang.get(), &state.network_short_name(n), &p.role, p.from, p.to)}
                </li>
            }
        })
        .collect_view();

    let partners = move || {
        state.graph.with(|g| {
            g.partners(region)
                .into_iter()
                .map(|p| {
                    let ties = g.edge(region, p).map_or(0, |e| e.ties.len());
                    view! {
                        <li>
                            <button type="button" class="chip small" translate="no" on:click=move |_| state.select_edge(region, p)>
                                {move || state.region_name(p)} <span class="count">{ties}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <div class="card region-card">
            <h2 translate="no">{title}</h2>
            <p class="names" translate="no">{other_names}</p>
            <p class="code">{code}</p>
            {r.coordinate_estimated.then(|| view! { <p class="note">{tr(T::ApproxPosition)}</p> })}
            <p class="summary-line">{summary}</p>
            <h3>{tr(T::Networks)}</h3>
            <ul class="items">{network_items}</ul>
            <h3>{tr(T::Agreements)}</h3>
            <ul class="items">{agreement_items}</ul>
            {has_presidencies.then(|| view! {
                <h3>{tr(T::Presidencies)}</h3>
                <ul class="plain">{presidency_items}</ul>
            })}
            <h3>{tr(T::TiedTo)}</h3>
            <ul class="chips">{partners}</ul>
            <ConflictsList conflicts=r.conflicts.clone()/>
            <SourcesList sources=r.coordinate_sources.clone()/>
        </div>
    }
}
