//! Presentation mode: the atlas full screen with large, high-contrast type, and a story told
//! step by step with the keyboard or a clicker (which sends PageDown and PageUp, or arrows).
//! Each step is a view; the camera glides between them. `?story=...&step=3` opens a step and
//! `&autoplay=8` moves on every 8 seconds until a key is pressed.

use std::sync::Arc;

use atlas_core::projection::MapPointKm;
use atlas_core::story::{StepFrame, Story};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::camera::CameraHandle;
use super::link::LinkHandle;
use super::timeline::TimelineHandle;
use crate::boot::stories::StoryFailure;
use crate::web::fullscreen::{exit_fullscreen, is_fullscreen, request_fullscreen};
use crate::web::listener::{listen_on_document, listen_on_window, Phase};

/// How long the camera takes to glide from one step to the next.
const STEP_GLIDE_MS: f64 = 1100.0;

/// The class on `<html>` while presenting; the presenter theme hangs on it.
const PRESENTING_CLASS: &str = "presenting";
/// Classes on `<html>` for a presenter theme chosen by hand (without either, the system's).
const PRESENTER_DARK_CLASS: &str = "presenter-dark";
const PRESENTER_LIGHT_CLASS: &str = "presenter-light";
/// Where the presenter's choice of theme is kept (outside embeds).
const THEME_STORAGE_KEY: &str = "presenter-theme";

/// The presenter's colours: for a dark room, a bright one, or as the system says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PresenterTheme {
    #[default]
    System,
    Light,
    Dark,
}

impl PresenterTheme {
    pub fn as_str(self) -> &'static str {
        match self {
            PresenterTheme::System => "system",
            PresenterTheme::Light => "light",
            PresenterTheme::Dark => "dark",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::System, Self::Light, Self::Dark]
            .into_iter()
            .find(|t| t.as_str() == text)
    }

    /// Whether the presenter sees dark colours, given the system's preference.
    pub fn is_dark(self, system_dark: bool) -> bool {
        match self {
            PresenterTheme::System => system_dark,
            PresenterTheme::Light => false,
            PresenterTheme::Dark => true,
        }
    }
}

/// From a step's frame (ids) to the points the camera frames.
pub type FrameResolver = Arc<dyn Fn(&StepFrame) -> Vec<MapPointKm> + Send + Sync>;

/// What presentation mode is doing.
#[derive(Clone, Debug, Default)]
pub enum Presenting {
    /// Not presenting.
    #[default]
    Off,
    /// The current view, full screen with large type.
    ThisView,
    /// A story, step by step; the link names it and the step.
    Story(Arc<Story>),
    /// Not presenting: the story a link named could not be shown, and why.
    StoryFailed(StoryFailure),
}

impl Presenting {
    pub fn is_on(&self) -> bool {
        matches!(self, Presenting::ThisView | Presenting::Story(_))
    }

    pub fn story(&self) -> Option<&Arc<Story>> {
        match self {
            Presenting::Story(story) => Some(story),
            _ => None,
        }
    }
}

/// What a key does while presenting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresenterKey {
    Next,
    Previous,
    First,
    Last,
    Leave,
    /// `F`: full screen, or back to the window.
    FullScreen,
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
            "f" | "F" => Some(PresenterKey::FullScreen),
            _ => None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct PresentHandle {
    pub mode: RwSignal<Presenting>,
    /// Whether presenting (a view or a story): the part most readers need.
    pub is_on: Memo<bool>,
    /// Bumped when the page's colours change (presentation mode), so the canvas reads them again.
    pub theme_version: RwSignal<u32>,
    /// The presenter's colours, kept in the browser outside embeds.
    pub theme: RwSignal<PresenterTheme>,
    /// While a story plays the map ignores clicks, drags and the wheel, so a stray gesture
    /// cannot lose the step; "unlock" lets the presenter explore, "back to the story" returns.
    pub map_locked: RwSignal<bool>,
    /// Whether the page is full screen (kept in step with the browser).
    pub full_screen: RwSignal<bool>,
    /// Set while the presenter leaves full screen on purpose, so presentation goes on.
    leaving_full_screen: RwSignal<bool>,
    /// The points of the shown step's own frame (the camera frames them instead of the focus).
    frame_points: RwSignal<Option<Vec<MapPointKm>>>,
    /// Turns a step's frame into points; set by the state once the layout exists.
    frame_resolver: StoredValue<Option<FrameResolver>>,
    link: LinkHandle,
    camera: CameraHandle,
    timeline: TimelineHandle,
}

