//! Sector chips: each toggles one sector; none selected means every sector.

use std::sync::Arc;

use atlas_core::{Dataset, ViewState};
use leptos::prelude::*;

/// Toggles `id` in a sorted list of sector ids.
pub fn toggled(sectors: &[String], id: &str) -> Vec<String> {
    let mut next: Vec<String> = sectors.iter().filter(|s| *s != id).cloned().collect();
    if next.len() == sectors.len() {
        next.push(id.to_owned());
        next.sort();
    }
    next
}

/// The sector filter. Each chip is a toggle button (`aria-pressed`), its colour is the colour
/// of the sector's edges, so the chips double as the legend.
#[component]
pub fn SectorFilter(dataset: Arc<Dataset>, view: RwSignal<ViewState>) -> impl IntoView {
    let chips = dataset
        .sectors
        .iter()
        .map(|sector| {
            let id = sector.id.clone();
            let pressed = {
                let id = id.clone();
                move || view.with(|v| v.sectors.contains(&id)).to_string()
            };
            let toggle = {
                let id = id.clone();
                move |_| view.update(|v| v.sectors = toggled(&v.sectors, &id))
            };
            view! {
                <li>
                    <button type="button" class="chip" data-sector=id aria-pressed=pressed on:click=toggle>
                        <span class="swatch" aria-hidden="true" style:background-color=sector.color.clone()></span>
                        <span class="chip-label">{sector.labels.get("en").to_owned()}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let none_selected = move || view.with(|v| v.sectors.is_empty());
    view! {
        <section class="filter sectors" aria-labelledby="sectors-heading">
            <div class="filter-head">
                <h2 id="sectors-heading">"Sectors"</h2>
                <button
                    type="button"
                    class="link"
                    disabled=none_selected
                    on:click=move |_| view.update(|v| v.sectors.clear())
                >
                    "Show all"
                </button>
            </div>
            <p class="filter-hint">
                {move || if none_selected() { "All sectors shown. Pick one or more to narrow the map." } else { "Showing ties in the sectors picked." }}
            </p>
            <ul class="chips">{chips}</ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::toggled;

    #[test]
    fn toggling_adds_in_order_and_removes() {
        let one = toggled(&[], "energy");
        assert_eq!(one, vec!["energy"]);
        let two = toggled(&one, "automotive");
        assert_eq!(two, vec!["automotive", "energy"]);
        assert_eq!(toggled(&two, "energy"), vec!["automotive"]);
    }
}
