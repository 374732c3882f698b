//! The interactive map: the canvas, the label overlay, the controls and the tooltip, and every
//! way of moving and pointing: mouse drag, wheel, double-click, touch (one finger pans, two
//! pinch), keyboard (arrows, + and -, 0, Escape) and the buttons. What is under the pointer is
//! found by the core's hit test; a click or tap focuses it.

use atlas_core::dataset::RegionIdx;
use atlas_core::hit::{hit_test, hit_test_within, points_near, Hit, TOUCH_TARGET_PX};
use atlas_core::scene::{EdgeEnds, Focus};
use atlas_core::spatial_nav::{nearest, next_in_direction, Direction};
use atlas_core::viewport::ScreenPointPx;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

use super::gestures::{Gesture, Presses, Release};
use super::keyboard::{is_activation_key, MapKey, ZOOM_STEP};
use super::wheel::{wheel_action, WheelAction, WheelInput};
use crate::i18n::format::region_summary;
use crate::i18n::{text, tr, TextKey};
use crate::state::{use_atlas, AtlasState};
use crate::ui::map::browse_marker::BrowseMarker;
use crate::ui::map::map_canvas::MapCanvas;
use crate::ui::map::map_labels::MapLabels;
use crate::ui::map::target_chooser::TargetChooser;
use crate::ui::map::tooltip::Tooltip;
use crate::web::resize::observe_size;

/// How long after the last wheel event the camera comes to rest.
const WHEEL_SETTLE_MS: u64 = 160;
/// A point this much nearer a finger than the next is what the finger meant, in pixels.
const CLEARLY_NEARER_PX: f64 = 6.0;
/// The most points a chooser lists.
const MAX_CHOICES: usize = 6;
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

/// Whether the keyboard's zoom modifier is Cmd (Apple) rather than Ctrl.
fn is_mac() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().platform().ok())
        .is_some_and(|p| p.starts_with("Mac") || p.starts_with("iP"))
}

