//! A small JavaScript API on `window.allianceAtlas`, for host pages and for tests: where a
//! region, hub or edge is on screen (the map is a canvas, so the DOM cannot say), the current
//! view as a query string, and focusing a region.
//!
//! ```js
//! allianceAtlas.regionPoint("ITC4")        // {x, y} in client pixels, or null
//! allianceAtlas.edgePoint("ITC4", "BE2")   // a point of the edge's arc a click reaches, or null
//! allianceAtlas.hubPoint("esra")
//! allianceAtlas.view()                     // "sectors=semiconductors&region=ITC4"
//! allianceAtlas.setView("sectors=energy")   // shows that view, as a link would
//! allianceAtlas.focus("BE2")               // true if the region exists
//! allianceAtlas.stats()                    // {frames, movedPictures, lastDrawMs, layoutsDone, layoutMs, layoutLongestSliceMs, nodes, edges, ties}
//! allianceAtlas.layoutBenchmark(20)        // {nodes, edges, steps, msPerStep} of ForceAtlas2
//! ```

use atlas_core::projection::MapPointKm;
use atlas_core::scene::EdgeEnds;
use atlas_core::sort::CollectTree;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use atlas_core::hit::{hit_test, Hit};
use atlas_core::ViewState;

use crate::state::AtlasState;

/// The point a share `t` along a quadratic arc.
fn arc_point(from: MapPointKm, control: MapPointKm, to: MapPointKm, t: f64) -> MapPointKm {
    let u = 1.0 - t;
    MapPointKm::new(
        u * u * from.x_km + 2.0 * u * t * control.x_km + t * t * to.x_km,
        u * u * from.y_km + 2.0 * u * t * control.y_km + t * t * to.y_km,
    )
}

fn point_object(x: f64, y: f64) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"x".into(), &x.into());
    let _ = js_sys::Reflect::set(&object, &"y".into(), &y.into());
    object.into()
}

/// Client coordinates of a map point, through the camera and the map element's position.
fn client_point(state: AtlasState, at: MapPointKm) -> JsValue {
    let Some(camera) = state.camera.viewport.get_untracked() else {
        return JsValue::NULL;
    };
    let Some(map) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".map").ok().flatten())
    else {
        return JsValue::NULL;
    };
    let rect = map.get_bounding_client_rect();
    let s = camera.screen_from_map(at);
    point_object(rect.left() + s.x_px, rect.top() + s.y_px)
}

fn set_function(target: &js_sys::Object, name: &str, function: &js_sys::Function) {
    let _ = js_sys::Reflect::set(target, &name.into(), function);
}

/// Times the network metrics (strength, betweenness and closeness, communities) of the current
/// view, as the region card computes them: for the benchmark (`make bench` reports it at G0, G1
/// and G2).
fn metrics_benchmark(state: AtlasState) -> JsValue {
    let now = || {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    };
    let started = now();
    let metrics = state
        .graph
        .with_untracked(|graph| atlas_core::metrics::compute_metrics(graph, Default::default()));
    let ms = now() - started;
    let object = js_sys::Object::new();
    for (key, value) in [
        ("ms", ms),
        ("regions", metrics.regions.len() as f64),
        ("communities", metrics.communities as f64),
        (
            "centralityComputed",
            if metrics.centrality_computed {
                1.0
            } else {
                0.0
            },
        ),
    ] {
        let _ = js_sys::Reflect::set(&object, &key.into(), &value.into());
    }
    object.into()
}

/// Times ForceAtlas2 steps on the current graph as drawn in pairs (every tie an edge), in
/// this browser: for the performance benchmark against graphology's ForceAtlas2.
fn layout_benchmark(state: AtlasState, steps: u32) -> JsValue {
    use crate::render::time_slice::SLICE_BUDGET_MS;
    use atlas_core::force::{ForceGraph, ForceLayout, ForceSettings};
    let (anchors, edges) = state.graph.with_untracked(|graph| {
        let positions = state.data.geography.with_value(|g| g.positions.clone());
        let index: std::collections::BTreeMap<_, u32> = graph
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.region, i as u32))
            .collect_map();
        let anchors: Vec<MapPointKm> = graph
            .nodes
            .iter()
            .map(|n| positions[n.region.index()])
            .collect();
        let edges: Vec<(u32, u32, f64)> = graph
            .edges
            .iter()
            .map(|e| (index[&e.a], index[&e.b], e.ties.len() as f64))
            .collect();
        (anchors, edges)
    });
    let (nodes, edge_count) = (anchors.len(), edges.len());
    let mut layout = ForceLayout::new(
        &ForceGraph { anchors, edges },
        ForceSettings {
            max_steps: steps as usize,
            ..ForceSettings::default()
        },
    );
    let now = || {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    };
    // In slices, as the atlas runs it: the longest slice is the longest the page waits.
    let start = now();
    let mut longest_slice_ms: f64 = 0.0;
    loop {
        let slice_start = now();
        let done = layout.advance(&mut || now() - slice_start >= SLICE_BUDGET_MS);
        longest_slice_ms = longest_slice_ms.max(now() - slice_start);
        if done {
            break;
        }
    }
    let ms_per_step = (now() - start) / steps as f64;
    let object = js_sys::Object::new();
    for (key, value) in [
        ("nodes", nodes as f64),
        ("edges", edge_count as f64),
        ("steps", steps as f64),
        ("msPerStep", ms_per_step),
        ("longestSliceMs", longest_slice_ms),
    ] {
        let _ = js_sys::Reflect::set(&object, &key.into(), &value.into());
    }
    object.into()
}

