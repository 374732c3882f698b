//! Reading the files someone opened: one data file or overlay (JSON), or spreadsheet tables
//! (CSV, any number of them: all nine for a whole data file, fewer for an overlay).

use std::sync::Arc;

use atlas_core::overlay::OverlaySummary;
use atlas_core::Dataset;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{use_opened_data, OpenedData};
use crate::boot::loader::{read_data_file, LoadFailure, Loaded};
use crate::i18n::{tr, TextKey};
use crate::ui::story_editor::story_file::file_bytes;

fn is_table(file: &web_sys::File) -> bool {
    file.name().to_ascii_lowercase().ends_with(".csv")
}

/// True when `bytes` look like a story file (it has `steps`) rather than a data file: a file
/// dropped on the page goes to the one it is.
pub fn looks_like_story(bytes: &[u8]) -> bool {
    match serde_json::from_slice::<serde_json::Value>(bytes) {
        Ok(value) => value.get("steps").is_some(),
        Err(_) => String::from_utf8_lossy(bytes).contains("\"steps\""),
    }
}

/// Reads the tables and then the data file they make; problems in the data are told at the
/// table and line they came from.
async fn read_table_files(
    files: &[web_sys::File],
    name: &str,
) -> Result<(Dataset, Option<OverlaySummary>), Vec<String>> {
    let mut tables = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        match file_bytes(file).await {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => tables.push((file.name(), text)),
                Err(_) => problems.push(format!(
                    "{}: the file is not UTF-8 text; save it as \"CSV UTF-8\"",
                    file.name()
                )),
            },
            Err(why) => problems.push(why),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let read = crate::web::tables_reader::read_tables(&tables).await?;
    match read_data_file(name, read.json.as_bytes()).await {
        Ok(read_file) => Ok(read_file),
        Err(LoadFailure::Data { error, .. }) => Err(error
            .errors
            .iter()
            .map(|e| match read.place_of(&e.path) {
                Some(place) => format!("{place}: {e}"),
                None => e.to_string(),
            })
            .collect()),
        Err(other) => Err(other.lines()),
    }
}

/// Opens `files`: shows the atlas with their data, or lists every problem and changes nothing.
pub fn open_data_files(opened: OpenedData, current: Arc<Loaded>, files: Vec<web_sys::File>) {
    if files.is_empty() {
        return;
    }
    leptos::task::spawn_local(async move {
        let name = files
            .iter()
            .map(web_sys::File::name)
            .collect::<Vec<_>>()
            .join(", ");
        let result = if files.iter().any(is_table) {
            read_table_files(&files, &name).await
        } else {
            match file_bytes(&files[0]).await {
                Ok(bytes) => read_data_file(&name, &bytes)
                    .await
                    .map_err(|failure| failure.lines()),
                Err(why) => Err(vec![why]),
            }
        };
        match result {
            Ok((dataset, summary)) => {
                opened.problems.set(None);
                opened.loaded.set(Some(Arc::new(
                    current.with_opened_file(&name, dataset, summary),
                )));
            }
            Err(lines) => opened.problems.set(Some((name, lines))),
        }
    });
}

/// "Check a data file…": a button and the hidden file input it opens (JSON, or CSV tables,
/// several at once).
#[component]
pub fn DataFileButton(loaded: Arc<Loaded>) -> impl IntoView {
    let opened = use_opened_data();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_change = move |ev: web_sys::Event| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let files: Vec<web_sys::File> = target
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        open_data_files(opened, loaded.clone(), files);
        // The same file can be chosen again after it is fixed.
        target.set_value("");
    };
    view! {
        <button
            type="button"
            class="link-button check-data-file"
            on:click=move |_| {
                if let Some(input) = input.get() {
                    input.click();
                }
            }
        >
            {tr(TextKey::CheckDataFile)}
        </button>
        <input
            node_ref=input
            class="data-file-input"
            type="file"
            multiple=true
            accept=".json,.csv,application/json,text/csv"
            aria-label=tr(TextKey::CheckDataFile)
            tabindex="-1"
            on:change=on_change
        />
    }
}
