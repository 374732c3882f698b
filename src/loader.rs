//! Fetching the app's files. URLs are relative to the page, so the atlas works under any
//! sub-path (`https://example.eu/atlas/`) and never asks another origin for anything.

use std::sync::Arc;

use atlas_core::basemap::Basemap;
use atlas_core::{parse_dataset_bytes, Dataset, LoadError};
use gloo_net::http::Request;

/// The bundled data file, relative to the page.
pub const DATA_URL: &str = "data/atlas.json";
/// The bundled basemap, relative to the page.
pub const BASEMAP_URL: &str = "basemap/europe.json";

/// Why the atlas could not start.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadFailure {
    /// The file could not be fetched at all.
    Fetch { url: String, message: String },
    /// The file arrived but is not a valid data file.
    Data { url: String, error: LoadError },
}

/// What the atlas starts with.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub dataset: Arc<Dataset>,
    /// The basemap is decoration: without it the network still shows, with a note.
    pub basemap: Result<Arc<Basemap>, String>,
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| format!("the request failed: {e}"))?;
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

/// Fetches and checks a data file.
pub async fn load_dataset(url: &str) -> Result<Dataset, LoadFailure> {
    let bytes = fetch_bytes(url)
        .await
        .map_err(|message| LoadFailure::Fetch {
            url: url.to_owned(),
            message,
        })?;
    parse_dataset_bytes(&bytes).map_err(|error| LoadFailure::Data {
        url: url.to_owned(),
        error,
    })
}

/// Fetches the basemap.
pub async fn load_basemap(url: &str) -> Result<Basemap, String> {
    let bytes = fetch_bytes(url).await?;
    serde_json::from_slice(&bytes).map_err(|e| format!("the basemap file is damaged: {e}"))
}

/// Fetches the data and the basemap at the same time.
pub async fn load_all() -> Result<Loaded, LoadFailure> {
    let (dataset, basemap) = futures::join!(load_dataset(DATA_URL), load_basemap(BASEMAP_URL));
    Ok(Loaded {
        dataset: Arc::new(dataset?),
        basemap: basemap.map(Arc::new),
    })
}
