//! Start-up: fetch the data and the basemap, then show the atlas, or say plainly what went wrong.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::atlas::Atlas;
use crate::components::load_error::LoadErrorPanel;
use crate::loader::{load_all, LoadFailure, Loaded};

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let loaded = LocalResource::new(|| async { load_all().await.map(Arc::new) });
    view! {
        <Suspense fallback=|| view! { <Loading/> }>
            {move || {
                loaded
                    .get()
                    .map(|result: Result<Arc<Loaded>, LoadFailure>| match result {
                        Ok(loaded) => view! { <Atlas loaded=loaded/> }.into_any(),
                        Err(failure) => view! { <LoadErrorPanel failure=failure/> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

/// Shown while the files arrive.
#[component]
fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status">
            <p>"Loading the atlas…"</p>
        </div>
    }
}
