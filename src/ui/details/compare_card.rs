//! Regions side by side (`compare=DE1,DE2`): for the networks and agreements of the view, which
//! each has (with the year it joined or signed) and which it lacks; shared ones first.

use atlas_core::compare::{compare_regions, CompareRow};
use atlas_core::date::PartialDate;
use leptos::prelude::*;

use crate::i18n::{tr, TextKey};
use crate::state::use_atlas;

/// One cell: the year, or a dash for "lacks it".
fn cell(since: Option<PartialDate>) -> impl IntoView {
    match since {
        Some(d) => view! { <td class="has">{d.year}</td> }.into_any(),
        None => view! { <td class="lacks" aria-label="—">"—"</td> }.into_any(),
    }
}

#[component]
pub fn CompareCard() -> impl IntoView {
    let state = use_atlas();
    let lang = state.link.lang;
    let comparison = Memo::new(move |_| {
        let dataset = state.dataset();
        let regions = state.link.selection.with(|s| s.compare.clone());
        state
            .link
            .query
            .with(|q| compare_regions(&dataset, q, &regions))
    });
    let heads = move || {
        comparison
            .get()
            .regions
            .into_iter()
            .map(|r| {
                view! {
                    <th scope="col" translate="no">
                        <button type="button" class="link-button" on:click=move |_| state.link.focus_region(Some(r))>
                            {move || state.region_name(r)}
                        </button>
                    </th>
                }
            })
            .collect_view()
    };
    let network_rows = move || {
        comparison
            .get()
            .networks
            .into_iter()
            .map(|CompareRow { item, since }| {
                let shared = since.iter().all(Option::is_some);
                view! {
                    <tr class:in-all=shared>
                        <th scope="row" translate="no">
                            <button type="button" class="link-button" on:click=move |_| state.link.focus_network(Some(item))>
                                {move || state.network_short_name(item)}
                            </button>
                        </th>
                        {since.into_iter().map(cell).collect_view()}
                    </tr>
                }
            })
            .collect_view()
    };
    let agreement_rows = move || {
        let dataset = state.dataset();
        comparison
            .get()
            .agreements
            .into_iter()
            .map(|CompareRow { item, since }| {
                let shared = since.iter().all(Option::is_some);
                let names = dataset.agreement(item).names.clone();
                view! {
                    <tr class:in-all=shared>
                        <th scope="row" translate="no">{move || names.get(lang.get().code()).to_owned()}</th>
                        {since.into_iter().map(cell).collect_view()}
                    </tr>
                }
            })
            .collect_view()
    };
    let title = move || {
        comparison
            .get()
            .regions
            .iter()
            .map(|&r| state.region_name(r))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    view! {
        <div class="card compare-card">
            <h2 translate="no">{title}</h2>
            <p class="note">{tr(TextKey::CompareIntro)}</p>
            <h3>{tr(TextKey::Networks)}</h3>
            <table class="compare-table">
                <thead><tr><td></td>{heads}</tr></thead>
                <tbody>{network_rows}</tbody>
            </table>
            <h3>{tr(TextKey::Agreements)}</h3>
            <table class="compare-table">
                <thead><tr><td></td>{heads}</tr></thead>
                <tbody>{agreement_rows}</tbody>
            </table>
        </div>
    }
}
