//! The atlas screen: builds the state from the link, keeps the link in step with the view,
//! animates layout changes, and lays out the parts.

use std::sync::Arc;

use atlas_core::{ViewState, ViewWarning};
use leptos::prelude::*;

use crate::components::data_notice::DataNotice;
use crate::components::details_panel::DetailsPanel;
use crate::components::display_switch::DisplaySwitch;
use crate::components::map_view::MapView;
use crate::components::network_list::NetworkList;
use crate::components::presenter::{PresentMenu, StoryBar, StoryNotice};
use crate::components::search_box::SearchBox;
use crate::components::sector_filter::SectorFilter;
use crate::components::share_menu::ShareMenu;
use crate::components::status_line::StatusLine;
use crate::components::table_view::TableView;
use crate::components::timeline::Timeline;
use crate::components::url_notice::UrlNotice;
use crate::components::view_switch::ViewSwitch;
use crate::i18n::format::about_data;
use crate::i18n::{text, tr, T};
use crate::loader::Loaded;
use crate::motion::{animate, Animation};
use crate::state::AtlasState;
use crate::{embed, history_sync, js_api, presentation, stories, url_query};

/// This year, from the browser's clock.
fn current_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// How long a change of layout takes on screen.
const TRANSITION_MS: f64 = 750.0;

/// The atlas, once its data is loaded.
#[component]
pub fn Atlas(loaded: Arc<Loaded>) -> impl IntoView {
    let dataset = loaded.dataset.clone();
    let (first, data_last) = dataset.year_bounds();
    let last = data_last.max(current_year());

    // Read the link once; what cannot be used is said once, and the link is tidied.
    let (from_link, parse_warnings) = ViewState::parse_query(&url_query::current());
    let (initial_query, resolve_warnings) = from_link.resolve(&dataset, first, last);
    let (_, selection_warnings) = from_link.selection(&dataset);
    let warnings: Vec<ViewWarning> = parse_warnings
        .into_iter()
        .chain(resolve_warnings)
        .chain(selection_warnings)
        .collect();
    let initial = from_link.normalised(&initial_query, &dataset, first, last);

    let state = AtlasState::new(
        dataset.clone(),
        loaded.basemap.clone().ok(),
        (first, last),
        initial,
    );
    crate::perf::mark("atlas:state-ready");
    provide_context(state);
    state.follow_link_language();
    js_api::install(state);

    history_sync::install(state);
    presentation::install(state);

    // A link to a story opens it in presentation mode, at its step.
    if let Some(name) = state.view.with_untracked(|v| v.story.clone()) {
        let step = state.view.with_untracked(|v| v.step.unwrap_or(1)) as usize;
        let dataset = dataset.clone();
        leptos::task::spawn_local(async move {
            match stories::load(&name, &dataset, (first, last)).await {
                Ok(story) => state.present_story(story, &name, step, false),
                Err(failure) => {
                    state.story_failure.set(Some(failure));
                    state.view.update(|v| {
                        v.story = None;
                        v.step = None;
                        v.autoplay = None;
                    });
                }
            }
        });
    }

    crate::layout_runner::install(state);
    // Layout changes glide from where things are to where they go.
    let running = StoredValue::new_local(None::<Animation>);
    Effect::new(move |previous: Option<()>| {
        let target = state.target.get();
        if previous.is_none() {
            state.shown.set(target);
            return;
        }
        if let Some(animation) = running.try_update_value(Option::take).flatten() {
            animation.cancel();
        }
        let start = state.shown.get_untracked();
        let animation = animate(TRANSITION_MS, move |t| {
            state.shown.set(start.lerp(&target, t));
        });
        running.set_value(Some(animation));
    });

    let about = {
        let (regions, networks, agreements, updated) = (
            dataset.regions.len(),
            dataset.networks.len(),
            dataset.agreements.len(),
            dataset.updated,
        );
        move || about_data(state.lang.get(), regions, networks, agreements, updated)
    };

    let embed = state.embed;
    if embed {
        embed::announce_height();
    }
    // In an embed the filters fold away behind a button; on a full page they are always there.
    let filters_open = RwSignal::new(!embed);
    let full_atlas = move || crate::components::share_menu::view_link(&state);
    let data_fallback = loaded.data_fallback.clone();
    let is_table = Memo::new(move |_| state.view.with(|v| v.display.is_table()));

    view! {
        <div class="atlas" class:embed=embed>
            <header class="topbar">
                <div class="brand">
                    <h1 translate="no">{tr(T::AppName)}</h1>
                    {(!embed).then(|| view! { <p class="tagline">{tr(T::Tagline)}</p> })}
                </div>
                <SearchBox/>
                <StatusLine graph=state.graph laying_out=state.laying_out/>
                <DisplaySwitch/>
                <ShareMenu/>
                {(!embed).then(|| view! { <PresentMenu/> })}
                {embed.then(|| view! {
                    <a class="full-atlas" href=full_atlas target="_blank" rel="noopener">{tr(T::OpenFullAtlas)}</a>
                })}
            </header>
            <UrlNotice warnings=warnings/>
            <StoryNotice/>
            {data_fallback.map(|failure| view! { <DataNotice failure=failure/> })}
            <div class="workspace" class:filters-closed=move || !filters_open.get()>
                {embed.then(|| view! {
                    <button
                        type="button"
                        class="filters-toggle"
                        aria-expanded=move || filters_open.get().to_string()
                        aria-controls="filters"
                        on:click=move |_| filters_open.update(|o| *o = !*o)
                    >
                        {move || text(state.lang.get(), if filters_open.get() { T::HideFilters } else { T::Filters })}
                    </button>
                })}
                <aside class="sidebar" id="filters" aria-label=tr(T::Filters) hidden=move || !filters_open.get()>
                    <ViewSwitch/>
                    <SectorFilter/>
                    <Timeline/>
                    <NetworkList/>
                    <p class="about-data">{about}</p>
                </aside>
                <div class="map-area" class:table-mode=is_table>
                    {move || if is_table.get() {
                        view! { <TableView/> }.into_any()
                    } else {
                        view! { <MapView/> }.into_any()
                    }}
                    <DetailsPanel/>
                    <StoryBar/>
                </div>
            </div>
        </div>
    }
}
