//! The details panel: the card of whatever is in focus (a region, a network, the ties between
//! two regions), with a close button. Every fact in it carries its source links.

use atlas_core::scene::Focus;
use atlas_core::MainView;
use leptos::prelude::*;

use crate::i18n::{tr, TextKey};
use crate::state::use_atlas;
use crate::ui::details::changes_card::ChangesCard;
use crate::ui::details::compare_card::CompareCard;
use crate::ui::details::edge_card::EdgeCard;
use crate::ui::details::network_card::NetworkCard;
use crate::ui::details::region_card::RegionCard;
use crate::ui::details::set_card::SetCard;
use crate::ui::skip_link::{SkipLink, SkipTarget};

/// The panel; empty (and hidden) when nothing is in focus, except for the list of changes
/// (`view=changes`), which it shows when nothing is.
#[component]
pub fn DetailsPanel() -> impl IntoView {
    let state = use_atlas();
    let listing_changes =
        Memo::new(move |_| state.link.view.with(|v| v.main_view == MainView::Changes));
    let comparing_sets = Memo::new(move |_| {
        state
            .link
            .selection
            .with(|s| !s.set.is_empty() || !s.compare.is_empty())
    });
    let comparing_regions =
        Memo::new(move |_| state.link.selection.with(|s| !s.compare.is_empty()));
    let card = move || match state.link.focus.get() {
        Focus::None if comparing_regions.get() => Some(view! { <CompareCard/> }.into_any()),
        Focus::None if comparing_sets.get() => Some(view! { <SetCard/> }.into_any()),
        Focus::None if listing_changes.get() => Some(view! { <ChangesCard/> }.into_any()),
        Focus::None => None,
        Focus::Region(region) => Some(view! { <RegionCard region=region/> }.into_any()),
        Focus::Network(network) => Some(view! { <NetworkCard network=network/> }.into_any()),
        Focus::Edge(a, b) => Some(view! { <EdgeCard a=a b=b/> }.into_any()),
    };
    view! {
        <Show when=move || {
            state.link.focus.get() != Focus::None || listing_changes.get() || comparing_sets.get()
        }>
            // A region inside the page's `main`, not a complementary landmark of its own.
            <section class="details" aria-label=Signal::derive(tr(TextKey::Details)) aria-live="polite">
                <SkipLink label=Signal::derive(tr(TextKey::SkipDetails)) target="details-end"/>
                <button
                    type="button"
                    class="details-close"
                    aria-label=Signal::derive(tr(TextKey::CloseDetails))
                    title=tr(TextKey::CloseEscape)
                    on:click=move |_| {
                        if state.link.focus.get_untracked() != Focus::None
                            || comparing_sets.get_untracked()
                        {
                            state.link.clear_focus();
                        } else {
                            state.link.edit(|v| atlas_core::ViewState {
                                main_view: MainView::Map,
                                ..v.clone()
                            });
                        }
                    }
                >
                    "×"
                </button>
                {card}
                <SkipTarget id="details-end" label=Signal::derive(tr(TextKey::EndOfDetails))/>
            </section>
        </Show>
    }
}