/// What a click or tap on the map does.
fn activate(state: AtlasState, hit: Option<Hit>) {
    match hit {
        Some(Hit::Region(region)) => state.link.focus_region(Some(region)),
        Some(Hit::Hub(network)) => state.link.focus_network(Some(network)),
        Some(Hit::Edge(EdgeEnds::Regions(a, b))) => state.link.focus_pair(a, b),
        Some(Hit::Edge(EdgeEnds::Spoke(network, _))) => state.link.focus_network(Some(network)),
        None => state.link.clear_focus(),
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
    dataset.network_by_id(&id).map(Hit::Hub)
}

/// The interactive map.
#[component]
pub fn MapView() -> impl IntoView {
    let state = use_atlas();
    let container = NodeRef::<Div>::new();

    let camera = state.camera;
    Effect::new(move |_| {
        if let Some(element) = container.get() {
            observe_size(&element, move |size| {
                if size.width_px >= 1.0 && size.height_px >= 1.0 {
                    camera.resize(size.width_px, size.height_px);
                }
            });
        }
    });

    let presses = StoredValue::new(Presses::default());
    let tap_handled = StoredValue::new(false);
    let pointer_position = RwSignal::new(None::<ScreenPointPx>);
    // Keyboard browsing: the region the arrows are on, and what a screen reader is told.
    let cursor = RwSignal::new(None::<RegionIdx>);
    let announcement = RwSignal::new(String::new());

    // Where each drawn region is on the screen now.
    let node_points = move || -> Vec<(RegionIdx, ScreenPointPx)> {
        let Some(camera) = state.camera.viewport.get_untracked() else {
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
            state.pointer.hover.set(None);
            pointer_position.set(None);
        }
    };
    // Puts the keyboard on a region: highlighted, in view, its tooltip shown and announced.
    let browse_to = move |region: RegionIdx| {
        let Some(camera) = state.camera.viewport.get_untracked() else {
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
            state.camera.pan(dx, dy);
            state.camera.settle();
            point = ScreenPointPx::new(point.x_px + dx, point.y_px + dy);
        }
        cursor.set(Some(region));
        state.pointer.hover.set(Some(Hit::Region(region)));
        pointer_position.set(Some(point));
        let lang = state.link.lang.get_untracked();
        let (ties, partners) = state.graph.with_untracked(|g| {
            g.node(region)
                .map_or((0, 0), |n| (n.ties as usize, n.partners as usize))
        });
        announcement.set(format!(
            "{}. {}. {}",
            state.region_name(region),
            region_summary(lang, ties, partners),
            text(lang, TextKey::BrowseHint)
        ));
    };

    let hit_at = move |p: ScreenPointPx| -> Option<Hit> {
        let camera = state.camera.viewport.get_untracked()?;
        state
            .scene
            .with_untracked(|scene| hit_test(scene, &camera, p))
    };
    // The nearest region or hub within reach of `p`, if any.
    let point_at = move |p: ScreenPointPx, touch: bool| -> Option<Hit> {
        let camera = state.camera.viewport.get_untracked()?;
        let target = if touch { TOUCH_TARGET_PX } else { 0.0 };
        state.scene.with_untracked(|scene| {
            points_near(scene, &camera, p, target)
                .first()
                .map(|(hit, _)| *hit)
        })
    };
    // A finger's target is at least 24 px across.
    let hit_within = move |p: ScreenPointPx, touch: bool| -> Option<Hit> {
        let camera = state.camera.viewport.get_untracked()?;
        let target = if touch { TOUCH_TARGET_PX } else { 0.0 };
        state
            .scene
            .with_untracked(|scene| hit_test_within(scene, &camera, p, target))
    };
    // The points a finger at `p` may have meant, when it cannot be told: more than one within
    // its reach, none clearly nearest.
    let crowded_at = move |p: ScreenPointPx| -> Vec<Hit> {
        let Some(camera) = state.camera.viewport.get_untracked() else {
            return Vec::new();
        };
        let near = state
            .scene
            .with_untracked(|scene| points_near(scene, &camera, p, TOUCH_TARGET_PX));
        match near.as_slice() {
            [(_, first), (_, second), ..] if second - first < CLEARLY_NEARER_PX => near
                .into_iter()
                .take(MAX_CHOICES)
                .map(|(hit, _)| hit)
                .collect(),
            _ => Vec::new(),
        }
    };
    let chooser = RwSignal::new(None::<(ScreenPointPx, Vec<Hit>)>);

    let on_pointer_down = move |ev: PointerEvent| {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        stop_browsing();
        let Some(element) = container.get_untracked() else {
            return;
        };
        // In an embed, a finger on the map scrolls the host page (cooperative gestures) until
        // the visitor taps into the map; a mouse or pen takes the map at once.
        let page_owns_touch = state.link.embed()
            && ev.pointer_type() == "touch"
            && !state.pointer.map_active.get_untracked();
        if !page_owns_touch {
            let _ = element.set_pointer_capture(ev.pointer_id());
            state.pointer.map_active.set(true);
        }
        let p = event_point(&element, &ev);
        presses.update_value(|presses| presses.press(ev.pointer_id(), p));
    };
    let on_pointer_move = move |ev: PointerEvent| {
        let Some(element) = container.get_untracked() else {
            return;
        };
        let p = event_point(&element, &ev);
        let pressed = presses.with_value(|presses| presses.is_held(ev.pointer_id()));
        if !pressed {
            // Hovering with a mouse or pen: show what is under it (the mouse takes over from
            // keyboard browsing).
            if ev.pointer_type() != "touch" {
                if cursor.get_untracked().is_some() {
                    cursor.set(None);
                }
                let hit = hit_at(p);
                state.pointer.set_hover(hit);
                pointer_position.set(hit.map(|_| p));
            }
            return;
        }
        let gesture = presses
            .try_update_value(|presses| presses.move_to(ev.pointer_id(), p))
            .flatten();
        // One finger over an embed the visitor has not tapped into belongs to the page.
        let page_owns_touch = state.link.embed()
            && ev.pointer_type() == "touch"
            && !state.pointer.map_active.get_untracked();
        if page_owns_touch && matches!(gesture, Some(Gesture::Pan { .. })) {
            return;
        }
        if state.pointer.hover.get_untracked().is_some() {
            state.pointer.hover.set(None);
            pointer_position.set(None);
        }
        match gesture {
            Some(Gesture::Pan { dx_px, dy_px }) => state.camera.pan(dx_px, dy_px),
            Some(Gesture::Pinch {
                dx_px,
                dy_px,
                anchor,
                factor,
            }) => {
                state.camera.pan(dx_px, dy_px);
                state.camera.zoom(Some(anchor), factor);
            }
            None => {}
        }
    };
    let on_pointer_up = move |ev: PointerEvent| {
        match presses
            .try_update_value(|presses| presses.release(ev.pointer_id()))
            .flatten()
        {
            Some(Release::EndOfMove { all_up: true }) => state.camera.settle(),
            None | Some(Release::EndOfMove { all_up: false }) => {}
            Some(Release::Click(at)) => {
                // A click or a tap: the nearest point within reach (even under a name drawn
                // over it), else the name clicked, else an edge; a finger that lands among
                // several points is asked which it meant.
                let touch = ev.pointer_type() == "touch";
                // The browser follows a tap with a click of its own, after the card has opened
                // under the finger: that one is swallowed (see on_touch_end).
                tap_handled.set_value(touch);
                let on_point = point_at(at, touch);
                if on_point.is_none() {
                    if let Some(hit) = label_hit(ev.target(), state) {
                        activate(state, Some(hit));
                        return;
                    }
                }
                if touch {
                    state.pointer.map_active.set(true);
                }
                let crowd = if touch { crowded_at(at) } else { Vec::new() };
                if crowd.len() > 1 {
                    chooser.set(Some((at, crowd)));
                } else {
                    activate(state, hit_within(at, touch));
                }
            }
        }
    };
    // A tap we handled must not click what opened under the finger (the card's first button).
    let on_touch_end = move |ev: web_sys::TouchEvent| {
        if tap_handled
            .try_update_value(std::mem::take)
            .unwrap_or(false)
        {
            ev.prevent_default();
        }
    };
    let on_pointer_cancel = move |ev: PointerEvent| {
        presses.update_value(|presses| presses.cancel(ev.pointer_id()));
        state.camera.settle();
    };
    let on_pointer_leave = move |ev: PointerEvent| {
        // Leaving the map with a mouse hands the wheel back to the page.
        if state.link.embed() && ev.pointer_type() == "mouse" {
            state.pointer.map_active.set(false);
        }
        if presses.with_value(Presses::is_empty) && state.pointer.hover.get_untracked().is_some() {
            state.pointer.hover.set(None);
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
        let action = wheel_action(WheelInput {
            page_owns_wheel: state.link.embed() && !state.pointer.map_active.get_untracked(),
            ctrl_or_cmd: ev.ctrl_key() || ev.meta_key(),
            ctrl: ev.ctrl_key(),
            delta_mode: ev.delta_mode(),
            delta_x: ev.delta_x(),
            delta_y: ev.delta_y(),
        });
        if action == WheelAction::ScrollPage {
            // Say briefly how to zoom instead.
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
        // Wheel events come in streams: the camera settles (the map is drawn afresh, the link
        // and the labels follow) once the stream stops.
        if let Some(timer) = wheel_settle.try_update_value(Option::take).flatten() {
            timer.clear();
        }
        let timer = set_timeout_with_handle(
            move || state.camera.settle(),
            std::time::Duration::from_millis(WHEEL_SETTLE_MS),
        );
        wheel_settle.set_value(timer.ok());
        match action {
            WheelAction::Pan { dx_px, dy_px } => state.camera.pan(dx_px, dy_px),
            WheelAction::Zoom { factor } => {
                let anchor = event_point(&element, &ev);
                state.camera.zoom_moving(Some(anchor), factor);
            }
            WheelAction::ScrollPage => {}
        }
    };
    let on_double_click = move |ev: web_sys::MouseEvent| {
        if let Some(element) = container.get_untracked() {
            let anchor = event_point(&element, &ev);
            state
                .camera
                .zoom(Some(anchor), if ev.shift_key() { 0.5 } else { 2.0 });
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
                _ if is_activation_key(&key) => {
                    ev.prevent_default();
                    state.link.focus_region(Some(current));
                    return;
                }
                "Escape" => {
                    ev.prevent_default();
                    stop_browsing();
                    announcement.set(
                        text(state.link.lang.get_untracked(), TextKey::BrowseStopped).to_owned(),
                    );
                    return;
                }
                _ => {}
            }
        } else if is_activation_key(&key) {
            ev.prevent_default();
            let points = node_points();
            let start = match state.link.focus.get_untracked() {
                Focus::Region(r) if points.iter().any(|(p, _)| *p == r) => Some(r),
                _ => state.camera.viewport.get_untracked().and_then(|c| {
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
        let Some(action) = MapKey::from_key(&key) else {
            return;
        };
        ev.prevent_default();
        match action {
            MapKey::Pan { dx_px, dy_px } => state.camera.pan(dx_px, dy_px),
            MapKey::Zoom { factor } => state.camera.zoom(None, factor),
            MapKey::Reset => state.camera.reset(),
            // The focus goes; the camera then frames the whole map by itself.
            MapKey::ClearFocus => {
                state.link.clear_focus();
                return;
            }
        }
        state.camera.settle();
    };

    view! {
        <section class="map-panel" aria-label=tr(TextKey::MapLabel)>
            <div
                class="map"
                id="atlas-map"
                class:taken=move || state.pointer.map_active.get()
                node_ref=container
                tabindex="0"
                role="application"
                aria-roledescription=tr(TextKey::MapRole)
                aria-label=tr(TextKey::MapOfTies)
                aria-describedby="map-help"
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_cancel
                on:pointerleave=on_pointer_leave
                on:wheel=on_wheel
                on:dblclick=on_double_click
                on:touchend=on_touch_end
                on:keydown=on_key
                on:blur=move |_| stop_browsing()
            >
                <MapCanvas/>
                <MapLabels/>
                <BrowseMarker region=cursor.into()/>
            </div>
            <Show when=move || wheel_hint.get()>
                <p class="wheel-hint" role="status">
                    {tr(if is_mac() { TextKey::WheelHintCmd } else { TextKey::WheelHintCtrl })}
                </p>
            </Show>
            // Outside the draggable surface, so pointer capture never swallows their clicks.
            <div class="map-controls">
                <button type="button" aria-label=tr(TextKey::ZoomIn) title=tr(TextKey::ZoomIn) on:click=move |_| state.camera.zoom(None, ZOOM_STEP)>"+"</button>
                <button type="button" aria-label=tr(TextKey::ZoomOut) title=tr(TextKey::ZoomOut) on:click=move |_| state.camera.zoom(None, 1.0 / ZOOM_STEP)>"−"</button>
                <button type="button" aria-label=tr(TextKey::ResetView) title=tr(TextKey::ResetView) on:click=move |_| state.camera.reset()>"⟲"</button>
            </div>
            <p id="map-help" class="visually-hidden">{tr(TextKey::MapHelp)}</p>
            <Tooltip position=pointer_position.read_only()/>
            <TargetChooser
                choices=chooser
                on_choose=Callback::new(move |hit: Hit| {
                    chooser.set(None);
                    activate(state, Some(hit));
                })
            />
            <p
                class="visually-hidden browse-announcement"
                aria-live="polite"
                data-region=move || cursor.get().map(|r| state.data.dataset.with_value(|d| d.region(r).id.clone()))
            >
                {move || announcement.get()}
            </p>
            <Show when=move || state.link.view.with(|v| v.layout == atlas_core::LayoutKind::Map)>
                <p class="attribution">{tr(TextKey::Attribution)}</p>
            </Show>
        </section>
    }
}
