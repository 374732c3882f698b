//! The presenter's buttons at the top right of the map: full screen, dark or light room,
//! unlocking the map during a story (and going back to it), and the way out.

use leptos::prelude::*;

use crate::i18n::{tr, TextKey};
use crate::state::present::PresenterTheme;
use crate::state::use_atlas;
use crate::web::media::media_signal;

/// The presenter's buttons, shown while presenting.
#[component]
pub fn PresenterToolbar() -> impl IntoView {
    let state = use_atlas();
    let present = state.present;
    let has_story = move || present.mode.with(|m| m.story().is_some());
    let system_dark = media_signal("(prefers-color-scheme: dark)");
    let dark_now = move || present.theme.get().is_dark(system_dark.get());
    let (full, leave_full) = (tr(TextKey::FullScreenKey), tr(TextKey::LeaveFullScreenKey));
    let (dark, light) = (tr(TextKey::ColoursDark), tr(TextKey::ColoursLight));
    let (unlock, back) = (tr(TextKey::UnlockMap), tr(TextKey::BackToStory));
    view! {
        <div class="presenter-toolbar">
            {move || has_story().then(|| view! {
                <button
                    type="button"
                    class="map-lock-toggle"
                    aria-pressed=move || (!present.map_locked.get()).to_string()
                    on:click=move |_| if present.map_locked.get_untracked() { present.unlock_map() } else { present.back_to_story() }
                >
                    {move || if present.map_locked.get() { unlock() } else { back() }}
                </button>
            })}
            <button
                type="button"
                class="theme-toggle"
                on:click=move |_| present.set_theme(if dark_now() { PresenterTheme::Light } else { PresenterTheme::Dark })
            >
                {move || if dark_now() { light() } else { dark() }}
            </button>
            <button type="button" class="full-screen-toggle" on:click=move |_| present.toggle_full_screen()>
                {move || if present.full_screen.get() { leave_full() } else { full() }}
            </button>
            <button type="button" class="leave-presentation" on:click=move |_| present.stop()>
                {tr(TextKey::LeavePresentation)}
            </button>
        </div>
    }
}
