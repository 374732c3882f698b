//! The options of a chooser of places or networks ("Compare with…", "Add a network"): sorted
//! by the name shown, each name kept from page translators.

use leptos::prelude::*;

/// `<option value=id>name</option>` for each `(name, id)`, sorted by name.
pub fn name_options(mut choices: Vec<(String, String)>) -> impl IntoView {
    atlas_core::sort::sort(&mut choices);
    choices
        .into_iter()
        .map(|(name, id)| view! { <option value=id translate="no">{name}</option> })
        .collect_view()
}
