//! The map: an SVG whose one transformed group holds every layer, and the camera that moves it.
//!
//! Panning changes a single `transform` attribute; zooming also resizes nodes and re-places
//! labels. Mouse drag, wheel, double-click, touch (one finger pans, two pinch), keyboard
//! (arrows, + and -, 0) and the buttons all go through the pure [`Viewport`] functions.

use std::collections::BTreeMap;
use std::sync::Arc;

use atlas_core::basemap::Basemap;
use atlas_core::layout::GeoLayout;
use atlas_core::style::node_size_factor;
use atlas_core::viewport::{MapRectKm, ScreenPointPx, Viewport};
use atlas_core::{Dataset, Graph, GraphQuery};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

use crate::components::map_layers::{BasemapLayer, EdgeLayer, InsetFrame, LabelLayer, NodeLayer};

/// Free space kept around the regions when the map is fitted, in pixels.
const FIT_MARGIN_PX: f64 = 28.0;
/// Zoom factor of one button press or key press.
const ZOOM_STEP: f64 = 1.5;
/// Distance one arrow-key press pans, in pixels.
const PAN_STEP_PX: f64 = 80.0;

/// The camera state shared by the handlers.
#[derive(Clone, Copy)]
struct Camera {
    viewport: RwSignal<Option<Viewport>>,
    /// The viewport when the camera last came to rest: labels are placed for it, so a drag
    /// moves them with the map and they are re-placed when the drag ends.
    settled: RwSignal<Option<Viewport>>,
    /// The scale that fits all regions; zoom limits are relative to it.
    fit_px_per_km: RwSignal<f64>,
    bounds: StoredValue<Option<MapRectKm>>,
}

impl Camera {
    fn fit(&self, width_px: f64, height_px: f64) {
        if let Some(bounds) = self.bounds.get_value() {
            let fitted = Viewport::fit(bounds, width_px, height_px, FIT_MARGIN_PX);
            self.fit_px_per_km.set(fitted.px_per_km);
            self.viewport.set(Some(fitted));
            self.settle();
        }
    }

    fn settle(&self) {
        let now = self.viewport.get_untracked();
        if self.settled.get_untracked() != now {
            self.settled.set(now);
        }
    }

    fn reset(&self) {
        if let Some(v) = self.viewport.get_untracked() {
            self.fit(v.width_px, v.height_px);
        }
    }

    fn zoom_about(&self, anchor: Option<ScreenPointPx>, factor: f64) {
        let fit = self.fit_px_per_km.get_untracked();
        self.viewport.update(|v| {
            if let Some(v) = v {
                let anchor =
                    anchor.unwrap_or(ScreenPointPx::new(v.width_px / 2.0, v.height_px / 2.0));
                *v = v.zoomed_about(anchor, factor, fit);
            }
        });
        self.settle();
    }

    fn pan_by(&self, dx_px: f64, dy_px: f64) {
        self.viewport.update(|v| {
            if let Some(v) = v {
                *v = v.panned_by_px(dx_px, dy_px);
            }
        });
    }
}

/// The position of a pointer event relative to the map element.
fn local_point(container: &web_sys::HtmlElement, client_x: f64, client_y: f64) -> ScreenPointPx {
    let rect = container.get_bounding_client_rect();
    ScreenPointPx::new(client_x - rect.left(), client_y - rect.top())
}

/// Watches the element's size and keeps the camera's size in step.
fn observe_size(container: &web_sys::HtmlElement, camera: Camera) {
    let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries
            .get(0)
            .dyn_into::<web_sys::ResizeObserverEntry>()
            .ok()
        else {
            return;
        };
        let rect = entry.content_rect();
        let (w, h) = (rect.width(), rect.height());
        if w < 1.0 || h < 1.0 {
            return;
        }
        match camera.viewport.get_untracked() {
            None => camera.fit(w, h),
            Some(v) => {
                camera.viewport.set(Some(v.resized(w, h)));
                camera.settle();
            }
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(container);
        on_cleanup(move || observer.disconnect());
    }
    // The atlas lives as long as the page; the closure must outlive the observer's callbacks.
    on_resize.forget();
}