/// Everything drawn, as a JSON text, for tests that measure the picture: the map element's
/// rectangle, every region's point (client pixels, and whether it is in an inset) and every
/// hub's.
fn drawn_points(state: AtlasState) -> String {
    let Some(camera) = state.camera.viewport.get_untracked() else {
        return "null".into();
    };
    let Some(map) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".map").ok().flatten())
    else {
        return "null".into();
    };
    let rect = map.get_bounding_client_rect();
    let client = |at: MapPointKm| {
        let s = camera.screen_from_map(at);
        (rect.left() + s.x_px, rect.top() + s.y_px)
    };
    let dataset = state.dataset();
    let in_inset = state.data.geography.with_value(|g| g.in_inset.clone());
    let (regions, hubs) = state.scene.with_untracked(|scene| {
        let regions: Vec<serde_json::Value> = scene
            .nodes
            .iter()
            .map(|n| {
                let (x, y) = client(n.center);
                serde_json::json!({
                    "id": dataset.region(n.region).id,
                    "x": x,
                    "y": y,
                    "inset": in_inset.get(n.region.index()).copied().unwrap_or(false),
                })
            })
            .collect();
        let hubs: Vec<serde_json::Value> = scene
            .hubs
            .iter()
            .map(|h| {
                let (x, y) = client(h.center);
                serde_json::json!({ "id": dataset.network(h.network).id, "x": x, "y": y })
            })
            .collect();
        (regions, hubs)
    });
    serde_json::json!({
        "map": { "left": rect.left(), "top": rect.top(), "width": rect.width(), "height": rect.height() },
        "regions": regions,
        "hubs": hubs,
    })
    .to_string()
}

