//! The atlas screen: builds the state from the link (one resolve), installs what keeps it in
//! step with the page, and lays out the parts.

use std::sync::Arc;

use leptos::prelude::*;

use crate::boot::loader::Loaded;
use crate::boot::stories;
use crate::i18n::format::about_data;
use crate::i18n::{provide_language, text, tr, TextKey};
use crate::state::link::{self, resolve_current};
use crate::state::AtlasState;
use crate::ui::data_file::notices::{DataFileNotices, DataFileProblems};
use crate::ui::data_file::open::DataFileButton;
use crate::ui::details::details_panel::DetailsPanel;
use crate::ui::map::map_view::MapView;
use crate::ui::notices::data_notice::DataNotice;
use crate::ui::notices::story_notice::StoryNotice;
use crate::ui::notices::url_notice::UrlNotice;
use crate::ui::presenter::story_bar::StoryBar;
use crate::ui::print_sheet::PrintSheet;
use crate::ui::sidebar::network_list::NetworkList;
use crate::ui::sidebar::sector_filter::SectorFilter;
use crate::ui::sidebar::timeline::Timeline;
use crate::ui::sidebar::view_switch::ViewSwitch;
use crate::ui::skip_link::{SkipLink, SkipTarget};
use crate::ui::story_editor::story_file::{StoryDropZone, StoryProblemsNotice};
use crate::ui::story_editor::StoryEditor;
use crate::ui::table::table_view::TableView;
use crate::ui::topbar::main_view_switch::MainViewSwitch;
use crate::ui::topbar::present_menu::PresentMenu;
use crate::ui::topbar::search_box::SearchBox;
use crate::ui::topbar::share_menu::ShareMenu;
use crate::ui::topbar::status_line::StatusLine;
use crate::web::{embed, js_api};

/// This year, from the browser's clock.
fn current_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// Whether the filters are open, where they fold away (an embed, a phone): the timeline closes
/// them on a phone when it starts playing, so the map shows.
#[derive(Clone, Copy)]
pub struct FiltersSheet(pub RwSignal<bool>);

