//! The story's caption bar at the foot of the map while presenting: the step's title and
//! caption, its position, buttons for a mouse, and the way out.

use leptos::prelude::*;

use crate::i18n::format::{region_summary, years};
use crate::i18n::tr;
use crate::i18n::TextKey;
use crate::state::use_atlas;
use crate::ui::presenter::presenter_legend::PresenterLegend;
use crate::ui::presenter::presenter_toolbar::PresenterToolbar;
use atlas_core::scene::Focus;

/// The story's caption, its step and the buttons, at the foot of the map while presenting.
#[component]
pub fn StoryBar() -> impl IntoView {
    let state = use_atlas();
    let lang = move || state.lang().code();
    let step = move || {
        let (number, _) = state.present.story_position()?;
        state.present.mode.with(|m| {
            let step = m.story()?.step(number)?;
            Some((
                step.title(lang()).to_owned(),
                step.caption(lang()).to_owned(),
            ))
        })
    };
    let position = move || state.present.story_position();
    let story_title = move || {
        state
            .present
            .mode
            .with(|m| m.story().map(|s| s.title(lang()).to_owned()))
    };
    // The card's key facts when the step focuses a region or a pair: the card itself is
    // hidden while a story plays.
    let facts = move || {
        let lang = state.lang();
        match state.link.focus.get() {
            Focus::Region(region) => state.graph.with(|g| {
                let node = g.node(region)?;
                Some(format!(
                    "{}: {}",
                    state.region_name(region),
                    region_summary(lang, node.ties as usize, node.partners as usize)
                ))
            }),
            Focus::Edge(a, b) => state.graph.with(|g| {
                let edge = g.edge(a, b)?;
                let names: Vec<String> = edge
                    .ties
                    .iter()
                    .map(|t| {
                        format!(
                            "{} ({})",
                            state.tie_source_name(t.source),
                            years(lang, t.span.first, t.span.last)
                        )
                    })
                    .collect();
                Some(format!(
                    "{} – {}: {}",
                    state.region_name(a),
                    state.region_name(b),
                    names.join(" · ")
                ))
            }),
            _ => None,
        }
    };
    view! {
        <Show when=move || state.present.is_on.get()>
            {move || match step() {
                Some((title, caption)) => view! {
                    <section class="story-bar" aria-label=move || story_title().unwrap_or_default() aria-live="polite">
                        <div class="story-text" translate="no">
                            <p class="story-name">{story_title}</p>
                            <h2>{title}</h2>
                            <p class="caption">{caption}</p>
                            {move || facts().map(|facts| view! { <p class="story-facts">{facts}</p> })}
                        </div>
                        <div class="story-controls">
                            <button
                                type="button"
                                aria-label=tr(TextKey::PreviousStep)
                                title=tr(TextKey::PreviousStep)
                                disabled=move || position().is_some_and(|(n, _)| n <= 1)
                                on:click=move |_| state.present.step_by(-1, false)
                            >
                                "‹"
                            </button>
                            <span class="story-position">
                                {move || position().map(|(n, count)| format!("{n} / {count}"))}
                            </span>
                            <button
                                type="button"
                                aria-label=tr(TextKey::NextStep)
                                title=tr(TextKey::NextStep)
                                disabled=move || position().is_some_and(|(n, count)| n >= count)
                                on:click=move |_| state.present.step_by(1, false)
                            >
                                "›"
                            </button>
                        </div>
                    </section>
                }
                .into_any(),
                None => ().into_any(),
            }}
            <PresenterToolbar/>
            {move || (!state.link.view.with(|v| v.main_view.is_table())).then(|| view! { <PresenterLegend/> })}
            {move || state.present.is_map_locked().then(|| view! {
                <div class="map-lock" title=tr(TextKey::MapLockedNote) on:wheel=|ev: web_sys::WheelEvent| ev.prevent_default()></div>
            })}
        </Show>
    }
}
