//! A discreet note when part of the link could not be used.

use atlas_core::ViewWarning;
use leptos::prelude::*;

use crate::i18n::format::view_warning;
use crate::i18n::{tr, use_lang, TextKey};

/// Shows what in the link was ignored or adjusted, in the reader's language; dismissible.
#[component]
pub fn UrlNotice(warnings: RwSignal<Vec<ViewWarning>>) -> impl IntoView {
    let lang = use_lang();
    let text = move || {
        warnings.with(|warnings| {
            warnings
                .iter()
                .map(|w| view_warning(lang.get(), w))
                .collect::<Vec<_>>()
                .join("; ")
        })
    };
    view! {
        <Show when=move || warnings.with(|w| !w.is_empty())>
            <div class="url-notice" role="note">
                <span>{text}</span>
                <button type="button" class="link" on:click=move |_| warnings.set(Vec::new())>
                    {tr(TextKey::Dismiss)}
                </button>
            </div>
        </Show>
    }
}
