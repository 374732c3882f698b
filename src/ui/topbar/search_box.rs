//! Search: a combobox that suggests regions, networks and agreements as you type, by any name
//! in any language or by code; choosing one focuses it and centres the map on it (an
//! agreement: the ties between its parties).

use atlas_core::search::{search, Found};
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::i18n::{text as translate, tr, TextKey};
use crate::state::{use_atlas, AtlasState};

/// Suggestions shown at most.
const MAX_SUGGESTIONS: usize = 8;

fn choose(state: AtlasState, found: Found) {
    match found {
        // A new focus frames its subject (the region and its partners, the network's
        // members) beside the card.
        Found::Region(region) => state.link.focus_region(Some(region)),
        Found::Network(network) => state.link.focus_network(Some(network)),
        // An agreement: the ties between its first two parties, whose card lists it.
        Found::Agreement(agreement) => {
            let parties = state
                .data
                .dataset
                .with_value(|d| d.agreement(agreement).parties.clone());
            if let [a, b, ..] = parties[..] {
                state.link.focus_pair(a, b);
            }
        }
    }
}

/// The search box.
#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_atlas();
    let text = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(0usize);
    let results = Memo::new(move |_| {
        let dataset = state.dataset();
        text.with(|t| search(&dataset, t, MAX_SUGGESTIONS))
    });
    let label_of = move |found: Found| {
        let dataset = state.dataset();
        let lang = state.lang();
        match found {
            Found::Region(r) => {
                let region = dataset.region(r);
                (
                    region.names.get(lang.code()).to_owned(),
                    format!("{} · {}", region.own_name(), region.id),
                )
            }
            Found::Agreement(a) => {
                let agreement = dataset.agreement(a);
                let parties = agreement
                    .parties
                    .iter()
                    .map(|&p| dataset.region(p).names.get(lang.code()).to_owned())
                    .collect::<Vec<_>>()
                    .join(" · ");
                (
                    agreement.names.get(lang.code()).to_owned(),
                    format!("{} · {}", agreement.signed, parties),
                )
            }
            Found::Network(n) => {
                let network = dataset.network(n);
                (
                    network.short_name(lang.code()).to_owned(),
                    format!(
                        "{} · {}",
                        translate(lang, TextKey::NetworkWord),
                        network.names.get(lang.code())
                    ),
                )
            }
        }
    };
    let pick = move |index: usize| {
        if let Some(hit) = results.with_untracked(|r| r.get(index).cloned()) {
            choose(state, hit.found);
            text.set(String::new());
            open.set(false);
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let count = results.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = (*a + 1) % count);
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = (*a + count - 1) % count);
            }
            "Enter" if count > 0 => {
                ev.prevent_default();
                pick(active.get_untracked().min(count - 1));
            }
            "Escape" => {
                open.set(false);
                text.set(String::new());
            }
            _ => {}
        }
    };
    let expanded = move || open.get() && results.with(|r| !r.is_empty());
    view! {
        <div class="search" role="search">
            <label for="search-input" class="visually-hidden">{tr(TextKey::SearchLabel)}</label>
            <input
                id="search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=tr(TextKey::SearchPlaceholder)
                role="combobox"
                aria-autocomplete="list"
                aria-controls="search-results"
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || expanded().then(|| format!("search-option-{}", active.get()))
                prop:value=move || text.get()
                on:input=move |ev| {
                    text.set(event_target_value(&ev));
                    active.set(0);
                    open.set(true);
                }
                on:keydown=on_key
                on:blur=move |_| open.set(false)
                on:focus=move |_| open.set(true)
            />
            <ul id="search-results" role="listbox" aria-label=tr(TextKey::Suggestions) class:open=expanded>
                {move || {
                    results
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, hit)| {
                            let (title, detail) = label_of(hit.found);
                            let matched = (hit.matched != title && !detail.contains(&hit.matched))
                                .then(|| format!(" · “{}”", hit.matched));
                            view! {
                                <li
                                    id=format!("search-option-{i}")
                                    role="option"
                                    aria-selected=move || (active.get() == i).to_string()
                                    // mousedown, not click: it comes before the input's blur.
                                    on:mousedown=move |ev| {
                                        ev.prevent_default();
                                        pick(i);
                                    }
                                >
                                    <span class="option-title" translate="no">{title}</span>
                                    <span class="option-detail" translate="no">{detail}{matched}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
