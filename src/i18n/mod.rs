//! The interface in English, Italian, German and French.
//!
//! The strings and phrases themselves live in the core (`atlas_core::i18n`), so the core's
//! tooltips and exports say things as the page does; this module adds the browser's preference
//! ([`browser_lang`]) and the reactive language in context.
//!
//! The language is a signal in context ([`use_lang`]); components write `{tr(TextKey::Sectors)}`.
//! Messages about a broken data file stay in English: they are for the people who maintain the
//! file, like a compiler's output, and the page says so in the reader's language.

use std::cell::Cell;

use leptos::prelude::*;

pub use atlas_core::i18n::{format, text, Lang, TextKey};

/// The first of the browser's preferred languages the atlas speaks, else English.
pub fn browser_lang() -> Lang {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::En;
    };
    navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(navigator.language())
        .find_map(|code| Lang::parse(&code))
        .unwrap_or(Lang::En)
}
thread_local! {
    /// The language in use, for code that runs outside the reactive system (the panic notice).
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language in use, readable anywhere.
pub fn current_lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// The interface language for the components under the one that provided it.
#[derive(Clone, Copy)]
pub struct Language(pub Signal<Lang>);

/// Provides the interface language to the components below (before the data loads, the
/// link's; in the atlas, the atlas's link's), and keeps `<html lang>` and the page's title in
/// step with it.
pub fn provide_language(signal: Signal<Lang>) {
    provide_context(Language(signal));
    Effect::new(move |_| {
        let lang = signal.get();
        CURRENT.with(|c| c.set(lang));
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document.set_title(text(lang, TextKey::PageTitle));
    });
}

/// The language from context (English if none was provided, as in isolated tests).
pub fn use_lang() -> Signal<Lang> {
    use_context::<Language>()
        .map(|l| l.0)
        .unwrap_or_else(|| Signal::stored(Lang::En))
}

/// A reactive translation of `key`, for views: `{tr(TextKey::Sectors)}`.
pub fn tr(key: TextKey) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || text(lang.get(), key)
}
