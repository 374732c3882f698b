//! Whether a step's title and caption will fit a small projector: the caption bar's height on
//! a 1024x768 screen, estimated from the presenter's type (the stylesheet's rule) and an
//! average letter width, as a share of the screen. The preview measures the real thing.

use crate::state::presenter_font_px;

/// The small projector the warning is about.
pub const SMALL_PROJECTOR_PX: (f64, f64) = (1024.0, 768.0);
/// A caption should cover at most this share of the screen.
pub const MAX_COVER_SHARE: f64 = 1.0 / 3.0;

/// Lines `text` takes in a column `width_px` wide, at `char_px` per letter, broken at spaces.
fn line_count(text: &str, width_px: f64, char_px: f64) -> usize {
    let per_line = (width_px / char_px).floor().max(1.0) as usize;
    let mut lines = 0;
    for paragraph in text.split('\n') {
        let mut used = 0usize;
        lines += 1;
        for word in paragraph.split_whitespace() {
            let len = word.chars().count();
            if used > 0 && used + 1 + len > per_line {
                lines += 1;
                used = len;
            } else {
                used += len + usize::from(used > 0);
            }
        }
    }
    lines.max(1)
}

/// The share of a `width_px` x `height_px` screen the caption bar takes with this title and
/// caption (the bar's layout in `public/style/atlas.css`: 24 px from the edges, 18/24 px of
/// padding, the step buttons beside the text).
pub fn caption_cover_share(title: &str, caption: &str, width_px: f64, height_px: f64) -> f64 {
    let font_px = presenter_font_px(width_px, height_px);
    let controls_px = 8.7 * font_px + 24.0;
    let text_width_px = width_px - 2.0 * 24.0 - 2.0 * 24.0 - 4.0 - controls_px;
    let title_px = 1.35 * font_px;
    let title_lines = line_count(title, text_width_px, 0.56 * title_px);
    let caption_lines = line_count(caption, text_width_px.min(60.0 * font_px), 0.52 * font_px);
    let name_px = 0.7 * font_px * 1.3;
    let height = 2.0 * 18.0
        + 4.0
        + name_px
        + 8.0
        + title_lines as f64 * title_px * 1.2
        + caption_lines as f64 * font_px * 1.4;
    height / height_px
}

/// Whether the title and caption will cover more than a third of a small projector's screen.
pub fn too_tall_for_small_projector(title: &str, caption: &str) -> bool {
    let (w, h) = SMALL_PROJECTOR_PX;
    caption_cover_share(title, caption, w, h) > MAX_COVER_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_caption_fits_and_a_long_one_is_said() {
        let title = "March 2026: Lombardy and Flanders";
        let short = "On 3 March 2026, at Palazzo Lombardia, Lombardy and Flanders signed a memorandum of understanding on trade, investment and innovation.";
        assert!(!too_tall_for_small_projector(title, short));
        let long = short.repeat(4);
        assert!(too_tall_for_small_projector(title, &long));
        assert!(
            caption_cover_share(title, short, 1920.0, 1080.0)
                < caption_cover_share(title, &long, 1920.0, 1080.0)
        );
    }

    #[test]
    fn words_wrap_into_lines() {
        assert_eq!(line_count("aaaa bbbb", 45.0, 10.0), 2);
        assert_eq!(line_count("aaaa bbbb", 90.0, 10.0), 1);
        assert_eq!(line_count("", 90.0, 10.0), 1);
        assert_eq!(line_count("a\nb", 90.0, 10.0), 2);
    }
}
