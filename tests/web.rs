//! Browser tests: the atlas components mounted in a real DOM in headless Chromium
//! (wasm-bindgen-test through ChromeDriver), on the small test fixture.
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test web` (see the Makefile).
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use alliance_atlas::boot::loader::{LoadFailure, Loaded};
use alliance_atlas::ui::atlas::Atlas;
use alliance_atlas::ui::notices::load_error::LoadErrorPanel;
use atlas_core::parse_dataset;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FIXTURE: &str = include_str!("../crates/atlas-core/tests/fixtures/small.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits for the reactive system and the browser to settle.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn set_query(query: &str) {
    let url = if query.is_empty() {
        "/".to_owned()
    } else {
        format!("/?{query}")
    };
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

fn query_string() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

/// A fresh host element in the page, for one test.
fn host() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

fn mount_atlas(host: &web_sys::HtmlElement) {
    let dataset = Arc::new(parse_dataset(FIXTURE).unwrap());
    let loaded = Arc::new(Loaded {
        dataset,
        basemap: Err("no basemap in this test".into()),
        data_fallback: None,
        overlay: None,
        opened_file: None,
    });
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <Atlas loaded=loaded.clone()/> }
    });
    handle.forget();
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_status_line_counts_what_the_map_shows() {
    set_query("");
    let host = host();
    mount_atlas(&host);
    settle().await;
    assert_eq!(
        text_of(&host, "[role=status]"),
        "4 regions · 7 ties · 2 networks · 1 agreement"
    );
    assert!(host.query_selector("canvas.map-canvas").unwrap().is_some());
    assert_eq!(host.query_selector_all(".network-row").unwrap().length(), 2);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_region_in_the_link_opens_its_card_with_sources() {
    set_query("region=ITC4");
    let host = host();
    mount_atlas(&host);
    settle().await;
    let card = text_of(&host, ".details");
    assert!(card.contains("Lombardy"), "{card}");
    assert!(card.contains("NUTS ITC4"), "{card}");
    assert!(
        card.contains("since 8 November 2024"),
        "joining date of the chip network: {card}"
    );
    assert!(
        card.contains("Lombardy-Flanders Memorandum of Understanding"),
        "{card}"
    );
    let link = host
        .query_selector(".details .sources a")
        .unwrap()
        .expect("a source link");
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert!(link.get_attribute("href").unwrap().starts_with("https://"));
    // Closing the card clears the focus from the link.
    let close: web_sys::HtmlElement = host
        .query_selector(".details-close")
        .unwrap()
        .unwrap()
        .unchecked_into();
    close.click();
    settle().await;
    assert!(host.query_selector(".details").unwrap().is_none());
    assert_eq!(query_string(), "");
    host.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_sector_filters_the_map_and_writes_the_link() {
    set_query("");
    let host = host();
    mount_atlas(&host);
    settle().await;
    let chip: web_sys::HtmlElement = host
        .query_selector("button[data-sector=semiconductors]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(chip.get_attribute("aria-pressed").as_deref(), Some("false"));
    chip.click();
    settle().await;
    assert_eq!(chip.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(
        text_of(&host, "[role=status]"),
        "3 regions · 4 ties · 1 network · 1 agreement"
    );
    assert_eq!(query_string(), "?sectors=semiconductors");
    chip.click();
    settle().await;
    assert_eq!(query_string(), "");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_link_sets_the_years_and_the_counts_follow() {
    set_query("sectors=semiconductors&from=2026&to=2026");
    let host = host();
    mount_atlas(&host);
    settle().await;
    assert_eq!(
        text_of(&host, "[role=status]"),
        "3 regions · 4 ties · 1 network · 1 agreement"
    );
    // The last year is left out of the link when it is the default, which is this year.
    let this_year = js_sys::Date::new_0().get_full_year() as i32;
    let expected = if this_year > 2026 {
        "?sectors=semiconductors&from=2026&to=2026"
    } else {
        "?sectors=semiconductors&from=2026"
    };
    assert_eq!(query_string(), expected);
    host.remove();

    set_query("sectors=semiconductors&from=2020&to=2025");
    let host = self::host();
    mount_atlas(&host);
    settle().await;
    let text = host.text_content().unwrap_or_default();
    assert!(!text.contains("Memorandum"), "{text}");
    assert_eq!(
        text_of(&host, "[role=status]"),
        "3 regions · 3 ties · 1 network · 0 agreements"
    );
    host.remove();
    set_query("");
}

#[wasm_bindgen_test]
async fn a_network_in_the_list_opens_its_card_and_the_link_follows() {
    set_query("");
    let host = host();
    mount_atlas(&host);
    settle().await;
    let row: web_sys::HtmlElement = host
        .query_selector(".network-row[data-network=cars]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    row.click();
    settle().await;
    assert_eq!(query_string(), "?network=cars");
    let card = text_of(&host, ".details");
    assert!(card.contains("Car Regions"), "{card}");
    assert!(card.contains("3 of its 3 listed members"), "{card}");
    assert!(
        card.contains("estimated"),
        "Bavaria's leaving date is inferred: {card}"
    );
    host.remove();
    set_query("");
}

#[wasm_bindgen_test]
async fn an_unreadable_link_value_falls_back_and_says_so() {
    set_query("from=nineteen&sectors=space");
    let host = host();
    mount_atlas(&host);
    settle().await;
    let note = text_of(&host, ".url-notice");
    assert!(note.contains("from=nineteen"), "{note}");
    assert!(note.contains("\"space\""), "{note}");
    assert_eq!(
        text_of(&host, "[role=status]"),
        "4 regions · 7 ties · 2 networks · 1 agreement"
    );
    assert_eq!(query_string(), "", "the link is tidied to what is shown");
    host.remove();
}

#[wasm_bindgen_test]
async fn bad_data_shows_every_problem_with_its_path() {
    let broken = FIXTURE
        .replacen("\"lat\": 45.621", "\"lat\": 145.621", 1)
        .replacen("\"color\": \"#cc3311\"", "\"color\": \"red\"", 1);
    let error = parse_dataset(&broken).unwrap_err();
    let host = host();
    let failure = LoadFailure::Data {
        url: "data/atlas.json".into(),
        error,
    };
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <LoadErrorPanel failure=failure.clone()/> }
    });
    settle().await;
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("2 problems"), "{text}");
    assert!(text.contains("sectors[0].color"), "{text}");
    assert!(text.contains("regions[0].lat"), "{text}");
    drop(handle);
    host.remove();
}

/// One part of the screen mounted alone, with only the signals it takes: the status line
/// counts a graph and says when the network layout is being computed.
#[wasm_bindgen_test]
async fn the_status_line_mounts_alone_on_a_graph_and_a_layout_progress() {
    use alliance_atlas::state::layout::LayoutProgress;
    use alliance_atlas::ui::topbar::status_line::StatusLine;
    use atlas_core::{derive_graph, GraphQuery};

    let host = host();
    let dataset = parse_dataset(FIXTURE).unwrap();
    let (first, last) = dataset.year_bounds();
    let graph = derive_graph(
        &dataset,
        &GraphQuery {
            sectors: Default::default(),
            from_year: first,
            to_year: last,
            ..Default::default()
        },
    );
    let progress = RwSignal::new(LayoutProgress::Done);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        let graph = Memo::new(move |_| graph.clone());
        view! { <StatusLine graph=graph progress=progress/> }
    });
    settle().await;
    assert_eq!(
        text_of(&host, "[role=status]"),
        "4 regions · 7 ties · 2 networks · 1 agreement"
    );
    progress.set(LayoutProgress::Computing);
    settle().await;
    assert!(text_of(&host, "[role=status]").contains("laying out"));
    drop(handle);
    host.remove();
}
