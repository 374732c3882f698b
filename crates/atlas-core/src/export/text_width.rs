//! How wide a line of text is drawn, without a browser: the advance widths of DejaVu Sans (the
//! export's first font, and wider than Arial and Helvetica, its fallbacks), so a layout made
//! with them leaves room whichever of the three draws it.

/// Advance widths of U+0020..=U+007E, in thousandths of an em.
const ASCII: [u16; 95] = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
    575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
    611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
    278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];

/// Advance widths of U+00A0..=U+00FF (accented Latin letters), in thousandths of an em.
const LATIN1: [u16; 96] = [
    318, 401, 636, 636, 636, 636, 337, 500, 500, 1000, 471, 612, 838, 361, 1000, 500, 500, 838,
    401, 401, 500, 636, 636, 318, 500, 401, 471, 612, 969, 969, 969, 531, 684, 684, 684, 684, 684,
    684, 974, 698, 632, 632, 632, 632, 295, 295, 295, 295, 775, 748, 787, 787, 787, 787, 787, 838,
    787, 732, 732, 732, 732, 611, 605, 630, 613, 613, 613, 613, 613, 613, 982, 550, 615, 615, 615,
    615, 278, 278, 278, 278, 612, 634, 612, 612, 612, 612, 612, 838, 612, 634, 634, 634, 634, 592,
    635, 592,
];

/// Bold glyphs are wider; DejaVu Sans Bold runs about 10 % wider than the book weight.
const BOLD: f64 = 1.1;
/// A margin for a renderer's rounding and kerning.
const SLACK: f64 = 1.03;

fn advance(c: char) -> u16 {
    match c as u32 {
        code @ 0x20..=0x7e => ASCII[(code - 0x20) as usize],
        code @ 0xa0..=0xff => LATIN1[(code - 0xa0) as usize],
        // Thin and narrow spaces, en dash, typographic quotes and the middle dot.
        0x2009 | 0x202f => 200,
        0x2013 => 500,
        0x2018..=0x201a => 318,
        0x201c..=0x201e => 518,
        // Anything else (dashes, ellipsis, arrows, other scripts) as a full em: generous.
        _ => 1000,
    }
}

/// The width of `text` in pixels at `font_px`, generously.
pub fn text_width_px(text: &str, font_px: f64, bold: bool) -> f64 {
    let ems: u32 = text.chars().map(|c| u32::from(advance(c))).sum();
    let weight = if bold { BOLD } else { 1.0 };
    f64::from(ems) / 1000.0 * font_px * weight * SLACK
}

/// `text` broken into lines at spaces so that each fits `max_width_px` (a word longer than
/// the line is cut with an ellipsis).
pub fn wrap_text(text: &str, font_px: f64, bold: bool, max_width_px: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if text_width_px(&candidate, font_px, bold) <= max_width_px || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line = word.to_owned();
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
        .into_iter()
        .map(|l| truncate_to_width(&l, font_px, bold, max_width_px))
        .collect()
}

/// `text`, cut with an ellipsis where it would be wider than `max_width_px`.
pub fn truncate_to_width(text: &str, font_px: f64, bold: bool, max_width_px: f64) -> String {
    if text_width_px(text, font_px, bold) <= max_width_px {
        return text.to_owned();
    }
    let mut chars: Vec<char> = text.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let cut: String = chars.iter().collect::<String>().trim_end().to_owned() + "…";
        if text_width_px(&cut, font_px, bold) <= max_width_px {
            return cut;
        }
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_follow_the_glyphs() {
        assert!((text_width_px("M", 10.0, false) - 8.63 * SLACK).abs() < 1e-9);
        assert!(text_width_px("iiii", 12.0, false) < text_width_px("MMMM", 12.0, false));
        assert!(text_width_px("Bavière", 12.0, true) > text_width_px("Bavière", 12.0, false));
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let text =
            "Sources: 628 documents cited in the atlas data, listed with every tie in the atlas.";
        let lines = wrap_text(text, 11.0, false, 200.0);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(text_width_px(line, 11.0, false) <= 200.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
        let cut = truncate_to_width("Lebenswissenschaften", 12.0, false, 60.0);
        assert!(cut.ends_with('…') && text_width_px(&cut, 12.0, false) <= 60.0);
    }
}
