//! Where each item of the merged data came from, so that a problem validation finds in the
//! merged data is told at its place in the overlay file: `agreements[57].parties[1]` of the
//! merged data is `agreements[0].parties[1]` of the overlay, and the third member added to a
//! bundled network is `memberships[2]`.

use crate::error::{DataError, Problem};

use super::raw::RawOverlay;

/// What the path of a problem that lies in the bundled data starts with. With a valid
/// bundled data file no problem has it: the overlay's own items are the only ones that can be
/// wrong, and removals that would break a bundled item are refused before the merge.
pub const BUNDLED_DATA_PATH_PREFIX: &str = "in the bundled data, ";

/// Where an item of one of the merged lists came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Origin {
    /// The bundled item at this index of its list.
    Bundled(usize),
    /// The overlay's item at this index of its list.
    Overlay(usize),
}

/// The origin of every item of the merged data, list by list, and of every member of its
/// networks that the overlay's `memberships` added.
#[derive(Clone, Debug, Default)]
pub(super) struct PathMap {
    pub(super) sources: Vec<Origin>,
    pub(super) sectors: Vec<Origin>,
    pub(super) regions: Vec<Origin>,
    pub(super) networks: Vec<Origin>,
    pub(super) agreements: Vec<Origin>,
    /// For each merged network, for each of its members: the index in the overlay's
    /// `memberships` of a member added there, `None` for a member of the network's own list.
    pub(super) members: Vec<Vec<Option<usize>>>,
}

/// A place in the merged data, found in the files it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Place {
    /// In the overlay file, at this path.
    Overlay(String),
    /// In the overlay's `memberships[index]`, at this path.
    Membership { index: usize, path: String },
    /// In the bundled data file, at this path.
    Bundled(String),
}

impl PathMap {
    fn place(&self, merged: &str) -> Place {
        let Some((list, index, rest)) = split_index(merged) else {
            // The top level (`format_version`, `updated`) is the bundled data's.
            return Place::Bundled(merged.to_owned());
        };
        let origins = match list {
            "sources" => &self.sources,
            "sectors" => &self.sectors,
            "regions" => &self.regions,
            "networks" => &self.networks,
            "agreements" => &self.agreements,
            _ => return Place::Bundled(merged.to_owned()),
        };
        let Some(&origin) = origins.get(index) else {
            return Place::Bundled(merged.to_owned());
        };
        if list == "networks" {
            let added = rest.strip_prefix(".members").and_then(split_index);
            if let Some(("", member, after)) = added {
                let from = self.members.get(index).and_then(|m| m.get(member));
                if let Some(&Some(m)) = from {
                    return Place::Membership {
                        index: m,
                        path: format!("memberships[{m}]{after}"),
                    };
                }
            }
        }
        match origin {
            Origin::Overlay(i) => Place::Overlay(format!("{list}[{i}]{rest}")),
            Origin::Bundled(i) => Place::Bundled(format!("{list}[{i}]{rest}")),
        }
    }

    /// The path in the overlay file of a path into the merged data, or `None` when it lies in
    /// a bundled item.
    pub(super) fn overlay_path(&self, merged: &str) -> Option<String> {
        match self.place(merged) {
            Place::Overlay(path) | Place::Membership { path, .. } => Some(path),
            Place::Bundled(_) => None,
        }
    }

    /// A problem of the merged data told as a problem of the overlay file: its path (and a
    /// duplicate's first place) in the overlay, and a member listed twice told as a membership
    /// the overlay adds twice. A problem in a bundled item keeps its path in the bundled data,
    /// after [`BUNDLED_DATA_PATH_PREFIX`].
    pub(super) fn overlay_error(&self, error: DataError, overlay: &RawOverlay) -> DataError {
        let place = self.place(&error.path);
        let problem = match error.problem {
            Problem::DuplicateId {
                item_kind,
                id,
                first_path,
            } => Problem::DuplicateId {
                item_kind,
                id,
                first_path: self.overlay_path(&first_path).unwrap_or_else(|| {
                    format!("{first_path} of the bundled data, which the overlay cannot change")
                }),
            },
            Problem::DuplicateMember { item, region } => match &place {
                Place::Membership { index, .. } => match overlay.memberships.get(*index) {
                    Some(added) => Problem::OverlayDuplicateMember {
                        network: added.network.clone(),
                        region,
                    },
                    None => Problem::DuplicateMember { item, region },
                },
                _ => Problem::DuplicateMember { item, region },
            },
            other => other,
        };
        let path = match place {
            Place::Overlay(path) | Place::Membership { path, .. } => path,
            Place::Bundled(path) => format!("{BUNDLED_DATA_PATH_PREFIX}{path}"),
        };
        DataError { path, problem }
    }
}

/// `("networks", 2, ".members[5].region")` from `networks[2].members[5].region`.
fn split_index(path: &str) -> Option<(&str, usize, &str)> {
    let open = path.find('[')?;
    let close = open + path[open..].find(']')?;
    let index = path[open + 1..close].parse().ok()?;
    Some((&path[..open], index, &path[close + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> PathMap {
        PathMap {
            regions: vec![Origin::Bundled(0), Origin::Bundled(2), Origin::Overlay(0)],
            networks: vec![Origin::Bundled(0), Origin::Overlay(0)],
            members: vec![vec![None, None, Some(1)], vec![None, None, Some(0)]],
            ..PathMap::default()
        }
    }

    #[test]
    fn paths_into_overlay_items_and_added_members_point_into_the_overlay() {
        let map = map();
        assert_eq!(
            map.overlay_path("regions[2].lat").as_deref(),
            Some("regions[0].lat")
        );
        assert_eq!(
            map.overlay_path("networks[0].members[2].joined").as_deref(),
            Some("memberships[1].joined")
        );
        assert_eq!(
            map.overlay_path("networks[1].members[2]").as_deref(),
            Some("memberships[0]")
        );
        assert_eq!(
            map.overlay_path("networks[1].members[1].region").as_deref(),
            Some("networks[0].members[1].region")
        );
        assert_eq!(
            map.overlay_path("networks[1].members").as_deref(),
            Some("networks[0].members")
        );
    }

    #[test]
    fn paths_into_bundled_items_are_told_as_such() {
        let map = map();
        assert_eq!(map.overlay_path("regions[1].lat"), None);
        assert_eq!(map.overlay_path("networks[0].members[1].region"), None);
        assert_eq!(map.overlay_path("updated"), None);
        assert_eq!(map.overlay_path("regions[9]"), None);
        let error = map.overlay_error(
            DataError {
                path: "regions[1].lat".into(),
                problem: Problem::InvalidNutsVersion { value: "x".into() },
            },
            &RawOverlay::default(),
        );
        assert_eq!(error.path, "in the bundled data, regions[2].lat");
    }
}