impl PresentHandle {
    pub fn new(
        link: LinkHandle,
        camera: CameraHandle,
        timeline: TimelineHandle,
        frame_points: RwSignal<Option<Vec<MapPointKm>>>,
    ) -> Self {
        let mode = RwSignal::new(Presenting::Off);
        Self {
            mode,
            is_on: Memo::new(move |_| mode.with(Presenting::is_on)),
            theme_version: RwSignal::new(0),
            theme: RwSignal::new(
                crate::web::storage::read(link.embed(), THEME_STORAGE_KEY)
                    .and_then(|t| PresenterTheme::parse(&t))
                    .unwrap_or_default(),
            ),
            map_locked: RwSignal::new(true),
            full_screen: RwSignal::new(false),
            leaving_full_screen: RwSignal::new(false),
            frame_points,
            frame_resolver: StoredValue::new(None),
            link,
            camera,
            timeline,
        }
    }

    /// Presents the current view; `full_screen` when a click or key asked for it.
    pub fn start(&self, full_screen: bool) {
        if full_screen {
            request_fullscreen();
        }
        self.mode.set(Presenting::ThisView);
    }

    /// Presents `story` from `step` (counted from 1); `name` is how the link names it.
    pub fn present_story(&self, story: Arc<Story>, name: &str, step: usize, full_screen: bool) {
        if full_screen {
            request_fullscreen();
        }
        self.mode.set(Presenting::Story(story));
        self.map_locked.set(true);
        self.link.view.update(|v| v.story = Some(name.to_owned()));
        self.go_to_step(step);
    }

    /// The story a link named could not be shown: say why, and take it out of the link.
    pub fn story_failed(&self, failure: StoryFailure) {
        self.mode.set(Presenting::StoryFailed(failure));
        self.link.view.update(|v| {
            v.story = None;
            v.step = None;
            v.autoplay = None;
        });
    }

    /// Leaves presentation mode and the story; the view stays where the story left it.
    pub fn stop(&self) {
        self.mode.set(Presenting::Off);
        self.frame_points.set(None);
        if self.link.view.with_untracked(|v| v.story.is_some()) {
            self.link.view.update(|v| {
                v.story = None;
                v.step = None;
                v.autoplay = None;
            });
        }
        exit_fullscreen();
    }

    /// How a step's frame becomes points (the state knows where the layout puts things).
    pub fn set_frame_resolver(&self, resolver: FrameResolver) {
        self.frame_resolver.set_value(Some(resolver));
    }

    /// Sets the presenter's colours and keeps the choice (outside embeds).
    pub fn set_theme(&self, theme: PresenterTheme) {
        self.theme.set(theme);
        let _ = crate::web::storage::write(self.link.embed(), THEME_STORAGE_KEY, theme.as_str());
    }

    /// Full screen, or back to the window while presentation goes on.
    pub fn toggle_full_screen(&self) {
        if is_fullscreen() {
            self.leaving_full_screen.set(true);
            exit_fullscreen();
        } else {
            request_fullscreen();
        }
    }

    /// Lets the presenter explore the map during a story.
    pub fn unlock_map(&self) {
        self.map_locked.set(false);
    }

    /// Back to the story: the step as it was, the map locked again.
    pub fn back_to_story(&self) {
        self.map_locked.set(true);
        let step = self.link.view.with_untracked(|v| v.step.unwrap_or(1)) as usize;
        self.go_to_step(step);
    }

    /// Whether the map is locked now: a story plays and the presenter has not unlocked it.
    /// Reactive.
    pub fn is_map_locked(&self) -> bool {
        self.map_locked.get() && self.mode.with(|m| m.story().is_some())
    }

    /// Shows step `number` of the story (clamped to its steps).
    pub fn go_to_step(&self, number: usize) {
        let Some(story) = self.mode.with_untracked(|m| m.story().cloned()) else {
            return;
        };
        let number = story.clamp_step(number);
        let Some(step) = story.step(number) else {
            return;
        };
        // What is not the story's to say stays as the audience set it.
        let next = self
            .link
            .view
            .with_untracked(|current| step.view.as_story_step(current, number as u32));
        self.timeline.release();
        let points = step.frame.as_ref().and_then(|frame| {
            self.frame_resolver
                .with_value(|resolve| resolve.as_ref().map(|resolve| resolve(frame)))
        });
        self.frame_points.set(points);
        // The step was checked against the data when the story was opened; resolving it only
        // tidies the link.
        self.link.show(&next);
        self.camera.glide_to_link(STEP_GLIDE_MS);
    }

