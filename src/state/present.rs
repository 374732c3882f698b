//! Presentation mode: the atlas full screen with large, high-contrast type, and a story told
//! step by step with the keyboard or a clicker (which sends PageDown and PageUp, or arrows).
//! Each step is a view; the camera glides between them. `?story=...&step=3` opens a step and
//! `&autoplay=8` moves on every 8 seconds until a key is pressed.

use std::sync::Arc;

use atlas_core::story::Story;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::motion::animate;
use crate::state::AtlasState;

/// How long the camera takes to glide from one step to the next.
const STEP_GLIDE_MS: f64 = 1100.0;

/// The class on `<html>` while presenting; the presenter theme hangs on it.
const PRESENTING_CLASS: &str = "presenting";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// What a key does while presenting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresenterKey {
    Next,
    Previous,
    First,
    Last,
    Leave,
}

impl PresenterKey {
    /// The keys of a keyboard and of a presentation clicker.
    pub fn from_key(key: &str) -> Option<PresenterKey> {
        match key {
            "PageDown" | "ArrowRight" | "ArrowDown" | " " | "Spacebar" => Some(PresenterKey::Next),
            "PageUp" | "ArrowLeft" | "ArrowUp" | "Backspace" => Some(PresenterKey::Previous),
            "Home" => Some(PresenterKey::First),
            "End" => Some(PresenterKey::Last),
            "Escape" | "Esc" => Some(PresenterKey::Leave),
            _ => None,
        }
    }
}

/// Asks for the whole screen. Browsers grant it only in answer to a click or a key; a refusal
/// (a link opened without one, or a frame without permission) leaves the page as it is.
fn request_fullscreen() {
    let Some(document) = document() else {
        return;
    };
    if document.fullscreen_element().is_some() {
        return;
    }
    let Some(root) = document.document_element() else {
        return;
    };
    let Ok(request) = js_sys::Reflect::get(&root, &"requestFullscreen".into()) else {
        return;
    };
    let Some(request) = request.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(promise) = request.call0(&root) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            let ignore = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
            let _ = promise.catch(&ignore);
            // Called at most once, whenever the browser answers.
            ignore.forget();
        }
    }
}

impl AtlasState {
    /// Enters presentation mode; `full_screen` when a click or key asked for it.
    pub fn start_presenting(&self, full_screen: bool) {
        if full_screen {
            request_fullscreen();
        }
        self.presenting.set(true);
    }

    /// Presents `story` from `step` (counted from 1); `name` is how the link names it.
    pub fn present_story(&self, story: Arc<Story>, name: &str, step: usize, full_screen: bool) {
        self.story.set(Some(story));
        self.view.update(|v| v.story = Some(name.to_owned()));
        self.start_presenting(full_screen);
        self.go_to_step(step);
    }

    /// Leaves presentation mode and the story; the view stays where the story left it.
    pub fn stop_presenting(&self) {
        self.presenting.set(false);
        self.story.set(None);
        if self.view.with_untracked(|v| v.story.is_some()) {
            self.view.update(|v| {
                v.story = None;
                v.step = None;
                v.autoplay = None;
            });
        }
        if let Some(document) = document() {
            if document.fullscreen_element().is_some() {
                document.exit_fullscreen();
            }
        }
        self.theme_version.update(|v| *v += 1);
    }

    /// Shows step `number` of the story (clamped to its steps).
    pub fn go_to_step(&self, number: usize) {
        let Some(story) = self.story.get_untracked() else {
            return;
        };
        let number = story.clamp_step(number);
        let Some(step) = story.step(number) else {
            return;
        };
        let dataset = self.dataset();
        let (first, last) = self.years;
        let current = self.view.get_untracked();
        let mut next = step.view.clone();
        // What is not the story's to say stays as the audience set it.
        next.story = current.story.clone();
        next.step = Some(number as u32);
        next.autoplay = current.autoplay;
        next.lang = current.lang.clone();
        next.embed = current.embed;
        next.data = current.data.clone();
        next.local_names |= current.local_names;
        let (query, _) = next.resolve(&dataset, first, last);
        let next = next.normalised(&query, &dataset, first, last);
        self.highlight_year.set(None);
        self.view.set(next);
        self.glide_camera_to_view();
    }

    /// Moves `delta` steps; at the ends, stays (or, with `wrap`, goes round, for a kiosk).
    pub fn step_by(&self, delta: i64, wrap: bool) {
        let Some(story) = self.story.get_untracked() else {
            return;
        };
        let count = story.steps.len() as i64;
        let now = self.view.with_untracked(|v| v.step.unwrap_or(1)) as i64;
        let mut next = now + delta;
        if wrap {
            next = (next - 1).rem_euclid(count) + 1;
        }
        let next = next.clamp(1, count);
        if next != now {
            self.go_to_step(next as usize);
        }
    }

