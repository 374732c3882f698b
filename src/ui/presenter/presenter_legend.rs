//! A short key in the corner of the presenter's map: the sectors whose colours are on it, and
//! what a line's thickness, a square and a dash mean. Read from the back of a room, so it says
//! only what is on screen.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::i18n::{tr, TextKey};
use crate::state::use_atlas;

/// The presenter's key, shown while presenting the map.
#[component]
pub fn PresenterLegend() -> impl IntoView {
    let state = use_atlas();
    // The sectors coloured on the map now: those of the drawn lines and hubs.
    let sectors = Memo::new(move |_| {
        let dataset = state.dataset();
        state.scene.with(|scene| {
            let colors: BTreeSet<&str> = scene
                .edges
                .iter()
                .flat_map(|e| e.strands.iter().map(|s| s.color.as_str()))
                .chain(scene.hubs.iter().map(|h| h.color.as_str()))
                .collect();
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
        <aside class="presenter-legend" aria-label=tr(TextKey::LegendTitle)>
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
        </aside>
    }
}
