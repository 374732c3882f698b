//! A short key in the corner of the presenter's map: the sectors whose colours are on it, and
//! what a line's thickness, a square and a dash mean. Read from the back of a room, so it says
//! only what is on screen.

use atlas_core::sort::CollectTree;
use std::collections::BTreeSet;

use atlas_core::scene::Emphasis;
use leptos::prelude::*;

use crate::i18n::{tr, TextKey};
use crate::state::use_atlas;

/// The presenter's key, shown while presenting the map.
#[component]
pub fn PresenterLegend() -> impl IntoView {
    let state = use_atlas();
    // The sectors coloured on the map now: those of the lines and hubs drawn, leaving out
    // what has stepped back behind a focus (when something stands out).
    let sectors = Memo::new(move |_| {
        let dataset = state.dataset();
        state.scene.with(|scene| {
            let stands_out = scene.edges.iter().any(|e| e.emphasis == Emphasis::Strong)
                || scene.hubs.iter().any(|h| h.emphasis == Emphasis::Strong);
            let shown = |emphasis: Emphasis| !stands_out || emphasis != Emphasis::Faded;
            let colors: BTreeSet<&str> = scene
                .edges
                .iter()
                .filter(|e| shown(e.emphasis))
                .flat_map(|e| e.strands.iter().map(|s| s.color.as_str()))
                .chain(
                    scene
                        .hubs
                        .iter()
                        .filter(|h| shown(h.emphasis))
                        .map(|h| h.color.as_str()),
                )
                .collect_set();
            dataset
                .sectors
                .iter()
                .enumerate()
                .filter(|(_, s)| colors.contains(s.color.as_str()))
                .map(|(i, s)| (atlas_core::dataset::SectorIdx(i as u32), s.color.clone()))
                .collect::<Vec<_>>()
        })
    });
    let has_hubs = move || state.scene.with(|s| !s.hubs.is_empty());
    let has_estimates = move || state.scene.with(|s| s.edges.iter().any(|e| e.dashed));
    view! {
        <section class="presenter-legend" aria-label=tr(TextKey::LegendTitle)>
            <ul class="plain legend-sectors">
                {move || sectors.get().into_iter().map(|(sector, color)| view! {
                    <li>
                        <span class="legend-line" aria-hidden="true" style:background-color=color></span>
                        {move || state.sector_label(sector)}
                    </li>
                }).collect_view()}
            </ul>
            <ul class="plain legend-marks">
                <li><span class="legend-thick" aria-hidden="true"></span>{tr(TextKey::LegendThickness)}</li>
                {move || has_hubs().then(|| view! {
                    <li><span class="legend-hub" aria-hidden="true"></span>{tr(TextKey::LegendHub)}</li>
                })}
                {move || has_estimates().then(|| view! {
                    <li><span class="legend-dashed" aria-hidden="true"></span>{tr(TextKey::LegendDashed)}</li>
                })}
            </ul>
        </section>
    }
}
