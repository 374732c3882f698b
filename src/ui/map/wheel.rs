//! What the wheel does over the map. On a full page it zooms (or pans, for a trackpad's
//! sideways swipe); embedded in another site's page it scrolls that page unless the user has
//! clicked into the map or holds Ctrl or Cmd: no scroll hijacking.

/// What one wheel event does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum WheelAction {
    /// Leave the event to the page (and say briefly how to zoom).
    ScrollPage,
    /// A two-finger swipe with a sideways part: move the map by this much.
    Pan { dx_px: f64, dy_px: f64 },
    /// Zoom about the pointer by this factor.
    Zoom { factor: f64 },
}

/// The wheel event as the map reads it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WheelInput {
    /// The atlas is embedded and the user has not clicked into the map.
    pub page_owns_wheel: bool,
    /// Ctrl (a trackpad pinch arrives with Ctrl held) or Cmd.
    pub ctrl_or_cmd: bool,
    pub ctrl: bool,
    /// `WheelEvent.deltaMode`: 0 pixels, 1 lines, 2 pages.
    pub delta_mode: u32,
    pub delta_x: f64,
    pub delta_y: f64,
}

/// Pixels per line and per page, so every mouse zooms at the same pace.
fn unit_px(delta_mode: u32) -> f64 {
    match delta_mode {
        1 => 16.0,
        2 => 400.0,
        _ => 1.0,
    }
}

pub fn wheel_action(input: WheelInput) -> WheelAction {
    if input.page_owns_wheel && !input.ctrl_or_cmd {
        return WheelAction::ScrollPage;
    }
    let unit = unit_px(input.delta_mode);
    let (dx, dy) = (input.delta_x * unit, input.delta_y * unit);
    // A trackpad pinch arrives as a wheel event with Ctrl held: zoom. A two-finger swipe has a
    // sideways part: pan. A mouse wheel only goes up and down: zoom.
    if !input.ctrl && dx != 0.0 {
        return WheelAction::Pan {
            dx_px: -dx,
            dy_px: -dy,
        };
    }
    let pace = if input.ctrl { 0.01 } else { 0.002 };
    WheelAction::Zoom {
        factor: (-dy * pace).exp(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wheel(delta_x: f64, delta_y: f64) -> WheelInput {
        WheelInput {
            page_owns_wheel: false,
            ctrl_or_cmd: false,
            ctrl: false,
            delta_mode: 0,
            delta_x,
            delta_y,
        }
    }

    #[test]
    fn an_embed_leaves_the_wheel_to_the_page_until_asked() {
        let embedded = WheelInput {
            page_owns_wheel: true,
            ..wheel(0.0, 100.0)
        };
        assert_eq!(wheel_action(embedded), WheelAction::ScrollPage);
        let with_ctrl = WheelInput {
            ctrl_or_cmd: true,
            ctrl: true,
            ..embedded
        };
        assert!(matches!(wheel_action(with_ctrl), WheelAction::Zoom { .. }));
    }

    #[test]
    fn down_zooms_out_up_zooms_in_and_lines_count_as_pixels() {
        let WheelAction::Zoom { factor: out } = wheel_action(wheel(0.0, 100.0)) else {
            panic!()
        };
        let WheelAction::Zoom { factor: inward } = wheel_action(wheel(0.0, -100.0)) else {
            panic!()
        };
        assert!(out < 1.0 && inward > 1.0);
        let lines = WheelInput {
            delta_mode: 1,
            ..wheel(0.0, 100.0 / 16.0)
        };
        assert_eq!(wheel_action(lines), WheelAction::Zoom { factor: out });
    }

    #[test]
    fn a_sideways_swipe_pans() {
        assert_eq!(
            wheel_action(wheel(30.0, 10.0)),
            WheelAction::Pan {
                dx_px: -30.0,
                dy_px: -10.0
            }
        );
    }
}
