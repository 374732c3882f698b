//! The timeline's state: free, showing one year (stepped to with the buttons or keys), or
//! playing year by year. The year shown is highlighted: ties that began in it glow.

use leptos::prelude::*;

/// What the timeline is doing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TimelineState {
    /// The years are set by hand (sliders, a link): nothing is highlighted.
    #[default]
    Free,
    /// Stepped to one year, highlighted.
    AtYear(i32),
    /// Playing, now at this year: steps replace the history entry instead of adding one.
    Playing(i32),
}

impl TimelineState {
    /// The year whose new ties glow.
    pub fn highlight_year(self) -> Option<i32> {
        match self {
            TimelineState::Free => None,
            TimelineState::AtYear(year) | TimelineState::Playing(year) => Some(year),
        }
    }

    pub fn is_playing(self) -> bool {
        matches!(self, TimelineState::Playing(_))
    }
}

#[derive(Clone, Copy)]
pub struct TimelineHandle {
    pub state: RwSignal<TimelineState>,
    /// Read by the scene: only wakes it when the highlighted year changes.
    pub highlight_year: Memo<Option<i32>>,
}

impl TimelineHandle {
    pub fn new() -> Self {
        let state = RwSignal::new(TimelineState::Free);
        Self {
            state,
            highlight_year: Memo::new(move |_| state.get().highlight_year()),
        }
    }

    pub fn is_playing_untracked(&self) -> bool {
        self.state.get_untracked().is_playing()
    }

    /// Back to free: the sliders were moved, or the view came from elsewhere.
    pub fn release(&self) {
        if self.state.get_untracked() != TimelineState::Free {
            self.state.set(TimelineState::Free);
        }
    }
}

impl Default for TimelineHandle {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_stepped_or_playing_timeline_highlights_a_year() {
        assert_eq!(TimelineState::Free.highlight_year(), None);
        assert_eq!(TimelineState::AtYear(2004).highlight_year(), Some(2004));
        assert_eq!(TimelineState::Playing(1990).highlight_year(), Some(1990));
        assert!(TimelineState::Playing(1990).is_playing());
        assert!(!TimelineState::AtYear(1990).is_playing());
    }
}
