//! The tooltip: what is under the mouse, next to it.

use atlas_core::describe::{edge_tooltip, hub_tooltip, node_tooltip, spoke_tooltip};
use atlas_core::hit::Hit;
use atlas_core::scene::EdgeEnds;
use atlas_core::viewport::ScreenPointPx;
use leptos::prelude::*;

use crate::state::use_atlas;

/// Most tie lines a tooltip lists before "and N more".
const MAX_LINES: usize = 8;

/// Shows the hovered region, hub or edge near the pointer.
#[component]
pub fn Tooltip(position: ReadSignal<Option<ScreenPointPx>>) -> impl IntoView {
    let state = use_atlas();
    let text = move || {
        let hit = state.hover.get()?;
        let dataset = state.dataset();
        state.graph.with(|graph| match hit {
            Hit::Region(region) => graph.node(region).map(|node| {
                format!(
                    "{}\nClick for its networks, agreements and sources.",
                    node_tooltip(&dataset, node, "en")
                )
            }),
            Hit::Hub(network) => graph.hub(network).map(|hub| {
                format!(
                    "{}\nClick for its members and sources.",
                    hub_tooltip(&dataset, hub, "en")
                )
            }),
            Hit::Edge(EdgeEnds::Regions(a, b)) => graph.edge(a, b).map(|edge| {
                let full = edge_tooltip(&dataset, edge, "en");
                let mut lines: Vec<&str> = full.lines().collect();
                let more = lines.len().saturating_sub(MAX_LINES + 1);
                lines.truncate(MAX_LINES + 1);
                let mut text = lines.join("\n");
                if more > 0 {
                    text.push_str(&format!("\n… and {more} more"));
                }
                text + "\nClick for every tie and its sources."
            }),
            Hit::Edge(EdgeEnds::Spoke(network, region)) => graph
                .hub(network)
                .map(|hub| spoke_tooltip(&dataset, hub, region, "en")),
        })
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
    // Near the right or bottom edge the tooltip opens towards the pointer's other side.
    let flip_x = move || {
        position
            .get()
            .zip(state.camera.get())
            .is_some_and(|(p, v)| p.x_px > v.width_px - 340.0)
    };
    let flip_y = move || {
        position
            .get()
            .zip(state.camera.get())
            .is_some_and(|(p, v)| p.y_px > v.height_px - 220.0)
    };
    view! {
        <div
            class="tooltip"
            role="tooltip"
            class:visible=move || text().is_some()
            class:flip-x=flip_x
            class:flip-y=flip_y
            style:left=style_left
            style:top=style_top
        >
            {move || {
                text()
                    .map(|text| {
                        let mut lines = text.lines().map(str::to_owned);
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
