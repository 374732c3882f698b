//! The spreadsheet tables (CSV) read in the page by `tools/tables-reader.js`, a plain script
//! added only when someone opens tables (the main map's download does not carry it), which
//! `script-src 'self'` allows.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The reader, relative to the page.
pub const READER_URL: &str = "tools/tables-reader.js";
/// The global the reader sets.
const READER_GLOBAL: &str = "allianceAtlasTables";

/// Tables read into a data file's text, with where each item came from.
pub struct TablesRead {
    pub json: String,
    origins: JsValue,
    reader: JsValue,
}

impl TablesRead {
    /// The table and line a JSON path of the file points into (`regions.csv line 4`), if known.
    pub fn place_of(&self, path: &str) -> Option<String> {
        let locate = js_sys::Reflect::get(&self.reader, &"locate".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        locate
            .call2(&self.reader, &self.origins, &path.into())
            .ok()?
            .as_string()
    }
}

fn reader() -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &READER_GLOBAL.into())
        .ok()
        .filter(|r| r.is_object())
}

/// Adds the reader's script to the page once, and waits until it has run.
async fn load_reader() -> Result<JsValue, String> {
    if let Some(reader) = reader() {
        return Ok(reader);
    }
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let script = document
        .create_element("script")
        .map_err(|_| "the page refused a script element")?;
    let _ = script.set_attribute("src", READER_URL);
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        let on_load = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        let _ = script.add_event_listener_with_callback("load", on_load.unchecked_ref());
        let _ = script.add_event_listener_with_callback("error", on_error.unchecked_ref());
    });
    document
        .head()
        .ok_or("no head")?
        .append_child(&script)
        .map_err(|_| "the page refused the reader")?;
    JsFuture::from(loaded)
        .await
        .map_err(|_| format!("{READER_URL} could not be loaded from the atlas's site"))?;
    reader().ok_or_else(|| format!("{READER_URL} loaded but did not start"))
}

/// Reads `tables` (file name and text): a whole data file when `dataset.csv` is among them,
/// else an overlay of the tables given. Every problem at once, each with its table and line.
pub async fn read_tables(tables: &[(String, String)]) -> Result<TablesRead, Vec<String>> {
    let reader = load_reader().await.map_err(|why| vec![why])?;
    let files = js_sys::Object::new();
    for (name, text) in tables {
        let _ = js_sys::Reflect::set(&files, &name.into(), &text.into());
    }
    let whole = tables
        .iter()
        .any(|(name, _)| name.rsplit(['/', '\\']).next() == Some("dataset.csv"));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"overlay".into(), &JsValue::from_bool(!whole));
    let read_tables = js_sys::Reflect::get(&reader, &"readTables".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| vec![format!("{READER_URL} has no readTables")])?;
    let answer = read_tables
        .call2(&reader, &files, &options)
        .map_err(|e| vec![format!("the tables could not be read: {e:?}")])?;
    let field = |name: &str| js_sys::Reflect::get(&answer, &name.into()).unwrap_or_default();
    if field("ok").as_bool() == Some(true) {
        Ok(TablesRead {
            json: field("json").as_string().unwrap_or_default(),
            origins: field("origins"),
            reader,
        })
    } else {
        Err(js_sys::Array::from(&field("problems"))
            .iter()
            .filter_map(|p| p.as_string())
            .collect())
    }
}
