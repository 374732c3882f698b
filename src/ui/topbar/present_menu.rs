//! "Present" in the top bar: the current view, one of the bundled stories, or the offline
//! package to download.

use leptos::prelude::*;

use crate::boot::stories;
use crate::i18n::{text, tr, TextKey};
use crate::state::use_atlas;
use crate::web::service_worker::served_over_web;

/// The offline package's file, beside the page (written by tools/offline-package.mjs).
pub const OFFLINE_PACKAGE: &str = "alliance-atlas-offline.html";

/// "Present" in the top bar: the current view, or one of the bundled stories.
#[component]
pub fn PresentMenu() -> impl IntoView {
    let state = use_atlas();
    let menu = NodeRef::<leptos::html::Details>::new();
    let dataset = state.dataset();
    let bundled = stories::bundled(&dataset, state.data.years);
    let close = move || {
        if let Some(menu) = menu.get_untracked() {
            menu.set_open(false);
        }
    };
    let story_items = bundled
        .into_iter()
        .map(|stories::BundledStory { name, story }| {
            let steps = story.steps.len();
            let title = {
                let story = story.clone();
                move || story.title(state.lang().code()).to_owned()
            };
            let start = move |_| {
                close();
                state.present.present_story(story.clone(), name, 1, true);
            };
            view! {
                <li>
                    <button type="button" class="menu-item" on:click=start>
                        <span translate="no">{title}</span>
                        <span class="menu-hint">{move || format!("{steps} {}", text(state.lang(), TextKey::Steps))}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="present-menu" node_ref=menu>
            <summary>{tr(TextKey::Present)}</summary>
            <div class="menu">
                <ul class="plain">
                    <li>
                        <button type="button" class="menu-item" on:click=move |_| { close(); state.present.start(true); }>
                            <span>{tr(TextKey::PresentThisView)}</span>
                            <span class="menu-hint">{tr(TextKey::PresentThisViewHint)}</span>
                        </button>
                    </li>
                </ul>
                <h3>{tr(TextKey::Stories)}</h3>
                <ul class="plain">{story_items}</ul>
                <p class="menu-note">{tr(TextKey::PresentKeysHint)}</p>
                // The single-file package the build writes beside the page (see README,
                // "Presenting without a network"); the menu is not shown in an embed, the
                // link not in the package itself.
                {served_over_web().then(|| view! {
                    <a class="menu-item" href=OFFLINE_PACKAGE download=OFFLINE_PACKAGE on:click=move |_| close()>
                        <span>{tr(TextKey::DownloadOffline)}</span>
                        <span class="menu-hint">{tr(TextKey::DownloadOfflineHint)}</span>
                    </a>
                })}
            </div>
        </details>
    }
}
