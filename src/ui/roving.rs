//! Roving focus: a long group of buttons (a region's partners, the networks) is one stop of the
//! Tab key; the arrow keys move between its buttons, Home and End go to the first and the last
//! (the ARIA toolbar pattern). So Tab crosses the page in a number of presses that does not
//! grow with the data. The group remembers the button last focused, by keyboard or by mouse.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The attribute that marks a group's buttons.
const ITEM_ATTRIBUTE: &str = "data-roving-item";

/// Where a key moves the focus from item `current` among `len` items; `None` for a key the
/// group leaves alone. The left and up arrows go back, right and down forward (the buttons
/// wrap onto several lines), without going round from one end to the other.
pub fn moved_to(key: &str, current: usize, len: usize) -> Option<usize> {
    let last = len.checked_sub(1)?;
    match key {
        "ArrowLeft" | "ArrowUp" => Some(current.saturating_sub(1)),
        "ArrowRight" | "ArrowDown" => Some((current + 1).min(last)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// A group's roving focus: which of its buttons takes the Tab key.
#[derive(Clone, Copy)]
pub struct Roving {
    active: RwSignal<usize>,
}

impl Default for Roving {
    fn default() -> Self {
        Self::new()
    }
}

impl Roving {
    pub fn new() -> Self {
        Self {
            active: RwSignal::new(0),
        }
    }

    /// The `tabindex` of button `index` among `len`: `0` for the one Tab reaches (the last
    /// focused, or the last button if the group has grown shorter), `-1` for the others.
    pub fn tabindex(self, index: usize, len: usize) -> impl Fn() -> &'static str + Copy {
        move || {
            if index == self.active.get().min(len.saturating_sub(1)) {
                "0"
            } else {
                "-1"
            }
        }
    }

    /// The group's `keydown`: the arrows, Home and End move the focus among its buttons.
    pub fn on_keydown(self, ev: web_sys::KeyboardEvent) {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let Some((items, current)) = items_and_current(&ev) else {
            return;
        };
        let Some(next) = moved_to(&ev.key(), current, items.length() as usize) else {
            return;
        };
        ev.prevent_default();
        self.active.set(next);
        if let Some(item) = items
            .item(next as u32)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = item.focus();
        }
    }

    /// The group's `focusin`: a button focused by a click or a screen reader becomes the one
    /// Tab returns to.
    pub fn on_focusin(self, ev: web_sys::FocusEvent) {
        if let Some((_, current)) = items_and_current(&ev) {
            self.active.set(current);
        }
    }
}

/// The group's buttons (the event's current target is the group) and which of them the event
/// came from.
fn items_and_current(ev: &web_sys::Event) -> Option<(web_sys::NodeList, usize)> {
    let group = ev.current_target()?.dyn_into::<web_sys::Element>().ok()?;
    let target = ev.target()?.dyn_into::<web_sys::Node>().ok()?;
    let items = group
        .query_selector_all(&format!("[{ITEM_ATTRIBUTE}]"))
        .ok()?;
    let current = (0..items.length()).find(|&i| {
        items
            .item(i)
            .is_some_and(|item| item.contains(Some(&target)))
    })?;
    Some((items, current as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_step_through_the_group_and_stop_at_its_ends() {
        assert_eq!(moved_to("ArrowRight", 0, 3), Some(1));
        assert_eq!(moved_to("ArrowDown", 1, 3), Some(2));
        assert_eq!(moved_to("ArrowRight", 2, 3), Some(2));
        assert_eq!(moved_to("ArrowLeft", 0, 3), Some(0));
        assert_eq!(moved_to("ArrowUp", 2, 3), Some(1));
        assert_eq!(moved_to("Home", 2, 3), Some(0));
        assert_eq!(moved_to("End", 0, 3), Some(2));
    }

    #[test]
    fn other_keys_and_empty_groups_are_left_alone() {
        assert_eq!(moved_to("Tab", 0, 3), None);
        assert_eq!(moved_to("Enter", 0, 3), None);
        assert_eq!(moved_to("ArrowRight", 0, 0), None);
    }
}
