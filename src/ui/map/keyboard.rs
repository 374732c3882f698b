//! The map's keys: arrows pan, `+` and `-` zoom, `0` resets, Escape clears the focus; Enter
//! starts browsing regions, whose arrows then move between regions (see the map view).

/// Zoom factor of one button press or key press.
pub const ZOOM_STEP: f64 = 1.5;
/// Distance one arrow-key press pans, in pixels.
pub const PAN_STEP_PX: f64 = 80.0;

/// What a key does to the map when no region is being browsed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MapKey {
    Pan { dx_px: f64, dy_px: f64 },
    Zoom { factor: f64 },
    Reset,
    ClearFocus,
}

impl MapKey {
    pub fn from_key(key: &str) -> Option<MapKey> {
        Some(match key {
            "ArrowLeft" => MapKey::Pan {
                dx_px: PAN_STEP_PX,
                dy_px: 0.0,
            },
            "ArrowRight" => MapKey::Pan {
                dx_px: -PAN_STEP_PX,
                dy_px: 0.0,
            },
            "ArrowUp" => MapKey::Pan {
                dx_px: 0.0,
                dy_px: PAN_STEP_PX,
            },
            "ArrowDown" => MapKey::Pan {
                dx_px: 0.0,
                dy_px: -PAN_STEP_PX,
            },
            "+" | "=" => MapKey::Zoom { factor: ZOOM_STEP },
            "-" | "_" => MapKey::Zoom {
                factor: 1.0 / ZOOM_STEP,
            },
            "0" => MapKey::Reset,
            "Escape" => MapKey::ClearFocus,
            _ => return None,
        })
    }
}

/// Whether a key starts browsing regions, or opens the browsed region.
pub fn is_activation_key(key: &str) -> bool {
    key == "Enter" || key == " "
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_move_the_map_the_way_they_point() {
        // The right arrow shows what lies to the right: the map moves left.
        assert_eq!(
            MapKey::from_key("ArrowRight"),
            Some(MapKey::Pan {
                dx_px: -PAN_STEP_PX,
                dy_px: 0.0
            })
        );
        assert_eq!(
            MapKey::from_key("-"),
            Some(MapKey::Zoom {
                factor: 1.0 / ZOOM_STEP
            })
        );
        assert_eq!(MapKey::from_key("0"), Some(MapKey::Reset));
        assert_eq!(MapKey::from_key("q"), None);
        assert!(is_activation_key("Enter") && is_activation_key(" "));
    }
}
