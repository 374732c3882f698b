//! Sector chips: each toggles one sector; none selected means every sector. Each chip shows
//! the sector's colour and how many ties in the years shown are about it, so the chips are the
//! legend too.

use atlas_core::dataset::SectorIdx;
use atlas_core::sector_counts::sector_counts;
use leptos::prelude::*;

use crate::i18n::format::number;
use crate::i18n::{text, tr, TextKey};
use crate::state::use_atlas;

/// The sector filter and legend.
#[component]
pub fn SectorFilter() -> impl IntoView {
    let state = use_atlas();
    let view = state.link.view;
    let dataset = state.dataset();
    // Ties per sector in the years shown, whatever sectors are picked: what a chip would add.
    let counts = {
        let dataset = dataset.clone();
        Memo::new(move |_| state.link.query.with(|q| sector_counts(&dataset, q)))
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
                move |_| state.link.edit(|v| v.with_sector_toggled(&id))
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
                        <span class="count" title=tr(TextKey::TiesInYearsShown)>{move || number(state.lang(), count())}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let none_selected = move || view.with(|v| v.sectors.is_empty());
    view! {
        <section class="filter sectors" aria-labelledby="sectors-heading">
            <div class="filter-head">
                <h2 id="sectors-heading">{tr(TextKey::Sectors)}</h2>
                <button
                    type="button"
                    class="link"
                    disabled=none_selected
                    on:click=move |_| view.update(|v| v.sectors.clear())
                >
                    {tr(TextKey::ShowAll)}
                </button>
            </div>
            <p class="filter-hint">
                {move || text(state.lang(), if none_selected() { TextKey::SectorsHintAll } else { TextKey::SectorsHintSome })}
            </p>
            <ul class="chips">{chips}</ul>
        </section>
    }
}
