//! When the link asked for a data file that could not be used: say so plainly, list why, and
//! say that the atlas's own data is shown instead.

use leptos::prelude::*;

use crate::loader::LoadFailure;

/// Most problems listed before "and N more".
const MAX_LINES: usize = 12;

#[component]
pub fn DataNotice(failure: LoadFailure) -> impl IntoView {
    let dismissed = RwSignal::new(false);
    let lines = failure.lines();
    let more = lines.len().saturating_sub(MAX_LINES);
    let url = failure.url().to_owned();
    view! {
        <Show when=move || !dismissed.get()>
            <div class="data-notice" role="alert">
                <p>
                    <strong>"The data file " <code>{url.clone()}</code> " could not be used"</strong>
                    ", so the atlas shows its own data instead."
                </p>
                <ul>
                    {lines.iter().take(MAX_LINES).map(|line| view! { <li><code>{line.clone()}</code></li> }).collect_view()}
                    {(more > 0).then(|| view! { <li>{format!("… and {more} more")}</li> })}
                </ul>
                <button type="button" class="link" on:click=move |_| dismissed.set(true)>"Dismiss"</button>
            </div>
        </Show>
    }
}