/// The atlas, once its data is loaded.
#[component]
pub fn Atlas(loaded: Arc<Loaded>) -> impl IntoView {
    let dataset = loaded.dataset.clone();
    let (first, data_last) = dataset.year_bounds();
    let years = (first, data_last.max(current_year()));

    // Read the link once; what cannot be used is said in the notice, and the link is tidied.
    let resolved = resolve_current(&dataset, years);
    let state = AtlasState::new(
        dataset.clone(),
        loaded.basemap.clone().ok(),
        years,
        resolved,
    );
    crate::boot::perf::mark("atlas:state-ready");
    // The map's first frame takes the first picture's place (ui::map::map_canvas); where the
    // table opens instead, it goes now, and in any case once the map has had time to draw.
    if state.link.view.with_untracked(|v| v.main_view.is_table()) {
        crate::boot::first_picture::first_view_shown();
    } else {
        set_timeout(
            crate::boot::first_picture::first_view_shown,
            std::time::Duration::from_millis(2000),
        );
    }
    provide_context(state);
    // What the atlas was started with, for a data file opened in the page (crate::ui::data_file).
    provide_context(loaded.clone());
    provide_language(state.link.lang.into());
    js_api::install(state);

    let camera = state.camera;
    let timeline = state.timeline;
    link::install(
        state.link,
        move || timeline.is_playing_untracked(),
        move || {
            timeline.release();
            camera.go_to_link();
        },
    );
    state.present.install();
    state.camera.install();

    // A link to a story opens it in presentation mode, at its step.
    if let Some(name) = state.link.view.with_untracked(|v| v.story.clone()) {
        let step = state.link.view.with_untracked(|v| v.step.unwrap_or(1)) as usize;
        let dataset = dataset.clone();
        leptos::task::spawn_local(async move {
            match stories::load(&name, &dataset, years, &state.stories).await {
                Ok(story) => state.present.present_story(story, &name, step, false),
                Err(failure) => state.present.story_failed(failure),
            }
        });
    }

    state
        .layout
        .install(state.graph, state.data.geography, state.draw_stats);

    let about = {
        let (regions, networks, agreements, updated) = (
            dataset.regions.len(),
            dataset.networks.len(),
            dataset.agreements.len(),
            dataset.updated,
        );
        move || {
            about_data(
                state.lang(),
                regions,
                networks,
                agreements,
                updated,
                env!("CARGO_PKG_VERSION"),
            )
        }
    };

    {
        let theme_version = state.present.theme_version;
        let view = state.link.view.get_untracked();
        crate::web::host_theme::apply(&view, move || theme_version.update(|v| *v += 1));
    }
    let embed = state.link.embed();
    if embed {
        embed::announce_height();
    }
    // In an embed and on a phone the filters fold away behind a button (a sheet over the map
    // on a phone); on a full page on a larger screen they are always there.
    let filters_open = RwSignal::new(!embed && !crate::web::media::is_narrow_screen());
    provide_context(FiltersSheet(filters_open));
    let full_atlas = move || state.link.full_atlas_link();
    let data_fallback = loaded.data_fallback.clone();
    let is_table = Memo::new(move |_| state.link.view.with(|v| v.main_view.is_table()));
    // On a wide screen the networks have a column of their own at the right, so the map keeps
    // the proportions of Europe; elsewhere they are in the filters.
    let wide = crate::web::media::media_signal("(min-width: 1100px)");
    // The story editor takes the right-hand column while it is open.
    let editing = move || state.stories.editing.get() && !state.present.is_on.get();
    let networks_panel = move || wide.get() && !embed && !editing();
    let layout_progress = state.layout.progress;
    // The first stop of the Tab key: into the map, or the table in its place.
    let skip_label = Signal::derive(move || {
        text(
            state.lang(),
            if is_table.get() {
                TextKey::SkipToTable
            } else {
                TextKey::SkipToMap
            },
        )
    });
    let skip_target = Signal::derive(move || {
        if is_table.get() {
            "atlas-main"
        } else {
            "atlas-map"
        }
    });

    view! {
        <div class="atlas" class:embed=embed>
            <SkipLink label=skip_label target=skip_target/>
            {embed.then(|| view! { <SkipLink label=Signal::derive(tr(TextKey::SkipAtlas)) target="atlas-end"/> })}
            <StoryDropZone/>
            <header class="topbar">
                <div class="brand">
                    <h1>
                        <span translate="no">{tr(TextKey::AppName)}</span>
                        <span class="visually-hidden">": "</span>
                        <span class="tagline">{tr(TextKey::Tagline)}</span>
                    </h1>
                </div>
                <SearchBox/>
                <StatusLine graph=state.graph progress=layout_progress/>
                <MainViewSwitch/>
                <ShareMenu/>
                {(!embed).then(|| view! { <PresentMenu/> })}
                {embed.then(|| view! {
                    <a class="full-atlas" href=full_atlas target="_blank" rel="noopener">{tr(TextKey::OpenFullAtlas)}</a>
                })}
            </header>
            <UrlNotice warnings=state.link.warnings/>
            <StoryNotice/>
            {data_fallback.map(|failure| view! { <DataNotice failure=failure/> })}
            <DataFileNotices loaded=loaded.clone()/>
            <div class="workspace" class:filters-closed=move || !filters_open.get() class:with-networks-panel=networks_panel class:with-story-editor=editing>
                <button
                    type="button"
                    class="filters-toggle"
                    aria-expanded=move || filters_open.get().to_string()
                    aria-controls="filters"
                    on:click=move |_| filters_open.update(|o| *o = !*o)
                >
                    {move || text(state.lang(), if filters_open.get() { TextKey::HideFilters } else { TextKey::Filters })}
                </button>
                <aside class="sidebar" id="filters" aria-label=Signal::derive(tr(TextKey::Filters)) hidden=move || !filters_open.get()>
                    <ViewSwitch/>
                    <SectorFilter/>
                    <Timeline/>
                    {move || (!networks_panel()).then(|| view! { <NetworkList/> })}
                    <p class="about-data">{about}</p>
                    {(!embed).then(|| view! { <DataFileButton loaded=loaded.clone()/> })}
                </aside>
                <main class="map-area" id="atlas-main" tabindex="-1" class:table-mode=is_table>
                    {move || if is_table.get() {
                        view! { <TableView/> }.into_any()
                    } else {
                        view! { <MapView/> }.into_any()
                    }}
                    <DetailsPanel/>
                    <StoryBar/>
                    <StoryProblemsNotice/>
                    <DataFileProblems/>
                    // In an embed nothing follows the main part: past this line, Tab leaves
                    // the frame for the host page.
                    {embed.then(|| view! { <SkipTarget id="atlas-end" label=Signal::derive(tr(TextKey::EndOfAtlas)) in_tab_order=true/> })}
                </main>
                {move || editing().then(|| view! { <StoryEditor/> })}
                {move || networks_panel().then(|| view! {
                    <aside class="networks-panel" aria-label=Signal::derive(tr(TextKey::Networks))>
                        <NetworkList/>
                    </aside>
                })}
            </div>
            <PrintSheet/>
        </div>
    }
}
