//! The story previewed as the audience will see it, on three projectors side by side:
//! 1920x1080, 1280x720 and 1024x768. Each is the atlas itself in a frame of that size,
//! presenting the draft (`?story=draft`, read from this browser's storage), scaled down to fit;
//! under each, how much of the screen the caption takes, with a warning past a third.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::caption_fit::MAX_COVER_SHARE;
use crate::i18n::{text, tr, TextKey};
use crate::state::story_library::DRAFT_LINK_NAME;
use crate::state::use_atlas;

/// The projectors a story is previewed on, in CSS pixels.
pub const PROJECTORS_PX: [(u32, u32); 3] = [(1920, 1080), (1280, 720), (1024, 768)];
/// Width each preview is scaled to, in CSS pixels.
const PREVIEW_WIDTH_PX: f64 = 360.0;

/// The share of its screen the caption bar takes in a preview frame, once it has drawn.
fn caption_share(frame: &web_sys::HtmlIFrameElement) -> Option<f64> {
    let document = frame.content_document()?;
    let bar = document.query_selector(".story-bar").ok().flatten()?;
    let text = document
        .query_selector(".story-bar .story-text")
        .ok()
        .flatten()?;
    let window = frame.content_window()?;
    let height = window.inner_height().ok()?.as_f64()?;
    // The bar stops at a third of the screen and scrolls; what its text needs is the text's
    // full height with the bar's padding and border.
    let chrome =
        bar.get_bounding_client_rect().height() - f64::from(bar.client_height()) + 2.0 * 18.0;
    let needed = f64::from(text.scroll_height()) + chrome;
    Some(needed.max(bar.get_bounding_client_rect().height()) / height)
}

/// The preview dialog.
#[component]
pub fn StoryPreview(on_close: Callback<()>) -> impl IntoView {
    let state = use_atlas();
    let count = state
        .stories
        .draft
        .with_untracked(|d| d.as_ref().map_or(1, |d| d.steps.len().max(1)));
    let step = RwSignal::new(1usize);
    let lang = state.lang().code();
    let shares: [RwSignal<Option<f64>>; 3] = std::array::from_fn(|_| RwSignal::new(None));
    let frames = PROJECTORS_PX
        .into_iter()
        .enumerate()
        .map(|(i, (w, h))| {
            let frame_ref = NodeRef::<leptos::html::Iframe>::new();
            let share = shares[i];
            let scale = PREVIEW_WIDTH_PX / f64::from(w);
            let src = move || {
                format!(
                    "?story={DRAFT_LINK_NAME}&step={}&lang={lang}",
                    step.get()
                )
            };
            // Measured a while after the frame loads (the atlas draws, then the caption).
            let on_load = move |_| {
                share.set(None);
                set_timeout(
                    move || {
                        if let Some(frame) = frame_ref.get_untracked() {
                            let frame: &web_sys::HtmlIFrameElement = frame.unchecked_ref();
                            share.set(caption_share(frame));
                        }
                    },
                    std::time::Duration::from_millis(1500),
                );
            };
            view! {
                <figure class="preview-screen">
                    <div
                        class="preview-viewport"
                        style:width=format!("{PREVIEW_WIDTH_PX}px")
                        style:height=format!("{:.0}px", f64::from(h) * scale)
                    >
                        <iframe
                            node_ref=frame_ref
                            title=format!("{w}×{h}")
                            width=w.to_string()
                            height=h.to_string()
                            style:transform=format!("scale({scale:.4})")
                            src=src
                            on:load=on_load
                        ></iframe>
                    </div>
                    <figcaption>
                        <strong>{format!("{w}×{h}")}</strong>
                        {move || share.get().map(|s| {
                            let too_much = s > MAX_COVER_SHARE;
                            view! {
                                <span class:caption-warning=too_much>
                                    " · " {move || text(state.lang(), TextKey::CoversScreen)} " "
                                    {format!("{:.0}%", s * 100.0)} " " {move || text(state.lang(), TextKey::OfTheScreen)}
                                </span>
                            }
                        })}
                    </figcaption>
                </figure>
            }
        })
        .collect_view();
    view! {
        <div class="story-preview" role="dialog" aria-modal="true" aria-label=tr(TextKey::PreviewOnProjectors)>
            <div class="preview-bar">
                <button type="button" aria-label=tr(TextKey::PreviousStep) disabled={move || step.get() <= 1}
                    on:click=move |_| step.update(|s| *s = s.saturating_sub(1).max(1))>"‹"</button>
                <span>{tr(TextKey::StepWord)} " " {move || step.get()} " / " {count}</span>
                <button type="button" aria-label=tr(TextKey::NextStep) disabled={move || step.get() >= count}
                    on:click=move |_| step.update(|s| *s = (*s + 1).min(count))>"›"</button>
                <button type="button" class="preview-close" on:click=move |_| on_close.run(())>{tr(TextKey::PreviewClose)}</button>
            </div>
            <div class="preview-screens">{frames}</div>
        </div>
    }
}
