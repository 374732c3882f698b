//! The interface in English, Italian, German and French, as pure functions: the page and the
//! core's descriptions (tooltips, exports) say things the same way.
//!
//! * [`Lang`]: the languages.
//! * [`text`]: every fixed string, as a key ([`TextKey`]) with its four translations.
//! * [`format`]: phrases with numbers and dates (plurals, month names, number grouping).

pub mod format;
pub mod text;

pub use text::{text, TextKey};

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
}
