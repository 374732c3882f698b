//! The pairs of the atlas's colours (its CSS custom properties) that must keep a contrast, and
//! how much: whatever a host's stylesheet or link sets, these hold, or the atlas says which
//! failed and keeps its own colour for it.

/// One colour drawn on another, with the least contrast it needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ContrastRule {
    /// The custom property drawn (text, ring).
    pub foreground: &'static str,
    /// The custom property it is drawn on.
    pub background: &'static str,
    /// The least contrast ratio, e.g. 4.5 for text.
    pub min_ratio: f64,
    /// What the pair is, for the console message.
    pub what: &'static str,
    /// The WCAG success criterion it follows.
    pub criterion: &'static str,
}

/// Every pair checked, foreground first. A foreground that fails is kept at the atlas's own
/// colour (or black or white, whichever reads), so the order matters only for the messages.
pub const CONTRAST_RULES: [ContrastRule; 9] = [
    ContrastRule {
        foreground: "--atlas-ink",
        background: "--atlas-surface",
        min_ratio: 4.5,
        what: "text on panels",
        criterion: "1.4.3",
    },
    ContrastRule {
        foreground: "--atlas-ink",
        background: "--atlas-page",
        min_ratio: 4.5,
        what: "text on the page",
        criterion: "1.4.3",
    },
    ContrastRule {
        foreground: "--atlas-muted",
        background: "--atlas-surface",
        min_ratio: 4.5,
        what: "secondary text on panels",
        criterion: "1.4.3",
    },
    ContrastRule {
        foreground: "--atlas-brand-ink",
        background: "--atlas-brand",
        min_ratio: 4.5,
        what: "text on the top bar",
        criterion: "1.4.3",
    },
    ContrastRule {
        foreground: "--atlas-link",
        background: "--atlas-surface",
        min_ratio: 4.5,
        what: "links on panels",
        criterion: "1.4.3",
    },
    ContrastRule {
        foreground: "--atlas-link",
        background: "--atlas-page",
        min_ratio: 4.5,
        what: "links on the page",
        criterion: "1.4.3",
    },
    ContrastRule {
        foreground: "--atlas-focus",
        background: "--atlas-surface",
        min_ratio: 3.0,
        what: "focus rings on panels",
        criterion: "1.4.11",
    },
    ContrastRule {
        foreground: "--atlas-focus",
        background: "--atlas-page",
        min_ratio: 3.0,
        what: "focus rings on the page",
        criterion: "1.4.11",
    },
    ContrastRule {
        foreground: "--atlas-focus-on-brand",
        background: "--atlas-brand",
        min_ratio: 3.0,
        what: "focus rings on the top bar",
        criterion: "1.4.11",
    },
];

impl ContrastRule {
    /// The console's sentence for a pair that fails, with what the atlas did about it.
    pub fn failure_message(
        &self,
        foreground: &str,
        background: &str,
        ratio: f64,
        kept: &str,
    ) -> String {
        format!(
            "Alliance Atlas: the host's colours give {what} {ratio:.2}:1 ({fg_name} {foreground} on {bg_name} {background}); \
             WCAG {criterion} asks for at least {min}:1, so the atlas uses {kept} for {fg_name}",
            what = self.what,
            fg_name = self.foreground,
            bg_name = self.background,
            criterion = self.criterion,
            min = self.min_ratio,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_names_both_colours_the_ratio_and_the_fix() {
        let message = CONTRAST_RULES[4].failure_message("#88aaff", "#ffffff", 2.43, "#1f5fae");
        assert_eq!(
            message,
            "Alliance Atlas: the host's colours give links on panels 2.43:1 (--atlas-link #88aaff on \
             --atlas-surface #ffffff); WCAG 1.4.3 asks for at least 4.5:1, so the atlas uses #1f5fae for --atlas-link"
        );
    }
}
