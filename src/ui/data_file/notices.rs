//! What the page says about data that is not (only) the site's bundled file: the problems of a
//! file that could not be shown; a file opened in the page, with the way back; an overlay's
//! additions, named by a link or opened.

use std::sync::Arc;

use leptos::prelude::*;

use super::use_opened_data;
use crate::boot::loader::Loaded;
use crate::i18n::format::overlay_changes;
use crate::i18n::{tr, use_lang, TextKey};

/// The problems of a file that could not be shown, over the map.
#[component]
pub fn DataFileProblems() -> impl IntoView {
    let opened = use_opened_data();
    move || {
        opened.problems.get().map(|(name, lines)| {
            view! {
                <div class="notice data-file-problems" role="alert">
                    <p><strong translate="no">{name}</strong> " " {tr(TextKey::DataFileProblems)}</p>
                    <p class="hint">{tr(TextKey::DiagnosticsInEnglish)} " " <span translate="no">{concat!("Alliance Atlas ", env!("CARGO_PKG_VERSION"), ".")}</span></p>
                    <ul lang="en" translate="no">{lines.into_iter().map(|l| view! { <li><code>{l}</code></li> }).collect_view()}</ul>
                    <button type="button" class="link-button" on:click=move |_| opened.problems.set(None)>
                        {tr(TextKey::Dismiss)}
                    </button>
                </div>
            }
        })
    }
}

/// Above the map: that a file opened in the page is shown (and the way back), or what an
/// overlay named by the link added.
#[component]
pub fn DataFileNotices(loaded: Arc<Loaded>) -> impl IntoView {
    let opened = use_opened_data();
    let lang = use_lang();
    let changes = loaded
        .overlay
        .clone()
        .map(|(file, summary)| (file, move || overlay_changes(lang.get(), &summary)));
    let warnings: Vec<String> = if loaded.opened_file.is_some() || loaded.overlay.is_some() {
        loaded
            .dataset
            .warnings
            .iter()
            .map(ToString::to_string)
            .collect()
    } else {
        Vec::new()
    };
    let warnings = (!warnings.is_empty()).then(|| {
        view! {
            <details class="data-file-warnings">
                <summary>{tr(TextKey::DataFileWarnings)} " (" {warnings.len()} ")"</summary>
                <ul lang="en" translate="no">{warnings.into_iter().map(|w| view! { <li><code>{w}</code></li> }).collect_view()}</ul>
            </details>
        }
    });
    match (loaded.opened_file.clone(), changes) {
        (Some(file), changes) => Some(
            view! {
                <div class="notice data-file-shown" role="status">
                    <p>
                        {tr(TextKey::ShowingOpenedFile)} " " <strong translate="no">{file}</strong>
                        {changes.map(|(_, changes)| view! { " " <span class="overlay-changes">{changes}</span> })}
                    </p>
                    {warnings}
                    <button type="button" class="link-button" on:click=move |_| opened.loaded.set(None)>
                        {tr(TextKey::BackToSiteData)}
                    </button>
                </div>
            }
            .into_any(),
        ),
        (None, Some((file, changes))) => Some(
            view! {
                <div class="notice overlay-notice" role="status">
                    <p>
                        {tr(TextKey::OverlayShownFrom)} " " <code translate="no">{file}</code> ". "
                        <span class="overlay-changes">{changes}</span>
                    </p>
                    {warnings}
                </div>
            }
            .into_any(),
        ),
        (None, None) => None,
    }
}
