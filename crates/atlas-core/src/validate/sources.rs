//! Sources: the list of documents, and the citations of them by id.

use std::collections::BTreeMap;

use crate::dataset::{Source, SourceIdx};
use crate::error::Problem;
use crate::raw::RawSource;

use super::checker::Checker;
use super::fields::{is_slug, SLUG_RULE};

impl Checker {
    pub(super) fn sources(&mut self, raw: &[RawSource]) -> Vec<Source> {
        self.unique_ids("source", "sources", raw, |s| &s.id);
        let mut out = Vec::with_capacity(raw.len());
        for (i, s) in raw.iter().enumerate() {
            let path = format!("sources[{i}]");
            let item = format!("source \"{}\"", s.id);
            if !is_slug(&s.id) {
                self.push(
                    format!("{path}.id"),
                    Problem::InvalidId {
                        item_kind: "source",
                        id: s.id.clone(),
                        rule: SLUG_RULE,
                    },
                );
            }
            self.website(&format!("{path}.url"), &item, &s.url);
            if s.title.trim().is_empty() {
                self.push(
                    format!("{path}.title"),
                    Problem::EmptyText {
                        item: item.clone(),
                        field: "title".into(),
                    },
                );
            }
            let published = self.optional_date(
                &format!("{path}.published"),
                &item,
                "published",
                &s.published,
            );
            let checked = self.date(&format!("{path}.checked"), &item, "checked", &s.checked);
            if let (Some(published), Some(checked)) = (published, checked) {
                out.push(Source {
                    id: s.id.clone(),
                    url: s.url.clone(),
                    title: s.title.trim().to_owned(),
                    publisher: s.publisher.trim().to_owned(),
                    published,
                    checked,
                });
            }
        }
        out
    }

    pub(super) fn source_refs(
        &mut self,
        path: &str,
        item: &str,
        ids: &[String],
        index: &BTreeMap<String, u32>,
        required_for: Option<&'static str>,
    ) -> Vec<SourceIdx> {
        if let (Some(what), true) = (required_for, ids.is_empty()) {
            self.push(
                path,
                Problem::NoSources {
                    item: item.to_owned(),
                    what,
                },
            );
        }
        let mut out = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            match index.get(id) {
                Some(&idx) => out.push(SourceIdx(idx)),
                None => self.push(
                    format!("{path}[{i}]"),
                    Problem::UnknownSource {
                        item: item.to_owned(),
                        id: id.clone(),
                    },
                ),
            }
        }
        out
    }
}
