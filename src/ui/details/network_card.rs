//! A network's card: name, founding, sectors, members with their joining years, presidencies,
//! what the sources leave out, and sources.

use atlas_core::dataset::{MemberRole, NetworkIdx};
use leptos::prelude::*;

use crate::i18n::format::{ended, founded, network_summary, presidency, years};
use crate::i18n::{text, tr, TextKey};
use crate::state::use_atlas;
use crate::ui::details::badges::{ConflictsList, DataNote, EstimatedBadge};
use crate::ui::details::sources_list::SourcesList;

#[component]
pub fn NetworkCard(network: NetworkIdx) -> impl IntoView {
    let state = use_atlas();
    let dataset = state.dataset();
    let lang = state.link.lang;
    let n = dataset.network(network).clone();
    let title = {
        let acronym = n.acronym.clone();
        move || {
            let name = state.network_name(network);
            if acronym.is_empty() {
                name
            } else {
                format!("{name} ({acronym})")
            }
        }
    };
    let founding = {
        let (f, e) = (n.founded, n.ended);
        move || {
            let lang = lang.get();
            format!(
                "{}{}",
                founded(lang, f),
                e.map(|e| ended(lang, e)).unwrap_or_default()
            )
        }
    };
    let sectors = n
        .sectors
        .iter()
        .map(|&s| {
            let sector = dataset.sector(s);
            view! {
                <li class="sector-tag">
                    <span class="swatch" aria-hidden="true" style:background-color=sector.color.clone()></span>
                    {move || state.sector_label(s)}
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
            let when = move || {
                let lang = lang.get();
                let span = years(lang, m.joined.year, m.left.map(|d| d.year));
                let role = match &m.role {
                    MemberRole::Member => String::new(),
                    MemberRole::Associate => format!(" · {}", text(lang, TextKey::Associate)),
                    MemberRole::Observer => format!(" · {}", text(lang, TextKey::Observer)),
                    MemberRole::Other(word) => format!(" · {word}"),
                };
                let founder = if m.founding {
                    format!(" · {}", text(lang, TextKey::Founder))
                } else {
                    String::new()
                };
                format!(" {span}{role}{founder}")
            };
            view! {
                <li>
                    <button type="button" class="link-button" translate="no" on:click=move |_| state.link.focus_region(Some(region))>
                        {move || state.region_name(region)}
                    </button>
                    <span class="when">{when}</span>
                    {m.estimated.then(|| view! { " " <EstimatedBadge note=m.note.clone()/> })}
                </li>
            }
        })
        .collect_view();
    let presidencies = n
        .presidencies
        .iter()
        .cloned()
        .map(|p| {
            view! {
                <li>
                    <span translate="no">{move || presidency(lang.get(), &state.region_name(p.region), &p.role, p.from, p.to)}</span>
                    {p.estimated.then(|| view! { " " <EstimatedBadge note=p.note.clone()/> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="card network-card">
            <h2 translate="no">{title}</h2>
            <p class="code">{founding}</p>
            <ul class="sector-tags">{sectors}</ul>
            {(!n.website.is_empty()).then(|| view! {
                <p><a href=n.website.clone() target="_blank" rel="noopener noreferrer">{tr(TextKey::Website)}</a></p>
            })}
            <p class="summary-line">{move || network_summary(lang.get(), active(), total)}</p>
            {(!n.notes.is_empty()).then(|| view! { <DataNote note=n.notes.clone()/> })}
            {(!n.known_gaps.is_empty()).then(|| view! { <div class="gaps"><strong>{tr(TextKey::NotKnown)}</strong><DataNote note=n.known_gaps.clone() class="gaps-text"/></div> })}
            <h3>{tr(TextKey::Members)}</h3>
            <ul class="items compact">{member_items}</ul>
            {(!n.presidencies.is_empty()).then(|| view! { <h3>{tr(TextKey::Presidencies)}</h3> <ul class="plain">{presidencies}</ul> })}
            <ConflictsList conflicts=n.conflicts.clone()/>
            <SourcesList sources=n.sources.clone()/>
        </div>
    }
}
