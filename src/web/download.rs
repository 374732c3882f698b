//! Saving a file from the page: a blob, a temporary link, a click. Nothing leaves the browser.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement};

fn blob(bytes_or_text: &JsValue, mime: &str) -> Option<Blob> {
    let parts = js_sys::Array::of1(bytes_or_text);
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Offers `blob` to the user as `filename`.
fn save_blob(blob: &Blob, filename: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(filename);
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            link.click();
            let _ = body.remove_child(&link);
        }
    }
    // Give the download a moment to start before the address is released.
    let release = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
    }
}

/// Offers `text` as a file.
pub fn save_text(text: &str, mime: &str, filename: &str) {
    if let Some(blob) = blob(&JsValue::from_str(text), mime) {
        save_blob(&blob, filename);
    }
}

/// Renders an SVG document to a PNG `scale` times its size and offers it as a file.
pub fn save_svg_as_png(svg: &str, width_px: f64, height_px: f64, scale: f64, filename: &str) {
    let Some(svg_blob) = blob(&JsValue::from_str(svg), "image/svg+xml") else {
        return;
    };
    let Ok(svg_url) = web_sys::Url::create_object_url_with_blob(&svg_blob) else {
        return;
    };
    let Ok(image) = HtmlImageElement::new() else {
        return;
    };
    let filename = filename.to_owned();
    let (w, h) = (
        (width_px * scale).round() as u32,
        (height_px * scale).round() as u32,
    );
    let loaded_image = image.clone();
    let url_for_cleanup = svg_url.clone();
    let on_load = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url_for_cleanup);
        let Some(canvas) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("canvas").ok())
            .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width(w);
        canvas.set_height(h);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
            &loaded_image,
            0.0,
            0.0,
            w as f64,
            h as f64,
        );
        let on_blob = Closure::once_into_js(move |png: JsValue| {
            if let Ok(png) = png.dyn_into::<Blob>() {
                save_blob(&png, &filename);
            }
        });
        let _ = canvas.to_blob(on_blob.unchecked_ref());
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&svg_url);
}
