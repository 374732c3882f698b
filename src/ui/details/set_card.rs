//! Networks compared as sets (`network=esra,ara&members=all`): the regions that are members of
//! all of them, of any, or of the first but none of the others, on the map and listed here;
//! when none, why (a network outside the sectors or kinds shown, or without members in the
//! years shown).

use atlas_core::describe::names::network_kind_label;
use atlas_core::network_sets::{why_empty, EmptyReason, SetRule};
use leptos::prelude::*;

use crate::i18n::format::{
    count, no_members_in_years, outside_kinds, outside_sectors, set_only_first, Noun,
};
use crate::i18n::{text, tr, TextKey};
use crate::state::use_atlas;
use crate::ui::details::name_options::name_options;

#[component]
pub fn SetCard() -> impl IntoView {
    let state = use_atlas();
    let lang = state.link.lang;
    let set = Memo::new(move |_| state.link.selection.with(|s| s.set.clone()));
    let rule = move || state.link.view.with(|v| v.set_rule);
    let ids = move || {
        let dataset = state.dataset();
        set.get()
            .iter()
            .map(|&n| dataset.network(n).id.clone())
            .collect::<Vec<_>>()
    };
    let set_rule = move |rule: SetRule| {
        let ids = ids();
        state.link.edit(|v| v.with_network_set(ids, rule));
    };
    let title = move || {
        set.get()
            .iter()
            .map(|&n| state.network_short_name(n))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let first_name = move || {
        set.get()
            .first()
            .map(|&n| state.network_short_name(n))
            .unwrap_or_default()
    };
    let members = move || {
        state
            .set_members
            .get()
            .into_iter()
            .map(|r| {
                view! {
                    <li>
                        <button type="button" class="chip small" translate="no" on:click=move |_| state.link.focus_region(Some(r))>
                            {move || state.region_name(r)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let reasons = move || {
        let dataset = state.dataset();
        let lang = lang.get();
        let reasons = state.graph.with(|g| {
            state
                .link
                .query
                .with(|q| why_empty(&dataset, g, q, &set.get(), rule()))
        });
        reasons
            .into_iter()
            .map(|reason| {
                let words = match reason {
                    EmptyReason::OutsideSectors { network } => outside_sectors(
                        lang,
                        &state.network_short_name(network),
                        &dataset
                            .network(network)
                            .sectors
                            .iter()
                            .map(|&s| state.sector_label(s))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                    EmptyReason::OutsideKinds { network } => outside_kinds(
                        lang,
                        &state.network_short_name(network),
                        dataset
                            .network(network)
                            .kind
                            .map(|k| network_kind_label(k, lang))
                            .unwrap_or_default(),
                    ),
                    EmptyReason::NoMembersInYears { network } => no_members_in_years(
                        lang,
                        &state.network_short_name(network),
                        dataset.network(network).founded.year,
                    ),
                    EmptyReason::NothingInCommon => text(lang, TextKey::NothingInCommon).to_owned(),
                };
                view! { <p class="why-empty">{words}</p> }
            })
            .collect_view()
    };
    // Another network to compare: every network not in the set, by name.
    let others = move || {
        let dataset = state.dataset();
        let in_set = set.get();
        let others: Vec<(String, String)> = (0..dataset.networks.len() as u32)
            .map(atlas_core::dataset::NetworkIdx)
            .filter(|n| !in_set.contains(n))
            .map(|n| (state.network_short_name(n), dataset.network(n).id.clone()))
            .collect();
        name_options(others)
    };
    let add = move |ev: web_sys::Event| {
        let id = event_target_value(&ev);
        if !id.is_empty() {
            let mut ids = ids();
            ids.push(id);
            state.link.edit(|v| v.with_network_set(ids, rule()));
        }
    };
    let count_line = move || count(lang.get(), state.set_members.with(Vec::len), Noun::Region);
    view! {
        <div class="card set-card">
            <h2 translate="no">{title}</h2>
            <div class="set-rule" role="radiogroup" aria-label=tr(TextKey::Members)>
                <label>
                    <input type="radio" name="set-rule" prop:checked=move || rule() == SetRule::All on:change=move |_| set_rule(SetRule::All)/>
                    " " {tr(TextKey::SetMembersOfAll)}
                </label>
                <label>
                    <input type="radio" name="set-rule" prop:checked=move || rule() == SetRule::Any on:change=move |_| set_rule(SetRule::Any)/>
                    " " {tr(TextKey::SetMembersOfAny)}
                </label>
                <label>
                    <input type="radio" name="set-rule" prop:checked=move || rule() == SetRule::OnlyFirst on:change=move |_| set_rule(SetRule::OnlyFirst)/>
                    " " {move || set_only_first(lang.get(), &first_name())}
                </label>
            </div>
            <p class="summary-line">{count_line}</p>
            {reasons}
            <ul class="chips">{members}</ul>
            <label class="add-network">
                {tr(TextKey::AddNetwork)} " "
                <select on:change=add>
                    <option value="" selected=true>{tr(TextKey::ChooseNetwork)}</option>
                    {others}
                </select>
            </label>
        </div>
    }
}
