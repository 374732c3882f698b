//! The details panel: the card of whatever is in focus (a region, a network, the ties between
//! two regions), with a close button. Every fact in it carries its source links.

use atlas_core::scene::Focus;
use leptos::prelude::*;

use crate::components::edge_card::EdgeCard;
use crate::components::network_card::NetworkCard;
use crate::components::region_card::RegionCard;
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
            <aside class="details" aria-label="Details" aria-live="polite">
                <button
                    type="button"
                    class="details-close"
                    aria-label="Close the details"
                    title="Close (Escape)"
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
    let title = if note.is_empty() {
        "Inferred, not stated by a source".to_owned()
    } else {
        note
    };
    view! { <span class="badge estimated" title=title>"estimated"</span> }
}

/// Where sources disagree.
#[component]
pub fn ConflictsList(conflicts: Vec<atlas_core::dataset::Conflict>) -> impl IntoView {
    (!conflicts.is_empty()).then(|| {
        view! {
            <div class="conflicts">
                <h4>"Sources disagree"</h4>
                <ul>
                    {conflicts
                        .into_iter()
                        .map(|c| {
                            view! {
                                <li>
                                    <strong>{c.about}</strong>
                                    <ul>
                                        {c
                                            .claims
                                            .into_iter()
                                            .map(|claim| {
                                                view! {
                                                    <li>
                                                        {claim.says}
                                                        <crate::components::sources_list::SourcesList sources=claim.sources/>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                    {(!c.resolution.is_empty()).then(|| view! { <p class="resolution">{c.resolution}</p> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
