//! The card of an edge: every tie between two regions, each with its sources.

use atlas_core::dataset::RegionIdx;
use atlas_core::describe::long_date;
use atlas_core::TieSource;
use leptos::prelude::*;

use crate::components::details_panel::EstimatedBadge;
use crate::components::sources_list::SourcesList;
use crate::state::use_atlas;

#[component]
pub fn EdgeCard(a: RegionIdx, b: RegionIdx) -> impl IntoView {
    let state = use_atlas();
    let dataset = state.dataset();
    let name = |r: RegionIdx| dataset.region(r).names.get("en").to_owned();
    let (name_a, name_b) = (name(a), name(b));
    let ties = move || {
        let dataset = state.dataset();
        state.graph.with(|g| {
            let Some(edge) = g.edge(a, b) else {
                return view! { <p class="note">"No ties between them in the years and sectors shown."</p> }.into_any();
            };
            let items = edge
                .ties
                .iter()
                .map(|tie| {
                    let years = match tie.span.last {
                        Some(last) => format!("{}–{last}", tie.span.first),
                        None => format!("since {}", tie.span.first),
                    };
                    match tie.source {
                        TieSource::Network(n) => {
                            let network = dataset.network(n);
                            let label = network.short_name("en").to_owned();
                            view! {
                                <li>
                                    <button type="button" class="link-button" on:click=move |_| state.focus_network(Some(n))>
                                        {label}
                                    </button>
                                    <span class="when">" both members " {years}</span>
                                    {tie.estimated.then(|| view! { " " <EstimatedBadge note=""/> })}
                                    <p class="sectors-line">{network.names.get("en").to_owned()}</p>
                                    <SourcesList sources=network.sources.clone()/>
                                </li>
                            }
                            .into_any()
                        }
                        TieSource::Agreement(i) => {
                            let agreement = dataset.agreement(i);
                            let sectors = agreement
                                .sectors
                                .iter()
                                .map(|&s| dataset.sector(s).labels.get("en").to_owned())
                                .collect::<Vec<_>>()
                                .join(", ");
                            view! {
                                <li>
                                    <strong>{agreement.names.get("en").to_owned()}</strong>
                                    <span class="when">" signed " {long_date(agreement.signed)}</span>
                                    {agreement.estimated.then(|| view! { " " <EstimatedBadge note=agreement.note.clone()/> })}
                                    <p class="sectors-line">{sectors}</p>
                                    {(!agreement.summary.is_empty()).then(|| view! { <p class="summary">{agreement.summary.get("en").to_owned()}</p> })}
                                    <SourcesList sources=agreement.sources.clone()/>
                                </li>
                            }
                            .into_any()
                        }
                    }
                })
                .collect_view();
            let count = edge.ties.len();
            view! {
                <p class="summary-line">{format!("{count} {} in the years and sectors shown.", if count == 1 { "tie" } else { "ties" })}</p>
                <ul class="items">{items}</ul>
            }
            .into_any()
        })
    };
    view! {
        <div class="card edge-card">
            <h2>
                <button type="button" class="link-button" on:click=move |_| state.focus_region(Some(a))>{name_a}</button>
                " – "
                <button type="button" class="link-button" on:click=move |_| state.focus_region(Some(b))>{name_b}</button>
            </h2>
            {ties}
        </div>
    }
}