/// The interactive map.
#[component]
pub fn MapView(
    dataset: Arc<Dataset>,
    graph: Memo<Graph>,
    query: Memo<GraphQuery>,
    layout: Arc<GeoLayout>,
    basemap: Result<Arc<Basemap>, String>,
) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    let camera = Camera {
        viewport: RwSignal::new(None),
        settled: RwSignal::new(None),
        fit_px_per_km: RwSignal::new(1.0),
        bounds: StoredValue::new(layout.bounds()),
    };
    let zoom = Memo::new(move |_| camera.viewport.with(|v| v.map_or(1.0, |v| v.px_per_km)));
    let size_factor = Memo::new(move |_| {
        camera
            .settled
            .with(|v| v.map_or(1.0, |v| node_size_factor(v.width_px, v.height_px)))
    });
    let transform = move || camera.viewport.with(|v| v.map(|v| v.svg_transform()));

    Effect::new(move |_| {
        if let Some(element) = container.get() {
            observe_size(&element, camera);
        }
    });

    // Active pointers by id, at their last position, for drags and pinches.
    let pointers = StoredValue::new(BTreeMap::<i32, ScreenPointPx>::new());
    let on_pointer_down = move |ev: PointerEvent| {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        let Some(element) = container.get_untracked() else {
            return;
        };
        let _ = element.set_pointer_capture(ev.pointer_id());
        let p = local_point(&element, ev.client_x() as f64, ev.client_y() as f64);
        pointers.update_value(|map| {
            map.insert(ev.pointer_id(), p);
        });
    };
    let on_pointer_move = move |ev: PointerEvent| {
        if !pointers.with_value(|map| map.contains_key(&ev.pointer_id())) {
            return;
        }
        let Some(element) = container.get_untracked() else {
            return;
        };
        let p = local_point(&element, ev.client_x() as f64, ev.client_y() as f64);
        let (before, after) = pointers
            .try_update_value(|map| {
                let before: Vec<ScreenPointPx> = map.values().copied().collect();
                map.insert(ev.pointer_id(), p);
                (before, map.values().copied().collect::<Vec<_>>())
            })
            .unwrap_or_default();
        match (before.as_slice(), after.as_slice()) {
            ([a], [b]) => camera.pan_by(b.x_px - a.x_px, b.y_px - a.y_px),
            ([a0, a1, ..], [b0, b1, ..]) => {
                let mid = |p: &ScreenPointPx, q: &ScreenPointPx| {
                    ScreenPointPx::new((p.x_px + q.x_px) / 2.0, (p.y_px + q.y_px) / 2.0)
                };
                let dist = |p: &ScreenPointPx, q: &ScreenPointPx| {
                    (p.x_px - q.x_px).hypot(p.y_px - q.y_px).max(1.0)
                };
                let (m0, m1) = (mid(a0, a1), mid(b0, b1));
                camera.pan_by(m1.x_px - m0.x_px, m1.y_px - m0.y_px);
                camera.zoom_about(Some(m1), dist(b0, b1) / dist(a0, a1));
            }
            _ => {}
        }
    };
    let on_pointer_end = move |ev: PointerEvent| {
        let was_dragging = pointers
            .try_update_value(|map| map.remove(&ev.pointer_id()).is_some())
            .unwrap_or(false);
        if was_dragging && pointers.with_value(|map| map.is_empty()) {
            camera.settle();
        }
    };
    let on_wheel = move |ev: WheelEvent| {
        let Some(element) = container.get_untracked() else {
            return;
        };
        ev.prevent_default();
        // Lines and pages are turned into pixels so every mouse zooms at the same pace.
        let delta_px = ev.delta_y()
            * match ev.delta_mode() {
                1 => 16.0,
                2 => 400.0,
                _ => 1.0,
            };
        let anchor = local_point(&element, ev.client_x() as f64, ev.client_y() as f64);
        camera.zoom_about(Some(anchor), (-delta_px * 0.002).exp());
    };
    let on_double_click = move |ev: web_sys::MouseEvent| {
        if let Some(element) = container.get_untracked() {
            let anchor = local_point(&element, ev.client_x() as f64, ev.client_y() as f64);
            camera.zoom_about(Some(anchor), if ev.shift_key() { 1.0 / 2.0 } else { 2.0 });
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let handled = match ev.key().as_str() {
            "ArrowLeft" => {
                camera.pan_by(PAN_STEP_PX, 0.0);
                true
            }
            "ArrowRight" => {
                camera.pan_by(-PAN_STEP_PX, 0.0);
                true
            }
            "ArrowUp" => {
                camera.pan_by(0.0, PAN_STEP_PX);
                true
            }
            "ArrowDown" => {
                camera.pan_by(0.0, -PAN_STEP_PX);
                true
            }
            "+" | "=" => {
                camera.zoom_about(None, ZOOM_STEP);
                true
            }
            "-" | "_" => {
                camera.zoom_about(None, 1.0 / ZOOM_STEP);
                true
            }
            "0" => {
                camera.reset();
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
            camera.settle();
        }
    };

    let basemap_layer = match basemap {
        Ok(basemap) => Some(view! { <BasemapLayer basemap=basemap/> }),
        Err(_) => None,
    };
    view! {
        <section class="map-panel" aria-label="Map">
            <div
                class="map"
                node_ref=container
                tabindex="0"
                aria-label="Map of regions and their ties. Drag or use the arrow keys to pan; scroll, pinch or press plus and minus to zoom; press 0 to reset."
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_end
                on:pointercancel=on_pointer_end
                on:wheel=on_wheel
                on:dblclick=on_double_click
                on:keydown=on_key
            >
                <svg class="map-svg" width="100%" height="100%" role="img" aria-label="Network of regional ties on a map of Europe">
                    <rect class="sea" x="0" y="0" width="100%" height="100%"></rect>
                    <g class="viewport" transform=transform>
                        {basemap_layer}
                        <InsetFrame layout=layout.clone() zoom=zoom/>
                        <EdgeLayer dataset=dataset.clone() graph=graph query=query layout=layout.clone()/>
                        <NodeLayer dataset=dataset.clone() graph=graph layout=layout.clone() zoom=zoom size_factor=size_factor/>
                        <LabelLayer dataset=dataset.clone() graph=graph layout=layout.clone() camera=camera.settled.into() size_factor=size_factor/>
                    </g>
                </svg>
            </div>
            // Outside the draggable surface, so pointer capture never swallows their clicks.
            <div class="map-controls">
                    <button type="button" aria-label="Zoom in" title="Zoom in" on:click=move |_| camera.zoom_about(None, ZOOM_STEP)>"+"</button>
                    <button type="button" aria-label="Zoom out" title="Zoom out" on:click=move |_| camera.zoom_about(None, 1.0 / ZOOM_STEP)>"−"</button>
                    <button type="button" aria-label="Reset the view" title="Reset the view" on:click=move |_| camera.reset()>"⟲"</button>
                </div>
            <p class="attribution">"Country outlines: Natural Earth (public domain)"</p>
        </section>
    }
}
