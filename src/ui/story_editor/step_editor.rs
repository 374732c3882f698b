//! One step in the story editor: what it shows (in words), its title and caption in each of
//! the story's languages with a warning when they will not fit a small projector, and the
//! buttons that show it, capture the map's view again, move, duplicate and delete it.

use atlas_core::ViewState;
use leptos::prelude::*;

use super::caption_fit::too_tall_for_small_projector;
use super::language_name;
use crate::i18n::{tr, TextKey};
use crate::state::{use_atlas, AtlasState};

/// What a step shows, in words: its focus and years ("Lombardy – Flanders · to 2026").
fn view_summary(state: &AtlasState, query: &str) -> String {
    let (view, _) = ViewState::parse_query(query);
    let dataset = state.dataset();
    let (selection, _) = view.selection(&dataset);
    let mut parts = Vec::new();
    if let Some(only) = view.only.as_ref().and_then(|o| o.resolve(&dataset)) {
        parts.push(state.ties_only_name(only));
    }
    match (selection.region, selection.with, selection.network) {
        (Some(a), Some(b), _) => parts.push(format!(
            "{} – {}",
            state.region_name(a),
            state.region_name(b)
        )),
        (Some(a), None, _) => parts.push(state.region_name(a)),
        (None, _, Some(n)) => parts.push(state.network_short_name(n)),
        _ => {}
    }
    match (view.from, view.to) {
        (Some(from), Some(to)) => parts.push(format!("{from}–{to}")),
        (None, Some(to)) => parts.push(format!("≤ {to}")),
        (Some(from), None) => parts.push(format!("{from}–")),
        (None, None) => {}
    }
    if !view.sectors.is_empty() {
        let labels: Vec<String> = view
            .sectors
            .iter()
            .filter_map(|id| dataset.sector_by_id(id))
            .map(|s| state.sector_label(s))
            .collect();
        parts.push(labels.join(", "));
    }
    if parts.is_empty() {
        "Europe".to_owned()
    } else {
        parts.join(" · ")
    }
}

/// One step of the draft, at `index` of `count`.
#[component]
pub fn StepEditor(
    index: usize,
    count: usize,
    languages: Vec<String>,
    revision: RwSignal<u32>,
) -> impl IntoView {
    let state = use_atlas();
    let library = state.stories;
    let draft = library.draft;
    let step_field = move |f: fn(&atlas_core::story::DraftStep) -> String| {
        draft.with(|d| {
            d.as_ref()
                .and_then(|d| d.steps.get(index))
                .map(f)
                .unwrap_or_default()
        })
    };
    let summary = move || {
        let view = step_field(|s| s.view.clone());
        let framed = step_field(|s| {
            if s.frame.is_some() {
                "frame".into()
            } else {
                String::new()
            }
        });
        let mut text = view_summary(&state, &view);
        if !framed.is_empty() {
            text.push_str(" · ");
            text.push_str(tr(TextKey::FrameKept)());
        }
        text
    };
    let reshape = move |edit: Box<dyn FnOnce(&mut atlas_core::story::StoryDraft)>| {
        library.edit_draft(edit);
        revision.update(|r| *r += 1);
    };
    let show = move |_| {
        let view = step_field(|s| s.view.clone());
        let (step_view, _) = ViewState::parse_query(&view);
        let next = state.link.view.with_untracked(|current| ViewState {
            embed: current.embed,
            data: current.data.clone(),
            lang: current.lang.clone(),
            ..step_view
        });
        state.link.show(&next);
        state.camera.glide_to_link(600.0);
    };
    let capture = move |_| {
        let (view, frame) = state.capture_step_view();
        library.edit_draft(|d| {
            if let Some(step) = d.steps.get_mut(index) {
                step.view = view;
                step.frame = frame;
            }
        });
    };
    let texts = languages
        .into_iter()
        .map(|lang| {
            let name = language_name(&lang);
            let initial = |field: fn(&atlas_core::story::DraftStep) -> &std::collections::BTreeMap<String, String>, lang: &str| {
                draft.with_untracked(|d| {
                    d.as_ref()
                        .and_then(|d| d.steps.get(index))
                        .and_then(|s| field(s).get(lang).cloned())
                        .unwrap_or_default()
                })
            };
            let (title0, caption0) = (initial(|s| &s.title, &lang), initial(|s| &s.caption, &lang));
            let set_title = {
                let lang = lang.clone();
                move |ev: web_sys::Event| {
                    let value = event_target_value(&ev);
                    library.edit_draft(|d| {
                        if let Some(step) = d.steps.get_mut(index) {
                            step.title.insert(lang.clone(), value);
                        }
                    });
                }
            };
            let set_caption = {
                let lang = lang.clone();
                move |ev: web_sys::Event| {
                    let value = event_target_value(&ev);
                    library.edit_draft(|d| {
                        if let Some(step) = d.steps.get_mut(index) {
                            step.caption.insert(lang.clone(), value);
                        }
                    });
                }
            };
            let too_tall = {
                let lang = lang.clone();
                move || {
                    draft.with(|d| {
                        d.as_ref().and_then(|d| d.steps.get(index)).is_some_and(|s| {
                            let get = |m: &std::collections::BTreeMap<String, String>| m.get(&lang).cloned().unwrap_or_default();
                            too_tall_for_small_projector(&get(&s.title), &get(&s.caption))
                        })
                    })
                }
            };
            view! {
                <div class="step-language" lang=lang.clone()>
                    <label class="editor-field">
                        <span>{tr(TextKey::StepTitleLabel)} " (" {name.clone()} ")"</span>
                        <input type="text" class="step-title" prop:value=title0 on:input=set_title/>
                    </label>
                    <label class="editor-field">
                        <span>{tr(TextKey::StepCaptionLabel)} " (" {name} ")"</span>
                        <textarea class="step-caption" rows="3" prop:value=caption0 on:input=set_caption></textarea>
                    </label>
                    {move || too_tall().then(|| view! { <p class="caption-warning" role="status">{tr(TextKey::CaptionTooLong)}</p> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <li class="step-editor">
            <p class="step-head">
                <strong>{tr(TextKey::StepWord)} " " {index + 1}</strong>
                " · "
                <span class="step-summary" translate="no">{summary}</span>
            </p>
            {texts}
            <div class="step-actions">
                <button type="button" on:click=show>{tr(TextKey::ShowStepView)}</button>
                <button type="button" on:click=capture>{tr(TextKey::CaptureAgain)}</button>
                <button type="button" disabled={index == 0} aria-label=tr(TextKey::MoveUp) title=tr(TextKey::MoveUp)
                    on:click=move |_| reshape(Box::new(move |d| { d.move_step(index, index - 1); }))>"↑"</button>
                <button type="button" disabled={index + 1 >= count} aria-label=tr(TextKey::MoveDown) title=tr(TextKey::MoveDown)
                    on:click=move |_| reshape(Box::new(move |d| { d.move_step(index, index + 1); }))>"↓"</button>
                <button type="button" on:click=move |_| reshape(Box::new(move |d| { d.duplicate_step(index); }))>{tr(TextKey::Duplicate)}</button>
                <button type="button" class="danger" on:click=move |_| reshape(Box::new(move |d| { d.remove_step(index); }))>{tr(TextKey::DeleteStep)}</button>
            </div>
        </li>
    }
}
