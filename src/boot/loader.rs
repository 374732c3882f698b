//! Fetching the app's files. URLs are relative to the page, so the atlas works under any
//! sub-path (`https://example.eu/atlas/`) and never asks another origin for anything.
//!
//! `?data=PATH` loads another data file of the same format from the same site. It must be on
//! the page's own origin, arrive within [`DATA_TIMEOUT_MS`] and pass validation; otherwise the
//! atlas falls back to its bundled data and says why.
//!
//! The offline package (one HTML file opened from a USB stick) carries the bundled data and
//! basemap inline, as `<script type="application/json">` blocks read here before any fetch.

use std::sync::Arc;

use atlas_core::basemap::Basemap;
use atlas_core::overlay::{is_overlay_bytes, OverlaySummary};
use atlas_core::{Dataset, LoadError};
use gloo_net::http::Request;
use wasm_bindgen::JsCast;

/// The bundled data file, relative to the page.
pub const DATA_URL: &str = "data/atlas.json";
/// The bundled basemap, relative to the page.
pub const BASEMAP_URL: &str = "basemap/europe.json";
/// The id of the `<script type="application/json">` block holding the bundled data in the
/// offline package (tools/offline-package.mjs), which runs from a file and fetches nothing.
pub const INLINE_DATA_ID: &str = "atlas-data";
/// The id of the block holding the basemap in the offline package.
pub const INLINE_BASEMAP_ID: &str = "atlas-basemap";
/// How long a data file may take to arrive.
pub const DATA_TIMEOUT_MS: i32 = 15_000;

/// Why a data file could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadFailure {
    /// The address is not on the page's own site.
    NotSameOrigin { url: String },
    /// The file could not be fetched at all.
    Fetch { url: String, message: String },
    /// The file arrived but is not a valid data file.
    Data { url: String, error: LoadError },
}

impl LoadFailure {
    pub fn url(&self) -> &str {
        match self {
            LoadFailure::NotSameOrigin { url }
            | LoadFailure::Fetch { url, .. }
            | LoadFailure::Data { url, .. } => url,
        }
    }

    /// One line per problem, for people.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadFailure::NotSameOrigin { url } => vec![format!(
                "{url} is not on this site; the atlas only loads data from its own address"
            )],
            LoadFailure::Fetch { message, .. } => vec![message.clone()],
            LoadFailure::Data { error, .. } => {
                error.errors.iter().map(ToString::to_string).collect()
            }
        }
    }
}

/// What the atlas starts with.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub dataset: Arc<Dataset>,
    /// The basemap is decoration: without it the network still shows, with a note.
    pub basemap: Result<Arc<Basemap>, String>,
    /// Set when `?data=` asked for a file that could not be used and the bundled data is shown.
    pub data_fallback: Option<LoadFailure>,
    /// Set when the data is the bundled data with an overlay file applied: the file as named,
    /// and what it changed.
    pub overlay: Option<(String, OverlaySummary)>,
    /// Set when the data was read from a file opened in the page (named so), not the site's.
    pub opened_file: Option<String>,
}

impl Loaded {
    /// The atlas with the data of `file`, opened in the page, in place of this one's (an
    /// overlay's `summary` if it was one), the same basemap, and no notice of a link's file.
    pub fn with_opened_file(
        &self,
        file: &str,
        dataset: Dataset,
        summary: Option<OverlaySummary>,
    ) -> Self {
        Self {
            dataset: Arc::new(dataset),
            basemap: self.basemap.clone(),
            data_fallback: None,
            overlay: summary.map(|summary| (file.to_owned(), summary)),
            opened_file: Some(file.to_owned()),
        }
    }
}

/// Resolves `path` against the page and checks it is on the page's origin and http(s).
pub fn same_origin_url(path: &str) -> Result<String, LoadFailure> {
    let refused = || LoadFailure::NotSameOrigin {
        url: path.to_owned(),
    };
    let page = crate::state::link::page_url().ok_or_else(refused)?;
    let base = web_sys::Url::new(&page).map_err(|_| refused())?;
    let url = web_sys::Url::new_with_base(path, &page).map_err(|_| refused())?;
    let web = matches!(url.protocol().as_str(), "http:" | "https:");
    if web && url.origin() == base.origin() {
        Ok(url.href())
    } else {
        Err(refused())
    }
}

pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let controller = web_sys::AbortController::new().ok();
    let timer = controller.as_ref().and_then(|c| {
        let c = c.clone();
        let abort = wasm_bindgen::closure::Closure::once_into_js(move || c.abort());
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.unchecked_ref(),
                DATA_TIMEOUT_MS,
            )
            .ok()
    });
    let signal = controller.as_ref().map(|c| c.signal());
    let response = Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| {
            if signal.as_ref().is_some_and(|s| s.aborted()) {
                format!("no answer within {} seconds", DATA_TIMEOUT_MS / 1000)
            } else {
                format!("the request failed: {e}")
            }
        });
    if let (Some(timer), Some(window)) = (timer, web_sys::window()) {
        window.clear_timeout_with_handle(timer);
    }
    let response = response?;
    if !response.ok() {
        return Err(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    response
        .binary()
        .await
        .map_err(|e| format!("the download broke off: {e}"))
}

/// The text of an inline JSON block of the page, when it has one (only the offline package does).
pub fn inline_json_text(id: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .text_content()
}

/// The bundled data: the page's inline copy in the offline package, else fetched.
async fn load_bundled_dataset() -> Result<Dataset, LoadFailure> {
    let bytes = bundled_data_bytes().await?;
    read_dataset_in_turns(&bytes)
        .await
        .map_err(|error| LoadFailure::Data {
            url: DATA_URL.to_owned(),
            error,
        })
}

/// Parses and checks a data file as [`atlas_core::parse_dataset_bytes`] does, giving the browser a turn
/// between the two (each is tens of milliseconds on a phone for the bundled file), so neither
/// holds the page for their sum.
pub async fn read_dataset_in_turns(bytes: &[u8]) -> Result<Dataset, atlas_core::LoadError> {
    let raw = atlas_core::parse_raw_bytes(bytes)?;
    crate::render::time_slice::yield_to_browser().await;
    atlas_core::validate(&raw)
}

/// The bytes of the bundled data file: the page's inline copy in the offline package, else
/// fetched (from the browser's cache, usually, once the atlas has started).
pub async fn bundled_data_bytes() -> Result<Vec<u8>, LoadFailure> {
    match inline_json_text(INLINE_DATA_ID) {
        Some(text) => Ok(text.into_bytes()),
        None => fetch_bytes(DATA_URL)
            .await
            .map_err(|message| LoadFailure::Fetch {
                url: DATA_URL.to_owned(),
                message,
            }),
    }
}

/// Reads a data file the page was given (by a link or from the disk), named `name` in what is
/// said of it: an overlay is applied to the bundled data, with what it changed; any other file
/// is read on its own.
pub async fn read_data_file(
    name: &str,
    bytes: &[u8],
) -> Result<(Dataset, Option<OverlaySummary>), LoadFailure> {
    let failed = |error| LoadFailure::Data {
        url: name.to_owned(),
        error,
    };
    if !is_overlay_bytes(bytes) {
        return read_dataset_in_turns(bytes)
            .await
            .map(|dataset| (dataset, None))
            .map_err(failed);
    }
    let bundled = bundled_data_bytes().await?;
    let bundled =
        atlas_core::load::parse_raw_bytes(&bundled).map_err(|error| LoadFailure::Data {
            url: DATA_URL.to_owned(),
            error,
        })?;
    atlas_core::overlay::apply_overlay_bytes(&bundled, bytes)
        .map(|(dataset, summary)| (dataset, Some(summary)))
        .map_err(failed)
}

/// The bundled basemap: the page's inline copy in the offline package, else fetched.
async fn load_bundled_basemap() -> Result<Basemap, String> {
    match inline_json_text(INLINE_BASEMAP_ID) {
        Some(text) => {
            serde_json::from_str(&text).map_err(|e| format!("the basemap file is damaged: {e}"))
        }
        None => load_basemap(BASEMAP_URL).await,
    }
}

/// Fetches the basemap.
pub async fn load_basemap(url: &str) -> Result<Basemap, String> {
    let bytes = fetch_bytes(url).await?;
    serde_json::from_slice(&bytes).map_err(|e| format!("the basemap file is damaged: {e}"))
}

/// What fetching the data gave: the bundled file (no `?data=`), or the file a link asked for
/// (which, if it fails, gives way to the bundled one), with what it changed if an overlay.
enum DataOutcome {
    Bundled(Result<Dataset, LoadFailure>),
    Requested(Result<(Dataset, Option<Box<OverlaySummary>>), LoadFailure>),
}

/// The file `?data=PATH` names, fetched from the page's own site and read.
async fn load_requested(path: &str) -> Result<(Dataset, Option<OverlaySummary>), LoadFailure> {
    let url = same_origin_url(path)?;
    // Said with the address as the link wrote it.
    let bytes = fetch_bytes(&url)
        .await
        .map_err(|message| LoadFailure::Fetch {
            url: path.to_owned(),
            message,
        })?;
    read_data_file(path, &bytes).await
}

/// Fetches the data (the file `?data=` names, else the bundled one) and the basemap together.
/// A `?data=` file that cannot be used gives way to the bundled data, with the reason kept.
pub async fn load_all(data_param: Option<String>) -> Result<Loaded, LoadFailure> {
    // The bundled data is fetched at once, beside the basemap, when no other file is asked for.
    let requested = async {
        match &data_param {
            None => DataOutcome::Bundled(load_bundled_dataset().await),
            Some(path) => DataOutcome::Requested(
                load_requested(path)
                    .await
                    .map(|(dataset, summary)| (dataset, summary.map(Box::new))),
            ),
        }
    };
    let (requested, basemap) = futures::join!(requested, load_bundled_basemap());
    let (dataset, data_fallback, overlay) = match requested {
        DataOutcome::Bundled(bundled) => (bundled?, None, None),
        DataOutcome::Requested(Ok((dataset, summary))) => (
            dataset,
            None,
            summary.map(|summary| (data_param.clone().unwrap_or_default(), *summary)),
        ),
        DataOutcome::Requested(Err(failure)) => {
            (load_bundled_dataset().await?, Some(failure), None)
        }
    };
    crate::boot::perf::mark("atlas:data-ready");
    // Let the browser draw and answer input between reading the data and building the atlas.
    crate::render::time_slice::yield_to_browser().await;
    Ok(Loaded {
        dataset: Arc::new(dataset),
        basemap: basemap.map(Arc::new),
        data_fallback,
        overlay,
        opened_file: None,
    })
}
