//! A discreet note when part of the link could not be used.

use leptos::prelude::*;

/// Shows what in the link was ignored or adjusted; dismissible.
#[component]
pub fn UrlNotice(warnings: Signal<Vec<String>>) -> impl IntoView {
    let dismissed = RwSignal::new(false);
    view! {
        <Show when=move || !dismissed.get() && warnings.with(|w| !w.is_empty())>
            <div class="url-notice" role="note">
                <span>
                    {move || warnings.with(|w| w.join("; "))}
                </span>
                <button type="button" class="link" on:click=move |_| dismissed.set(true)>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}