    /// The step shown and the number of steps, while a story is presented.
    pub fn story_position(&self) -> Option<(usize, usize)> {
        let count = self.story.with(|s| s.as_ref().map(|s| s.steps.len()))?;
        let step = self.view.with(|v| v.step.unwrap_or(1)) as usize;
        Some((step.min(count), count))
    }

    /// Glides the camera to where the view says, over [`STEP_GLIDE_MS`] (at once with reduced
    /// motion).
    pub fn glide_camera_to_view(&self) {
        let Some(start) = self.camera.get_untracked() else {
            return;
        };
        if let Some(glide) = self.camera_glide.try_update_value(Option::take).flatten() {
            glide.cancel();
        }
        let Some(end) = self.camera_for_view() else {
            return;
        };
        let state = *self;
        let glide = animate(STEP_GLIDE_MS, move |t| {
            let scale = start.px_per_km * (end.px_per_km / start.px_per_km).powf(t);
            let center = atlas_core::projection::MapPointKm::new(
                start.center.x_km + (end.center.x_km - start.center.x_km) * t,
                start.center.y_km + (end.center.y_km - start.center.y_km) * t,
            );
            state.camera.update(|v| {
                if let Some(v) = v {
                    v.center = center;
                    v.px_per_km = scale;
                }
            });
            if t >= 1.0 {
                state.settle_camera();
            }
        });
        self.camera_glide.set_value(Some(glide));
    }

    /// A key pressed while presenting; `true` if it was the presentation's.
    pub fn presenter_key(&self, key: PresenterKey) -> bool {
        // Any key stops a kiosk's autoplay: someone is at the keyboard.
        if self.view.with_untracked(|v| v.autoplay.is_some()) {
            self.view.update(|v| v.autoplay = None);
        }
        let has_story = self.story.with_untracked(Option::is_some);
        match key {
            PresenterKey::Leave => self.stop_presenting(),
            _ if !has_story => return false,
            PresenterKey::Next => self.step_by(1, false),
            PresenterKey::Previous => self.step_by(-1, false),
            PresenterKey::First => self.go_to_step(1),
            PresenterKey::Last => self.go_to_step(usize::MAX),
        }
        true
    }
}

/// Wires presentation mode to the page: the presenter class on `<html>`, the keys, leaving
/// full screen, and autoplay.
pub fn install(state: AtlasState) {
    // The presenter theme: a class on <html>; the canvas reads the colours again.
    Effect::new(move |_| {
        let on = state.presenting.get();
        if let Some(root) = document().and_then(|d| d.document_element()) {
            let _ = root.class_list().toggle_with_force(PRESENTING_CLASS, on);
        }
        state.theme_version.update(|v| *v += 1);
    });

    // Keys, caught before the map's own (arrows there pan; here they step).
    let on_key =
        Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |ev: web_sys::KeyboardEvent| {
            if !state.presenting.get_untracked() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
                return;
            }
            let typing = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                });
            if typing {
                return;
            }
            if let Some(key) = PresenterKey::from_key(&ev.key()) {
                if state.presenter_key(key) {
                    ev.prevent_default();
                    ev.stop_propagation();
                }
            }
        });
    // Leaving full screen (the browser's own Escape) leaves presentation mode.
    let on_fullscreen = Closure::<dyn Fn()>::new(move || {
        let full = document().is_some_and(|d| d.fullscreen_element().is_some());
        if !full && state.presenting.get_untracked() {
            state.stop_presenting();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback_and_bool(
            "keydown",
            on_key.as_ref().unchecked_ref(),
            true,
        );
    }
    if let Some(document) = document() {
        let _ = document.add_event_listener_with_callback(
            "fullscreenchange",
            on_fullscreen.as_ref().unchecked_ref(),
        );
    }
    // They listen for the page's lifetime.
    on_key.forget();
    on_fullscreen.forget();

    // Autoplay: the next step every N seconds, round and round, until a key is pressed.
    let timer = StoredValue::new_local(None::<IntervalHandle>);
    Effect::new(move |_| {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let seconds = state.view.with(|v| v.autoplay);
        let has_story = state.story.with(Option::is_some);
        if let (Some(seconds), true, true) = (seconds, has_story, state.presenting.get()) {
            let handle = set_interval_with_handle(
                move || state.step_by(1, true),
                std::time::Duration::from_secs(u64::from(seconds)),
            );
            timer.set_value(handle.ok());
        }
    });
}
