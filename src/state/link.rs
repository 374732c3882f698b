//! The link: the view state lives in the page's query string. This is the only code that reads
//! or writes `location` and the history.
//!
//! A change of what is shown (sectors, years, focus, layout, drawing) adds a history entry, so
//! the browser's back button undoes it. Changes that come in streams replace the entry
//! instead: camera moves, slider drags within a second of the last entry, timeline playback.
//! Back and forward bring views back through the same single resolve as the first load.

use std::sync::Arc;

use atlas_core::dataset::{NetworkIdx, RegionIdx};
use atlas_core::scene::{DrawMode, Focus};
use atlas_core::{
    resolve_link, Dataset, GraphQuery, LayoutKind, ResolvedLink, Selection, ViewState, ViewWarning,
};
use leptos::prelude::*;

use crate::i18n::{browser_lang, Lang};
use crate::web::listener::{listen_on_window, Phase};

/// Changes closer together than this share one history entry.
const COALESCE_MS: f64 = 1000.0;

/// The page's query string now, without the leading `?`.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// The page's whole address, to resolve relative paths against.
pub fn page_url() -> Option<String> {
    web_sys::window()?.location().href().ok()
}

/// The page's address without its query and fragment, for links to other views.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}",
                location.origin().ok()?,
                location.pathname().ok()?
            ))
        })
        .unwrap_or_default()
}

/// Loads the page afresh from its address (after a panic, the only way back).
pub fn reload_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Writes `query` to the address bar: a new history entry with `push`, else in place. Keeps
/// the path and the fragment. Inside a sandboxed frame history may refuse: that is ignored,
/// the view still works.
fn write_query(query: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if current_query() == query {
        return;
    }
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if push {
            history.push_state_with_url(&null, "", Some(&url))
        } else {
            history.replace_state_with_url(&null, "", Some(&url))
        };
    }
}

/// The view, and what it names in the data.
#[derive(Clone, Copy)]
pub struct LinkHandle {
    /// What the link says; the source of truth for what is shown.
    pub view: RwSignal<ViewState>,
    /// The graph query: wakes only when sectors or years change, not when the camera moves.
    pub query: Memo<GraphQuery>,
    /// The region, network and partner the link names.
    pub selection: Memo<Selection>,
    /// What is singled out on the map.
    pub focus: Memo<Focus>,
    /// The interface language: the link's `lang`, else the browser's.
    pub lang: Memo<Lang>,
    /// What the link said that could not be used, shown discreetly until dismissed.
    pub warnings: RwSignal<Vec<ViewWarning>>,
    dataset: StoredValue<Arc<Dataset>>,
    years: (i32, i32),
}

impl LinkHandle {
    /// The link resolved once against `dataset`: its tidy view and its warnings.
    pub fn new(dataset: Arc<Dataset>, years: (i32, i32), resolved: ResolvedLink) -> Self {
        let (first, last) = years;
        let view = RwSignal::new(resolved.view);
        // The filters alone: a camera move or a new focus does not wake what derives from them.
        let filters = Memo::new(move |_| {
            view.with(|v| ViewState {
                sectors: v.sectors.clone(),
                from: v.from,
                to: v.to,
                kinds: v.kinds.clone(),
                full_members_only: v.full_members_only,
                began_in_years: v.began_in_years,
                only: v.only.clone(),
                // Only whether estimates count: the weighting changes no tie.
                metrics: atlas_core::metrics::MetricsOptions {
                    exclude_estimated: v.metrics.exclude_estimated,
                    ..Default::default()
                },
                ..ViewState::default()
            })
        });
        let query = {
            let dataset = dataset.clone();
            Memo::new(move |_| filters.with(|f| f.resolve(&dataset, first, last).0))
        };
        let names = Memo::new(move |_| {
            view.with(|v| {
                (
                    v.region.clone(),
                    v.network.clone(),
                    v.with.clone(),
                    v.chain.clone(),
                    v.network_set.clone(),
                    v.compare.clone(),
                )
            })
        });
        let selection = {
            let dataset = dataset.clone();
            Memo::new(move |_| {
                names.with(|(region, network, with, chain, network_set, compare)| {
                    let named = ViewState {
                        region: region.clone(),
                        network: network.clone(),
                        with: with.clone(),
                        chain: chain.clone(),
                        network_set: network_set.clone(),
                        compare: compare.clone(),
                        ..ViewState::default()
                    };
                    named.selection(&dataset).0
                })
            })
        };
        let focus = Memo::new(move |_| selection.get().focus());
        let lang = Memo::new(move |_| {
            view.with(|v| v.lang.as_deref().and_then(Lang::parse))
                .unwrap_or_else(browser_lang)
        });
        Self {
            view,
            query,
            selection,
            focus,
            lang,
            warnings: RwSignal::new(resolved.warnings),
            dataset: StoredValue::new(dataset),
            years,
        }
    }

