//! The interface in English, Italian, German and French.
//!
//! * [`Lang`]: the languages, and the browser's preference.
//! * [`text`]: every fixed string, as a key ([`T`]) with its four translations.
//! * [`format`]: phrases with numbers and dates (plurals, month names, number grouping).
//!
//! The language is a signal in context ([`use_lang`]); components write `{tr(T::Sectors)}`.
//! Messages about a broken data file stay in English: they are for the people who maintain the
//! file, like a compiler's output, and the page says so in the reader's language.

pub mod format;
pub mod text;

use std::cell::Cell;

use leptos::prelude::*;

pub use text::{text, T};

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    It,
    De,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::It, Lang::De, Lang::Fr];

    /// The ISO 639-1 code, as the `lang` parameter and the data's names use it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::It => "Italiano",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        let base = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == base)
    }

    /// The first of the browser's preferred languages the atlas speaks, else English.
    pub fn from_browser() -> Lang {
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
}

thread_local! {
    /// The language in use, for code that runs outside the reactive system (the panic notice).
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language in use, readable anywhere.
pub fn current_lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// The language signal shared by the whole page.
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

/// Provides the language signal, starting from `lang`, and keeps `<html lang>` in step.
pub fn provide_language(lang: Lang) -> RwSignal<Lang> {
    let signal = RwSignal::new(lang);
    provide_context(Language(signal));
    Effect::new(move |_| {
        let lang = signal.get();
        CURRENT.with(|c| c.set(lang));
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
    signal
}

/// The language signal from context (English if none was provided, as in isolated tests).
pub fn use_lang() -> RwSignal<Lang> {
    use_context::<Language>()
        .map(|l| l.0)
        .unwrap_or_else(|| RwSignal::new(Lang::En))
}

/// A reactive translation of `key`, for views: `{tr(T::Sectors)}`.
pub fn tr(key: T) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || text(lang.get(), key)
}
