//! The timeline: the year range, and playback that steps year by year from the first founding
//! to today, showing either what was in force in that year or everything up to it, with what
//! began that year highlighted. Left and right arrow keys step a year.

use std::time::Duration;

use atlas_core::ViewState;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::i18n::format::in_force;
use crate::i18n::{text, tr, T};
use crate::state::use_atlas;

/// How long each year stays on screen while playing.
const STEP: Duration = Duration::from_millis(1400);

/// What a year of the timeline shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlayMode {
    /// The ties in force in that year.
    InForce,
    /// Every tie that began by that year.
    UpTo,
}

/// Sets the first year shown, pushing the last year along if it would fall before it.
pub fn with_from(view: &ViewState, year: i32, to_year: i32, first: i32, last: i32) -> ViewState {
    let mut next = view.clone();
    next.from = (year != first).then_some(year);
    if to_year < year {
        next.to = (year != last).then_some(year);
    }
    next
}

/// Sets the last year shown, pulling the first year back if it would fall after it.
pub fn with_to(view: &ViewState, year: i32, from_year: i32, first: i32, last: i32) -> ViewState {
    let mut next = view.clone();
    next.to = (year != last).then_some(year);
    if from_year > year {
        next.from = (year != first).then_some(year);
    }
    next
}

/// The view for one year of the timeline.
pub fn at_year(view: &ViewState, year: i32, mode: PlayMode, first: i32, last: i32) -> ViewState {
    let mut next = view.clone();
    next.to = (year != last).then_some(year);
    next.from = match mode {
        PlayMode::InForce => (year != first).then_some(year),
        PlayMode::UpTo => None,
    };
    next
}

fn input_year(ev: &leptos::ev::Event) -> Option<i32> {
    event_target_value(ev).parse().ok()
}

/// The timeline control.
#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_atlas();
    let (first, last) = state.years;
    let view = state.view;
    let from = move || state.query.with(|q| q.from_year);
    let to = move || state.query.with(|q| q.to_year);
    let mode = RwSignal::new(PlayMode::InForce);
    let playing = state.playing;
    let interval = StoredValue::new_local(None::<IntervalHandle>);

    let show_year = move |year: i32| {
        let year = year.clamp(first, last);
        state.highlight_year.set(Some(year));
        view.update(|v| *v = at_year(v, year, mode.get_untracked(), first, last));
    };
    let current = move || state.highlight_year.get().unwrap_or_else(to);
    let stop = move || {
        playing.set(false);
        if let Some(handle) = interval.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    let play = move || {
        // From the start, unless paused part-way.
        let start = match state.highlight_year.get_untracked() {
            Some(year) if year < last => year,
            _ => first,
        };
        show_year(start);
        playing.set(true);
        let handle = set_interval_with_handle(
            move || {
                let next = state.highlight_year.get_untracked().unwrap_or(first) + 1;
                if next > last {
                    stop();
                } else {
                    show_year(next);
                }
            },
            STEP,
        );
        interval.set_value(handle.ok());
    };
    let step = move |delta: i32| {
        stop();
        show_year(current() + delta);
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
    on_cleanup(move || {
        if let Some(handle) = interval.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    });
    // Moving a slider by hand ends playback and the highlight.
    let by_hand = move || {
        stop();
        state.highlight_year.set(None);
    };

    view! {
        <section class="filter years" aria-labelledby="years-heading">
            <div class="filter-head">
                <h2 id="years-heading">{tr(T::Years)}</h2>
                <button
                    type="button"
                    class="link"
                    disabled=move || from() == first && to() == last
                    on:click=move |_| {
                        by_hand();
                        view.update(|v| { v.from = None; v.to = None; });
                    }
                >
                    {tr(T::AllYears)}
                </button>
            </div>
            <p class="year-summary">
                {move || in_force(state.lang.get(), from(), to())}
            </p>
            <label class="year-slider">
                <span class="year-label">{tr(T::From)}</span>
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
                            view.update(|v| *v = with_from(v, year, to(), first, last));
                        }
                    }
                />
                <output>{from}</output>
            </label>
            <label class="year-slider">
                <span class="year-label">{tr(T::To)}</span>
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
                            view.update(|v| *v = with_to(v, year, from(), first, last));
                        }
                    }
                />
                <output>{to}</output>
            </label>
            <div class="playback" role="group" aria-label=tr(T::TimelinePlayback) on:keydown=on_key>
                <button
                    type="button"
                    class="play"
                    aria-pressed=move || playing.get().to_string()
                    on:click=move |_| if playing.get_untracked() { stop() } else { play() }
                >
                    {move || text(state.lang.get(), if playing.get() { T::Pause } else { T::Play })}
                </button>
                <button type="button" class="step" aria-label=tr(T::PreviousYear) title=move || format!("{} (←)", text(state.lang.get(), T::PreviousYear)) on:click=move |_| step(-1)>"◀"</button>
                <output class="current-year" aria-live="polite">
                    {move || state.highlight_year.get().map(|y| y.to_string()).unwrap_or_else(|| "—".into())}
                </output>
                <button type="button" class="step" aria-label=tr(T::NextYear) title=move || format!("{} (→)", text(state.lang.get(), T::NextYear)) on:click=move |_| step(1)>"▶"</button>
            </div>
            <div class="play-mode" role="radiogroup" aria-label=tr(T::EachYearShows)>
                <label>
                    <input
                        type="radio"
                        name="play-mode"
                        prop:checked=move || mode.get() == PlayMode::InForce
                        on:change=move |_| {
                            mode.set(PlayMode::InForce);
                            if let Some(year) = state.highlight_year.get_untracked() {
                                show_year(year);
                            }
                        }
                    />
                    " " {tr(T::InForceThatYear)}
                </label>
                <label>
                    <input
                        type="radio"
                        name="play-mode"
                        prop:checked=move || mode.get() == PlayMode::UpTo
                        on:change=move |_| {
                            mode.set(PlayMode::UpTo);
                            if let Some(year) = state.highlight_year.get_untracked() {
                                show_year(year);
                            }
                        }
                    />
                    " " {tr(T::EverythingUpToIt)}
                </label>
            </div>
            <p class="legend-note">
                <span class="new-swatch" aria-hidden="true"></span>
                " " {tr(T::GlowNote)}
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_from_past_to_pushes_to_along() {
        let view = ViewState {
            to: Some(2000),
            ..Default::default()
        };
        let next = with_from(&view, 2010, 2000, 1972, 2026);
        assert_eq!((next.from, next.to), (Some(2010), Some(2010)));
    }

    #[test]
    fn years_at_the_ends_are_left_out_of_the_link() {
        let next = with_to(&ViewState::default(), 2026, 1972, 1972, 2026);
        assert_eq!((next.from, next.to), (None, None));
        let next = with_from(&ViewState::default(), 1972, 2026, 1972, 2026);
        assert_eq!(next.from, None);
    }

    #[test]
    fn a_timeline_year_shows_that_year_or_everything_up_to_it() {
        let v = ViewState::default();
        let one = at_year(&v, 2004, PlayMode::InForce, 1972, 2026);
        assert_eq!((one.from, one.to), (Some(2004), Some(2004)));
        let up_to = at_year(&v, 2004, PlayMode::UpTo, 1972, 2026);
        assert_eq!((up_to.from, up_to.to), (None, Some(2004)));
    }
}
