//! The printed handout: Ctrl+P prints one landscape page (the map as the SVG export draws it,
//! with its title, filters, focus, legend and sources, then the focused card's key facts and
//! the view's address) instead of the interface. The sheet is empty on screen; it is filled
//! just before printing (`beforeprint`, or the print media query turning on) and emptied
//! after, so the picture is made only when it is printed.

use atlas_core::date::PartialDate;
use atlas_core::graph::Graph;
use atlas_core::scene::Focus;
use atlas_core::viewport::Viewport;
use leptos::prelude::*;

use crate::i18n::{format, text, Lang, TextKey};
use crate::state::{use_atlas, AtlasState};
use crate::ui::topbar::share_menu::{focus_name, svg_for_camera};
use crate::web::listener::{listen, listen_on_window, Phase};

/// The map's size on the page, in CSS pixels: A4 landscape less 10 mm margins is 1047 px
/// wide; the height leaves room for the title, legend, sources and facts on the one page.
const PRINT_MAP_PX: (f64, f64) = (1040.0, 480.0);

/// `text` safe inside HTML.
fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The camera of the printed map: the part of the map the screen shows, fitted to the page.
fn print_camera(screen: &Viewport) -> Viewport {
    let (width, height) = PRINT_MAP_PX;
    let seen = screen.visible_map_rect();
    let px_per_km = (width / seen.width_km().max(1e-6)).min(height / seen.height_km().max(1e-6));
    Viewport {
        center: seen.center(),
        px_per_km,
        width_px: width,
        height_px: height,
    }
}

/// The first year of the ties of the region (or pair) in the graph.
fn first_year(graph: &Graph, of: impl Fn(&atlas_core::Edge) -> bool) -> Option<i32> {
    graph
        .edges
        .iter()
        .filter(|e| of(e))
        .flat_map(|e| e.ties.iter().map(|t| t.span.first))
        .min()
}

/// The focused card's key facts, short: its name and one line of counts and since when.
fn facts(state: &AtlasState, lang: Lang) -> Option<(String, String)> {
    let name = focus_name(state)?;
    let dataset = state.dataset();
    let since = |year: Option<i32>| {
        year.map(|y| format!(" · {}", format::since(lang, PartialDate::year(y))))
            .unwrap_or_default()
    };
    let line = state
        .graph
        .with_untracked(|graph| match state.link.focus.get_untracked() {
            Focus::None => String::new(),
            Focus::Region(r) => {
                let (ties, partners) = graph
                    .nodes
                    .iter()
                    .find(|n| n.region == r)
                    .map_or((0, 0), |n| (n.ties as usize, n.partners as usize));
                let networks = graph
                    .hubs
                    .iter()
                    .filter(|h| h.members.iter().any(|m| m.region == r))
                    .count();
                format!(
                    "{} {}{}",
                    format::region_summary(lang, ties, partners),
                    format::count(lang, networks, format::Noun::Network),
                    since(first_year(graph, |e| e.a == r || e.b == r))
                )
            }
            Focus::Network(n) => {
                let members = graph
                    .hubs
                    .iter()
                    .find(|h| h.network == n)
                    .map_or(0, |h| h.members.len());
                format::hub_summary(lang, members, dataset.network(n).founded)
            }
            Focus::Edge(a, b) => {
                let pair = |e: &atlas_core::Edge| (e.a, e.b) == (a, b) || (e.a, e.b) == (b, a);
                let ties = graph
                    .edges
                    .iter()
                    .find(|e| pair(e))
                    .map_or(0, |e| e.ties.len());
                format!(
                    "{}{}",
                    format::edge_summary(lang, ties),
                    since(first_year(graph, pair))
                )
            }
        });
    Some((name, line))
}

/// The sheet's content: the map as the export draws it, the facts, the address.
fn sheet_html(state: &AtlasState) -> Option<String> {
    if state.link.view.with_untracked(|v| v.main_view.is_table()) {
        return None;
    }
    let screen = state.camera.viewport.get_untracked()?;
    let lang = state.link.lang.get_untracked();
    let svg = svg_for_camera(state, &print_camera(&screen));
    // Inline, without the XML declaration, so the page's text search and print see its words.
    let svg = svg
        .text
        .split_once("?>")
        .map_or(svg.text.as_str(), |(_, rest)| rest)
        .trim()
        // Scaled to the page, kept at its top left.
        .replacen("<svg ", r#"<svg preserveAspectRatio="xMinYMin meet" "#, 1);
    let mut html = format!(r#"<div class="print-map">{svg}</div>"#);
    if let Some((name, line)) = facts(state, lang) {
        html.push_str(&format!(
            r#"<p class="print-facts"><strong>{}</strong> {}</p>"#,
            escape_html(&name),
            escape_html(&line)
        ));
    }
    html.push_str(&format!(
        r#"<p class="print-address">{}{}</p>"#,
        escape_html(text(lang, TextKey::PrintOnline)),
        escape_html(&state.link.full_atlas_link())
    ));
    Some(html)
}

/// The print-only sheet, mounted once in the atlas.
#[component]
pub fn PrintSheet() -> impl IntoView {
    let state = use_atlas();
    let sheet = NodeRef::<leptos::html::Div>::new();
    let fill = move || {
        if let Some(div) = sheet.get_untracked() {
            let html = sheet_html(&state);
            let _ = div.class_list().toggle_with_force("ready", html.is_some());
            div.set_inner_html(&html.unwrap_or_default());
        }
    };
    let empty = move || {
        if let Some(div) = sheet.get_untracked() {
            let _ = div.class_list().remove_1("ready");
            div.set_inner_html("");
        }
    };
    listen_on_window("beforeprint", Phase::Bubble, move |_: web_sys::Event| {
        fill()
    });
    listen_on_window("afterprint", Phase::Bubble, move |_: web_sys::Event| {
        empty()
    });
    // Print emulation and some browsers turn the print media on without the events.
    if let Some(list) = web_sys::window().and_then(|w| w.match_media("print").ok().flatten()) {
        let target: &web_sys::EventTarget = list.as_ref();
        listen(
            target,
            "change",
            Phase::Bubble,
            move |ev: web_sys::MediaQueryListEvent| {
                if ev.matches() {
                    fill();
                } else {
                    empty();
                }
            },
        );
    }
    view! { <div class="print-sheet" node_ref=sheet></div> }
}
