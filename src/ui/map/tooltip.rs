//! The tooltip: what is under the mouse, next to it, in the interface language.

use atlas_core::describe::tooltip_lines;
use atlas_core::hit::Hit;
use atlas_core::viewport::ScreenPointPx;
use leptos::prelude::*;

use crate::state::{use_atlas, AtlasState};

/// The lines of the tooltip for `hit`: the core's, the same the corpus test and the fuzz
/// targets run. Reactive.
fn lines(state: &AtlasState, hit: Hit) -> Option<Vec<String>> {
    let lang = state.lang();
    let local_names = state.link.view.with(|v| v.local_names);
    state.data.dataset.with_value(|dataset| {
        state
            .graph
            .with(|graph| tooltip_lines(dataset, graph, hit, lang, local_names))
    })
}

/// Shows the hovered region, hub or edge near the pointer.
#[component]
pub fn Tooltip(position: ReadSignal<Option<ScreenPointPx>>) -> impl IntoView {
    let state = use_atlas();
    let content = move || state.pointer.hover.get().and_then(|hit| lines(&state, hit));
    // Near the right or bottom edge the tooltip opens towards the pointer's other side.
    let flip_x = move || {
        position
            .get()
            .zip(state.camera.viewport.get())
            .is_some_and(|(p, v)| p.x_px > v.width_px - 340.0)
    };
    let flip_y = move || {
        position
            .get()
            .zip(state.camera.viewport.get())
            .is_some_and(|(p, v)| p.y_px > v.height_px - 220.0)
    };
    let style_left = move || {
        position
            .get()
            .map_or("-9999px".to_owned(), |p| format!("{}px", p.x_px + 14.0))
    };
    let style_top = move || {
        position
            .get()
            .map_or("-9999px".to_owned(), |p| format!("{}px", p.y_px + 14.0))
    };
    view! {
        <div
            class="tooltip"
            role="tooltip"
            class:visible=move || content().is_some()
            class:flip-x=flip_x
            class:flip-y=flip_y
            style:left=style_left
            style:top=style_top
        >
            {move || {
                content()
                    .map(|lines| {
                        let mut lines = lines.into_iter();
                        let title = lines.next().unwrap_or_default();
                        view! {
                            <strong>{title}</strong>
                            {lines.map(|line| view! { <span>{line}</span> }).collect_view()}
                        }
                    })
            }}
        </div>
    }
}
