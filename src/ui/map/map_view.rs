//! The interactive map: the canvas, the label overlay, the controls and the tooltip, and every
//! way of moving and pointing: mouse drag, wheel, double-click, touch (one finger pans, two
//! pinch), keyboard (arrows, + and -, 0, Escape) and the buttons. What is under the pointer is
//! found by the core's hit test; a click or tap focuses it.

use std::collections::BTreeMap;

use atlas_core::dataset::RegionIdx;
use atlas_core::hit::{hit_test, Hit};
use atlas_core::scene::{EdgeEnds, Focus};
use atlas_core::spatial_nav::{nearest, next_in_direction, Direction};
use atlas_core::viewport::ScreenPointPx;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

use crate::components::map_canvas::MapCanvas;
use crate::components::map_labels::MapLabels;
use crate::components::tooltip::Tooltip;
use crate::i18n::format::region_summary;
use crate::i18n::{text, tr, T};
use crate::state::{use_atlas, AtlasState};

/// Zoom factor of one button press or key press.
const ZOOM_STEP: f64 = 1.5;
/// Distance one arrow-key press pans, in pixels.
const PAN_STEP_PX: f64 = 80.0;
/// A press that moves less than this is a click, not a drag.
const CLICK_SLOP_PX: f64 = 5.0;
/// How long after the last wheel event the camera comes to rest.
const WHEEL_SETTLE_MS: u64 = 160;
/// A region browsed to with the keyboard is kept at least this far inside the map's edges.
const KEYBOARD_MARGIN_PX: f64 = 48.0;

/// The position of a mouse, pointer or wheel event relative to the map element. Browsers give
/// `clientX` with sub-pixel precision, which web-sys rounds to an integer: read the float.
fn event_point(container: &web_sys::HtmlElement, ev: &web_sys::MouseEvent) -> ScreenPointPx {
    let read = |name: &str, fallback: i32| {
        js_sys::Reflect::get(ev, &name.into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(fallback as f64)
    };
    let rect = container.get_bounding_client_rect();
    ScreenPointPx::new(
        read("clientX", ev.client_x()) - rect.left(),
        read("clientY", ev.client_y()) - rect.top(),
    )
}

/// Watches the element's size and keeps the camera's size in step.
fn observe_size(container: &web_sys::HtmlElement, state: AtlasState) {
    let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries
            .get(0)
            .dyn_into::<web_sys::ResizeObserverEntry>()
            .ok()
        else {
            return;
        };
        let rect = entry.content_rect();
        if rect.width() >= 1.0 && rect.height() >= 1.0 {
            state.resize_camera(rect.width(), rect.height());
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(container);
        on_cleanup(move || observer.disconnect());
    }
    // The callback must live as long as the observer may call it, which is the page's life.
    on_resize.forget();
}

/// Whether the keyboard's zoom modifier is Cmd (Apple) rather than Ctrl.
fn is_mac() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().platform().ok())
        .is_some_and(|p| p.starts_with("Mac") || p.starts_with("iP"))
}

/// What a click or tap on the map does.
fn activate(state: AtlasState, hit: Option<Hit>) {
    match hit {
        Some(Hit::Region(region)) => state.focus_region(Some(region)),
        Some(Hit::Hub(network)) => state.focus_network(Some(network)),
        Some(Hit::Edge(EdgeEnds::Regions(a, b))) => state.select_edge(a, b),
        Some(Hit::Edge(EdgeEnds::Spoke(network, _))) => state.focus_network(Some(network)),
        None => state.clear_focus(),
    }
}

/// The label under an event's target, if the user pressed on a name.
fn label_hit(target: Option<web_sys::EventTarget>, state: AtlasState) -> Option<Hit> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let dataset = state.dataset();
    if let Some(id) = element.get_attribute("data-region") {
        return dataset.region_by_id(&id).map(Hit::Region);
    }
    let id = element.get_attribute("data-network")?;
    dataset
        .networks
        .iter()
        .position(|n| n.id == id)
        .map(|i| Hit::Hub(atlas_core::dataset::NetworkIdx(i as u32)))
}

/// A press in progress.
#[derive(Clone, Copy)]
struct Press {
    start: ScreenPointPx,
    last: ScreenPointPx,
    moved: bool,
}

