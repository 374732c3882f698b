//! Sector chips: each toggles one sector; none selected means every sector. Each chip shows
//! the sector's colour and how many ties in the years shown are about it, so the chips are the
//! legend too.

use std::collections::BTreeMap;

use atlas_core::dataset::SectorIdx;
use atlas_core::graph::tie_sectors;
use atlas_core::{derive_graph, GraphQuery};
use leptos::prelude::*;

use crate::i18n::format::number;
use crate::i18n::{text, tr, T};
use crate::state::use_atlas;

/// Toggles `id` in a sorted list of sector ids.
pub fn toggled(sectors: &[String], id: &str) -> Vec<String> {
    let mut next: Vec<String> = sectors.iter().filter(|s| *s != id).cloned().collect();
    if next.len() == sectors.len() {
        next.push(id.to_owned());
        next.sort();
    }
    next
}

/// The sector filter and legend.
#[component]
pub fn SectorFilter() -> impl IntoView {
    let state = use_atlas();
    let view = state.view;
    let dataset = state.dataset();
    // Ties per sector in the years shown, whatever sectors are picked: what a chip would add.
    let counts = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let (from_year, to_year) = state.query.with(|q| (q.from_year, q.to_year));
            let all = derive_graph(
                &dataset,
                &GraphQuery {
                    sectors: Default::default(),
                    from_year,
                    to_year,
                },
            );
            let mut counts: BTreeMap<SectorIdx, usize> = BTreeMap::new();
            for tie in all.edges.iter().flat_map(|e| &e.ties) {
                for &s in tie_sectors(&dataset, tie.source) {
                    *counts.entry(s).or_default() += 1;
                }
            }
            counts
        })
    };
    let chips = dataset
        .sectors
        .iter()
        .enumerate()
        .map(|(i, sector)| {
            let idx = SectorIdx(i as u32);
            let id = sector.id.clone();
            let pressed = {
                let id = id.clone();
                move || view.with(|v| v.sectors.contains(&id)).to_string()
            };
            let toggle = {
                let id = id.clone();
                move |_| view.update(|v| v.sectors = toggled(&v.sectors, &id))
            };
            let count = move || counts.with(|c| c.get(&idx).copied().unwrap_or(0));
            view! {
                <li>
                    <button
                        type="button"
                        class="chip"
                        class:empty=move || count() == 0
                        data-sector=id
                        aria-pressed=pressed
                        on:click=toggle
                    >
                        <span class="swatch" aria-hidden="true" style:background-color=sector.color.clone()></span>
                        <span class="chip-label">{move || state.sector_label(idx)}</span>
                        <span class="count" title=tr(T::TiesInYearsShown)>{move || number(state.lang.get(), count())}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let none_selected = move || view.with(|v| v.sectors.is_empty());
    view! {
        <section class="filter sectors" aria-labelledby="sectors-heading">
            <div class="filter-head">
                <h2 id="sectors-heading">{tr(T::Sectors)}</h2>
                <button
                    type="button"
                    class="link"
                    disabled=none_selected
                    on:click=move |_| view.update(|v| v.sectors.clear())
                >
                    {tr(T::ShowAll)}
                </button>
            </div>
            <p class="filter-hint">
                {move || text(state.lang.get(), if none_selected() { T::SectorsHintAll } else { T::SectorsHintSome })}
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
