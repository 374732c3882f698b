//! What an overlay changed, for the notice the page shows: the ids it added, replaced and
//! removed, counts by kind for writing the sentence in any language, and the sentence in English.

/// Ids of items of each kind, in the order of the overlay file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OverlayIds {
    pub sources: Vec<String>,
    pub sectors: Vec<String>,
    pub regions: Vec<String>,
    pub networks: Vec<String>,
    pub agreements: Vec<String>,
}

impl OverlayIds {
    /// The ids of one kind (none for [`OverlayItemKind::Membership`], which has no id).
    pub fn of(&self, kind: OverlayItemKind) -> &[String] {
        match kind {
            OverlayItemKind::Source => &self.sources,
            OverlayItemKind::Sector => &self.sectors,
            OverlayItemKind::Region => &self.regions,
            OverlayItemKind::Network => &self.networks,
            OverlayItemKind::Agreement => &self.agreements,
            OverlayItemKind::Membership => &[],
        }
    }

    /// True when there is no id of any kind.
    pub fn is_empty(&self) -> bool {
        OverlayItemKind::ALL
            .iter()
            .all(|&kind| self.of(kind).is_empty())
    }
}

/// A membership the overlay adds to a network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddedMembership {
    pub network: String,
    pub region: String,
}

/// The kinds of item an overlay adds, replaces or removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OverlayItemKind {
    Agreement,
    Membership,
    Network,
    Region,
    Sector,
    Source,
}

impl OverlayItemKind {
    /// Every kind, in the order the summary names them.
    pub const ALL: [OverlayItemKind; 6] = [
        OverlayItemKind::Agreement,
        OverlayItemKind::Membership,
        OverlayItemKind::Network,
        OverlayItemKind::Region,
        OverlayItemKind::Sector,
        OverlayItemKind::Source,
    ];

    /// The English noun for `count` items of this kind: `region` or `regions`.
    pub fn english(self, count: usize) -> &'static str {
        let (one, many) = match self {
            OverlayItemKind::Agreement => ("agreement", "agreements"),
            OverlayItemKind::Membership => ("membership", "memberships"),
            OverlayItemKind::Network => ("network", "networks"),
            OverlayItemKind::Region => ("region", "regions"),
            OverlayItemKind::Sector => ("sector", "sectors"),
            OverlayItemKind::Source => ("source", "sources"),
        };
        if count == 1 {
            one
        } else {
            many
        }
    }
}

/// What an overlay does to a bundled item, or adds beside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OverlayChange {
    /// New items, with ids the bundled data does not have (and memberships).
    Adds,
    /// Bundled items the overlay removes and adds anew under the same id.
    Replaces,
    /// Bundled items the overlay leaves out.
    Removes,
}

impl OverlayChange {
    /// The English verb: `adds`, `replaces`, `removes`.
    pub fn english(self) -> &'static str {
        match self {
            OverlayChange::Adds => "adds",
            OverlayChange::Replaces => "replaces",
            OverlayChange::Removes => "removes",
        }
    }
}

/// What an overlay changed in the bundled data, once it applied without problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OverlaySummary {
    /// The overlay's `overlay.title`, trimmed; empty when it has none.
    pub title: String,
    /// Items with new ids.
    pub added: OverlayIds,
    /// Bundled items removed (in `remove`) and added anew under the same id.
    pub replaced: OverlayIds,
    /// Bundled items left out (in `remove`) and not added anew.
    pub removed: OverlayIds,
    /// Memberships added to networks, in the order of the file.
    pub memberships: Vec<AddedMembership>,
}

impl OverlaySummary {
    /// How many items of each kind the overlay adds, replaces and removes, leaving out
    /// changes and kinds without any: what a sentence in any language needs. Changes come in
    /// the order adds, replaces, removes; kinds in the order of [`OverlayItemKind::ALL`].
    pub fn counts(&self) -> Vec<(OverlayChange, Vec<(OverlayItemKind, usize)>)> {
        [
            (OverlayChange::Adds, &self.added),
            (OverlayChange::Replaces, &self.replaced),
            (OverlayChange::Removes, &self.removed),
        ]
        .into_iter()
        .map(|(change, ids)| {
            let counts: Vec<(OverlayItemKind, usize)> = OverlayItemKind::ALL
                .into_iter()
                .map(|kind| {
                    let count = match (change, kind) {
                        (OverlayChange::Adds, OverlayItemKind::Membership) => {
                            self.memberships.len()
                        }
                        _ => ids.of(kind).len(),
                    };
                    (kind, count)
                })
                .filter(|&(_, count)| count > 0)
                .collect();
            (change, counts)
        })
        .filter(|(_, counts)| !counts.is_empty())
        .collect()
    }

    /// True when the overlay changes nothing.
    pub fn is_empty(&self) -> bool {
        self.counts().is_empty()
    }

    /// One line in English: `adds 1 agreement and 2 regions; removes 1 network`, or `changes
    /// nothing`.
    pub fn sentence(&self) -> String {
        let parts: Vec<String> = self
            .counts()
            .into_iter()
            .map(|(change, counts)| {
                let items: Vec<String> = counts
                    .into_iter()
                    .map(|(kind, count)| format!("{count} {}", kind.english(count)))
                    .collect();
                format!("{} {}", change.english(), english_list(&items))
            })
            .collect();
        if parts.is_empty() {
            "changes nothing".to_owned()
        } else {
            parts.join("; ")
        }
    }
}

/// `a`, `a and b`, `a, b and c`.
fn english_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: usize, prefix: &str) -> Vec<String> {
        (0..n).map(|i| format!("{prefix}{i}")).collect()
    }

    #[test]
    fn the_sentence_names_each_change_with_its_counts() {
        let summary = OverlaySummary {
            added: OverlayIds {
                agreements: ids(1, "a"),
                regions: ids(2, "r"),
                ..OverlayIds::default()
            },
            removed: OverlayIds {
                networks: ids(1, "n"),
                ..OverlayIds::default()
            },
            ..OverlaySummary::default()
        };
        assert_eq!(
            summary.sentence(),
            "adds 1 agreement and 2 regions; removes 1 network"
        );
        assert_eq!(
            summary.counts(),
            vec![
                (
                    OverlayChange::Adds,
                    vec![
                        (OverlayItemKind::Agreement, 1),
                        (OverlayItemKind::Region, 2)
                    ]
                ),
                (OverlayChange::Removes, vec![(OverlayItemKind::Network, 1)]),
            ]
        );
    }

    #[test]
    fn memberships_replacements_and_lists_of_three_read_as_english() {
        let summary = OverlaySummary {
            added: OverlayIds {
                sources: ids(3, "s"),
                sectors: ids(1, "c"),
                ..OverlayIds::default()
            },
            replaced: OverlayIds {
                regions: ids(1, "r"),
                ..OverlayIds::default()
            },
            memberships: vec![AddedMembership {
                network: "esra".into(),
                region: "ITC1".into(),
            }],
            ..OverlaySummary::default()
        };
        assert_eq!(
            summary.sentence(),
            "adds 1 membership, 1 sector and 3 sources; replaces 1 region"
        );
    }

    #[test]
    fn an_overlay_that_changes_nothing_says_so() {
        let summary = OverlaySummary::default();
        assert!(summary.is_empty());
        assert_eq!(summary.sentence(), "changes nothing");
    }
}
