//! The browser's local storage, for what a presenter must never lose (a story being written,
//! the stories opened from disk, the presenter's theme). Never used in embed mode: a host's
//! visitors get no storage from the atlas. Where the browser refuses storage (a sandboxed
//! frame, a privacy setting), every call quietly does nothing and says so with `None`/`Err`.

/// Every key the atlas writes starts with this, so a host's other data is never touched.
pub const KEY_PREFIX: &str = "alliance-atlas.";

/// The page's local storage, unless the atlas is embedded or the browser refuses it.
fn storage(embed: bool) -> Option<web_sys::Storage> {
    if embed {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether the atlas may keep things in this browser (not embedded, storage allowed).
pub fn is_available(embed: bool) -> bool {
    storage(embed).is_some()
}

/// The text kept under `alliance-atlas.KEY`, if any.
pub fn read(embed: bool, key: &str) -> Option<String> {
    storage(embed)?
        .get_item(&format!("{KEY_PREFIX}{key}"))
        .ok()
        .flatten()
}

/// Keeps `value` under `alliance-atlas.KEY`; a sentence saying why not when it cannot (no
/// storage here, or the browser's quota is full).
pub fn write(embed: bool, key: &str, value: &str) -> Result<(), String> {
    let storage =
        storage(embed).ok_or_else(|| "this browser keeps nothing for the atlas here".to_owned())?;
    storage
        .set_item(&format!("{KEY_PREFIX}{key}"), value)
        .map_err(|_| "the browser's storage for this site is full".to_owned())
}

/// Forgets `alliance-atlas.KEY`.
pub fn remove(embed: bool, key: &str) {
    if let Some(storage) = storage(embed) {
        let _ = storage.remove_item(&format!("{KEY_PREFIX}{key}"));
    }
}