    /// Moves `delta` steps; at the ends, stays (or, with `wrap`, goes round, for a kiosk).
    pub fn step_by(&self, delta: i64, wrap: bool) {
        let Some(count) = self
            .mode
            .with_untracked(|m| m.story().map(|s| s.steps.len() as i64))
        else {
            return;
        };
        let now = self.link.view.with_untracked(|v| v.step.unwrap_or(1)) as i64;
        let mut next = now + delta;
        if wrap {
            next = (next - 1).rem_euclid(count) + 1;
        }
        let next = next.clamp(1, count);
        if next != now {
            self.go_to_step(next as usize);
        }
    }

    /// The step shown and the number of steps, while a story is presented. Reactive.
    pub fn story_position(&self) -> Option<(usize, usize)> {
        let count = self.mode.with(|m| m.story().map(|s| s.steps.len()))?;
        let step = self.link.view.with(|v| v.step.unwrap_or(1)) as usize;
        Some((step.min(count), count))
    }

    /// A key pressed while presenting; `true` if it was the presentation's.
    pub fn key(&self, key: PresenterKey) -> bool {
        // Any key stops a kiosk's autoplay: someone is at the keyboard.
        if self.link.view.with_untracked(|v| v.autoplay.is_some()) {
            self.link.view.update(|v| v.autoplay = None);
        }
        let has_story = self.mode.with_untracked(|m| m.story().is_some());
        match key {
            PresenterKey::Leave => self.stop(),
            PresenterKey::FullScreen => self.toggle_full_screen(),
            _ if !has_story => return false,
            PresenterKey::Next => self.step_by(1, false),
            PresenterKey::Previous => self.step_by(-1, false),
            PresenterKey::First => self.go_to_step(1),
            PresenterKey::Last => self.go_to_step(usize::MAX),
        }
        true
    }

    /// Wires presentation mode to the page: the presenter class on `<html>`, the keys, leaving
    /// full screen, and autoplay.
    pub fn install(&self) {
        let present = *self;
        // The presenter theme: a class on <html>; the canvas reads the colours again.
        Effect::new(move |_| {
            let on = present.is_on.get();
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.class_list().toggle_with_force(PRESENTING_CLASS, on);
            }
            present.theme_version.update(|v| *v += 1);
        });
        // The presenter's theme chosen by hand: a class on <html>; without one, the system's.
        Effect::new(move |_| {
            let theme = present.theme.get();
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let list = root.class_list();
                let _ = list.toggle_with_force(PRESENTER_DARK_CLASS, theme == PresenterTheme::Dark);
                let _ =
                    list.toggle_with_force(PRESENTER_LIGHT_CLASS, theme == PresenterTheme::Light);
            }
            present.theme_version.update(|v| *v += 1);
        });

        // Keys, caught before the map's own (arrows there pan; here they step).
        listen_on_window(
            "keydown",
            Phase::Capture,
            move |ev: web_sys::KeyboardEvent| {
                if !present.is_on.get_untracked() || ev.alt_key() || ev.ctrl_key() || ev.meta_key()
                {
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
                    if present.key(key) {
                        ev.prevent_default();
                        ev.stop_propagation();
                    }
                }
            },
        );
        // Leaving full screen (the browser's own Escape) leaves presentation mode.
        listen_on_document(
            "fullscreenchange",
            Phase::Bubble,
            move |_: web_sys::Event| {
                let full = is_fullscreen();
                present.full_screen.set(full);
                if full {
                    return;
                }
                // Leaving on purpose (the button, `F`) keeps presenting; the browser's own
                // Escape leaves presentation mode too.
                if present.leaving_full_screen.get_untracked() {
                    present.leaving_full_screen.set(false);
                } else if present.is_on.get_untracked() {
                    present.stop();
                }
            },
        );

        // Autoplay: the next step every N seconds, round and round, until a key is pressed.
        let timer = StoredValue::new_local(None::<IntervalHandle>);
        on_cleanup(move || {
            if let Some(handle) = timer.try_update_value(Option::take).flatten() {
                handle.clear();
            }
        });
        Effect::new(move |_| {
            if let Some(handle) = timer.try_update_value(Option::take).flatten() {
                handle.clear();
            }
            let seconds = present.link.view.with(|v| v.autoplay);
            let has_story = present.mode.with(|m| m.story().is_some());
            if let (Some(seconds), true) = (seconds, has_story) {
                let handle = set_interval_with_handle(
                    move || present.step_by(1, true),
                    std::time::Duration::from_secs(u64::from(seconds)),
                );
                timer.set_value(handle.ok());
            }
        });
    }
}
