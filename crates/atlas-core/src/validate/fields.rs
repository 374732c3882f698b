//! The checks of single values that every kind of item shares: ids, names and notes by
//! language, web addresses and dates.

use std::collections::HashMap;

use crate::dataset::Names;
use crate::date::PartialDate;
use crate::error::Problem;
use crate::raw::{RawDataset, RawNames, RawText};

use super::checker::Checker;

pub(crate) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b))
        && id.as_bytes()[0].is_ascii_alphanumeric()
}

pub(crate) const SLUG_RULE: &str =
    "use 1 to 64 lower-case letters, digits, '-', '_' or '.', starting with a letter or digit";

pub(crate) fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

fn check_url(url: &str) -> Result<(), &'static str> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("addresses cannot contain spaces or control characters");
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("only http and https addresses are allowed")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.contains('@') {
        // A user name before the host hides where the link really goes.
        return Err("the address carries a user name before its host; write it without one");
    }
    if host.is_empty() {
        return Err("the address has no host name");
    }
    Ok(())
}

impl Checker {
    pub(super) fn unique_ids<T>(
        &mut self,
        kind: &'static str,
        list: &str,
        items: &[T],
        id: impl Fn(&T) -> &str,
    ) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let id = id(item);
            if let Some(first) = seen.get(id) {
                self.push(
                    format!("{list}[{i}].id"),
                    Problem::DuplicateId {
                        item_kind: kind,
                        id: id.to_owned(),
                        first_path: format!("{list}[{first}]"),
                    },
                );
            } else {
                seen.insert(id, i);
            }
        }
    }

    /// Network and agreement ids share one namespace: both name ties, in links and exports.
    pub(super) fn tie_ids_unique(&mut self, raw: &RawDataset) {
        let mut seen: HashMap<&str, String> = HashMap::new();
        let all = raw
            .networks
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), format!("networks[{i}]"), "network"))
            .chain(
                raw.agreements
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (a.id.as_str(), format!("agreements[{i}]"), "agreement")),
            );
        for (id, path, kind) in all {
            if !is_slug(id) {
                self.push(
                    format!("{path}.id"),
                    Problem::InvalidId {
                        item_kind: kind,
                        id: id.to_owned(),
                        rule: SLUG_RULE,
                    },
                );
            }
            if let Some(first_path) = seen.get(id) {
                self.push(
                    format!("{path}.id"),
                    Problem::DuplicateId {
                        item_kind: kind,
                        id: id.to_owned(),
                        first_path: first_path.clone(),
                    },
                );
            } else {
                seen.insert(id, path);
            }
        }
    }

    pub(super) fn names(
        &mut self,
        path: &str,
        item: &str,
        names: &RawNames,
        required: bool,
    ) -> Names {
        if required && names.get("en").is_none() {
            self.push(
                path,
                Problem::MissingEnglishName {
                    item: item.to_owned(),
                },
            );
        }
        self.by_language(path, item, names, "name")
    }

    /// A note in one or several languages (`field` is its JSON name): English whenever there
    /// is any text, like names.
    pub(super) fn text(
        &mut self,
        path: &str,
        item: &str,
        field: &'static str,
        text: &RawText,
    ) -> Names {
        let texts = text.by_language();
        if !texts.is_empty() && !texts.contains_key("en") {
            self.push(
                path,
                Problem::MissingEnglishText {
                    item: item.to_owned(),
                    field,
                },
            );
        }
        self.by_language(path, item, texts, &format!("\"{field}\""))
    }

    /// Language codes and texts of a names map or a note (`what` names it in sentences), the
    /// texts trimmed.
    fn by_language(&mut self, path: &str, item: &str, texts: &RawNames, what: &str) -> Names {
        for (lang, text) in texts {
            if !is_language_code(lang) {
                self.push(
                    format!("{path}.{lang}"),
                    Problem::InvalidLanguage {
                        item: item.to_owned(),
                        value: lang.clone(),
                    },
                );
            }
            if text.trim().is_empty() {
                self.push(
                    format!("{path}.{lang}"),
                    Problem::EmptyText {
                        item: item.to_owned(),
                        field: format!("{what} in \"{lang}\""),
                    },
                );
            }
        }
        Names::new(
            texts
                .iter()
                .map(|(k, v)| (k.clone(), v.trim().to_owned()))
                .collect(),
        )
    }

    pub(super) fn website(&mut self, path: &str, item: &str, url: &str) {
        if let Err(reason) = check_url(url) {
            self.push(
                path,
                Problem::InvalidUrl {
                    item: item.to_owned(),
                    value: url.to_owned(),
                    reason,
                },
            );
        }
    }

    pub(super) fn date(
        &mut self,
        path: &str,
        item: &str,
        field: &'static str,
        value: &str,
    ) -> Option<PartialDate> {
        match value.parse() {
            Ok(date) => Some(date),
            Err(reason) => {
                self.push(
                    path,
                    Problem::BadDate {
                        item: item.to_owned(),
                        field,
                        value: value.to_owned(),
                        reason,
                    },
                );
                None
            }
        }
    }

    pub(super) fn optional_date(
        &mut self,
        path: &str,
        item: &str,
        field: &'static str,
        value: &Option<String>,
    ) -> Option<Option<PartialDate>> {
        match value {
            None => Some(None),
            Some(text) => self.date(path, item, field, text).map(Some),
        }
    }

    /// Reports `end` before `start` (compared at the precision both dates have).
    pub(super) fn order(
        &mut self,
        path: &str,
        item: &str,
        (start_field, start): (&'static str, PartialDate),
        (end_field, end): (&'static str, PartialDate),
    ) {
        if definitely_before(end, start) {
            self.push(
                path,
                Problem::InvertedDates {
                    item: item.to_owned(),
                    start_field,
                    start: start.to_string(),
                    end_field,
                    end: end.to_string(),
                },
            );
        }
    }
}

/// True when `a` is certainly earlier than `b`, comparing only the precision both have.
pub(super) fn definitely_before(a: PartialDate, b: PartialDate) -> bool {
    if a.year != b.year {
        return a.year < b.year;
    }
    match (a.month, b.month) {
        (Some(am), Some(bm)) if am != bm => am < bm,
        (Some(_), Some(_)) => matches!((a.day, b.day), (Some(ad), Some(bd)) if ad < bd),
        _ => false,
    }
}
