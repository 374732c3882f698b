//! What the pointer is doing on the map: what it is over, and whether the user has clicked
//! into the map (in an embed, only then does the wheel zoom it).

use atlas_core::hit::Hit;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct PointerHandle {
    /// What the pointer (or the keyboard's region cursor) is over.
    pub hover: RwSignal<Option<Hit>>,
    /// The user has clicked into the map.
    pub map_active: RwSignal<bool>,
}

impl PointerHandle {
    pub fn new() -> Self {
        Self {
            hover: RwSignal::new(None),
            map_active: RwSignal::new(false),
        }
    }

    /// Sets what is hovered, waking nothing when it is unchanged.
    pub fn set_hover(&self, hit: Option<Hit>) {
        if self.hover.get_untracked() != hit {
            self.hover.set(hit);
        }
    }
}

impl Default for PointerHandle {
    fn default() -> Self {
        Self::new()
    }
}
