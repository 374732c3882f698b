//! A discreet note when part of the link could not be used.

use atlas_core::ViewWarning;
use leptos::prelude::*;

use crate::i18n::format::view_warning;
use crate::i18n::{tr, use_lang, T};

/// Shows what in the link was ignored or adjusted, in the reader's language; dismissible.
#[component]
pub fn UrlNotice(warnings: Vec<ViewWarning>) -> impl IntoView {
    let dismissed = RwSignal::new(false);
    let lang = use_lang();
    let empty = warnings.is_empty();
    let text = move || {
        warnings
            .iter()
            .map(|w| view_warning(lang.get(), w))
            .collect::<Vec<_>>()
            .join("; ")
    };
    view! {
        <Show when=move || !dismissed.get() && !empty>
            <div class="url-notice" role="note">
                <span>{text.clone()}</span>
                <button type="button" class="link" on:click=move |_| dismissed.set(true)>
                    {tr(T::Dismiss)}
                </button>
            </div>
        </Show>
    }
}
