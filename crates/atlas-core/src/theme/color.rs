//! Colours as CSS writes them, and their contrast (WCAG 2.1, "relative luminance").

use std::fmt;

/// An opaque sRGB colour, 8 bits a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    pub red: u8,
    pub green: u8,
    pub blue: u8,
}

pub const BLACK: Rgb = Rgb::new(0, 0, 0);
pub const WHITE: Rgb = Rgb::new(255, 255, 255);

impl Rgb {
    pub const fn new(red: u8, green: u8, blue: u8) -> Self {
        Self { red, green, blue }
    }

    /// Reads `#rgb`, `#rrggbb` (the `#` optional, as a link writes `accent=1f5fae`), and the
    /// `rgb(r, g, b)` / `rgba(r, g, b, a)` a browser's computed style gives. `None` for anything
    /// else, including a colour that is not fully opaque (its contrast depends on what is
    /// under it).
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if let Some(inner) = text
            .strip_prefix("rgba(")
            .or_else(|| text.strip_prefix("rgb("))
            .and_then(|t| t.strip_suffix(')'))
        {
            return Self::parse_functional(inner);
        }
        let hex = text.strip_prefix('#').unwrap_or(text);
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize, len: usize| u8::from_str_radix(&hex[i..i + len], 16).ok();
        match hex.len() {
            3 => {
                let [r, g, b] = [channel(0, 1)?, channel(1, 1)?, channel(2, 1)?];
                Some(Self::new(r * 17, g * 17, b * 17))
            }
            6 => Some(Self::new(channel(0, 2)?, channel(2, 2)?, channel(4, 2)?)),
            _ => None,
        }
    }

    fn parse_functional(inner: &str) -> Option<Self> {
        let parts: Vec<&str> = inner
            .split([',', ' ', '/'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let channel = |p: &str| -> Option<u8> {
            let value: f64 = p.parse().ok()?;
            (0.0..=255.0).contains(&value).then(|| value.round() as u8)
        };
        match parts.as_slice() {
            [r, g, b] => Some(Self::new(channel(r)?, channel(g)?, channel(b)?)),
            [r, g, b, alpha] => {
                let alpha: f64 = alpha.trim_end_matches('%').parse().ok()?;
                let opaque = if alpha_is_percent(inner) {
                    alpha >= 100.0
                } else {
                    alpha >= 1.0
                };
                opaque.then_some(Self::new(channel(r)?, channel(g)?, channel(b)?))
            }
            _ => None,
        }
    }

    /// Relative luminance, 0 (black) to 1 (white), as WCAG 2.1 defines it.
    pub fn relative_luminance(self) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.red) + 0.7152 * linear(self.green) + 0.0722 * linear(self.blue)
    }

    /// The contrast ratio of two colours, 1 to 21, whichever is lighter.
    pub fn contrast_ratio(self, other: Rgb) -> f64 {
        let (a, b) = (self.relative_luminance(), other.relative_luminance());
        let (light, dark) = if a >= b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// Black or white, whichever reads better on this colour.
    pub fn best_ink(self) -> Rgb {
        if self.contrast_ratio(BLACK) >= self.contrast_ratio(WHITE) {
            BLACK
        } else {
            WHITE
        }
    }
}

fn alpha_is_percent(inner: &str) -> bool {
    inner.trim_end().ends_with('%')
}

/// Written as CSS writes it: `#1f5fae`.
impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.red, self.green, self.blue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_links_and_browsers_write() {
        let blue = Rgb::new(0x1f, 0x5f, 0xae);
        assert_eq!(Rgb::parse("#1f5fae"), Some(blue));
        assert_eq!(Rgb::parse("1F5FAE"), Some(blue));
        assert_eq!(Rgb::parse("rgb(31, 95, 174)"), Some(blue));
        assert_eq!(Rgb::parse("rgb(31 95 174)"), Some(blue));
        assert_eq!(Rgb::parse("rgba(31, 95, 174, 1)"), Some(blue));
        assert_eq!(Rgb::parse("#fff"), Some(WHITE));
        assert_eq!(blue.to_string(), "#1f5fae");
    }

    #[test]
    fn refuses_what_is_not_an_opaque_colour() {
        for text in [
            "",
            "#12345",
            "blue",
            "#gggggg",
            "rgba(0, 0, 0, 0.5)",
            "rgb(300, 0, 0)",
        ] {
            assert_eq!(Rgb::parse(text), None, "{text}");
        }
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((BLACK.contrast_ratio(WHITE) - 21.0).abs() < 1e-9);
        assert!((WHITE.contrast_ratio(WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic lightest grey that passes 4.5:1.
        let grey = Rgb::parse("#767676").unwrap();
        assert!(grey.contrast_ratio(WHITE) >= 4.5);
        assert!(Rgb::parse("#777777").unwrap().contrast_ratio(WHITE) < 4.5);
    }

    #[test]
    fn ink_on_a_colour_is_the_more_legible_of_black_and_white() {
        assert_eq!(Rgb::parse("#14213d").unwrap().best_ink(), WHITE);
        assert_eq!(Rgb::parse("#f2b705").unwrap().best_ink(), BLACK);
    }
}
