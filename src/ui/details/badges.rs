//! Small marks the cards share: an "estimated" badge with its note, and where sources disagree.

use leptos::prelude::*;

use atlas_core::dataset::Names;

use crate::i18n::{text, tr, TextKey};

/// A small "estimated" badge, so colour is never the only sign.
#[component]
pub fn EstimatedBadge(note: Names) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let title = move || {
        if note.is_empty() {
            text(lang.get(), TextKey::EstimatedTitle).to_owned()
        } else {
            note.get(lang.get().code()).to_owned()
        }
    };
    view! { <span class="badge estimated" title=title>{tr(TextKey::Estimated)}</span> }
}

/// Where sources disagree.
#[component]
pub fn ConflictsList(conflicts: Vec<atlas_core::dataset::Conflict>) -> impl IntoView {
    (!conflicts.is_empty()).then(|| {
        view! {
            <div class="conflicts">
                <h4>{tr(TextKey::SourcesDisagree)}</h4>
                <ul>
                    {conflicts
                        .into_iter()
                        .map(|c| {
                            view! {
                                <li>
                                    <strong lang="en" translate="no">{c.about}</strong>
                                    <ul>
                                        {c
                                            .claims
                                            .into_iter()
                                            .map(|claim| {
                                                view! {
                                                    <li lang="en" translate="no">
                                                        {claim.says}
                                                        <crate::ui::details::sources_list::SourcesList sources=claim.sources/>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                    {(!c.resolution.is_empty()).then(|| view! { <p class="resolution" lang="en" translate="no">{c.resolution}</p> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// A note from the data, in the interface language where the data has it, else in English;
/// marked with the language it is in.
#[component]
pub fn DataNote(note: Names, #[prop(default = "note")] class: &'static str) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let shown_in = {
        let note = note.clone();
        move || {
            let code = lang.get().code();
            if note.exact(code).is_some() {
                code
            } else {
                "en"
            }
        }
    };
    let body = move || note.get(lang.get().code()).to_owned();
    view! { <p class=class lang=shown_in translate="no">{body}</p> }
}
