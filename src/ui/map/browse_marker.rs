//! The marker on the region the keyboard is on while browsing the map (Enter, then the
//! arrows): a ring in the focus colour round its point, drawn over the canvas and the names, so
//! the keyboard's place on the map is always visible (WCAG 2.4.7). It follows the region while
//! the camera moves.

use atlas_core::dataset::RegionIdx;
use atlas_core::viewport::ScreenPointPx;
use leptos::prelude::*;

use crate::state::use_atlas;

/// The ring round the browsed region's point; nothing while no region is browsed.
#[component]
pub fn BrowseMarker(region: Signal<Option<RegionIdx>>) -> impl IntoView {
    let state = use_atlas();
    // Where the region is drawn now, in pixels from the map's top-left.
    let point = Memo::new(move |_| -> Option<ScreenPointPx> {
        let region = region.get()?;
        let camera = state.camera.viewport.get()?;
        state.scene.with(|scene| {
            scene
                .nodes
                .iter()
                .find(|n| n.region == region)
                .map(|n| camera.screen_from_map(n.center))
        })
    });
    view! {
        <Show when=move || point.get().is_some()>
            <div
                class="browse-marker"
                aria-hidden="true"
                style:left=move || point.get().map(|p| format!("{}px", p.x_px)).unwrap_or_default()
                style:top=move || point.get().map(|p| format!("{}px", p.y_px)).unwrap_or_default()
            ></div>
        </Show>
    }
}
