//! The edits the controls make to a view: years, a timeline year, a sector chip, the focus.
//! Each returns the next view with the link's rule applied: defaults are left out, so a view
//! back at its default says nothing in the link.

use super::ViewState;

/// What a year of the timeline shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlayMode {
    /// The ties in force in that year.
    InForce,
    /// Every tie that began by that year.
    UpTo,
}

impl ViewState {
    /// Sets the first year shown, pushing the last year (now `to_year`) along if it would fall
    /// before it. `first..=last` are the years the controls offer.
    pub fn with_from(&self, year: i32, to_year: i32, first: i32, last: i32) -> ViewState {
        let mut next = self.clone();
        next.from = (year != first).then_some(year);
        if to_year < year {
            next.to = (year != last).then_some(year);
        }
        next
    }

    /// Sets the last year shown, pulling the first year (now `from_year`) back if it would fall
    /// after it.
    pub fn with_to(&self, year: i32, from_year: i32, first: i32, last: i32) -> ViewState {
        let mut next = self.clone();
        next.to = (year != last).then_some(year);
        if from_year > year {
            next.from = (year != first).then_some(year);
        }
        next
    }

    /// The view for one year of the timeline.
    pub fn at_year(&self, year: i32, mode: PlayMode, first: i32, last: i32) -> ViewState {
        let mut next = self.clone();
        next.to = (year != last).then_some(year);
        next.from = match mode {
            PlayMode::InForce => (year != first).then_some(year),
            PlayMode::UpTo => None,
        };
        next
    }

    /// Picks the sector `id`, or unpicks it if it was picked; the list stays sorted.
    pub fn with_sector_toggled(&self, id: &str) -> ViewState {
        let mut next = self.clone();
        let before = next.sectors.len();
        next.sectors.retain(|s| s != id);
        if next.sectors.len() == before {
            next.sectors.push(id.to_owned());
            crate::sort::sort(&mut next.sectors);
        }
        next
    }

    /// Focuses the region `id` (or clears every focus with `None`). A new focus frames its
    /// subject, so the link's camera goes: the map shows the region and its partners.
    pub fn with_region_focus(&self, id: Option<String>) -> ViewState {
        ViewState {
            region: id,
            with: None,
            chain: None,
            network: None,
            network_set: Vec::new(),
            compare: Vec::new(),
            camera: None,
            ..self.clone()
        }
    }

    /// Focuses the network `id` (or clears every focus with `None`); the map frames its members.
    pub fn with_network_focus(&self, id: Option<String>) -> ViewState {
        ViewState {
            network: id,
            region: None,
            with: None,
            chain: None,
            network_set: Vec::new(),
            compare: Vec::new(),
            camera: None,
            ..self.clone()
        }
    }

    /// Focuses the ties between regions `a` and `b`; the link names `a` as `region`. The map
    /// frames the two.
    pub fn with_pair_focus(&self, a: String, b: String) -> ViewState {
        ViewState {
            region: Some(a),
            with: Some(b),
            chain: None,
            network: None,
            camera: None,
            ..self.clone()
        }
    }

    /// Shows the shortest chains of ties from the focused region to region `id` (or stops with
    /// `None`); the map frames the chains' regions.
    pub fn with_chain(&self, id: Option<String>) -> ViewState {
        ViewState {
            chain: id,
            with: None,
            camera: None,
            ..self.clone()
        }
    }

    /// With `weights` and `estimated` set to `options`.
    pub fn with_metrics(&self, options: crate::metrics::MetricsOptions) -> ViewState {
        ViewState {
            metrics: options,
            ..self.clone()
        }
    }

    /// Compares the networks `ids` as sets (two or more), showing the members `rule` picks.
    pub fn with_network_set(
        &self,
        ids: Vec<String>,
        rule: crate::network_sets::SetRule,
    ) -> ViewState {
        ViewState {
            network_set: ids,
            set_rule: rule,
            network: None,
            region: None,
            with: None,
            chain: None,
            camera: None,
            ..self.clone()
        }
    }

    /// Puts regions `ids` side by side (two or three).
    pub fn with_compare(&self, ids: Vec<String>) -> ViewState {
        ViewState {
            compare: ids,
            network_set: Vec::new(),
            network: None,
            region: None,
            with: None,
            chain: None,
            camera: None,
            ..self.clone()
        }
    }

    /// Whether anything is focused.
    pub fn has_focus(&self) -> bool {
        self.region.is_some()
            || self.network.is_some()
            || !self.network_set.is_empty()
            || !self.compare.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_from_past_to_pushes_to_along() {
        let view = ViewState {
            to: Some(2000),
            ..Default::default()
        };
        let next = view.with_from(2010, 2000, 1972, 2026);
        assert_eq!((next.from, next.to), (Some(2010), Some(2010)));
    }

    #[test]
    fn years_at_the_ends_are_left_out_of_the_link() {
        let next = ViewState::default().with_to(2026, 1972, 1972, 2026);
        assert_eq!((next.from, next.to), (None, None));
        let next = ViewState::default().with_from(1972, 2026, 1972, 2026);
        assert_eq!(next.from, None);
    }

    #[test]
    fn a_timeline_year_shows_that_year_or_everything_up_to_it() {
        let v = ViewState::default();
        let one = v.at_year(2004, PlayMode::InForce, 1972, 2026);
        assert_eq!((one.from, one.to), (Some(2004), Some(2004)));
        let up_to = v.at_year(2004, PlayMode::UpTo, 1972, 2026);
        assert_eq!((up_to.from, up_to.to), (None, Some(2004)));
    }

    #[test]
    fn toggling_adds_in_order_and_removes() {
        let one = ViewState::default().with_sector_toggled("energy");
        assert_eq!(one.sectors, vec!["energy"]);
        let two = one.with_sector_toggled("automotive");
        assert_eq!(two.sectors, vec!["automotive", "energy"]);
        assert_eq!(
            two.with_sector_toggled("energy").sectors,
            vec!["automotive"]
        );
    }

    #[test]
    fn focusing_one_thing_clears_the_others() {
        let pair = ViewState::default().with_pair_focus("ITC4".into(), "BE2".into());
        assert_eq!(pair.to_query(), "region=ITC4&with=BE2");
        let network = pair.with_network_focus(Some("esra".into()));
        assert_eq!(network.to_query(), "network=esra");
        let region = network.with_region_focus(Some("DE1".into()));
        assert_eq!(region.to_query(), "region=DE1");
        assert!(!region.with_region_focus(None).has_focus());
        let (zoomed, _) = ViewState::parse_query("zoom=3&center=45,9");
        assert_eq!(
            zoomed.with_region_focus(Some("ITC4".into())).to_query(),
            "region=ITC4",
            "a new focus is framed: the camera leaves the link"
        );
    }
}
