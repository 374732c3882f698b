//! A region's card: its names, code, networks (with joining year), agreements and partners,
//! each with its sources.

use atlas_core::dataset::{NetworkIdx, RegionIdx, Role};
use atlas_core::describe::long_date;
use leptos::prelude::*;

use crate::components::details_panel::{ConflictsList, EstimatedBadge};
use crate::components::sources_list::SourcesList;
use crate::state::use_atlas;

#[component]
pub fn RegionCard(region: RegionIdx) -> impl IntoView {
    let state = use_atlas();
    let dataset = state.dataset();
    let r = dataset.region(region).clone();
    let english = r.names.get("en").to_owned();
    let other_names: Vec<String> = r
        .names
        .iter()
        .filter(|(lang, name)| *lang != "en" && *name != english)
        .map(|(lang, name)| format!("{name} ({lang})"))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let code = if r.nuts_level > 0 {
        format!(
            "NUTS {} (level {}, NUTS {})",
            r.id, r.nuts_level, r.nuts_version
        )
    } else {
        format!("{} (outside NUTS)", r.id)
    };
    let membership = if r.eu { "EU" } else { "outside the EU" };

    let summary = move || {
        state.graph.with(|g| match g.node(region) {
            Some(node) => format!(
                "In the years shown: {} ties with {} regions.",
                node.ties, node.partners
            ),
            None => "No ties in the years and sectors shown.".to_owned(),
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
            let name = network.names.get("en").to_owned();
            let label = if network.acronym.is_empty() {
                name.clone()
            } else {
                format!("{} ({name})", network.acronym)
            };
            let role = match m.role {
                Role::Member => "",
                Role::Associate => " · associate",
                Role::Observer => " · observer",
            };
            let years = match m.left {
                Some(left) => format!("{}–{}", long_date(m.joined), long_date(left)),
                None => format!("since {}", long_date(m.joined)),
            };
            let founding = if m.founding { " · founding member" } else { "" };
            let sources = if m.sources.is_empty() {
                network.sources.clone()
            } else {
                m.sources.clone()
            };
            view! {
                <li>
                    <button type="button" class="link-button" on:click=move |_| state.focus_network(Some(n))>
                        {label}
                    </button>
                    <span class="when">" " {years} {role} {founding}</span>
                    {m.estimated.then(|| view! { " " <EstimatedBadge note=m.note.clone()/> })}
                    {(!m.note.is_empty() && !m.estimated).then(|| view! { <p class="note">{m.note.clone()}</p> })}
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
                    let name = dataset.region(p).names.get("en").to_owned();
                    view! {
                        <button type="button" class="link-button" on:click=move |_| state.select_edge(region, p)>
                            {name}
                        </button>
                    }
                })
                .collect_view();
            let sectors = a
                .sectors
                .iter()
                .map(|&s| dataset.sector(s).labels.get("en").to_owned())
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li>
                    <strong>{a.names.get("en").to_owned()}</strong>
                    <span class="when">" signed " {long_date(a.signed)}</span>
                    {a.estimated.then(|| view! { " " <EstimatedBadge note=a.note.clone()/> })}
                    <p class="partners">"With " {partners}</p>
                    <p class="sectors-line">{sectors}</p>
                    {(!a.summary.is_empty()).then(|| view! { <p class="summary">{a.summary.get("en").to_owned()}</p> })}
                    <SourcesList sources=a.sources.clone()/>
                </li>
            }
        })
        .collect_view();

    let presidencies: Vec<String> = dataset
        .networks
        .iter()
        .flat_map(|n| {
            n.presidencies
                .iter()
                .filter(|p| p.region == region)
                .map(move |p| {
                    let to =
                        p.to.map_or("".to_owned(), |to| format!(" to {}", long_date(to)));
                    format!(
                        "{}: {} from {}{to}",
                        n.short_name("en"),
                        p.role,
                        long_date(p.from)
                    )
                })
        })
        .collect();

    let partners = move || {
        state.graph.with(|g| {
            g.partners(region)
                .into_iter()
                .map(|p| {
                    let name = state.dataset().region(p).names.get("en").to_owned();
                    let ties = g.edge(region, p).map_or(0, |e| e.ties.len());
                    view! {
                        <li>
                            <button type="button" class="chip small" on:click=move |_| state.select_edge(region, p)>
                                {name} <span class="count">{ties}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <div class="card region-card">
            <h2>{english}</h2>
            {(!other_names.is_empty()).then(|| view! { <p class="names">{other_names.join(" · ")}</p> })}
            <p class="code">{code} " · " {r.country.clone()} " · " {membership}</p>
            {r.coordinate_estimated.then(|| view! { <p class="note">"Its position on the map is approximate."</p> })}
            <p class="summary-line">{summary}</p>
            <h3>"Networks"</h3>
            <ul class="items">{network_items}</ul>
            <h3>"Agreements"</h3>
            <ul class="items">{agreement_items}</ul>
            {(!presidencies.is_empty()).then(|| view! {
                <h3>"Presidencies"</h3>
                <ul class="plain">{presidencies.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            })}
            <h3>"Tied to, in the years shown"</h3>
            <ul class="chips">{partners}</ul>
            <ConflictsList conflicts=r.conflicts.clone()/>
            <SourcesList sources=r.coordinate_sources.clone()/>
        </div>
    }
}
