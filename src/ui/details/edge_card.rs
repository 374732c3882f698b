//! The card of an edge: every tie between two regions, each with its sources.

use atlas_core::dataset::RegionIdx;
use atlas_core::view_state::TiesOnly;
use atlas_core::TieSource;
use leptos::prelude::*;

use crate::i18n::format::{edge_summary, signed, years};
use crate::i18n::{text, tr, TextKey};
use crate::state::use_atlas;
use crate::ui::details::badges::EstimatedBadge;
use crate::ui::details::only_toggle::OnlyToggle;
use crate::ui::details::sources_list::SourcesList;

#[component]
pub fn EdgeCard(a: RegionIdx, b: RegionIdx) -> impl IntoView {
    let state = use_atlas();
    let lang = state.link.lang;
    let ties = move || {
        let dataset = state.dataset();
        state.graph.with(|g| {
            let Some(edge) = g.edge(a, b) else {
                return view! { <p class="note">{tr(TextKey::NoTiesBetween)}</p> }.into_any();
            };
            let items = edge
                .ties
                .iter()
                .map(|tie| {
                    let span = (tie.span.first, tie.span.last);
                    match tie.source {
                        TieSource::Network(n) => {
                            let network = dataset.network(n);
                            view! {
                                <li>
                                    <button type="button" class="link-button" translate="no" on:click=move |_| state.link.focus_network(Some(n))>
                                        {move || state.network_short_name(n)}
                                    </button>
                                    <span class="when">
                                        {move || format!(" {} {}", text(lang.get(), TextKey::BothMembers), years(lang.get(), span.0, span.1))}
                                    </span>
                                    {tie.estimated.then(|| view! { " " <EstimatedBadge note=atlas_core::dataset::Names::default()/> })}
                                    <p class="sectors-line" translate="no">{move || state.network_name(n)}</p>
                                    <SourcesList sources=network.sources.clone()/>
                                </li>
                            }
                            .into_any()
                        }
                        TieSource::Agreement(i) => {
                            let agreement = dataset.agreement(i).clone();
                            let sectors = {
                                let ids = agreement.sectors.clone();
                                move || ids.iter().map(|&s| state.sector_label(s)).collect::<Vec<_>>().join(", ")
                            };
                            let name = {
                                let names = agreement.names.clone();
                                move || names.get(lang.get().code()).to_owned()
                            };
                            let summary = (!agreement.summary.is_empty()).then(|| {
                                let summary = agreement.summary.clone();
                                move || summary.get(lang.get().code()).to_owned()
                            });
                            let signed_on = agreement.signed;
                            view! {
                                <li>
                                    <strong translate="no">{name}</strong>
                                    <span class="when">" " {move || signed(lang.get(), signed_on)}</span>
                                    {agreement.estimated.then(|| view! { " " <EstimatedBadge note=agreement.note.clone()/> })}
                                    <p class="sectors-line">{sectors}</p>
                                    {summary.map(|summary| view! { <p class="summary" translate="no">{summary}</p> })}
                                    <SourcesList sources=agreement.sources.clone()/>
                                    <OnlyToggle only=TiesOnly::Agreement(i)/>
                                </li>
                            }
                            .into_any()
                        }
                    }
                })
                .collect_view();
            let count = edge.ties.len();
            view! {
                <p class="summary-line">{move || edge_summary(lang.get(), count)}</p>
                <OnlyToggle only=TiesOnly::Pair(a.min(b), a.max(b))/>
                <ul class="items">{items}</ul>
            }
            .into_any()
        })
    };
    view! {
        <div class="card edge-card">
            <h2 translate="no">
                <button type="button" class="link-button" on:click=move |_| state.link.focus_region(Some(a))>{move || state.region_name(a)}</button>
                " – "
                <button type="button" class="link-button" on:click=move |_| state.link.focus_region(Some(b))>{move || state.region_name(b)}</button>
            </h2>
            {ties}
        </div>
    }
}
