//! A panic must never leave a frozen or blank page: the hook logs the panic for developers and
//! shows people a plain message with a reload button. It uses the DOM directly, because after a
//! panic the reactive system cannot be trusted.

use wasm_bindgen::closure::Closure;

use crate::i18n::{current_lang, text, TextKey};
use wasm_bindgen::JsCast;

/// The id of the notice element, for styles and tests.
pub const NOTICE_ID: &str = "panic-notice";

/// Installs the panic hook.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_notice();
    }));
}

fn show_notice() {
    crate::boot::first_picture::remove();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(NOTICE_ID).is_some() {
        return;
    }
    let Some(body) = document.body() else {
        return;
    };
    let Ok(notice) = document.create_element("div") else {
        return;
    };
    notice.set_id(NOTICE_ID);
    let _ = notice.set_attribute("role", "alert");
    let heading = document.create_element("h2").ok();
    let paragraph = document.create_element("p").ok();
    let button = document.create_element("button").ok();
    if let (Some(heading), Some(paragraph), Some(button)) = (heading, paragraph, button) {
        let lang = current_lang();
        heading.set_text_content(Some(text(lang, TextKey::PanicTitle)));
        paragraph.set_text_content(Some(text(lang, TextKey::PanicText)));
        button.set_text_content(Some(text(lang, TextKey::PanicReload)));
        let _ = button.set_attribute("type", "button");
        // Called once, by the click that reloads the page; it frees itself then.
        let reload = Closure::once_into_js(crate::state::link::reload_page);
        let _ = button.add_event_listener_with_callback("click", reload.unchecked_ref());
        let _ = notice.append_child(&heading);
        let _ = notice.append_child(&paragraph);
        let _ = notice.append_child(&button);
    }
    let _ = body.append_child(&notice);
}
