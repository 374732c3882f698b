//! A host site's colours, set from outside the build (see docs/embedding.md, "Colours"):
//!
//! - `scheme=light|dark|auto`: the `data-scheme` attribute on the root element, which the style
//!   sheet reads;
//! - `accent=RRGGBB`: the top bar and the accents in the host's brand colour, with black or
//!   white type on it, and links and focus rings in it where it keeps their contrast;
//! - `theme=PATH`: a style sheet on the atlas's own site, added after the atlas's own, that
//!   sets the atlas's CSS custom properties.
//!
//! Whatever the host sets, the pairs in [`CONTRAST_RULES`] keep their WCAG contrast: a colour
//! that fails is replaced (by the atlas's own, else black or white) and the console says which,
//! why, and with what.

use atlas_core::theme::{ColorScheme, Rgb, CONTRAST_RULES};
use atlas_core::ViewState;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The atlas's own colour for each foreground in [`CONTRAST_RULES`], read before the host's.
type OwnColours = Vec<(&'static str, Option<Rgb>)>;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn root() -> Option<web_sys::HtmlElement> {
    document()?.document_element()?.dyn_into().ok()
}

fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// The colour a custom property resolves to on the root, as the browser computes it.
fn resolved_colour(property: &str) -> Option<Rgb> {
    let document = document()?;
    let probe: web_sys::HtmlElement = document.create_element("span").ok()?.dyn_into().ok()?;
    // An unset property falls back to transparent, which is no colour to check.
    let _ = probe
        .style()
        .set_property("color", &format!("var({property}, transparent)"));
    let _ = probe.style().set_property("display", "none");
    document.body()?.append_child(&probe).ok()?;
    let computed = web_sys::window()?
        .get_computed_style(&probe)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("color").ok());
    probe.remove();
    Rgb::parse(&computed?)
}

fn own_colours() -> OwnColours {
    CONTRAST_RULES
        .iter()
        .map(|rule| (rule.foreground, resolved_colour(rule.foreground)))
        .collect()
}

/// Applies the link's colours, then (once a theme style sheet has loaded, if there is one)
/// checks every contrast and calls `on_applied` so the map reads the colours again.
pub fn apply(view: &ViewState, on_applied: impl Fn() + 'static) {
    let Some(root) = root() else {
        return;
    };
    match view.scheme {
        ColorScheme::Auto => {
            let _ = root.remove_attribute("data-scheme");
        }
        scheme => {
            let _ = root.set_attribute("data-scheme", scheme.as_str());
        }
    }
    let own = own_colours();
    if let Some(accent) = view.accent {
        apply_accent(&root, accent);
    }
    let Some(path) = view.theme.clone() else {
        keep_contrast(&root, &own);
        on_applied();
        return;
    };
    let url = match crate::boot::loader::same_origin_url(&path) {
        Ok(url) => url,
        Err(_) => {
            warn(&format!(
                "Alliance Atlas: theme={path} is not on the atlas's own site, so its style sheet is not loaded; \
                 put the style sheet beside the atlas and name it with a path such as theme=css/atlas-theme.css"
            ));
            keep_contrast(&root, &own);
            on_applied();
            return;
        }
    };
    add_style_sheet(&url.clone(), move |loaded| {
        if !loaded {
            warn(&format!(
                "Alliance Atlas: the theme style sheet {url} could not be loaded (check the path, and that \
                 the server sends it as text/css with Access-Control-Allow-Origin for a sandboxed frame); \
                 the atlas keeps its own colours"
            ));
        }
        if let Some(root) = self::root() {
            keep_contrast(&root, &own);
        }
        on_applied();
    });
}

fn set(root: &web_sys::HtmlElement, property: &str, colour: Rgb) {
    let _ = root.style().set_property(property, &colour.to_string());
}

/// The host's brand colour on the top bar and the accents; on links and focus rings only where
/// it keeps their contrast on the atlas's panels and page.
fn apply_accent(root: &web_sys::HtmlElement, accent: Rgb) {
    set(root, "--atlas-brand", accent);
    set(root, "--atlas-accent", accent);
    set(root, "--atlas-brand-ink", accent.best_ink());
    set(root, "--atlas-focus-on-brand", accent.best_ink());
    let on = |background: &str, ratio: f64| {
        resolved_colour(background).is_some_and(|bg| accent.contrast_ratio(bg) >= ratio)
    };
    if on("--atlas-surface", 4.5) && on("--atlas-page", 4.5) {
        set(root, "--atlas-link", accent);
    }
    if on("--atlas-surface", 3.0) && on("--atlas-page", 3.0) {
        set(root, "--atlas-focus", accent);
    }
}

/// Checks every pair of [`CONTRAST_RULES`]; a foreground that fails is set to the atlas's own
/// colour if that passes, else to black or white, and the console says so.
fn keep_contrast(root: &web_sys::HtmlElement, own: &OwnColours) {
    for rule in CONTRAST_RULES {
        let (Some(foreground), Some(background)) = (
            resolved_colour(rule.foreground),
            resolved_colour(rule.background),
        ) else {
            continue;
        };
        let ratio = foreground.contrast_ratio(background);
        if ratio >= rule.min_ratio {
            continue;
        }
        let own = own
            .iter()
            .find(|(name, _)| *name == rule.foreground)
            .and_then(|(_, colour)| *colour)
            .filter(|colour| colour.contrast_ratio(background) >= rule.min_ratio);
        let kept = own.unwrap_or_else(|| background.best_ink());
        warn(&rule.failure_message(
            &foreground.to_string(),
            &background.to_string(),
            ratio,
            &kept.to_string(),
        ));
        set(root, rule.foreground, kept);
    }
}

/// Adds a style sheet after the atlas's own; `on_done(true)` once it has loaded, `false` if it
/// failed.
fn add_style_sheet(url: &str, on_done: impl Fn(bool) + 'static) {
    let Some(document) = document() else {
        return;
    };
    let Some(head) = document.head() else {
        return;
    };
    let Ok(link) = document.create_element("link") else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    // A frame sandboxed without allow-same-origin fetches in CORS mode anyway; saying so makes
    // every frame fetch it the same way.
    let _ = link.set_attribute("crossorigin", "anonymous");
    let _ = link.set_attribute("href", url);
    let on_done = std::rc::Rc::new(on_done);
    let done = on_done.clone();
    let loaded = Closure::once_into_js(move || done(true));
    let failed = Closure::once_into_js(move || on_done(false));
    let _ = link.add_event_listener_with_callback("load", loaded.unchecked_ref());
    let _ = link.add_event_listener_with_callback("error", failed.unchecked_ref());
    let _ = head.append_child(&link);
}
