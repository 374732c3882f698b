//! A network's card: name, founding, sectors, members with their joining years, presidencies,
//! what the sources leave out, and sources.

use atlas_core::dataset::{NetworkIdx, Role};
use atlas_core::describe::long_date;
use leptos::prelude::*;

use crate::components::details_panel::{ConflictsList, EstimatedBadge};
use crate::components::sources_list::SourcesList;
use crate::state::use_atlas;

#[component]
pub fn NetworkCard(network: NetworkIdx) -> impl IntoView {
    let state = use_atlas();
    let dataset = state.dataset();
    let n = dataset.network(network).clone();
    let title = if n.acronym.is_empty() {
        n.names.get("en").to_owned()
    } else {
        format!("{} ({})", n.names.get("en"), n.acronym)
    };
    let sectors = n
        .sectors
        .iter()
        .map(|&s| {
            let sector = dataset.sector(s);
            view! {
                <li class="sector-tag">
                    <span class="swatch" aria-hidden="true" style:background-color=sector.color.clone()></span>
                    {sector.labels.get("en").to_owned()}
                </li>
            }
        })
        .collect_view();
    let active = move || {
        state
            .graph
            .with(|g| g.hub(network).map_or(0, |h| h.members.len()))
    };
    let total = n.members.len();
    let mut members = n.members.clone();
    members.sort_by_key(|m| {
        (
            m.joined,
            dataset.region(m.region).names.get("en").to_owned(),
        )
    });
    let member_items = members
        .into_iter()
        .map(|m| {
            let region = m.region;
            let name = dataset.region(region).names.get("en").to_owned();
            let years = match m.left {
                Some(left) => format!("{}–{}", m.joined.year, left.year),
                None => format!("since {}", m.joined.year),
            };
            let role = match m.role {
                Role::Member => "",
                Role::Associate => " · associate",
                Role::Observer => " · observer",
            };
            view! {
                <li>
                    <button type="button" class="link-button" on:click=move |_| state.focus_region(Some(region))>
                        {name}
                    </button>
                    <span class="when">" " {years} {role} {m.founding.then_some(" · founder")}</span>
                    {m.estimated.then(|| view! { " " <EstimatedBadge note=m.note.clone()/> })}
                </li>
            }
        })
        .collect_view();
    let presidencies = n
        .presidencies
        .iter()
        .map(|p| {
            let to =
                p.to.map_or("".to_owned(), |to| format!(" – {}", long_date(to)));
            let who = dataset.region(p.region).names.get("en").to_owned();
            view! {
                <li>
                    {format!("{}{to}: {who}, {}", long_date(p.from), p.role)}
                    {p.estimated.then(|| view! { " " <EstimatedBadge note=p.note.clone()/> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="card network-card">
            <h2>{title}</h2>
            <p class="code">
                "Founded " {long_date(n.founded)}
                {n.ended.map(|e| format!(", ended {}", long_date(e)))}
            </p>
            <ul class="sector-tags">{sectors}</ul>
            {(!n.website.is_empty()).then(|| view! {
                <p><a href=n.website.clone() target="_blank" rel="noopener noreferrer">"Website"</a></p>
            })}
            <p class="summary-line">{move || format!("{} of its {total} listed members in the years shown.", active())}</p>
            {(!n.notes.is_empty()).then(|| view! { <p class="note">{n.notes.clone()}</p> })}
            {(!n.known_gaps.is_empty()).then(|| view! { <p class="gaps"><strong>"Not known: "</strong>{n.known_gaps.clone()}</p> })}
            <h3>"Members"</h3>
            <ul class="items compact">{member_items}</ul>
            {(!n.presidencies.is_empty()).then(|| view! { <h3>"Presidencies"</h3> <ul class="plain">{presidencies}</ul> })}
            <ConflictsList conflicts=n.conflicts.clone()/>
            <SourcesList sources=n.sources.clone()/>
        </div>
    }
}
