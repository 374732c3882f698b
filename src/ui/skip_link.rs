//! Skip links: the first stop of the Tab key leads past the top bar and the filters into the
//! map (or the table), and long regions (an embed's whole atlas, the details) have one that
//! leads past them. A skip link moves the keyboard's focus itself rather than following its
//! `#` address, which would change the page's address and its history.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Puts the keyboard's focus on the element with id `target`.
fn focus_by_id(target: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(target))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// A link, off the screen until the keyboard reaches it, that moves the focus to `target`.
#[component]
pub fn SkipLink(
    /// What the link says.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The id of the element it leads to (focusable, or with `tabindex="-1"`).
    #[prop(into)]
    target: Signal<&'static str>,
) -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href=move || format!("#{}", target.get())
            on:click=move |ev| {
                ev.prevent_default();
                focus_by_id(target.get_untracked());
            }
        >
            {move || label.get()}
        </a>
    }
}

/// Where a skip link leads when no control follows: a line said (and shown) only while it has
/// the focus, after which Tab goes on to whatever comes next.
#[component]
pub fn SkipTarget(
    /// Its id, the skip link's target.
    id: &'static str,
    /// What it says.
    #[prop(into)]
    label: Signal<&'static str>,
    /// Whether Tab stops on it too. The end of an embedded atlas must: from an element outside
    /// the Tab order with nothing tabbable after it, Chromium's Tab goes round to the top of
    /// the frame instead of on to the host page.
    #[prop(optional)]
    in_tab_order: bool,
) -> impl IntoView {
    view! {
        <p class="skip-target" id=id tabindex=if in_tab_order { "0" } else { "-1" }>{move || label.get()}</p>
    }
}
