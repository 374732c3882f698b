//! Text widths for label placement, measured with a canvas in the page's own font, so the
//! placement in the core sees the labels the browser will actually draw.

use std::collections::HashMap;

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Measures and caches text widths for one CSS font.
pub struct TextMeasure {
    context: Option<CanvasRenderingContext2d>,
    font_px: f64,
    cache: HashMap<String, f64>,
}

impl TextMeasure {
    /// `font` is a CSS font shorthand whose size is `font_px` pixels.
    pub fn new(font: &str, font_px: f64) -> Self {
        let context = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("canvas").ok())
            .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
            .and_then(|c| c.get_context("2d").ok().flatten())
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok());
        if let Some(context) = &context {
            context.set_font(font);
        }
        Self {
            context,
            font_px,
            cache: HashMap::new(),
        }
    }

    /// The width of `text` in CSS pixels; a generous estimate if the canvas is unavailable.
    pub fn width_px(&mut self, text: &str) -> f64 {
        if let Some(&w) = self.cache.get(text) {
            return w;
        }
        let width = match &self.context {
            Some(context) => context
                .measure_text(text)
                .map(|m| m.width())
                .unwrap_or_else(|_| self.estimate(text)),
            None => self.estimate(text),
        };
        self.cache.insert(text.to_owned(), width);
        width
    }

    fn estimate(&self, text: &str) -> f64 {
        text.chars().count() as f64 * self.font_px * 0.62
    }
}