/// Installs `window.allianceAtlas` for this state.
pub fn install(state: AtlasState) {
    let api = js_sys::Object::new();
    let region_point = Closure::<dyn Fn(String) -> JsValue>::new(move |id: String| {
        let Some(region) = state.data.dataset.with_value(|d| d.region_by_id(&id)) else {
            return JsValue::NULL;
        };
        let drawn = state.scene.with_untracked(|s| {
            s.nodes
                .iter()
                .find(|n| n.region == region)
                .map(|n| n.center)
        });
        drawn.map_or(JsValue::NULL, |at| client_point(state, at))
    });
    let hub_point = Closure::<dyn Fn(String) -> JsValue>::new(move |id: String| {
        let network = state
            .data
            .dataset
            .with_value(|d| d.networks.iter().position(|n| n.id == id));
        let Some(network) = network.map(|i| atlas_core::dataset::NetworkIdx(i as u32)) else {
            return JsValue::NULL;
        };
        let drawn = state.scene.with_untracked(|s| {
            s.hubs
                .iter()
                .find(|h| h.network == network)
                .map(|h| h.center)
        });
        drawn.map_or(JsValue::NULL, |at| client_point(state, at))
    });
    let edge_point =
        Closure::<dyn Fn(String, String) -> JsValue>::new(move |a: String, b: String| {
            let ids = state
                .data
                .dataset
                .with_value(|d| d.region_by_id(&a).zip(d.region_by_id(&b)));
            let Some((a, b)) = ids else {
                return JsValue::NULL;
            };
            let ends = EdgeEnds::Regions(a.min(b), a.max(b));
            let Some(camera) = state.camera.viewport.get_untracked() else {
                return JsValue::NULL;
            };
            // The point nearest the middle of the arc where a click lands on this edge (near its
            // ends a node may cover it).
            let clickable = state.scene.with_untracked(|scene| {
                let edge = scene.edges.iter().find(|e| e.ends == ends)?;
                let control = edge.strands[0].control;
                [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82]
                    .into_iter()
                    .map(|t| arc_point(edge.from, control, edge.to, t))
                    .find(|&p| {
                        hit_test(scene, &camera, camera.screen_from_map(p)) == Some(Hit::Edge(ends))
                    })
            });
            clickable.map_or(JsValue::NULL, |at| client_point(state, at))
        });
    let view = Closure::<dyn Fn() -> JsValue>::new(move || {
        state.link.view.with_untracked(|v| v.to_query()).into()
    });
    let focus = Closure::<dyn Fn(String) -> JsValue>::new(move |id: String| {
        let region = state.data.dataset.with_value(|d| d.region_by_id(&id));
        if region.is_some() {
            state.link.focus_region(region);
        }
        region.is_some().into()
    });
    let set_view = Closure::<dyn Fn(String)>::new(move |query: String| {
        let (view, mut warnings) = ViewState::parse_query(&query);
        state.link.show(&view);
        if !warnings.is_empty() {
            state.link.warnings.update(|shown| {
                warnings.append(shown);
                *shown = warnings;
            });
        }
        state.camera.go_to_link();
    });
    let stats = Closure::<dyn Fn() -> JsValue>::new(move || {
        let draw = state.draw_stats.get_value();
        let (nodes, edges, new_items) = state.scene.with_untracked(|s| {
            let new_items = s.nodes.iter().filter(|n| n.is_new).count()
                + s.edges.iter().filter(|e| e.is_new).count();
            (s.nodes.len(), s.edges.len(), new_items)
        });
        let ties = state.graph.with_untracked(|g| g.tie_count());
        let object = js_sys::Object::new();
        for (key, value) in [
            ("frames", draw.frames as f64),
            ("movedPictures", draw.moved_pictures as f64),
            ("lastDrawMs", draw.last_draw_ms),
            ("layoutsDone", draw.layouts_done as f64),
            ("layoutMs", draw.last_layout_ms),
            ("layoutLongestSliceMs", draw.last_layout_longest_slice_ms),
            ("nodes", nodes as f64),
            ("edges", edges as f64),
            ("ties", ties as f64),
            ("newItems", new_items as f64),
        ] {
            let _ = js_sys::Reflect::set(&object, &key.into(), &value.into());
        }
        object.into()
    });
    let metrics_benchmark = Closure::<dyn Fn() -> JsValue>::new(move || metrics_benchmark(state));
    let layout_benchmark = Closure::<dyn Fn(u32) -> JsValue>::new(move |steps: u32| {
        layout_benchmark(state, steps.max(1))
    });
    let drawn = Closure::<dyn Fn() -> JsValue>::new(move || drawn_points(state).into());
    let partners_of = Closure::<dyn Fn(String) -> JsValue>::new(move |id: String| {
        let dataset = state.dataset();
        let Some(region) = dataset.region_by_id(&id) else {
            return JsValue::NULL;
        };
        let ids: Vec<String> = state.graph.with_untracked(|g| {
            g.partners(region)
                .into_iter()
                .map(|p| dataset.region(p).id.clone())
                .collect()
        });
        serde_json::to_string(&ids).unwrap_or_default().into()
    });
    let region_names = Closure::<dyn Fn() -> JsValue>::new(move || {
        let object = js_sys::Object::new();
        state.data.dataset.with_value(|d| {
            for region in &d.regions {
                let _ = js_sys::Reflect::set(
                    &object,
                    &region.id.as_str().into(),
                    &region.names.get("en").into(),
                );
            }
        });
        object.into()
    });
    // A deliberate panic, so that tests can show what people see when the atlas fails.
    let panic_for_test = Closure::<dyn Fn()>::new(|| {
        panic!("allianceAtlas.panicForTest() was called");
    });
    set_function(
        &api,
        "panicForTest",
        panic_for_test.as_ref().unchecked_ref(),
    );
    set_function(&api, "setView", set_view.as_ref().unchecked_ref());
    set_function(&api, "stats", stats.as_ref().unchecked_ref());
    set_function(
        &api,
        "layoutBenchmark",
        layout_benchmark.as_ref().unchecked_ref(),
    );
    set_function(&api, "regionPoint", region_point.as_ref().unchecked_ref());
    set_function(&api, "hubPoint", hub_point.as_ref().unchecked_ref());
    set_function(&api, "edgePoint", edge_point.as_ref().unchecked_ref());
    set_function(&api, "view", view.as_ref().unchecked_ref());
    set_function(&api, "focus", focus.as_ref().unchecked_ref());
    set_function(&api, "drawnPoints", drawn.as_ref().unchecked_ref());
    set_function(
        &api,
        "metricsBenchmark",
        metrics_benchmark.as_ref().unchecked_ref(),
    );
    set_function(&api, "partnersOf", partners_of.as_ref().unchecked_ref());
    set_function(&api, "regionNames", region_names.as_ref().unchecked_ref());
    // The functions live as long as the atlas: when it goes, the API goes with it.
    let held = send_wrapper::SendWrapper::new((
        panic_for_test,
        set_view,
        stats,
        layout_benchmark,
        metrics_benchmark,
        region_point,
        hub_point,
        edge_point,
        view,
        focus,
        drawn,
        partners_of,
        region_names,
    ));
    on_cleanup(move || {
        if let Some(window) = web_sys::window() {
            let _ = js_sys::Reflect::delete_property(&window, &"allianceAtlas".into());
        }
        drop(held.take());
    });
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"allianceAtlas".into(), &api);
    }
}
