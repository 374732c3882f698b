//! The year range: two sliders, from and to, that never cross.

use atlas_core::{GraphQuery, ViewState};
use leptos::prelude::*;

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

fn input_year(ev: &leptos::ev::Event) -> Option<i32> {
    event_target_value(ev).parse().ok()
}

/// The year-range control. Ties count in the range when they were in force in any year of it.
#[component]
pub fn YearRange(
    view: RwSignal<ViewState>,
    query: Memo<GraphQuery>,
    first: i32,
    last: i32,
) -> impl IntoView {
    let from = move || query.with(|q| q.from_year);
    let to = move || query.with(|q| q.to_year);
    view! {
        <section class="filter years" aria-labelledby="years-heading">
            <div class="filter-head">
                <h2 id="years-heading">"Years"</h2>
                <button
                    type="button"
                    class="link"
                    disabled=move || from() == first && to() == last
                    on:click=move |_| view.update(|v| { v.from = None; v.to = None; })
                >
                    "All years"
                </button>
            </div>
            <p class="year-summary">
                {move || if from() == to() { format!("In force in {}", from()) } else { format!("In force at any time {}–{}", from(), to()) }}
            </p>
            <label class="year-slider">
                <span class="year-label">"From"</span>
                <input
                    type="range"
                    name="from"
                    min=first
                    max=last
                    step="1"
                    prop:value=move || from().to_string()
                    on:input=move |ev| {
                        if let Some(year) = input_year(&ev) {
                            view.update(|v| *v = with_from(v, year, to(), first, last));
                        }
                    }
                />
                <output>{from}</output>
            </label>
            <label class="year-slider">
                <span class="year-label">"To"</span>
                <input
                    type="range"
                    name="to"
                    min=first
                    max=last
                    step="1"
                    prop:value=move || to().to_string()
                    on:input=move |ev| {
                        if let Some(year) = input_year(&ev) {
                            view.update(|v| *v = with_to(v, year, from(), first, last));
                        }
                    }
                />
                <output>{to}</output>
            </label>
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
}
