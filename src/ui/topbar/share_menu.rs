//! Share and export: copy the link of the view, download the view as a picture (SVG, or PNG
//! at 1x, 2x or 4x for print) and the visible ties as CSV, JSON, GEXF (Gephi), GraphML or
//! GeoJSON (QGIS), named after what is shown, in the interface language. The menu closes after
//! a download.

use atlas_core::export::{
    edges_csv_in, geojson, gexf, graphml, ties_json, view_svg, CsvDialect, ExportInput,
    ExportLabel, SvgDocument, SvgView,
};
use atlas_core::scene::Focus;
use atlas_core::viewport::Viewport;
use atlas_core::LayoutKind;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{text, tr, TextKey};
use crate::state::{use_atlas, AtlasState};
use crate::ui::map::map_labels::{label_measure, place_names, LabelTarget};
use crate::web::download::{save_svg_as_png, save_text};

/// A file name that says what the view shows, in the interface language:
/// `lombardia-fiandre-2026`, `semiconduttori-2020-2026`, `alliance-atlas-2026`.
pub fn file_stem(state: &AtlasState) -> String {
    let dataset = state.dataset();
    let focus = state.link.focus.get_untracked();
    let from = state.link.view.with_untracked(|v| v.from);
    let lang = state.link.lang.get_untracked();
    state.link.query.with_untracked(|q| {
        atlas_core::export::file_stem(&dataset, focus, &q.sectors, from, q.to_year, lang.code())
    })
}

/// What is in focus, named in the interface language ("Lombardia – Fiandre").
pub fn focus_name(state: &AtlasState) -> Option<String> {
    let dataset = state.dataset();
    let lang = state.link.lang.get_untracked().code();
    match state.link.focus.get_untracked() {
        Focus::None => None,
        Focus::Region(r) => Some(dataset.region(r).names.get(lang).to_owned()),
        Focus::Network(n) => Some(dataset.network(n).short_name(lang).to_owned()),
        Focus::Edge(a, b) => Some(format!(
            "{} – {}",
            dataset.region(a).names.get(lang),
            dataset.region(b).names.get(lang)
        )),
    }
}

/// The current view as an SVG document, and its size in pixels.
pub fn current_svg(state: &AtlasState) -> Option<(String, f64, f64)> {
    let camera = state.camera.viewport.get_untracked()?;
    let svg = svg_for_camera(state, &camera);
    Some((svg.text, svg.width_px, svg.height_px))
}

/// The view as an SVG document seen through `camera` (the screen's, or one made for a
/// printed page), in the interface language.
pub fn svg_for_camera(state: &AtlasState, camera: &Viewport) -> SvgDocument {
    let dataset = state.dataset();
    let lang = state.link.lang.get_untracked();
    let names = place_names(state, camera, &mut label_measure());
    let labels: Vec<ExportLabel> = names
        .into_iter()
        .map(|name| {
            let at = camera.screen_from_map(name.at);
            ExportLabel {
                leader: name
                    .leader
                    .map(|(from, to)| (camera.screen_from_map(from), camera.screen_from_map(to))),
                text: name.text,
                x_px: at.x_px,
                y_px: at.y_px,
                hub: matches!(name.target, LabelTarget::Hub(_)),
                emphasis: name.emphasis,
            }
        })
        .collect();
    let focus = focus_name(state);
    let basemap = state.data.basemap.get_value();
    let insets: Vec<atlas_core::viewport::MapRectKm> = state
        .drawn
        .with_untracked(|d| d.insets.iter().map(|i| i.frame).collect());
    let geographic = state
        .link
        .view
        .with_untracked(|v| v.layout == LayoutKind::Map);
    state.graph.with_untracked(|graph| {
        state.link.query.with_untracked(|query| {
            state.scene.with_untracked(|scene| {
                view_svg(
                    &ExportInput {
                        dataset: &dataset,
                        graph,
                        query,
                        lang: lang.code(),
                    },
                    &SvgView {
                        scene,
                        camera,
                        basemap: basemap.as_deref(),
                        insets: &insets,
                        geographic,
                        labels: &labels,
                        focus,
                    },
                )
            })
        })
    })
}

/// A file format the ties shown can be downloaded in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TiesFormat {
    /// For spreadsheets, in the interface language's dialect.
    Csv,
    Json,
    /// For Gephi.
    Gexf,
    /// For yEd, Cytoscape and networkx.
    GraphMl,
    /// For QGIS: regions as points, ties as lines.
    GeoJson,
}

impl TiesFormat {
    /// File extension and media type.
    fn file(self) -> (&'static str, &'static str) {
        match self {
            TiesFormat::Csv => ("csv", "text/csv"),
            TiesFormat::Json => ("json", "application/json"),
            TiesFormat::Gexf => ("gexf", "application/gexf+xml"),
            TiesFormat::GraphMl => ("graphml", "application/graphml+xml"),
            TiesFormat::GeoJson => ("geojson", "application/geo+json"),
        }
    }
}

