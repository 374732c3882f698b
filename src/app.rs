//! Start-up: fetch the data and the basemap, then show the atlas, or say plainly what went wrong.

use std::sync::Arc;

use leptos::prelude::*;

use crate::boot::loader::{load_all, LoadFailure, Loaded};
use crate::i18n::{provide_language, tr, Lang, TextKey};
use crate::ui::atlas::Atlas;
use crate::ui::data_file::OpenedData;
use crate::ui::notices::load_error::LoadErrorPanel;

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    // The data file and the language are the parts of the link read before the data exists;
    // what else the link says is resolved once the data is there. Its warnings are said then.
    let link = atlas_core::ViewState::parse_query(&crate::state::link::current_query()).0;
    let lang = link
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_else(crate::i18n::browser_lang);
    provide_language(Signal::stored(lang));
    let data_param = link.data;
    let loaded = LocalResource::new(move || {
        let data_param = data_param.clone();
        async move { load_all(data_param).await.map(Arc::new) }
    });
    // A data file opened in the page takes the place of the site's data until it is closed.
    let opened = OpenedData::new();
    provide_context(opened);
    view! {
        <Suspense fallback=|| view! { <Loading/> }>
            {move || {
                let opened_atlas = opened.loaded.get();
                loaded
                    .get()
                    .map(|result: Result<Arc<Loaded>, LoadFailure>| match (opened_atlas, result) {
                        (Some(loaded), _) | (None, Ok(loaded)) => view! { <Atlas loaded=loaded/> }.into_any(),
                        (None, Err(failure)) => {
                            crate::boot::first_picture::remove();
                            view! { <LoadErrorPanel failure=failure/> }.into_any()
                        }
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
            <p>{tr(TextKey::Loading)}</p>
        </div>
    }
}