    /// Whether the atlas is inside another site's page (`embed=1`): minimal chrome, the wheel
    /// scrolls the host. A link never changes it within a page.
    pub fn embed(&self) -> bool {
        self.view.with_untracked(|v| v.embed)
    }

    /// The view's link: the page's address without `embed=1`, so it opens the full atlas.
    pub fn full_atlas_link(&self) -> String {
        let query = self.view.with_untracked(|v| {
            ViewState {
                embed: false,
                ..v.clone()
            }
            .to_query()
        });
        if query.is_empty() {
            page_address()
        } else {
            format!("{}?{query}", page_address())
        }
    }

    /// Shows `next` (an edit of the current view).
    pub fn set(&self, next: ViewState) {
        if self.view.with_untracked(|v| *v != next) {
            self.view.set(next);
        }
    }

    /// Edits the view with `edit`, which returns the next view.
    pub fn edit(&self, edit: impl FnOnce(&ViewState) -> ViewState) {
        let next = self.view.with_untracked(edit);
        self.set(next);
    }

    /// Shows a view from elsewhere (a story step, a script, back and forward): resolved like a
    /// link, its warnings shown.
    pub fn show(&self, next: &ViewState) {
        let (first, last) = self.years;
        let resolved = self.dataset.with_value(|d| next.resolved(d, first, last));
        if !resolved.warnings.is_empty() {
            self.warnings.set(resolved.warnings);
        }
        self.set(resolved.view);
    }

    fn region_id(&self, region: RegionIdx) -> String {
        self.dataset.with_value(|d| d.region(region).id.clone())
    }

    /// Focuses a region (or clears the focus with `None`).
    pub fn focus_region(&self, region: Option<RegionIdx>) {
        let id = region.map(|r| self.region_id(r));
        self.edit(|v| v.with_region_focus(id));
    }

    /// Focuses a network (or clears the focus with `None`).
    pub fn focus_network(&self, network: Option<NetworkIdx>) {
        let id = network.map(|n| self.dataset.with_value(|d| d.network(n).id.clone()));
        self.edit(|v| v.with_network_focus(id));
    }

    /// Shows the shortest chains of ties from the focused region to `to` (or hides them).
    pub fn show_chain(&self, to: Option<RegionIdx>) {
        let id = to.map(|r| self.region_id(r));
        self.edit(|v| v.with_chain(id));
    }

    /// Sets how ties are weighed and whether estimated ties count.
    pub fn set_metrics(&self, options: atlas_core::metrics::MetricsOptions) {
        self.edit(|v| v.with_metrics(options));
    }

    /// Focuses the ties between two regions.
    pub fn focus_pair(&self, a: RegionIdx, b: RegionIdx) {
        let (a, b) = (self.region_id(a), self.region_id(b));
        self.edit(|v| v.with_pair_focus(a, b));
    }

