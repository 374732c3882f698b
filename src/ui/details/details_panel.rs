//! The details panel: the card of whatever is in focus (a region, a network, the ties between
//! two regions), with a close button. Every fact in it carries its source links.

use atlas_core::scene::Focus;
use leptos::prelude::*;

use crate::components::edge_card::EdgeCard;
use crate::components::network_card::NetworkCard;
use crate::components::region_card::RegionCard;
use crate::i18n::{text, tr, T};
use crate::state::use_atlas;

/// The panel; empty (and hidden) when nothing is in focus.
#[component]
pub fn DetailsPanel() -> impl IntoView {
    let state = use_atlas();
    let card = move || match state.focus.get() {
        Focus::None => None,
        Focus::Region(region) => Some(view! { <RegionCard region=region/> }.into_any()),
        Focus::Network(network) => Some(view! { <NetworkCard network=network/> }.into_any()),
        Focus::Edge(a, b) => Some(view! { <EdgeCard a=a b=b/> }.into_any()),
    };
    view! {
        <Show when=move || state.focus.get() != Focus::None>
            <aside class="details" aria-label=tr(T::Details) aria-live="polite">
                <button
                    type="button"
                    class="details-close"
                    aria-label=tr(T::CloseDetails)
                    title=tr(T::CloseEscape)
                    on:click=move |_| state.clear_focus()
                >
                    "×"
                </button>
                {card}
            </aside>
        </Show>
    }
}

/// A small "estimated" badge, so colour is never the only sign.
#[component]
pub fn EstimatedBadge(#[prop(into)] note: String) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let title = move || {
        if note.is_empty() {
            text(lang.get(), T::EstimatedTitle).to_owned()
        } else {
            note.clone()
        }
    };
    view! { <span class="badge estimated" title=title>{tr(T::Estimated)}</span> }
}

/// Where sources disagree.
#[component]
pub fn ConflictsList(conflicts: Vec<atlas_core::dataset::Conflict>) -> impl IntoView {
    (!conflicts.is_empty()).then(|| {
        view! {
            <div class="conflicts">
                <h4>{tr(T::SourcesDisagree)}</h4>
                <ul>
                    {conflicts
                        .into_iter()
                        .map(|c| {
                            view! {
                                <li>
                                    <strong lang="en" translate="no">{c.about}</strong>
                                    <ul>
                                        {c
                                            .claims
                                            .into_iter()
                                            .map(|claim| {
                                                view! {
                                                    <li lang="en" translate="no">
                                                        {claim.says}
                                                        <crate::components::sources_list::SourcesList sources=claim.sources/>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                    {(!c.resolution.is_empty()).then(|| view! { <p class="resolution" lang="en" translate="no">{c.resolution}</p> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
