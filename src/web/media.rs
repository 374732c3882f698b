//! Media queries: read once, or followed as a signal that changes with the screen (a rotated
//! phone, a resized window); the listener goes with its owner.

use leptos::prelude::*;

use super::listener::{listen, Phase};

/// Whether the screen is a phone's (narrower than 720 CSS pixels), as the stylesheet's phone
/// layout has it.
pub fn is_narrow_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(max-width: 720px)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Whether `query` matches, now and as the screen changes.
pub fn media_signal(query: &str) -> ReadSignal<bool> {
    let list = web_sys::window().and_then(|w| w.match_media(query).ok().flatten());
    let (matches, set_matches) = signal(list.as_ref().is_some_and(|m| m.matches()));
    if let Some(list) = list {
        let target: &web_sys::EventTarget = list.as_ref();
        listen(
            target,
            "change",
            Phase::Bubble,
            move |ev: web_sys::MediaQueryListEvent| {
                set_matches.set(ev.matches());
            },
        );
    }
    matches
}