    /// Clears every focus.
    pub fn clear_focus(&self) {
        if self.view.with_untracked(ViewState::has_focus) {
            self.edit(|v| v.with_region_focus(None));
        }
    }

    pub fn set_draw(&self, draw: DrawMode) {
        self.edit(|v| ViewState { draw, ..v.clone() });
    }

    pub fn set_layout(&self, layout: LayoutKind) {
        self.edit(|v| ViewState {
            layout,
            ..v.clone()
        });
    }

    /// Switches the interface language; the link records it.
    pub fn set_language(&self, lang: Lang) {
        self.edit(|v| ViewState {
            lang: Some(lang.code().to_owned()),
            ..v.clone()
        });
    }
}

/// What the link of the page being opened says, resolved: the one read of the address at
/// start-up.
pub fn resolve_current(dataset: &Dataset, years: (i32, i32)) -> ResolvedLink {
    resolve_link(&current_query(), dataset, years.0, years.1)
}

/// Keeps the address in step with the view, and the view in step with back and forward.
/// `on_back_or_forward` runs after a view came back from the history (the camera follows it).
pub fn install(
    link: LinkHandle,
    is_streaming: impl Fn() -> bool + 'static,
    on_back_or_forward: impl Fn() + 'static,
) {
    let written = StoredValue::new(link.view.get_untracked());
    let last_push_ms = StoredValue::new(0.0_f64);
    write_query(&link.view.with_untracked(ViewState::to_query), false);

    Effect::new(move |_| {
        let view = link.view.get();
        if written.with_value(|w| *w == view) {
            return;
        }
        let now = js_sys::Date::now();
        let streaming = is_streaming()
            || now - last_push_ms.get_value() < COALESCE_MS
            || !written.with_value(|w| differs_beyond_camera(w, &view));
        write_query(&view.to_query(), !streaming);
        if !streaming {
            last_push_ms.set_value(now);
        }
        written.set_value(view);
    });

    listen_on_window("popstate", Phase::Bubble, move |_: web_sys::Event| {
        let (first, last) = link.years;
        let resolved = link
            .dataset
            .with_value(|d| resolve_link(&current_query(), d, first, last));
        written.set_value(resolved.view.clone());
        link.warnings.set(resolved.warnings);
        link.view.set(resolved.view);
        on_back_or_forward();
    });
}

/// Whether two views differ in more than the camera.
fn differs_beyond_camera(a: &ViewState, b: &ViewState) -> bool {
    let mut a = a.clone();
    a.camera = b.camera;
    a != *b
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The link handle mounted alone, on the core's small fixture: edits write the link and the
    /// selection follows, without the rest of the atlas.
    #[test]
    fn a_link_handle_alone_edits_the_view_and_resolves_what_it_names() {
        let owner = Owner::new();
        owner.with(|| {
            let dataset = Arc::new(
                atlas_core::parse_dataset(include_str!(
                    "../../crates/atlas-core/tests/fixtures/small.json"
                ))
                .unwrap(),
            );
            let years = dataset.year_bounds();
            let resolved = resolve_link("network=nowhere&lang=it", &dataset, years.0, years.1);
            let link = LinkHandle::new(dataset.clone(), years, resolved);
            assert_eq!(
                link.warnings.get_untracked().len(),
                1,
                "the unknown network is said"
            );
            assert_eq!(link.lang.get_untracked(), Lang::It);
            let (a, b) = (RegionIdx(0), RegionIdx(1));
            link.focus_pair(a, b);
            assert_eq!(
                link.view.with_untracked(ViewState::to_query),
                format!(
                    "region={}&with={}&lang=it",
                    dataset.region(a).id,
                    dataset.region(b).id
                )
            );
            assert_eq!(link.focus.get_untracked(), Focus::Edge(a, b));
            link.clear_focus();
            assert_eq!(link.focus.get_untracked(), Focus::None);
            assert!(!link.embed());
        });
    }
}
