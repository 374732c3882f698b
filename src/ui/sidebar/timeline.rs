//! The timeline: the year range, and playback that steps year by year from the first founding
//! to today, showing either what was in force in that year or everything up to it, with what
//! began that year highlighted. Left and right arrow keys step a year.

use std::time::Duration;

use atlas_core::changes::ties_begun_per_year;
use atlas_core::PlayMode;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::i18n::format::{began_count, began_in, in_force};
use crate::i18n::{text, tr, TextKey};
use crate::state::timeline::TimelineState;
use crate::state::use_atlas;

/// How long each year stays on screen while playing.
const STEP: Duration = Duration::from_millis(1400);

fn input_year(ev: &leptos::ev::Event) -> Option<i32> {
    event_target_value(ev).parse().ok()
}

/// The year of the histogram's bar under a click, if the click was on a bar.
fn clicked_year(ev: &web_sys::MouseEvent) -> Option<i32> {
    use wasm_bindgen::JsCast;
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-year]")
        .ok()??
        .get_attribute("data-year")?
        .parse()
        .ok()
}

/// The timeline control.
#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_atlas();
    let (first, last) = state.data.years;
    let view = state.link.view;
    let from = move || state.link.query.with(|q| q.from_year);
    let to = move || state.link.query.with(|q| q.to_year);
    let mode = RwSignal::new(PlayMode::InForce);
    let timeline = state.timeline.state;
    let interval = StoredValue::new_local(None::<IntervalHandle>);

    // Shows one year: stepped to, or the next while playing.
    let show_year = move |year: i32, playing: bool| {
        let year = year.clamp(first, last);
        timeline.set(if playing {
            TimelineState::Playing(year)
        } else {
            TimelineState::AtYear(year)
        });
        state
            .link
            .edit(|v| v.at_year(year, mode.get_untracked(), first, last));
    };
    let highlighted = move || timeline.get().highlight_year();
    let current = move || highlighted().unwrap_or_else(to);
    let clear_interval = move || {
        if let Some(handle) = interval.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    // Stops playing, staying on the year shown.
    let stop = move || {
        clear_interval();
        if let TimelineState::Playing(year) = timeline.get_untracked() {
            timeline.set(TimelineState::AtYear(year));
        }
    };
    let sheet = use_context::<crate::ui::atlas::FiltersSheet>();
    let play = move || {
        // On a phone the filters are a sheet over the map: fold it so the map shows.
        if let Some(sheet) = sheet {
            if crate::web::media::is_narrow_screen() {
                sheet.0.set(false);
            }
        }
        // From the start, unless paused part-way.
        let start = match timeline.get_untracked().highlight_year() {
            Some(year) if year < last => year,
            _ => first,
        };
        show_year(start, true);
        let handle = set_interval_with_handle(
            move || {
                let next = timeline.get_untracked().highlight_year().unwrap_or(first) + 1;
                if next > last {
                    stop();
                } else {
                    show_year(next, true);
                }
            },
            STEP,
        );
        interval.set_value(handle.ok());
    };
    let step = move |delta: i32| {
        clear_interval();
        show_year(current() + delta, false);
    };
    let on_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "ArrowLeft" => {
            ev.prevent_default();
            step(-1);
        }
        "ArrowRight" => {
            ev.prevent_default();
            step(1);
        }
        _ => {}
    };
    on_cleanup(clear_interval);
    // How many ties began each year (in the sectors and kinds shown): the histogram above the
    // sliders, a bar a year that goes to that year.
    let begun = Memo::new(move |_| {
        let dataset = state.dataset();
        state
            .link
            .query
            .with(|q| ties_begun_per_year(&dataset, q, first, last))
    });
    let bars = move || {
        let counts = begun.get();
        let most = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
        counts
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                let year = first + i as i32;
                let height = format!(
                    "{:.0}%",
                    (n as f64 / most * 100.0).max(if n > 0 { 6.0 } else { 0.0 })
                );
                let label = move || format!("{year}: {}", began_count(state.lang(), n as usize));
                let shown = move || (from()..=to()).contains(&year);
                view! {
                    <span
                        class="bar"
                        class:in-range=shown
                        role="img"
                        aria-label=label
                        title=label
                        data-year=year
                    >
                        <span style:height=height></span>
                    </span>
                }
            })
            .collect_view()
    };
    let began = move || state.link.view.with(|v| v.began_in_years);
    let set_began = move |began: bool| {
        state.link.edit(|v| atlas_core::ViewState {
            began_in_years: began,
            ..v.clone()
        })
    };
    let list_changes = move |_| {
        state.link.edit(|v| atlas_core::ViewState {
            main_view: atlas_core::MainView::Changes,
            ..v.clone()
        })
    };
    // Moving a slider by hand ends playback and the highlight.
    let by_hand = move || {
        clear_interval();
        state.timeline.release();
    };

    view! {
        <section class="filter years" aria-labelledby="years-heading">
            <div class="filter-head">
                <h2 id="years-heading">{tr(TextKey::Years)}</h2>
                <button
                    type="button"
                    class="link"
                    disabled=move || from() == first && to() == last
                    on:click=move |_| {
                        by_hand();
                        view.update(|v| { v.from = None; v.to = None; });
                    }
                >
                    {tr(TextKey::AllYears)}
                </button>
            </div>
            <p class="year-summary">
                {move || if began() { began_in(state.lang(), from(), to()) } else { in_force(state.lang(), from(), to()) }}
            </p>
            <div class="years-mean" role="radiogroup" aria-label=tr(TextKey::YearsMean)>
                <span>{tr(TextKey::YearsMean)} ": "</span>
                <label>
                    <input type="radio" name="years-mean" prop:checked=move || !began() on:change=move |_| set_began(false)/>
                    " " {tr(TextKey::YearsInForce)}
                </label>
                <label>
                    <input type="radio" name="years-mean" prop:checked=began on:change=move |_| set_began(true)/>
                    " " {tr(TextKey::YearsBegan)}
                </label>
            </div>
            // A click on a bar shows its year. The bars are a pointer's shortcut, too narrow
            // to be targets of their own (WCAG 2.5.8): the sliders and the step buttons below
            // do the same from the keyboard, so the bars are pictures, not Tab stops.
            <div
                class="histogram"
                role="group"
                aria-label=tr(TextKey::TiesBegunPerYear)
                on:click=move |ev: web_sys::MouseEvent| {
                    if let Some(year) = clicked_year(&ev) {
                        show_year(year, false);
                    }
                }
            >
                {bars}
            </div>
            <label class="year-slider">
                <span class="year-label">{tr(TextKey::From)}</span>
                <input
                    type="range"
                    name="from"
                    min=first
                    max=last
                    step="1"
                    prop:value=move || from().to_string()
                    on:input=move |ev| {
                        if let Some(year) = input_year(&ev) {
                            by_hand();
                            state.link.edit(|v| v.with_from(year, to(), first, last));
                        }
                    }
                />
                <output>{from}</output>
            </label>
            <label class="year-slider">
                <span class="year-label">{tr(TextKey::To)}</span>
                <input
                    type="range"
                    name="to"
                    min=first
                    max=last
                    step="1"
                    prop:value=move || to().to_string()
                    on:input=move |ev| {
                        if let Some(year) = input_year(&ev) {
                            by_hand();
                            state.link.edit(|v| v.with_to(year, from(), first, last));
                        }
                    }
                />
                <output>{to}</output>
            </label>
            <div class="playback" role="group" aria-label=tr(TextKey::TimelinePlayback) on:keydown=on_key>
                <button
                    type="button"
                    class="play"
                    aria-pressed=move || timeline.get().is_playing().to_string()
                    on:click=move |_| if timeline.get_untracked().is_playing() { stop() } else { play() }
                >
                    {move || text(state.lang(), if timeline.get().is_playing() { TextKey::Pause } else { TextKey::Play })}
                </button>
                <button type="button" class="step" aria-label=tr(TextKey::PreviousYear) title=move || format!("{} (←)", text(state.lang(), TextKey::PreviousYear)) on:click=move |_| step(-1)>"◀"</button>
                <output class="current-year" aria-live="polite">
                    {move || highlighted().map(|y| y.to_string()).unwrap_or_else(|| "—".into())}
                </output>
                <button type="button" class="step" aria-label=tr(TextKey::NextYear) title=move || format!("{} (→)", text(state.lang(), TextKey::NextYear)) on:click=move |_| step(1)>"▶"</button>
            </div>
            <div class="play-mode" role="radiogroup" aria-label=tr(TextKey::EachYearShows)>
                <label>
                    <input
                        type="radio"
                        name="play-mode"
                        prop:checked=move || mode.get() == PlayMode::InForce
                        on:change=move |_| {
                            mode.set(PlayMode::InForce);
                            if let Some(year) = timeline.get_untracked().highlight_year() {
                                show_year(year, timeline.get_untracked().is_playing());
                            }
                        }
                    />
                    " " {tr(TextKey::InForceThatYear)}
                </label>
                <label>
                    <input
                        type="radio"
                        name="play-mode"
                        prop:checked=move || mode.get() == PlayMode::UpTo
                        on:change=move |_| {
                            mode.set(PlayMode::UpTo);
                            if let Some(year) = timeline.get_untracked().highlight_year() {
                                show_year(year, timeline.get_untracked().is_playing());
                            }
                        }
                    />
                    " " {tr(TextKey::EverythingUpToIt)}
                </label>
            </div>
            <p class="legend-note">
                <span class="new-swatch" aria-hidden="true"></span>
                " " {tr(TextKey::GlowNote)}
            </p>
            <button type="button" class="what-changed" on:click=list_changes>{tr(TextKey::WhatChanged)}</button>
        </section>
    }
}