/// The interactive map.
#[component]
pub fn MapView() -> impl IntoView {
    let state = use_atlas();
    let container = NodeRef::<Div>::new();

    Effect::new(move |_| {
        if let Some(element) = container.get() {
            observe_size(&element, state);
        }
    });

    let pointers = StoredValue::new(BTreeMap::<i32, Press>::new());
    let pointer_position = RwSignal::new(None::<ScreenPointPx>);
    // Keyboard browsing: the region the arrows are on, and what a screen reader is told.
    let cursor = RwSignal::new(None::<RegionIdx>);
    let announcement = RwSignal::new(String::new());

    // Where each drawn region is on the screen now.
    let node_points = move || -> Vec<(RegionIdx, ScreenPointPx)> {
        let Some(camera) = state.camera.get_untracked() else {
            return Vec::new();
        };
        state.scene.with_untracked(|scene| {
            scene
                .nodes
                .iter()
                .map(|n| (n.region, camera.screen_from_map(n.center)))
                .collect()
        })
    };
    let stop_browsing = move || {
        if cursor.get_untracked().is_some() {
            cursor.set(None);
            state.hover.set(None);
            pointer_position.set(None);
        }
    };
    // Puts the keyboard on a region: highlighted, in view, its tooltip shown and announced.
    let browse_to = move |region: RegionIdx| {
        let Some(camera) = state.camera.get_untracked() else {
            return;
        };
        let Some(center) = state.scene.with_untracked(|scene| {
            scene
                .nodes
                .iter()
                .find(|n| n.region == region)
                .map(|n| n.center)
        }) else {
            return;
        };
        let mut point = camera.screen_from_map(center);
        let (w, h) = (camera.width_px, camera.height_px);
        let m = KEYBOARD_MARGIN_PX.min(w / 4.0).min(h / 4.0);
        let dx = (m - point.x_px).max(0.0) - (point.x_px - (w - m)).max(0.0);
        let dy = (m - point.y_px).max(0.0) - (point.y_px - (h - m)).max(0.0);
        if dx != 0.0 || dy != 0.0 {
            state.pan_camera(dx, dy);
            state.settle_camera();
            point = ScreenPointPx::new(point.x_px + dx, point.y_px + dy);
        }
        cursor.set(Some(region));
        state.hover.set(Some(Hit::Region(region)));
        pointer_position.set(Some(point));
        let lang = state.lang.get_untracked();
        let (ties, partners) = state.graph.with_untracked(|g| {
            g.node(region)
                .map_or((0, 0), |n| (n.ties as usize, n.partners as usize))
        });
        announcement.set(format!(
            "{}. {}. {}",
            state.region_name(region),
            region_summary(lang, ties, partners),
            text(lang, T::BrowseHint)
        ));
    };

    let hit_at = move |p: ScreenPointPx| -> Option<Hit> {
        let camera = state.camera.get_untracked()?;
        state
            .scene
            .with_untracked(|scene| hit_test(scene, &camera, p))
    };

    let on_pointer_down = move |ev: PointerEvent| {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        stop_browsing();
        let Some(element) = container.get_untracked() else {
            return;
        };
        let _ = element.set_pointer_capture(ev.pointer_id());
        state.map_active.set(true);
        let p = event_point(&element, &ev);
        pointers.update_value(|map| {
            map.insert(
                ev.pointer_id(),
                Press {
                    start: p,
                    last: p,
                    moved: false,
                },
            );
        });
    };
    let on_pointer_move = move |ev: PointerEvent| {
        let Some(element) = container.get_untracked() else {
            return;
        };
        let p = event_point(&element, &ev);
        let pressed = pointers.with_value(|map| map.contains_key(&ev.pointer_id()));
        if !pressed {
            // Hovering with a mouse or pen: show what is under it (the mouse takes over from
            // keyboard browsing).
            if ev.pointer_type() != "touch" {
                if cursor.get_untracked().is_some() {
                    cursor.set(None);
                }
                let hit = hit_at(p);
                if state.hover.get_untracked() != hit {
                    state.hover.set(hit);
                }
                pointer_position.set(hit.map(|_| p));
            }
            return;
        }
        let (before, after) = pointers
            .try_update_value(|map| {
                let before: Vec<ScreenPointPx> = map.values().map(|p| p.last).collect();
                if let Some(press) = map.get_mut(&ev.pointer_id()) {
                    press.last = p;
                    let (dx, dy) = (p.x_px - press.start.x_px, p.y_px - press.start.y_px);
                    press.moved |= dx.hypot(dy) > CLICK_SLOP_PX;
                }
                (before, map.values().map(|p| p.last).collect::<Vec<_>>())
            })
            .unwrap_or_default();
        if state.hover.get_untracked().is_some() {
            state.hover.set(None);
            pointer_position.set(None);
        }
        match (before.as_slice(), after.as_slice()) {
            ([a], [b]) => state.pan_camera(b.x_px - a.x_px, b.y_px - a.y_px),
            ([a0, a1, ..], [b0, b1, ..]) => {
                let mid = |p: &ScreenPointPx, q: &ScreenPointPx| {
                    ScreenPointPx::new((p.x_px + q.x_px) / 2.0, (p.y_px + q.y_px) / 2.0)
                };
                let dist = |p: &ScreenPointPx, q: &ScreenPointPx| {
                    (p.x_px - q.x_px).hypot(p.y_px - q.y_px).max(1.0)
                };
                let (m0, m1) = (mid(a0, a1), mid(b0, b1));
                state.pan_camera(m1.x_px - m0.x_px, m1.y_px - m0.y_px);
                state.zoom_camera(Some(m1), dist(b0, b1) / dist(a0, a1));
            }
            _ => {}
        }
    };
    let on_pointer_up = move |ev: PointerEvent| {
        let press = pointers
            .try_update_value(|map| {
                let count = map.len();
                map.remove(&ev.pointer_id()).map(|p| (p, count))
            })
            .flatten();
        let Some((press, count_before)) = press else {
            return;
        };
        if press.moved || count_before > 1 {
            if pointers.with_value(|map| map.is_empty()) {
                state.settle_camera();
            }
            return;
        }
        // A click or a tap: a name, else whatever the hit test finds.
        let hit = label_hit(ev.target(), state).or_else(|| hit_at(press.last));
        activate(state, hit);
    };
    let on_pointer_cancel = move |ev: PointerEvent| {
        pointers.update_value(|map| {
            map.remove(&ev.pointer_id());
        });
        state.settle_camera();
    };
    let on_pointer_leave = move |ev: PointerEvent| {
        // Leaving the map with a mouse hands the wheel back to the page.
        if state.embed && ev.pointer_type() == "mouse" {
            state.map_active.set(false);
        }
        if pointers.with_value(|map| map.is_empty()) && state.hover.get_untracked().is_some() {
            state.hover.set(None);
            pointer_position.set(None);
        }
    };
    let wheel_hint = RwSignal::new(false);
    let wheel_settle = StoredValue::new_local(None::<leptos::prelude::TimeoutHandle>);
    let hint_timer = StoredValue::new_local(None::<leptos::prelude::TimeoutHandle>);
    let on_wheel = move |ev: WheelEvent| {
        let Some(element) = container.get_untracked() else {
            return;
        };
        // Embedded in a page, the wheel scrolls the page unless the user clicked into the map
        // or holds Ctrl or Cmd: no scroll hijacking. Say so briefly.
        if state.embed && !state.map_active.get_untracked() && !ev.ctrl_key() && !ev.meta_key() {
            wheel_hint.set(true);
            if let Some(timer) = hint_timer.try_update_value(Option::take).flatten() {
                timer.clear();
            }
            let timer = set_timeout_with_handle(
                move || wheel_hint.set(false),
                std::time::Duration::from_millis(1800),
            );
            hint_timer.set_value(timer.ok());
            return;
        }
        ev.prevent_default();
        // Lines and pages are turned into pixels so every mouse zooms at the same pace.
        let unit = match ev.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let (dx, dy) = (ev.delta_x() * unit, ev.delta_y() * unit);
        // Wheel events come in streams: the camera settles (the map is drawn afresh, the link
        // and the labels follow) once the stream stops.
        if let Some(timer) = wheel_settle.try_update_value(Option::take).flatten() {
            timer.clear();
        }
        let timer = set_timeout_with_handle(
            move || state.settle_camera(),
            std::time::Duration::from_millis(WHEEL_SETTLE_MS),
        );
        wheel_settle.set_value(timer.ok());
        // A trackpad pinch arrives as a wheel event with Ctrl held: zoom. A two-finger swipe
        // has a sideways part: pan. A mouse wheel only goes up and down: zoom.
        if !ev.ctrl_key() && dx != 0.0 {
            state.pan_camera(-dx, -dy);
            return;
        }
        let anchor = event_point(&element, &ev);
        let pace = if ev.ctrl_key() { 0.01 } else { 0.002 };
        state.zoom_camera_moving(Some(anchor), (-dy * pace).exp());
    };
    let on_double_click = move |ev: web_sys::MouseEvent| {
        if let Some(element) = container.get_untracked() {
            let anchor = event_point(&element, &ev);
            state.zoom_camera(Some(anchor), if ev.shift_key() { 0.5 } else { 2.0 });
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let key = ev.key();
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        // Browsing regions: arrows move between them, Enter opens one, Escape stops.
        if let Some(current) = cursor.get_untracked() {
            let points = node_points();
            let from = points.iter().find(|(r, _)| *r == current).map(|(_, p)| *p);
            if let (Some(direction), Some(from)) = (Direction::from_key(&key), from) {
                ev.prevent_default();
                if let Some(next) = next_in_direction(from, direction, points) {
                    browse_to(next);
                }
                return;
            }
            match key.as_str() {
                "Enter" | " " => {
                    ev.prevent_default();
                    state.focus_region(Some(current));
                    return;
                }
                "Escape" => {
                    ev.prevent_default();
                    stop_browsing();
                    announcement.set(text(state.lang.get_untracked(), T::BrowseStopped).to_owned());
                    return;
                }
                _ => {}
            }
        } else if key == "Enter" || key == " " {
            ev.prevent_default();
            let points = node_points();
            let start = match state.focus.get_untracked() {
                Focus::Region(r) if points.iter().any(|(p, _)| *p == r) => Some(r),
                _ => state.camera.get_untracked().and_then(|c| {
                    nearest(
                        ScreenPointPx::new(c.width_px / 2.0, c.height_px / 2.0),
                        points,
                    )
                }),
            };
            if let Some(region) = start {
                browse_to(region);
            }
            return;
        }
        let handled = match key.as_str() {
            "ArrowLeft" => {
                state.pan_camera(PAN_STEP_PX, 0.0);
                true
            }
            "ArrowRight" => {
                state.pan_camera(-PAN_STEP_PX, 0.0);
                true
            }
            "ArrowUp" => {
                state.pan_camera(0.0, PAN_STEP_PX);
                true
            }
            "ArrowDown" => {
                state.pan_camera(0.0, -PAN_STEP_PX);
                true
            }
            "+" | "=" => {
                state.zoom_camera(None, ZOOM_STEP);
                true
            }
            "-" | "_" => {
                state.zoom_camera(None, 1.0 / ZOOM_STEP);
                true
            }
            "0" => {
                state.reset_camera();
                true
            }
            "Escape" => {
                state.clear_focus();
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
            state.settle_camera();
        }
    };

    view! {
        <section class="map-panel" aria-label=tr(T::MapLabel)>
            <div
                class="map"
                node_ref=container
                tabindex="0"
                role="application"
                aria-roledescription=tr(T::MapRole)
                aria-label=tr(T::MapOfTies)
                aria-describedby="map-help"
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_cancel
                on:pointerleave=on_pointer_leave
                on:wheel=on_wheel
                on:dblclick=on_double_click
                on:keydown=on_key
                on:blur=move |_| stop_browsing()
            >
                <MapCanvas/>
                <MapLabels/>
            </div>
            <Show when=move || wheel_hint.get()>
                <p class="wheel-hint" role="status">
                    {tr(if is_mac() { T::WheelHintCmd } else { T::WheelHintCtrl })}
                </p>
            </Show>
            // Outside the draggable surface, so pointer capture never swallows their clicks.
            <div class="map-controls">
                <button type="button" aria-label=tr(T::ZoomIn) title=tr(T::ZoomIn) on:click=move |_| state.zoom_camera(None, ZOOM_STEP)>"+"</button>
                <button type="button" aria-label=tr(T::ZoomOut) title=tr(T::ZoomOut) on:click=move |_| state.zoom_camera(None, 1.0 / ZOOM_STEP)>"−"</button>
                <button type="button" aria-label=tr(T::ResetView) title=tr(T::ResetView) on:click=move |_| state.reset_camera()>"⟲"</button>
            </div>
            <p id="map-help" class="visually-hidden">{tr(T::MapHelp)}</p>
            <Tooltip position=pointer_position.read_only()/>
            <p
                class="visually-hidden browse-announcement"
                aria-live="polite"
                data-region=move || cursor.get().map(|r| state.dataset.with_value(|d| d.region(r).id.clone()))
            >
                {move || announcement.get()}
            </p>
            <Show when=move || state.view.with(|v| v.layout == atlas_core::LayoutKind::Map)>
                <p class="attribution">{tr(T::Attribution)}</p>
            </Show>
        </section>
    }
}
