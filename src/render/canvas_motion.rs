//! While the camera moves, the map's last complete picture is moved instead of drawn again.
//! Drawing thousands of edges on the CPU takes tens of milliseconds; moving the canvas element
//! with a CSS transform costs the browser's compositor next to nothing and copies no pixels.
//! The map is drawn afresh when the camera comes to rest, or sooner when the moved picture
//! would be too blurred or leave too much of the map empty.

use atlas_core::viewport::Viewport;
use web_sys::HtmlCanvasElement;

/// The camera the canvas's pixels were drawn for.
#[derive(Default)]
pub struct DrawnPicture {
    camera: Option<Viewport>,
    moved: bool,
}

impl DrawnPicture {
    /// The canvas now holds a complete picture for `camera`, in place.
    pub fn drawn(&mut self, canvas: &HtmlCanvasElement, camera: Viewport) {
        if self.moved {
            let _ = canvas.style().remove_property("transform");
            self.moved = false;
        }
        self.camera = Some(camera);
    }

    /// Moves the picture to where `camera` has it; `false` (nothing done) when there is no
    /// picture or the moved one would not do.
    pub fn move_to(&mut self, canvas: &HtmlCanvasElement, camera: &Viewport) -> bool {
        let Some(drawn) = &self.camera else {
            return false;
        };
        if drawn.width_px != camera.width_px || drawn.height_px != camera.height_px {
            return false;
        }
        let placement = camera.placement_of(drawn);
        if !placement.is_usable() {
            return false;
        }
        let transform = format!(
            "translate({:.2}px, {:.2}px) scale({:.5})",
            placement.x_px, placement.y_px, placement.scale
        );
        let _ = canvas.style().set_property("transform", &transform);
        self.moved = true;
        true
    }
}
