//! The canvas the scene is drawn on. Redraws once per animation frame at most, whenever the
//! scene, the camera or the hover changes; sized in device pixels for sharp lines.

use std::rc::Rc;

use atlas_core::LayoutKind;
use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Path2d;

use crate::i18n::{text, TextKey};
use crate::render::canvas_draw::{draw, Frame, Theme};
use crate::render::canvas_motion::DrawnPicture;
use crate::render::motion::FrameScheduler;
use crate::state::use_atlas;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The drawing surface of the map.
#[component]
pub fn MapCanvas() -> impl IntoView {
    let state = use_atlas();
    let canvas = NodeRef::<Canvas>::new();
    let basemap: Rc<Vec<Path2d>> = Rc::new(state.data.basemap.with_value(|b| {
        b.as_ref()
            .map(|b| {
                b.countries
                    .iter()
                    .filter_map(|c| Path2d::new_with_path_string(&c.path).ok())
                    .collect()
            })
            .unwrap_or_default()
    }));
    let theme = StoredValue::new_local(Theme::default());
    // The last complete picture, moved and scaled while the camera moves.
    let picture = StoredValue::new_local(DrawnPicture::default());
    // Something other than the camera changed since the last complete picture.
    let content_changed = StoredValue::new_local(true);

    let scheduler = StoredValue::new_local(FrameScheduler::new(move || {
        let Some(element) = canvas.get_untracked() else {
            return;
        };
        let Some(camera) = state.camera.viewport.get_untracked() else {
            return;
        };
        let started = now_ms();
        // Moving, with only the camera changed: move the last picture.
        let moving = state.camera.settled.get_untracked() != Some(camera);
        if moving && !content_changed.get_value() {
            let moved = picture
                .try_update_value(|p| p.move_to(&element, &camera))
                .unwrap_or(false);
            if moved {
                state.draw_stats.update_value(|stats| {
                    stats.frames += 1;
                    stats.moved_pictures += 1;
                    stats.last_draw_ms = now_ms() - started;
                });
                return;
            }
        }
        let dpr = web_sys::window()
            .map_or(1.0, |w| w.device_pixel_ratio())
            .max(1.0);
        let (w, h) = (
            (camera.width_px * dpr).round() as u32,
            (camera.height_px * dpr).round() as u32,
        );
        if element.width() != w || element.height() != h {
            element.set_width(w);
            element.set_height(h);
        }
        let Some(ctx) = element
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let outside_europe_caption = text(state.link.lang.get_untracked(), TextKey::OutsideEurope);
        let insets = state.drawn.with_untracked(|d| d.insets.clone());
        state.scene.with_untracked(|scene| {
            theme.with_value(|theme| {
                draw(
                    &ctx,
                    &Frame {
                        scene,
                        camera: &camera,
                        theme,
                        basemap: &basemap,
                        insets: &insets,
                        outside_europe_caption,
                        geographic: state
                            .link
                            .view
                            .with_untracked(|v| v.layout == LayoutKind::Map),
                        hover: state.pointer.hover.get_untracked(),
                        dpr,
                    },
                )
            })
        });
        picture.update_value(|p| p.drawn(&element, camera));
        content_changed.set_value(false);
        let took = now_ms() - started;
        state.draw_stats.update_value(|stats| {
            stats.frames += 1;
            stats.last_draw_ms = took;
            if stats.frames == 1 {
                // For measuring: the first complete picture of the map.
                crate::boot::perf::mark("atlas:first-draw");
                // The live map takes the place of the picture drawn before the app arrived.
                crate::boot::first_picture::first_view_shown();
            }
        });
    }));

    // Read the theme once the canvas is in the page, then draw whenever anything drawn changes.
    Effect::new(move |_| {
        if let Some(element) = canvas.get() {
            theme.set_value(Theme::from_css(&element));
        }
    });
    // The colours change with the system's light or dark setting (and with presentation mode):
    // read them again and redraw.
    let reread = move || {
        if let Some(element) = canvas.get_untracked() {
            theme.set_value(Theme::from_css(&element));
            content_changed.set_value(true);
            scheduler.with_value(FrameScheduler::request);
        }
    };
    if let Some(query) =
        web_sys::window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
    {
        let on_change = wasm_bindgen::closure::Closure::<dyn Fn()>::new(reread);
        let _ =
            query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        let listener = send_wrapper::SendWrapper::new((query, on_change));
        on_cleanup(move || {
            let (query, on_change) = listener.take();
            let _ = query
                .remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        });
    }
    Effect::new(move |_| {
        state.present.theme_version.track();
        reread();
    });
    Effect::new(move |_| {
        state.scene.track();
        state.pointer.hover.track();
        state.link.view.with(|v| v.layout);
        state.present.theme_version.track();
        content_changed.set_value(true);
        scheduler.with_value(FrameScheduler::request);
    });
    Effect::new(move |_| {
        state.camera.viewport.track();
        state.camera.settled.track();
        scheduler.with_value(FrameScheduler::request);
    });

    view! { <canvas class="map-canvas" node_ref=canvas aria-hidden="true"></canvas> }
}
