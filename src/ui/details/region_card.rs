//! A region's card: its names, code, networks (with joining year), agreements and partners,
//! each with its sources.

use atlas_core::dataset::{Agreement, MemberRole, Membership, NetworkIdx, Presidency, RegionIdx};
use atlas_core::sort::CollectTree;
use leptos::prelude::*;

use crate::i18n::format::{date, nuts_code, presidency, region_summary, signed, since};
use crate::i18n::{text, tr, TextKey};
use crate::state::use_atlas;
use crate::ui::details::badges::{ConflictsList, DataNote, EstimatedBadge};
use crate::ui::details::name_options::name_options;
use crate::ui::details::region_metrics::RegionMetrics;
use crate::ui::details::sources_list::SourcesList;
use crate::ui::roving::Roving;

#[component]
pub fn RegionCard(region: RegionIdx) -> impl IntoView {
    let state = use_atlas();
    let dataset = state.dataset();
    let r = dataset.region(region).clone();
    let lang = state.link.lang;
    let title = move || state.region_name(region);
    let other_names = {
        let r = r.clone();
        move || {
            let shown = state.region_name(region);
            r.names
                .iter()
                .filter(|(_, name)| *name != shown)
                .map(|(code, name)| format!("{name} ({code})"))
                .collect_set()
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
                format!("{} ({})", r.id, text(lang, TextKey::OutsideNuts))
            };
            let membership = text(
                lang,
                if r.eu {
                    TextKey::Eu
                } else {
                    TextKey::OutsideEu
                },
            );
            format!("{code} · {} · {membership}", r.country)
        }
    };
    let summary = move || {
        let lang = lang.get();
        state.graph.with(|g| match g.node(region) {
            Some(node) => region_summary(lang, node.ties as usize, node.partners as usize),
            None => text(lang, TextKey::NoTiesShown).to_owned(),
        })
    };

    // Every network the region belongs to, in order of joining.
    let networks: Vec<(NetworkIdx, Membership)> = dataset
        .memberships_of(region)
        .into_iter()
        .map(|(n, m)| (n, m.clone()))
        .collect();
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
                let role = match &m.role {
                    MemberRole::Member => String::new(),
                    MemberRole::Associate => format!(" · {}", text(lang, TextKey::Associate)),
                    MemberRole::Observer => format!(" · {}", text(lang, TextKey::Observer)),
                    MemberRole::Other(word) => format!(" · {word}"),
                };
                let founding = if m.founding {
                    format!(" · {}", text(lang, TextKey::FoundingMember))
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
                    <button type="button" class="link-button" translate="no" on:click=move |_| state.link.focus_network(Some(n))>
                        {move || state.network_label(n)}
                    </button>
                    <span class="when">{when}</span>
                    {m.estimated.then(|| view! { " " <EstimatedBadge note=m.note.clone()/> })}
                    {(!m.note.is_empty() && !m.estimated).then(|| view! { <DataNote note=m.note.clone()/> })}
                    <SourcesList sources=sources/>
                </li>
            }
        })
        .collect_view();

    let agreements: Vec<Agreement> = dataset.agreements_of(region).into_iter().cloned().collect();
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
                        <button type="button" class="link-button" translate="no" on:click=move |_| state.link.focus_pair(region, p)>
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
                    <p class="partners">{tr(TextKey::With)} " " {partners}</p>
                    <p class="sectors-line">{sectors}</p>
                    {summary.map(|summary| view! { <p class="summary" translate="no">{summary}</p> })}
                    <SourcesList sources=a.sources.clone()/>
                </li>
            }
        })
        .collect_view();

    let presidencies: Vec<(NetworkIdx, Presidency)> = dataset
        .presidencies_of(region)
        .into_iter()
        .map(|(n, p)| (n, p.clone()))
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

    // The partners are one stop of the Tab key; the arrows move among them.
    let roving = Roving::new();
    let partners = move || {
        state.graph.with(|g| {
            let partners = g.partners(region);
            let len = partners.len();
            partners
                .into_iter()
                .enumerate()
                .map(|(i, p)| {
                    let ties = g.edge(region, p).map_or(0, |e| e.ties.len());
                    view! {
                        <button
                            type="button"
                            class="chip small"
                            translate="no"
                            data-roving-item=""
                            tabindex=roving.tabindex(i, len)
                            on:click=move |_| state.link.focus_pair(region, p)
                        >
                            {move || state.region_name(p)} <span class="count">{ties}</span>
                        </button>
                    }
                })
                .collect_view()
        })
    };

    // "Compare with…": another region side by side.
    let compare_choices = move || {
        let dataset = state.dataset();
        let regions: Vec<(String, String)> = dataset
            .regions
            .iter()
            .enumerate()
            .filter(|(i, _)| *i as u32 != region.0)
            .map(|(i, r)| (state.region_name(RegionIdx(i as u32)), r.id.clone()))
            .collect();
        name_options(regions)
    };
    let this_id = r.id.clone();
    let compare = move |ev: web_sys::Event| {
        let other = event_target_value(&ev);
        if !other.is_empty() {
            let ids = vec![this_id.clone(), other];
            state.link.edit(|v| v.with_compare(ids));
        }
    };

    view! {
        <div class="card region-card">
            <h2 translate="no">{title}</h2>
            <p class="names" translate="no">{other_names}</p>
            <p class="code">{code}</p>
            {r.coordinate_estimated.then(|| view! { <p class="note">{tr(TextKey::ApproxPosition)}</p> })}
            <p class="summary-line">{summary}</p>
            <label class="compare-networks">
                {tr(TextKey::CompareWithRegion)} " "
                <select class="compare-region" on:change=compare>
                    <option value="" selected=true>{tr(TextKey::ChooseRegion)}</option>
                    {compare_choices}
                </select>
            </label>
            <RegionMetrics region=region/>
            <h3>{tr(TextKey::Networks)}</h3>
            <ul class="items">{network_items}</ul>
            <h3>{tr(TextKey::Agreements)}</h3>
            <ul class="items">{agreement_items}</ul>
            {has_presidencies.then(|| view! {
                <h3>{tr(TextKey::Presidencies)}</h3>
                <ul class="plain">{presidency_items}</ul>
            })}
            <h3 id="tied-to-heading">{tr(TextKey::TiedTo)}</h3>
            <div
                class="chips"
                role="toolbar"
                aria-labelledby="tied-to-heading"
                on:keydown=move |ev| roving.on_keydown(ev)
                on:focusin=move |ev| roving.on_focusin(ev)
            >
                {partners}
            </div>
            <ConflictsList conflicts=r.conflicts.clone()/>
            <SourcesList sources=r.coordinate_sources.clone()/>
        </div>
    }
}
