//! A network's card: name, founding, sectors, members with their joining years, presidencies,
//! what the sources leave out, and sources.

use atlas_core::dataset::{MemberRole, NetworkIdx};
use atlas_core::describe::network_kind_label;
use leptos::prelude::*;

use crate::i18n::format::{ended, founded, network_summary, presidency, years};
use crate::i18n::{text, tr, TextKey};
use crate::state::use_atlas;
use crate::ui::details::badges::{ConflictsList, DataNote, EstimatedBadge};
use crate::ui::details::name_options::name_options;
use crate::ui::details::only_toggle::OnlyToggle;
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
    // How many members hold each role other than full member (associates, observers, the
    // network's own words).
    let role_counts: Vec<(MemberRole, usize)> = {
        let mut counts: Vec<(MemberRole, usize)> = Vec::new();
        for m in n.members.iter().filter(|m| m.role != MemberRole::Member) {
            match counts.iter_mut().find(|(r, _)| *r == m.role) {
                Some((_, c)) => *c += 1,
                None => counts.push((m.role.clone(), 1)),
            }
        }
        counts
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
    atlas_core::sort::sort_by_key(&mut members, |m| {
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
    // "Compare its members with…": the two networks as sets, members of both first.
    let this_id = n.id.clone();
    let other_networks = {
        let this_id = this_id.clone();
        move || {
            let dataset = state.dataset();
            let others: Vec<(String, String)> = (0..dataset.networks.len() as u32)
                .map(NetworkIdx)
                .filter(|&o| dataset.network(o).id != this_id)
                .map(|o| (state.network_short_name(o), dataset.network(o).id.clone()))
                .collect();
            name_options(others)
        }
    };
    let compare = move |ev: web_sys::Event| {
        let other = event_target_value(&ev);
        if !other.is_empty() {
            let ids = vec![this_id.clone(), other];
            state
                .link
                .edit(|v| v.with_network_set(ids, atlas_core::network_sets::SetRule::All));
        }
    };
    view! {
        <div class="card network-card">
            <h2 translate="no">{title}</h2>
            <p class="code">{founding}</p>
            {n.kind.map(|kind| view! { <p class="kind">{move || network_kind_label(kind, lang.get())}</p> })}
            {(!role_counts.is_empty()).then(|| {
                let role_counts = role_counts.clone();
                view! {
                    <p class="roles-line">
                        {move || {
                            let lang = lang.get();
                            role_counts
                                .iter()
                                .map(|(role, count)| format!("{count} × {}", role_word(lang, role)))
                                .collect::<Vec<_>>()
                                .join(" · ")
                        }}
                    </p>
                }
            })}
            <ul class="sector-tags">{sectors}</ul>
            {(!n.website.is_empty()).then(|| view! {
                <p><a href=n.website.clone() target="_blank" rel="noopener noreferrer">{tr(TextKey::Website)}</a></p>
            })}
            <p class="summary-line">{move || network_summary(lang.get(), active(), total)}</p>
            <OnlyToggle only=atlas_core::view_state::TiesOnly::Network(network)/>
            <label class="compare-networks">
                {tr(TextKey::CompareWithNetwork)} " "
                <select on:change=compare>
                    <option value="" selected=true>{tr(TextKey::ChooseNetwork)}</option>
                    {other_networks}
                </select>
            </label>
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

/// A member's role as the card says it.
fn role_word(lang: crate::i18n::Lang, role: &MemberRole) -> String {
    match role {
        MemberRole::Member => String::new(),
        MemberRole::Associate => text(lang, TextKey::Associate).to_owned(),
        MemberRole::Observer => text(lang, TextKey::Observer).to_owned(),
        MemberRole::Other(word) => word.clone(),
    }
}