fn export_text(state: &AtlasState, format: TiesFormat) -> String {
    let dataset = state.dataset();
    let lang = state.lang();
    state.graph.with_untracked(|graph| {
        state.link.query.with_untracked(|query| {
            let input = ExportInput {
                dataset: &dataset,
                graph,
                query,
                lang: lang.code(),
            };
            match format {
                TiesFormat::Csv => edges_csv_in(&input, CsvDialect::for_lang(lang)),
                TiesFormat::Json => ties_json(&input),
                TiesFormat::Gexf => gexf(&input),
                TiesFormat::GraphMl => graphml(&input),
                TiesFormat::GeoJson => geojson(&input),
            }
        })
    })
}

#[component]
pub fn ShareMenu() -> impl IntoView {
    let state = use_atlas();
    let copied = RwSignal::new(None::<String>);
    let manual_copy = RwSignal::new(None::<String>);
    let copy_link = move |_| {
        let link = state.link.full_atlas_link();
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        match clipboard {
            Some(clipboard) => {
                let promise = clipboard.write_text(&link);
                let link_for_fallback = link.clone();
                leptos::task::spawn_local(async move {
                    match wasm_bindgen_futures::JsFuture::from(promise).await {
                        Ok(_) => copied.set(Some(
                            text(state.link.lang.get_untracked(), TextKey::LinkCopied).into(),
                        )),
                        // A sandboxed frame or a refused permission: show it to copy by hand.
                        Err(_) => manual_copy.set(Some(link_for_fallback)),
                    }
                });
            }
            None => manual_copy.set(Some(link)),
        }
    };
    // A picture is of the map: in the table view its buttons are off and say why.
    let in_table = move || state.link.view.with(|v| v.main_view.is_table());
    // The menu closes after a download, so the page is seen again.
    let menu = NodeRef::<leptos::html::Details>::new();
    let close = move || {
        if let Some(details) = menu.get_untracked() {
            details.set_open(false);
        }
    };
    let svg = move |_| {
        if let Some((svg, _, _)) = current_svg(&state) {
            save_text(&svg, "image/svg+xml", &format!("{}.svg", file_stem(&state)));
            close();
        }
    };
    let png = move |scale: f64| {
        if let Some((svg, w, h)) = current_svg(&state) {
            let name = format!("{}@{scale}x.png", file_stem(&state));
            save_svg_as_png(&svg, w, h, scale, &name);
            close();
        }
    };
    let download = move |format: TiesFormat| {
        let (extension, mime) = format.file();
        save_text(
            &export_text(&state, format),
            mime,
            &format!("{}.{extension}", file_stem(&state)),
        );
        close();
    };
    let select_all = move |ev: leptos::ev::FocusEvent| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    view! {
        <details class="share-menu" node_ref=menu>
            <summary>{tr(TextKey::Share)}</summary>
            <div class="menu" role="group" aria-label=tr(TextKey::ShareAndExport)>
                <button type="button" on:click=copy_link>{tr(TextKey::CopyLink)}</button>
                <Show when=move || copied.get().is_some()>
                    <p class="menu-note" role="status">{move || copied.get()}</p>
                </Show>
                <Show when=move || manual_copy.get().is_some()>
                    <label class="menu-note">
                        {tr(TextKey::CopyThisLink)}
                        <input type="text" readonly prop:value=move || manual_copy.get().unwrap_or_default() on:focus=select_all/>
                    </label>
                </Show>
                <p class="menu-heading">{tr(TextKey::PictureOfMap)}</p>
                <Show when=in_table>
                    <p class="menu-note">{tr(TextKey::PictureNeedsMap)}</p>
                </Show>
                <button type="button" disabled=in_table on:click=svg>{tr(TextKey::SvgVector)}</button>
                <div class="menu-row">
                    <button type="button" disabled=in_table on:click=move |_| png(1.0)>{tr(TextKey::Png1)}</button>
                    <button type="button" disabled=in_table on:click=move |_| png(2.0)>{tr(TextKey::Png2)}</button>
                    <button type="button" disabled=in_table on:click=move |_| png(4.0)>{tr(TextKey::Png4)}</button>
                </div>
                <p class="menu-heading">{tr(TextKey::TiesShown)}</p>
                <div class="menu-row">
                    <button type="button" on:click=move |_| download(TiesFormat::Csv)>{tr(TextKey::Csv)}</button>
                    <button type="button" on:click=move |_| download(TiesFormat::Json)>{tr(TextKey::Json)}</button>
                </div>
                <div class="menu-row">
                    <button type="button" title="Gephi" on:click=move |_| download(TiesFormat::Gexf)>"GEXF"</button>
                    <button type="button" title="yEd, Cytoscape, networkx" on:click=move |_| download(TiesFormat::GraphMl)>"GraphML"</button>
                    <button type="button" title="QGIS" on:click=move |_| download(TiesFormat::GeoJson)>"GeoJSON"</button>
                </div>
            </div>
        </details>
    }
}
