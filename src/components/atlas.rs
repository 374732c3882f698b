//! The atlas screen: wires the view state (from and to the URL) to the core and lays out the
//! filters, the status line and the map.

use std::sync::Arc;

use atlas_core::layout::geographic_layout;
use atlas_core::{derive_graph, ViewState};
use leptos::prelude::*;

use crate::components::map_view::MapView;
use crate::components::sector_filter::SectorFilter;
use crate::components::status_line::StatusLine;
use crate::components::url_notice::UrlNotice;
use crate::components::year_range::YearRange;
use crate::loader::Loaded;
use crate::url_query;

/// This year, from the browser's clock.
fn current_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// The atlas, once its data is loaded.
#[component]
pub fn Atlas(loaded: Arc<Loaded>) -> impl IntoView {
    let dataset = loaded.dataset.clone();
    let (first, data_last) = dataset.year_bounds();
    let last = data_last.max(current_year());

    // Read the link once; what cannot be used is said once, and the link is tidied.
    let (from_link, parse_warnings) = ViewState::parse_query(&url_query::current());
    let (initial_query, resolve_warnings) = from_link.resolve(&dataset, first, last);
    let warnings: Vec<String> = parse_warnings
        .iter()
        .map(ToString::to_string)
        .chain(resolve_warnings.iter().map(ToString::to_string))
        .collect();
    let view = RwSignal::new(from_link.normalised(&initial_query, &dataset, first, last));

    let query = {
        let dataset = dataset.clone();
        Memo::new(move |_| view.with(|v| v.resolve(&dataset, first, last).0))
    };
    let graph = {
        let dataset = dataset.clone();
        Memo::new(move |_| query.with(|q| derive_graph(&dataset, q)))
    };
    Effect::new(move |_| url_query::replace(&view.with(ViewState::to_query)));

    let layout = Arc::new(geographic_layout(&dataset));
    let about = format!(
        "{} regions, {} networks and {} agreements, each with its sources. Data updated {}.",
        dataset.regions.len(),
        dataset.networks.len(),
        dataset.agreements.len(),
        dataset.updated
    );

    view! {
        <div class="atlas">
            <header class="topbar">
                <div class="brand">
                    <h1>"Alliance Atlas"</h1>
                    <p class="tagline">"Europe's regions and the alliances that tie them"</p>
                </div>
                <StatusLine graph=graph/>
            </header>
            <UrlNotice warnings=Signal::derive(move || warnings.clone())/>
            <div class="workspace">
                <aside class="sidebar" aria-label="Filters">
                    <SectorFilter dataset=dataset.clone() view=view/>
                    <YearRange view=view query=query first=first last=last/>
                    <p class="about-data">{about}</p>
                </aside>
                <MapView
                    dataset=dataset.clone()
                    graph=graph
                    query=query
                    layout=layout
                    basemap=loaded.basemap.clone()
                />
            </div>
        </div>
    }
}
